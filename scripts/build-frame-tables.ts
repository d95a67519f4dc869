// Builds the extractor's frame tables in dictionaries/ from the raw data sets:
//   npx tsx scripts/build-frame-tables.ts [--data DIR]      (or VNPLAN_DATA=DIR)
// - places.tsv: every administrative unit's proper name with the levels it is
//   a name of, from the register of 01/03/2025 (dvhcvn: 63 provinces, districts,
//   communes) and the units in force from 01/07/2025 (dvhc-2025: 34 provinces,
//   3,321 communes, no districts). `name<TAB>level,level…`, sorted.
// - person-names.tsv: syllables of Vietnamese personal names by position
//   (surname, middle, given) with their counts (data/names, MIT).
// Deterministic: the same inputs give the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';
import { rawDataDir } from './lib/flags.js';

const dataDir = rawDataDir();

interface OldUnit {
  name: string;
  type: string;
  level2s?: OldUnit[];
  level3s?: OldUnit[];
}
interface NewUnit {
  name: string;
  short: string;
  type: string;
  communes?: NewUnit[];
}

/** `Thành phố Trung ương` -> `thành phố`: the level word a letterhead writes. */
const levelOf = (type: string): string => type.replace(/ Trung ương$/u, '').toLowerCase();

/** `Huyện Yên Thành` (type Huyện) -> `Yên Thành`. */
function shortName(name: string, type: string): string {
  const prefix = type.replace(/ Trung ương$/u, '');
  return name.startsWith(`${prefix} `) ? name.slice(prefix.length + 1) : name;
}

const places = new Map<string, Set<string>>();
const add = (name: string, level: string): void => {
  const key = name.normalize('NFC').trim();
  if (key === '') return;
  if (!places.has(key)) places.set(key, new Set());
  places.get(key)!.add(level);
};

const old = JSON.parse(readFileSync(join(dataDir, 'dvhcvn', 'dvhcvn.json'), 'utf8')) as { data: OldUnit[] };
for (const province of old.data) {
  add(shortName(province.name, province.type), levelOf(province.type));
  for (const district of province.level2s ?? []) {
    add(shortName(district.name, district.type), levelOf(district.type));
    for (const commune of district.level3s ?? []) add(shortName(commune.name, commune.type), levelOf(commune.type));
  }
}
const current = JSON.parse(readFileSync(join(dataDir, 'dvhc-2025', 'units.json'), 'utf8')) as { provinces: NewUnit[] };
for (const province of current.provinces) {
  add(province.short, levelOf(province.type));
  for (const commune of province.communes ?? []) add(commune.short, levelOf(commune.type));
}

const rows = [...places.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, levels]) => `${name}\t${[...levels].sort().join(',')}`);
writeFileSync(join(DICTIONARIES_DIR, 'places.tsv'), `${rows.join('\n')}\n`);

const names = readFileSync(join(dataDir, 'names', 'name-syllables.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => l.normalize('NFC'));
writeFileSync(join(DICTIONARIES_DIR, 'person-names.tsv'), `position\tsyllable\tcount\n${names.join('\n')}\n`);
console.error(`places.tsv: ${rows.length} names; person-names.tsv: ${names.length} syllables`);
