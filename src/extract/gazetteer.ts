// The names of administrative units and the syllables of personal names by
// position, read from the restorer's name model (dictionaries/names-places.tsv:
// every unit's proper name with its type words, before and after the 2025
// reorganisation; dictionaries/names-persons.tsv: each syllable's counts as
// surname, middle and given name), so both stages know one set of names; and
// how often running text uses each syllable (dictionaries/restore-vocab.tsv,
// the restorer's corpus counts), to tell a name from a heading. Read once.
import { distance } from 'fastest-levenshtein';
import { CORPUS_TABLES, readTableText } from '../dictionaries.js';
import { printsForBarredD } from '../misreadings.js';
import { stripMarks } from './fold.js';

interface Tables {
  /** Proper name -> the levels it names. */
  places: Map<string, string[]>;
  /** A province's proper name -> its level: `tỉnh`, or `thành phố` for a centrally-run city. */
  provinces: Map<string, string>;
  /** Mark-free, lower-case name -> the names written so. */
  placesByLetters: Map<string, string[]>;
  /** Every name as `glued` writes it. */
  gluedPlaces: Set<string>;
  /** A name joined by a hyphen (`Bà Rịa - Vũng Tàu`), lower-case with the hyphen dropped -> the name. */
  unhyphenated: Map<string, string>;
  /** Proper name -> the provinces a unit of that name lies in. */
  provincesOf: Map<string, string[]>;
  /** `surname` / `middle` / `given` -> syllable -> count. */
  nameSyllables: Map<string, Map<string, number>>;
  /** Tone-placement-free key -> times the syllable stands as middle or given name, and the total. */
  inNames: Counts;
  /** Tone-placement-free key -> times running text (the restorer's corpus) uses the syllable, and the total. */
  inText: Counts;
  /** Mark-free, lower-case letters -> tone-placement-free key -> a spelling of them running text or a name uses. */
  spellings: Map<string, Map<string, string>>;
  /** `surname` / `middle` / `given` -> tone-placement-free key -> count. */
  nameKeys: Map<string, Map<string, number>>;
}

interface Counts {
  of: Map<string, number>;
  total: number;
}

let tables: Tables | null = null;

/** A place's name with its marks, without spaces, hyphens or capitals. */
const glued = (s: string): string => s.toLowerCase().replace(/[\s-]+/gu, '');
/** A name as a text layer that lost its hyphens writes it (`Bà Rịa Vũng Tàu`), lower-case. */
const withoutHyphen = (s: string): string => s.toLowerCase().replace(/\s+-\s+/gu, ' ');
const letters = (s: string): string => stripMarks(s).toLowerCase().replace(/\s+/g, ' ').trim();
const wordLetters = (s: string): string => letters(s.replace(/[^\p{L}\d\s]/gu, ' '));

