// The names of administrative units (dictionaries/places.tsv: the register of
// 01/03/2025 and the units in force from 01/07/2025) and the syllables of
// personal names by position (dictionaries/person-names.tsv). Read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES_DIR } from '../dictionaries.js';
import { stripMarks } from './fold.js';

interface Tables {
  /** Proper name -> the levels it names. */
  places: Map<string, string[]>;
  /** Mark-free, lower-case name -> the names written so. */
  placesByLetters: Map<string, string[]>;
  /** `surname` / `middle` / `given` -> syllable -> count. */
  nameSyllables: Map<string, Map<string, number>>;
}

let tables: Tables | null = null;

const letters = (s: string): string => stripMarks(s).toLowerCase().replace(/\s+/g, ' ').trim();

function load(): Tables {
  if (tables) return tables;
  const places = new Map<string, string[]>();
  const placesByLetters = new Map<string, string[]>();
  for (const row of readFileSync(join(DICTIONARIES_DIR, 'places.tsv'), 'utf8').split('\n')) {
    const [name, levels] = row.split('\t');
    if (!name || !levels) continue;
    places.set(name, levels.split(','));
    const key = letters(name);
    placesByLetters.set(key, [...(placesByLetters.get(key) ?? []), name]);
  }
  const nameSyllables = new Map<string, Map<string, number>>();
  for (const row of readFileSync(join(DICTIONARIES_DIR, 'person-names.tsv'), 'utf8').split('\n').slice(1)) {
    const [position, syllable, count] = row.split('\t');
    if (!position || !syllable) continue;
    if (!nameSyllables.has(position)) nameSyllables.set(position, new Map());
    nameSyllables.get(position)!.set(syllable, Number(count));
  }
  tables = { places, placesByLetters, nameSyllables };
  return tables;
}

/** Whether the register knows the name (as written, case aside for capitals). */
export function isKnownPlace(name: string): boolean {
  const { places } = load();
  return places.has(name) || [...(load().placesByLetters.get(letters(name)) ?? [])].some((p) => p.toLowerCase() === name.toLowerCase());
}

/**
 * The register's spelling of a place name written without its marks or with
 * wrong ones (`Dak Lak` -> Đắk Lắk): the one name with the same letters. A name
 * written with marks, or whose letters fit several names, is kept.
 */
export function registerSpelling(name: string): string {
  // A name written with its marks is the text's to spell (registers differ: Phó Bảng / Phố Bảng).
  if (stripMarks(name) !== name || isKnownPlace(name)) return name;
  const candidates = load().placesByLetters.get(letters(name)) ?? [];
  return candidates.length === 1 ? candidates[0]! : name;
}

export type NamePosition = 'surname' | 'middle' | 'given';

/** How often the syllable stands at that position of a personal name (0: never seen). */
export function nameSyllableCount(syllable: string, position: NamePosition): number {
  return load().nameSyllables.get(position)?.get(syllable) ?? 0;
}

/** The syllables seen at that position with the same letters, most frequent first. */
export function nameSyllablesLike(syllable: string, position: NamePosition): string[] {
  const key = letters(syllable);
  const seen = load().nameSyllables.get(position) ?? new Map<string, number>();
  return [...seen.entries()]
    .filter(([s]) => letters(s) === key)
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => s);
}
