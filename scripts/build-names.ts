// Builds the name model's tables in dictionaries/ from the raw data sets:
//   npx tsx scripts/build-names.ts [--data DIR]      (or VNPLAN_DATA=DIR)
// DIR defaults to ../shared/data. Inputs: names/ (how often each syllable
// stands as surname, middle or given name; lists of given names) and the
// administrative units before (dvhcvn/) and after (dvhc-2025/) the 2025
// reorganisation, with the old spellings of the NSO conversion table.
// Outputs (compact, derived, deterministic):
//   names-persons.tsv  syllable, surname count, middle count, given count
//   names-given.txt    two-syllable given names (tên đệm + tên), one a line
//   names-places.tsv   proper name of a unit, its type words, how many units carry it,
//                      1 when a province or centrally-run city carries it, and the
//                      provinces (before and after 2025) its units lie in
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawDataDir } from './lib/flags.js';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';
import { syllableKey } from '../src/restore/vietnamese.js';

const dataDir = rawDataDir();
const outDir = DICTIONARIES_DIR;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const nfc = (s: string): string => s.normalize('NFC').trim();

// --- personal names -------------------------------------------------------
type Position = 'surname' | 'middle' | 'given';
const POSITIONS: readonly Position[] = ['surname', 'middle', 'given'];
/** Per syllable key: its display form and counts by position. */
const persons = new Map<string, { display: string; counts: Record<Position, number> }>();

function countSyllable(syllable: string, position: Position, count: number): void {
  const display = nfc(syllable);
  const key = syllableKey(display);
  let entry = persons.get(key);
  if (!entry) persons.set(key, (entry = { display, counts: { surname: 0, middle: 0, given: 0 } }));
  entry.counts[position] += count;
}

for (const row of readFileSync(join(dataDir, 'names', 'name-syllables.tsv'), 'utf8').split('\n').slice(1)) {
  const [position, syllable, count] = row.split('\t');
  if (!syllable || !POSITIONS.includes(position as Position)) continue;
  countSyllable(syllable, position as Position, Number(count));
}

// The given-name lists hold tên đệm + tên ("Diệu Thúy"): each counts once for its position.
const givenNames = new Set<string>();
for (const file of ['given-names-male.txt', 'given-names-female.txt']) {
  for (const line of readFileSync(join(dataDir, 'names', file), 'utf8').split('\n')) {
    const words = nfc(line).split(/\s+/u).filter(Boolean);
    if (words.length < 2) continue;
    words.forEach((w, i) => countSyllable(w, i === words.length - 1 ? 'given' : 'middle', 1));
    givenNames.add(words.slice(-2).join(' '));
  }
}

// --- place names ----------------------------------------------------------
/** Type words as they open a unit's official name, longest first ("Thành phố" before "Thị"). */
const TYPE_WORDS = ['Thành phố Trung ương', 'Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];
const places = new Map<string, { types: Set<string>; units: number; province: boolean; regions: Set<string> }>();
const skipped: string[] = [];

/** A unit's type word and proper name ("Thị trấn", "Phố Bảng"), or null for an area that was no unit. */
function splitName(fullName: string): { type: string; proper: string } | null {
  const name = nfc(fullName);
  const type = TYPE_WORDS.find((t) => name.toLowerCase().startsWith(`${t.toLowerCase()} `));
  return type ? { type, proper: name.slice(type.length + 1).trim() } : null;
}

/**
 * Counts the proper name of "Thị trấn Phố Bảng" under its type word, with the
 * province it lies in (before or after 2025): the province a document names
 * tells two spellings of its places apart (Hoằng Hóa in Thanh Hóa, Hoàng Hoa elsewhere).
 */
function addPlace(fullName: string, region: string, province = false): void {
  const name = nfc(fullName);
  const split = splitName(name);
  // The conversion table also lists areas that were no unit ("Khu vực bãi bồi ven biển …").
  if (!split) {
    skipped.push(name);
    return;
  }
  const { type, proper } = split;
  // Numbered wards (Phường 1) and names with an apostrophe (Ea H'Leo) are no syllable runs to decode.
  if (/[\d'’]/u.test(proper)) return;
  let entry = places.get(proper);
  if (!entry) places.set(proper, (entry = { types: new Set(), units: 0, province: false, regions: new Set() }));
  entry.province ||= province;
  entry.regions.add(region);
  entry.types.add(type === 'Thành phố Trung ương' ? 'thành phố' : type.toLowerCase());
  entry.units++;
}

interface OldUnit { name: string; level2s?: OldUnit[]; level3s?: OldUnit[] }
for (const province of readJson<{ data: OldUnit[] }>(join(dataDir, 'dvhcvn', 'dvhcvn.json')).data) {
  const region = splitName(province.name)?.proper ?? province.name;
  addPlace(province.name, region, true);
  for (const district of province.level2s ?? []) {
    addPlace(district.name, region);
    for (const commune of district.level3s ?? []) addPlace(commune.name, region);
  }
}

interface NewUnit { code: string; name: string; nso?: { name?: string }; communes?: NewUnit[] }
const units = readJson<{ provinces: NewUnit[]; later_changes: { code: string; now: string }[] }>(join(dataDir, 'dvhc-2025', 'units.json'));
const regionOfCode = new Map<string, string>();
for (const province of units.provinces) {
  const region = splitName(province.name)?.proper ?? province.name;
  regionOfCode.set(province.code, region);
  addPlace(province.name, region, true);
  for (const commune of province.communes ?? []) {
    regionOfCode.set(commune.code, region);
    addPlace(commune.name, region);
    // The NSO registry's own spelling (Phố Bảng beside Phó Bảng): documents follow either.
    if (commune.nso?.name) addPlace(commune.nso.name, region);
  }
}
// A province that became a centrally-run city (Đồng Nai) keeps its province level.
for (const change of units.later_changes) addPlace(change.now, regionOfCode.get(change.code) ?? '', change.code.length === 2);

// Old communes as the NSO conversion table spells them (many minority-language names were respelled in 2025).
interface MergedFrom { communes: Record<string, { from: { name: string; district?: string; province?: string }[] }> }
for (const commune of Object.values(readJson<MergedFrom>(join(dataDir, 'dvhc-2025', 'merged-from.json')).communes)) {
  for (const old of commune.from) addPlace(old.name, old.province ? (splitName(old.province)?.proper ?? old.province) : '');
}

// --- write ----------------------------------------------------------------
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const personRows = [...persons.values()]
  .sort((a, b) => byText(a.display, b.display))
  .map((p) => `${p.display}\t${p.counts.surname}\t${p.counts.middle}\t${p.counts.given}`);
writeFileSync(join(outDir, 'names-persons.tsv'), `# syllable\tsurname\tmiddle\tgiven\n${personRows.join('\n')}\n`);
writeFileSync(join(outDir, 'names-given.txt'), `${[...givenNames].sort(byText).join('\n')}\n`);
const placeRows = [...places.entries()]
  .sort(([a], [b]) => byText(a, b))
  .map(([name, p]) => `${name}\t${[...p.types].sort(byText).join(',')}\t${p.units}\t${p.province ? 1 : 0}\t${[...p.regions].filter(Boolean).sort(byText).join(',')}`);
writeFileSync(join(outDir, 'names-places.tsv'), `# name\ttypes\tunits\tprovince\tprovinces it lies in\n${placeRows.join('\n')}\n`);
console.log(`person syllables ${personRows.length}, given names ${givenNames.size}, place names ${placeRows.length} (skipped without a type word: ${skipped.join('; ') || 'none'})`);