function load(): Tables {
  if (tables) return tables;
  const places = new Map<string, string[]>();
  const placesByLetters = new Map<string, string[]>();
  const gluedPlaces = new Set<string>();
  const unhyphenated = new Map<string, string>();
  const provinces = new Map<string, string>();
  const provincesOf = new Map<string, string[]>();
  for (const row of readTableText('names-places.tsv').split('\n')) {
    if (row.startsWith('#')) continue;
    const [name, levels, , province, lyingIn] = row.split('\t');
    if (!name || !levels) continue;
    places.set(name, levels.split(','));
    if (name.includes(' - ')) unhyphenated.set(withoutHyphen(name), name);
    provincesOf.set(name, lyingIn ? lyingIn.split(',') : []);
    if (province === '1') provinces.set(name, levels.split(',').includes(PROVINCE) ? PROVINCE : CENTRAL_CITY);
    const key = letters(name);
    placesByLetters.set(key, [...(placesByLetters.get(key) ?? []), name]);
    gluedPlaces.add(glued(name));
  }
  const positions: NamePosition[] = ['surname', 'middle', 'given'];
  const nameSyllables = new Map<string, Map<string, number>>(positions.map((p) => [p, new Map()]));
  for (const row of readTableText('names-persons.tsv').split('\n')) {
    if (row.startsWith('#')) continue;
    const [syllable, ...counts] = row.split('\t');
    if (!syllable || counts.length !== positions.length) continue;
    positions.forEach((p, i) => {
      const count = Number(counts[i]);
      if (count > 0) nameSyllables.get(p)!.set(syllable, count);
    });
  }
  const inNames: Counts = { of: new Map(), total: 0 };
  for (const position of ['middle', 'given'] as const) {
    for (const [syllable, count] of nameSyllables.get(position)!) addCount(inNames, syllable, count);
  }
  const inText: Counts = { of: new Map(), total: 0 };
  const textSyllables: string[] = [];
  for (const row of readTableText(CORPUS_TABLES.vocabulary).split('\n')) {
    const [syllable, count] = row.split('\t');
    // The class tokens (<s>, <num>, …) are no syllables.
    if (syllable && count && !syllable.startsWith('<')) {
      addCount(inText, syllable, Number(count));
      textSyllables.push(syllable);
    }
  }
  const spellings = new Map<string, Map<string, string>>();
  const addSpelling = (syllable: string): void => {
    const key = letters(syllable);
    const known = spellings.get(key) ?? new Map<string, string>();
    if (!known.has(toneKey(syllable))) known.set(toneKey(syllable), syllable.toLowerCase());
    spellings.set(key, known);
  };
  for (const syllable of textSyllables) addSpelling(syllable);
  const nameKeys = new Map<string, Map<string, number>>(positions.map((p) => [p, new Map()]));
  for (const [position, counts] of nameSyllables) {
    for (const [syllable, count] of counts) {
      addSpelling(syllable);
      const byKey = nameKeys.get(position)!;
      byKey.set(toneKey(syllable), (byKey.get(toneKey(syllable)) ?? 0) + count);
    }
  }
  tables = { places, provinces, placesByLetters, gluedPlaces, unhyphenated, provincesOf, nameSyllables, inNames, inText, spellings, nameKeys };
  return tables;
}

/** Whether the register knows the name (as written, case aside for capitals). */
export function isKnownPlace(name: string): boolean {
  const { places } = load();
  return places.has(name) || [...(load().placesByLetters.get(letters(name)) ?? [])].some((p) => p.toLowerCase() === name.toLowerCase());
}

const PROVINCE = 'tỉnh';
const CENTRAL_CITY = 'thành phố';

/** The level of a province-level unit the register names so (`Nghệ An` tỉnh, `Hà Nội` thành phố), else null. */
export function provinceLevel(name: string): string | null {
  return load().provinces.get(name) ?? null;
}

/** Whether the register knows a place of these letters, marks aside (`Thanh Hoá`, `Thanh Hoa`: Thanh Hóa). */
export function isPlaceLetters(name: string): boolean {
  return load().placesByLetters.has(letters(name));
}

/** Every level the register knows a place by (`Đống Đa`: quận), none for a name it lacks. */
export function placeLevels(name: string): readonly string[] {
  return load().places.get(name) ?? [];
}

/**
 * The one level the register knows a place by (`Tây Trạch`: xã), else null: a
 * name that is a district here and a commune there (`Bố Trạch`) tells none.
 */
export function soleLevel(name: string): string | null {
  const levels = load().places.get(name);
  return levels?.length === 1 ? levels[0]! : null;
}

/**
 * The register's spelling of a place name written without its marks or with
 * wrong ones (`Dak Lak` -> Đắk Lắk): the one name with the same letters. A name
 * written with marks, or whose letters fit several names, is kept.
 */
export function registerSpelling(name: string): string {
  if (isKnownPlace(name)) return name;
  // A text layer that drops every hyphen (`NQHĐND`, `Độc lập Tự do Hạnh phúc`) drops the one a name is joined by.
  const joined = load().unhyphenated.get(name.toLowerCase().replace(/\s+/gu, ' '));
  if (joined) return joined;
  // A name written with its marks is the text's to spell (registers differ: Phó Bảng / Phố Bảng).
  if (stripMarks(name) !== name) return name;
  const candidates = load().placesByLetters.get(letters(name)) ?? [];
  return candidates.length === 1 ? candidates[0]! : name;
}

/**
 * The register's name at a level for a place name written after that level's word (`tỉnh Đồng Thép`, `Huyện Đoàn
 * Hùng Hà`) that the register does not know there: the one name at that level with its letters, marks aside, or,
 * for old OCR (`oneLetterOff`), the one a letter off them where none has them; else null, the reading left as it is.
 */
export function placeAtLevel(name: string, level: string, oneLetterOff: boolean): string | null {
  const { places, placesByLetters } = load();
  if (places.get(name)?.includes(level)) return null;
  const key = letters(name);
  const atLevel = (n: string): boolean => places.get(n)?.includes(level) ?? false;
  const same = (placesByLetters.get(key) ?? []).filter(atLevel);
  if (same.length > 0 || !oneLetterOff) return same.length === 1 ? same[0]! : null;
  const near = [...placesByLetters]
    .filter(([k]) => Math.abs(k.length - key.length) <= 1 && k.split(' ').length === key.split(' ').length && distance(k, key) === 1)
    .flatMap(([, names]) => names.filter(atLevel));
  return near.length === 1 ? near[0]! : null;
}

/** A level word before a date line's place (`Thành phố Huế`, `TP. Huế`); the name follows. */
const PLACE_LEVEL = /^(?:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|tp\.?|tx\.?|tt\.?)\s+/iu;

/**
 * A name the register knows, or a numbered district or ward (`8` of `Quận 8`). A registered name written as one
 * word, as Tây Nguyên's often are (`Eakar`: Ea Kar, `Krông Păk` as `Krôngpăk`), is that name.
 */
const registered = (name: string): boolean => /\d/u.test(name) || isKnownPlace(name) || load().gluedPlaces.has(glued(name));

/** A date line's place with its level word aside (`Thành phố Hồ Chí Minh`: Hồ Chí Minh). */
export function placeName(place: string): string {
  return place.slice((PLACE_LEVEL.exec(place)?.[0] ?? '').length);
}

/** Whether a date line's place, its level word aside (`thành phố Huế`), is a name the register knows or a numbered unit. */
export function isRegisteredPlace(place: string): boolean {
  const level = PLACE_LEVEL.exec(place)?.[0] ?? '';
  return registered(place.slice(level.length));
}

/**
 * A letterhead's locality and a date line's place read from old OCR, which
 * both name, most often, the unit where the issuer sits (NĐ 30: the địa danh
 * is that unit's name): a reading the register does not know, or one letter
 * from the other's (`Thanh Hà` under `TỈNH THANH HÓA`), is the other where it
 * is one letter off or runs on past it (`Văn Thang Hòa Đông Td-kt` beside
 * `Vạn Thắng`), the letterhead's where both are registered. Neither known nor
 * near each other, both are left empty; a name the other does not contradict
 * (a place under a body with no locality) stays as read.
 */
export function settlePlaces(locality: string, place: string): { locality: string | null; place: string | null } {
  const level = PLACE_LEVEL.exec(place)?.[0] ?? '';
  const name = place.slice(level.length);
  if (letters(locality) === letters(name)) return { locality, place };
  // Compared by their words' letters alone: a hyphen (`Bà Rịa - Vũng Tàu`) or a quote OCR strewed (`Quặng ‘ngồi`) is no letter.
  const [a, b] = [wordLetters(locality), wordLetters(name)];
  const near = (a.length >= 3 && b.length >= 3 && distance(a, b) <= 1) || a.startsWith(`${b} `) || b.startsWith(`${a} `);
  const [knownLocality, knownPlace] = [registered(locality), registered(name)];
  if (!near) return knownLocality || knownPlace ? { locality, place } : { locality: null, place: null };
  if (knownLocality) return { locality, place: level + locality };
  return knownPlace ? { locality: name, place } : { locality, place };
}

/**
 * A place name read from old OCR, which prints Đ as B, P or H (`YEN BINH` of Yên Định), under a letterhead whose
 * superior body names its province: the name where a unit of it lies in that province; else the one register name,
 * a Đ where the reading has such a letter, that does; else null, the reading neither confirmed nor put right.
 */
export function placeInProvince(name: string, province: string): string | null {
  const { provincesOf, placesByLetters } = load();
  const liesThere = (n: string): boolean => provincesOf.get(n)?.includes(province) ?? false;
  if (liesThere(name)) return name;
  const key = letters(name);
  const barred = (n: string, at: number): boolean => /[đĐ]/u.test([...n][at] ?? '');
  const found = new Set<string>();
  const visit = (at: number, variant: string): void => {
    if (at === key.length) {
      if (variant === key) return;
      const flips = [...variant].flatMap((c, i) => (c === key[i] ? [] : [i]));
      for (const n of placesByLetters.get(variant) ?? []) if (flips.every((i) => barred(n, i)) && liesThere(n)) found.add(n);
      return;
    }
    const c = key[at]!;
    visit(at + 1, variant + c);
    // A word's first letter: Đ opens a syllable only. A d is the đ's own key already.
    if (c !== 'd' && printsForBarredD(c) && (at === 0 || key[at - 1] === ' ')) visit(at + 1, `${variant}d`);
  };
  visit(0, '');
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A place whose marks restoration gave to old OCR's bare letters (`Mỹ Thọ`), where the issuer is a province's body: the
 * date line names a unit of that province (NĐ 30 Phụ lục I: the địa danh is where the body sits), so a reading that lies
 * outside it is the one register name of its letters that lies in it (`Mỹ Tho`, Tiền Giang); with none or several, null.
 */
export function spellingInProvince(name: string, province: string): string | null {
  const { provincesOf, placesByLetters } = load();
  if (provincesOf.get(name)?.includes(province)) return name;
  const there = (placesByLetters.get(letters(name)) ?? []).filter((n) => provincesOf.get(n)?.includes(province));
  return there.length === 1 ? there[0]! : null;
}

function addCount(counts: Counts, syllable: string, count: number): void {
  const key = toneKey(syllable);
  counts.of.set(key, (counts.of.get(key) ?? 0) + count);
  counts.total += count;
}

/** Tones of the NFD form: grave, acute, hook above, tilde, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0309\u0303\u0323]/gu;

/** Lower case, the tone mark moved to the end: one key for both placements (hòa / hoà, thúy / thuý). */
function toneKey(syllable: string): string {
  const decomposed = syllable.toLowerCase().normalize('NFD');
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + (decomposed.match(TONE_MARKS) ?? []).join('');
}

/**
 * How much likelier the syllable is in a tên đệm or tên than in running text,
 * as a log ratio of the two shares (add-half smoothed): Minh, Thúy, Bi > 0;
 * the words of headings and body text (Lục, Sách, Theo, Tổng) well below 0.
 */
export function givenNameEvidence(syllable: string): number {
  const { inNames, inText } = load();
  const key = toneKey(syllable);
  const share = (counts: Counts): number => ((counts.of.get(key) ?? 0) + 0.5) / counts.total;
  return Math.log(share(inNames) / share(inText));
}

export type NamePosition = 'surname' | 'middle' | 'given';

/** How often the syllable stands at that position of a personal name (0: never seen). */
export function nameSyllableCount(syllable: string, position: NamePosition): number {
  return load().nameSyllables.get(position)?.get(syllable) ?? 0;
}

/**
 * Every spelling of the syllable's letters that running text or a name uses
 * (`hoi`: Hội, Hồi, Hơi, Hỏi, …), each with how often it stands at that
 * position of a name (0: never seen there), the syllable's own first.
 */
export function spellingsAt(syllable: string, position: NamePosition): { syllable: string; count: number }[] {
  const { spellings, nameKeys } = load();
  const own = toneKey(syllable);
  const counts = nameKeys.get(position)!;
  const all = [...(spellings.get(letters(syllable)) ?? new Map<string, string>())].filter(([key]) => key !== own);
  return [[own, syllable.toLowerCase()] as const, ...all].map(([key, spelling]) => ({ syllable: spelling, count: counts.get(key) ?? 0 }));
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
