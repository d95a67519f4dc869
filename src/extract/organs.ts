// Names of organs as a record spells them: abbreviations expanded (`UBND tỉnh`
// -> `Ủy ban nhân dân tỉnh`), the fixed words of organs, levels and positions
// written as the tables spell them (`Uy ban nhan dan huyén` -> `Ủy ban nhân dân
// huyện`); place names are left as the text has them.
import { distance } from 'fastest-levenshtein';
import { foldSameLength, isUpperCase, keysAt, nearWord, phraseAt, phraseKeys, sentenceCase, stripMarks, titleCase, tokenize, type Token } from './fold.js';
import { isKnownPlace, isPlaceLetters, placeAtLevel, placeLevels, provinceLevel, registerSpelling, soleLevel } from './gazetteer.js';
import type { Line } from './lines.js';
import { printsForBarredD } from '../misreadings.js';
import { isSyllableShape, syllableKey } from '../restore/vietnamese.js';
import { vocabulary, type Vocabulary } from './vocabulary.js';
import type { LineRange } from '../types.js';

interface Phrase {
  keys: string[];
  canonical: string;
}

const phrasesOf = (names: readonly string[]): Phrase[] =>
  names.map((n) => ({ keys: phraseKeys(n), canonical: n })).sort((a, b) => b.keys.length - a.keys.length);

let tables: { organNames: Phrase[]; levels: Phrase[]; positions: Phrase[]; afterIssuer: string[][] } | null = null;

function phraseTables(): NonNullable<typeof tables> {
  const v = vocabulary();
  tables ??= {
    // One-word names (`Văn phòng`) are too common in running text to snap to;
    // entries in lower case (`nông thôn mới`) are programmes, not organs.
    organNames: phrasesOf([...new Set(v.organs.map((o) => o.name))]).filter(
      (p) => p.keys.length > 1 && /^\p{Lu}/u.test(p.canonical),
    ),
    levels: phrasesOf(v.levels),
    positions: phrasesOf(v.plan.positions),
    // Words that end an issuer's name: `… tỉnh X Quy định về …`, `… xã X xây dựng …`.
    afterIssuer: [...v.plan.issuerSubjectOpeners, ...v.plan.selfReferenceVerbs].map(phraseKeys),
  };
  return tables;
}

/** `của` (of), which opens an issuer or a grantor; OCR writes it `ciia`, `ctia`, `clia`, `cta`. */
export const isOfWord = (t: Token | undefined): boolean =>
  t !== undefined && (nearWord(t.key, phraseKeys(vocabulary().plan.of)[0]!) || /^c[tliu]{1,3}a$/.test(t.key));

/** Full name of an organ abbreviation as written in running text (`UBND`, `HDND`), or null. */
export function organForAbbreviation(word: string): string | null {
  if (word.length < 2 || !isUpperCase(word)) return null;
  const organs = vocabulary().organs.filter((o) => /^\p{Lu}/u.test(o.name));
  const exact = organs.find((o) => o.abbr === word);
  if (exact) return exact.name;
  const loose = [...new Set(organs.filter((o) => stripMarks(o.abbr).toUpperCase() === stripMarks(word)).map((o) => o.name))];
  return loose.length === 1 ? loose[0]! : null;
}

function phraseMatch(tokens: readonly Token[], at: number, phrases: readonly Phrase[]): Phrase | null {
  return phrases.find((p) => phraseAt(tokens, at, p.keys)) ?? null;
}

/**
 * The organ (full name or abbreviation) whose name starts at token `at`. A word other in its marks and two letters or
 * more off the table's is another word (`thành phần`, restoration's reading of a damaged `thành phHà`, is no `Thành
 * Đoàn`); one letter off is OCR's slip (`Ban Chép hành`, Chấp).
 */
function organAt(tokens: readonly Token[], at: number): { name: string; length: number } | null {
  const otherWord = (token: Token, key: string, word: string): boolean => otherMarkedWord(token, key, word) && distance(token.key, key) > 1;
  const phrase = phraseTables().organNames.find(
    (p) => phraseAt(tokens, at, p.keys) && !p.keys.some((k, i) => otherWord(tokens[at + i]!, k, p.canonical.split(' ')[i] ?? '')),
  );
  if (phrase) return { name: phrase.canonical, length: phrase.keys.length };
  const token = tokens[at];
  const expanded = token ? organForAbbreviation(token.text) : null;
  return expanded ? { name: expanded, length: 1 } : null;
}

/**
 * A word other in its letters and in its marks too is another word, whatever
 * OCR's tolerance allows: `hướng` (of `hướng dẫn`) is no `phường`.
 */
const otherMarkedWord = (token: Token, key: string, word: string): boolean =>
  token.key !== key && stripMarks(token.text) !== token.text && marksOf(token.text) !== marksOf(word);

/** A word written with a capital then small letters (`Vinh`, `Tân`): a proper name unless it spells the keyword itself. */
const isProperNameNear = (token: Token, key: string): boolean => /^\p{Lu}\p{Ll}/u.test(token.text) && token.key !== key;

/**
 * The level (`xã`, `thành phố`) at token `at`. OCR damage is forgiven only in
 * a word not written as a proper name: `Thành ủy Vinh` names a city, it is not
 * a garbled `Thành ủy tỉnh`.
 */
export function levelAt(tokens: readonly Token[], at: number): { name: string; length: number } | null {
  const phrase = phraseTables().levels.find(
    (p) =>
      phraseAt(tokens, at, p.keys) &&
      !p.keys.some((k, i) => isProperNameNear(tokens[at + i]!, k) || otherMarkedWord(tokens[at + i]!, k, p.canonical.split(' ')[i] ?? '')),
  );
  return phrase ? { name: phrase.canonical, length: phrase.keys.length } : null;
}

/**
 * Rewrites an organ, a grantor or a signing authority with the tables' spelling:
 * organ names and their abbreviations, the level after an organ, positions.
 */
export function normalizeOrganName(text: string): string {
  const tokens = tokenize(text);
  let out = '';
  let cursor = 0;
  let afterOrgan = false;
  for (let i = 0; i < tokens.length; ) {
    const position = phraseMatch(tokens, i, phraseTables().positions);
    const organ = position ? null : organAt(tokens, i);
    const level = afterOrgan ? levelAt(tokens, i) : null;
    const hit = position
      ? { name: position.canonical, length: position.keys.length }
      : (organ ?? level);
    if (hit === null) {
      i++;
      afterOrgan = false;
      continue;
    }
    out += text.slice(cursor, tokens[i]!.start) + hit.name;
    cursor = tokens[i + hit.length - 1]!.end;
    afterOrgan = organ !== null;
    i += hit.length;
  }
  return out + text.slice(cursor);
}

/** The fixed names of the tables an issuer is written with: organs, letterhead heads and expansions, positions. */
let ocrNames: { phrases: Phrase[]; words: Set<string> } | null = null;

function issuerPhrases(): NonNullable<typeof ocrNames> {
  if (ocrNames) return ocrNames;
  const v = vocabulary();
  const names = [...new Set([...v.organs.map((o) => o.name), ...v.letterhead.heads.map((h) => h.name), ...v.letterhead.expansions.map((e) => e.name), ...v.plan.positions, ...v.levels])];
  const phrases = phrasesOf(names);
  ocrNames = { phrases, words: new Set(names.flatMap((n) => n.toLowerCase().split(/[\s,–-]+/u))) };
  return ocrNames;
}

/** Whether the word at `at` is one of a place name the register knows, marks aside (`Hoá` of `Thanh Hoá` is no `Thành Đoàn`'s). */
function inPlace(tokens: readonly Token[], at: number, text: string): boolean {
  for (let from = Math.max(0, at - 3); from <= at; from++) {
    for (let to = at; to < Math.min(tokens.length, from + 4); to++) {
      if (to > from && isPlaceLetters(text.slice(tokens[from]!.start, tokens[to]!.end))) return true;
    }
  }
  return false;
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Most letters old OCR changes in one word of a fixed name, and never more than half the word's (`Bị`/`Bộ`, `trang`/`trưởng`). */
const MAX_OCR_EDITS = 2;

/** Signs old OCR strews between the words of a name, which no name holds (`Cẩm \\ Xuyên`). */
const STRAY_SIGNS = /^[\s\\|§¢€`~^_]+$/u;

/**
 * A cited issuer read by old OCR, written with the tables' fixed words: a word of one of their names (organs,
 * letterhead heads, positions: `Bộ trưởng`, `Đảng bộ`, `Thi đua - Khen thưởng`) that is no word of any of them, where
 * every other word of the name stands as the table has it and that word is at most two letters off with its first
 * letter kept (`Bị trưởng`, `Bộ trang`, `Đảng bị`, `Khen thuwéng`; a Đ may be printed D, B, P or H), takes the table's word; a level word so read before a place the register
 * knows at that level takes the level (`quên Đống Đa`: quận); each word must be capitalised as the table writes it
 * and be no word of a place the register knows (`Tỉnh Đoàn Thanh Hoá`), and two names of a word at odds leave it as read. Two words
 * of a name joined by a hyphen the table spaces (`nhân-dân`), and stray signs between words, are spaced.
 */
export function spellOcrIssuer(text: string): string {
  const { phrases, words } = issuerPhrases();
  const { levels } = phraseTables();
  const tokens = tokenize(text);
  const respelt = new Map<number, string | null>();
  const spaced = new Set<number>();
  const propose = (at: number, word: string): void => {
    respelt.set(at, respelt.has(at) && respelt.get(at) !== word ? null : word);
  };
  const offBy = (token: Token, key: string): boolean => {
    // OCR keeps a word's first letter, but for the Đ it prints D, B, P or H (`Bộ trang` is no `Đảng`).
    const opens = token.key[0] === key[0] || (key.startsWith('d') && printsForBarredD(token.text[0]!));
    if (!opens || words.has(token.text.toLowerCase())) return false;
    const edits = distance(token.key, key);
    return edits > 0 && edits <= MAX_OCR_EDITS && edits * 2 <= key.length;
  };
  for (let at = 0; at < tokens.length; at++) {
    for (const phrase of phrases) {
      const window = tokens.slice(at, at + phrase.keys.length);
      if (phrase.keys.length < 2 || window.length < phrase.keys.length) continue;
      if (window.some((t, j) => j > 0 && !/^[\s\-–—]*$/u.test(t.gap) && !STRAY_SIGNS.test(t.gap))) continue;
      const off = phrase.keys.flatMap((k, j) => (window[j]!.key === k ? [] : [j]));
      const tableWords = phrase.canonical.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
      // Each word capitalised as the table writes it: `tỉnh Đắk` is no `Tỉnh Đoàn`, `Khối các` no `Cục`.
      if (tableWords.length !== phrase.keys.length || window.some((t, j) => capitalised(t.text) !== capitalised(tableWords[j]!))) continue;
      if (off.length === 0) {
        window.forEach((t, j) => {
          if (j > 0 && t.gap === '-') spaced.add(at + j);
        });
      } else if (off.length === 1 && offBy(window[off[0]!]!, phrase.keys[off[0]!]!) && !inPlace(tokens, at + off[0]!, text)) {
        propose(at + off[0]!, tableWords[off[0]!]!);
      }
    }
    // A level before a place the register knows at that level.
    const token = tokens[at]!;
    for (const level of capitalised(token.text) ? [] : levels.filter((l) => l.keys.length === 1 && offBy(token, l.keys[0]!))) {
      for (let end = Math.min(tokens.length, at + 5); end > at + 1; end--) {
        const place = text.slice(tokens[at + 1]!.start, tokens[end - 1]!.end);
        if (placeLevels(place).includes(level.canonical)) {
          propose(at, level.canonical);
          break;
        }
      }
    }
  }
  let out = '';
  let cursor = 0;
  for (const [at, token] of tokens.entries()) {
    const gap = at > 0 && (spaced.has(at) || (STRAY_SIGNS.test(token.gap) && token.gap.trim() !== '')) ? ' ' : token.gap;
    out += text.slice(cursor, token.start - token.gap.length) + gap + (respelt.get(at) ?? token.text);
    cursor = token.end;
  }
  return out + text.slice(cursor);
}

/** Most words of a place name the register holds after its level (`Bà Rịa - Vũng Tàu` aside). */
const MAX_PLACE_WORDS = 4;

let levelWords: { keys: string[]; level: string }[] | undefined;

/**
 * A cited issuer's place written after the word of its level — an administrative level (`tỉnh`) or a body whose name
 * carries one (HD 36 and the Đoàn's letterheads: `Huyện Đoàn`, `Tỉnh ủy`) — that the register does not know at that
 * level: the register's name there (placeAtLevel), a letter off for old OCR (`tỉnh Đồng Thép`), of the same letters
 * where restoration gave the name its marks (`Huyện Đoàn Hùng Hà`). A name of one word, a name in small letters and a
 * name read as written stay.
 */
export function spellCitedPlaces(text: string, restored: (word: string) => boolean, rawOcr: boolean): string {
  const v = vocabulary();
  levelWords ??= [...v.letterhead.heads.flatMap((h) => (h.level === undefined ? [] : [{ name: h.name, level: h.level }])), ...v.levels.map((l) => ({ name: l, level: l }))]
    .map(({ name, level }) => ({ keys: phraseKeys(name), level }))
    .sort((a, b) => b.keys.length - a.keys.length);
  const tokens = tokenize(text);
  let out = text;
  for (let at = tokens.length - 1; at >= 0; at--) {
    // The level's word as the table writes it: a word OCR garbled is near other levels' (`Thường`, `phường`).
    const head = levelWords.find((l) => keysAt(tokens, at, l.keys));
    if (head === undefined) continue;
    const from = at + head.keys.length;
    let to = from;
    // The name's first word may have lost its capital to restoration (`tỉnh Đoàn đồng Tháp`), not the words after it.
    while (to < tokens.length && to - from < MAX_PLACE_WORDS && (to === from || (capitalised(tokens[to]!.text) && /^\s+$/u.test(tokens[to]!.gap)))) to++;
    for (let end = to; end - from >= 2; end--) {
      const words = tokens.slice(from, end);
      if (!capitalised(words[0]!.text) && !words.slice(1).every((w) => capitalised(w.text))) continue;
      const name = text.slice(words[0]!.start, words.at(-1)!.end);
      if (placeLevels(name).includes(head.level)) break;
      if (!rawOcr && !words.some((w) => restored(w.text))) continue;
      const spelt = placeAtLevel(name, head.level, rawOcr);
      if (spelt === null) continue;
      out = out.slice(0, words[0]!.start) + spelt + out.slice(words.at(-1)!.end);
      break;
    }
  }
  return out;
}

let organCodes: Set<string> | undefined;

/**
 * The word of a cited issuer read by old OCR that proves the issuer garbled, else null: a word in capitals that no
 * table knows as a code but that is a letter off one it knows (`BEH` beside BCH: `code`), or a word with small letters
 * that no Vietnamese syllable can be and no register place holds (`Ban Bí thư Trung ương DPéng`: `word`). Unknown codes
 * a letter off none (`THCS`, `PTNT`) are abbreviations the tables lack, not garble; a code of two letters is a letter
 * off too many to tell.
 */
export function garbledWord(issuer: string): { word: string; kind: 'code' | 'word' } | null {
  const v = vocabulary();
  organCodes ??= new Set([...v.organs.map((o) => o.abbr), ...v.letterhead.expansions.map((e) => e.abbr)]);
  const codes = organCodes;
  const tokens = tokenize(issuer);
  for (const [at, t] of tokens.entries()) {
    if (/\d/u.test(t.text) || /^[IVXLCDM]+$/u.test(t.text)) continue;
    if (isUpperCase(t.text) && t.text.length > 1) {
      if (t.text.length > 2 && !codes.has(t.text) && [...codes].some((c) => c.length === t.text.length && distance(c, t.text) === 1)) return { word: t.text, kind: 'code' };
    } else if (!isSyllableShape(syllableKey(t.text)) && !inPlace(tokens, at, issuer)) {
      return { word: t.text, kind: 'word' };
    }
  }
  return null;
}

/**
 * Words in small letters a cited issuer read by old OCR runs into (`Hội đồng Chính Phủ lý nhiễm cho Phó thủ tướng`,
 * ủy nhiệm read `lý nhiễm`), else null: a name of a body (NĐ 30 Phụ lục I, tên cơ quan) is the tables' fixed words
 * and the places they stand at, so two words running in small letters, among small words after an organ's name or its level, that
 * are no word of any organ, head, level or position and of no place the register knows are the subject's, lost where
 * OCR garbled the word that opened it.
 * Where they end is not known: the issuer stays as read, for review.
 */
export function smallWordsRunningIn(issuer: string): string | null {
  const { words } = issuerPhrases();
  const tokens = tokenize(issuer);
  const foreign = (at: number): boolean => {
    const t = tokens[at]!;
    return /^\p{Ll}/u.test(t.text) && !words.has(t.text.toLowerCase()) && !inPlace(tokens, at, issuer);
  };
  // Only in small words after a name the tables close (an organ, or its level): words after any other are the name's own.
  const { organNames, levels } = phraseTables();
  const closesName = (at: number): boolean =>
    [...organNames, ...levels].some((p) => keysAt(tokens, at - p.keys.length, p.keys));
  let afterName = false;
  for (let at = 1; at + 1 < tokens.length; at++) {
    afterName = closesName(at) || (afterName && !capitalised(tokens[at]!.text));
    if (afterName && foreign(at) && foreign(at + 1)) return issuer.slice(tokens[at]!.start, tokens[at + 1]!.end);
  }
  return null;
}

/**
 * A cited issuer read from old OCR that runs on past `và` into words in small letters opening no organ (`… Tỉnh ủy Hà
 * Nam và lãnh đạo Đại hội …`): an issuer is organs, joined by `và` only to another organ, so the words after it are
 * the subject, whose `về` OCR printed `vé` and restoration read `và`. Null where every `và` joins an organ.
 */
export function issuerRunningOn(issuer: string): { issuer: string; subject: string } | null {
  const tokens = tokenize(issuer);
  const coordinators = vocabulary().body.coordinators.map(phraseKeys);
  for (let at = 1; at < tokens.length; at++) {
    const keys = coordinators.find((k) => phraseAt(tokens, at, k));
    const next = keys === undefined ? undefined : tokens[at + keys.length];
    if (next === undefined || capitalised(next.text) || findIssuers(issuer.slice(next.start)).some((m) => m.start === 0)) continue;
    return { issuer: issuer.slice(0, tokens[at]!.start).replace(/[\s,;]+$/u, ''), subject: issuer.slice(next.start).trim() };
  }
  return null;
}

/**
 * A cited issuer whose name ends in an abbreviation of its own title (`Bộ Nông nghiệp và PTNT`): NĐ 30 Phụ lục III
 * abbreviates an organ by the first letters of its words, `và` left out (BNNPTNT), and a record writes organs out
 * (FORMAT.md). Where the written words' initials and the abbreviation together make a code of the tables whose name
 * opens with those words, that name is the issuer's, after any position or body above it (`written`); where no table writes the closing abbreviation out, its
 * words are not known (`unknown`, to be checked). Null where the name ends in no abbreviation.
 */
export function organWrittenOut(issuer: string): { written: string } | { unknown: string } | null {
  const tokens = tokenize(issuer);
  const last = tokens.at(-1);
  if (last === undefined || tokens.length < 2 || last.text.length < 2 || !isUpperCase(last.text) || /\d/u.test(last.text) || /^[IVXLCDM]+$/u.test(last.text)) return null;
  const coordinators = new Set(vocabulary().body.coordinators.flatMap(phraseKeys));
  // The organ may stand after a position or a body above it (`Bộ trưởng Bộ Nông nghiệp và PTNT`): it opens at a capital.
  for (let from = 0; from < tokens.length - 1; from++) {
    const words = tokens.slice(from, -1);
    if (!/^\p{Lu}/u.test(words[0]!.text) || words.some((t) => isUpperCase(t.text) && t.text.length > 1)) continue;
    const code = words.filter((t) => !coordinators.has(t.key)).map((t) => t.text[0]!.toUpperCase()).join('') + last.text;
    const keys = words.map((t) => t.key);
    const organ = vocabulary().organs.find((o) => o.abbr === code && /^\p{Lu}/u.test(o.name) && keys.every((k, i) => phraseKeys(o.name)[i] === k));
    if (organ) return { written: issuer.slice(0, words[0]!.start) + organ.name };
  }
  const expansions = vocabulary().letterhead.expansions;
  return organForAbbreviation(last.text) === null && !expansions.some((e) => e.abbr === last.text) ? { unknown: last.text } : null;
}

export interface IssuerMention {
  organ: string;
  level: string | null;
  locality: string | null;
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

/**
 * Locality after a level: the capitalised words that follow (`xã Lục Ba xây
 * dựng` -> `Lục Ba`), or everything left of a letterhead line in capitals.
 */
function localityAt(tokens: readonly Token[], at: number, text: string): { value: string; end: number } | null {
  const words: Token[] = [];
  for (let i = at; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = text.slice(words.length ? words[words.length - 1]!.end : t.start, t.start);
    if (/[,;:.()“”"]/u.test(gap)) break;
    if (!/^[\p{Lu}\d]/u.test(t.text)) break;
    if (phraseTables().afterIssuer.some((keys) => phraseAt(tokens, i, keys))) break;
    words.push(t);
  }
  if (words.length === 0) return null;
  const kept = words.slice(0, knownPlaceBeforeGarbage(words, text) ?? words.length);
  const raw = text.slice(kept[0]!.start, kept[kept.length - 1]!.end).replace(/\s+/g, ' ');
  return { value: isUpperCase(raw) ? titleCase(raw) : raw, end: kept[kept.length - 1]!.end };
}

/**
 * OCR run on from the locality into the next column (`LONG BIÊN HÒA ĐÔNG
 * THIDUA-KHEN THl/ONG`): where the words end in what no clean name in
 * capitals holds (a small letter, a slash, a figure), the locality is the
 * longest opening the register knows; null (all words kept) when it knows none.
 */
function knownPlaceBeforeGarbage(words: readonly Token[], text: string): number | null {
  const span = (n: number): string => text.slice(words[0]!.start, words[n - 1]!.end).replace(/\s+/g, ' ');
  const garbage = words.findIndex((w, k) => k > 0 && (/[\p{Ll}\d]/u.test(w.text) || /[/\\|]/u.test(w.gap)));
  if (!isUpperCase(words[0]!.text) || garbage < 0) return null;
  for (let n = garbage; n >= 1; n--) if (isKnownPlace(span(n))) return n;
  return null;
}

/** Every `organ [level [locality]]` in the text, in order. */
export function findIssuers(text: string): IssuerMention[] {
  const tokens = tokenize(text);
  const found: IssuerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // `Chủ tịch Ủy ban …`: a position is not an organ, however close its words.
    const position = phraseMatch(tokens, i, phraseTables().positions);
    if (position) {
      i += position.keys.length - 1;
      continue;
    }
    const organ = organAt(tokens, i);
    if (!organ) continue;
    found.push(issuerAt(text, tokens, i, organ));
    i += organ.length - 1;
  }
  return found;
}

function issuerAt(
  text: string,
  tokens: readonly Token[],
  at: number,
  organ: { name: string; length: number },
): IssuerMention {
  const afterOrgan = at + organ.length;
  const level = levelAt(tokens, afterOrgan);
  const locality = level ? localityAt(tokens, afterOrgan + level.length, text) : null;
  const lastToken = tokens[afterOrgan - 1 + (level?.length ?? 0)]!;
  return {
    organ: organ.name,
    level: level?.name ?? null,
    locality: locality?.value ?? null,
    start: tokens[at]!.start,
    end: locality?.end ?? lastToken.end,
  };
}

/** A level and locality with no organ before them (`XÃ CÁT NÊ`, `HUYỆN CẨM XUYÊN`). */
export function findLevelAndLocality(text: string): { level: string; locality: string | null } | null {
  const tokens = tokenize(text);
  const level = levelAt(tokens, 0);
  if (!level) return null;
  return { level: level.name, locality: localityAt(tokens, level.length, text)?.value ?? null };
}

export function issuerName(organ: string, level: string | null, locality: string | null): string {
  // A committee whose head holds its level (`Thành Đoàn`, `Huyện ủy`) takes its place alone: `Thành Đoàn Hà Nội`.
  const ownLevel = headAt(organ)?.head.level === level;
  return [organ, ownLevel ? null : level, locality].filter((p) => p !== null).join(' ');
}

/**
 * `Ban Chấp hành Thành đoàn Hà Nội ban hành …`: in running text a committee whose head holds its level (Thành Đoàn,
 * Huyện ủy; HD 36, the Đoàn's rules on its documents) is followed by its place with no level word. The mention with
 * that level and place; any other mention as it was. `tokens` are the text's, made once by the caller.
 */
export function withOwnPlace(text: string, tokens: readonly Token[], mention: IssuerMention): IssuerMention {
  const level = mention.level === null ? headAt(mention.organ)?.head.level : undefined;
  if (!level) return mention;
  const at = tokens.findIndex((t) => t.start >= mention.end);
  const place = at < 0 ? null : localityAt(tokens, at, text);
  return place ? { ...mention, level, locality: registerSpelling(place.value), end: place.end } : mention;
}

// ---------------------------------------------------------------------------
// The letterhead's organ block (tên cơ quan, tổ chức ban hành; NĐ 30 Phụ lục I
// mục 3, HD 36-HD/VPTW): the body above (cơ quan chủ quản / cấp trên trực
// tiếp) over the issuing body, each perhaps wrapped over lines
// (`ỦY BAN MTTQ VIỆT NAM` / `XÃ AN PHÚ` / `BAN THƯỜNG TRỰC`). The issuer is
// the lowest body, named in full with what it takes from the one above.

type Head = Vocabulary['letterhead']['heads'][number];

export interface OrganUnit {
  /** The head word of the body (`Ủy ban nhân dân`, `Sở`, `Ban`), null when the unit has none (`XÃ AN PHÚ`). */
  head: Head | null;
  /** The body's name in full, without the level and locality that follow it. */
  organ: string | null;
  level: string | null;
  locality: string | null;
  lines: LineRange;
}

let heads: { head: Head; keys: string[] }[] | null = null;

function headTable(): { head: Head; keys: string[] }[] {
  heads ??= vocabulary()
    .letterhead.heads.map((head) => ({ head, keys: phraseKeys(head.name) }))
    .sort((a, b) => b.keys.length - a.keys.length);
  return heads;
}

/** The words of a letterhead line with its abbreviations written out (`UBND` -> Ủy ban nhân dân). */
export function expandLetterhead(text: string): string {
  const expansions = vocabulary().letterhead.expansions;
  // Exact abbreviations only: a capitals word of a name (`DU` of `DU LỊCH`) is not `ĐU` without its mark.
  const organs = vocabulary().organs.filter((o) => /^\p{Lu}/u.test(o.name));
  // A letterhead may part an abbreviation at the dash of the name it stands for (`HỘI ĐỒNG TĐ–KT`, Thi đua - Khen
  // thưởng): the two halves are one abbreviation only where they join into one of the table's.
  const joined = text.replace(/(?<!\p{L})(\p{Lu}{1,4}) ?[-–] ?(\p{Lu}{1,4})(?!\p{L})/gu, (whole, left: string, right: string) =>
    organs.find((o) => o.abbr === left + right && o.abbr.length >= 3)?.name ?? whole,
  );
  return joined.replace(/[\p{L}&]+/gu, (word) => {
    const hit = expansions.find((e) => e.abbr === word) ?? organs.find((o) => o.abbr === word && word.length >= 3);
    return hit ? hit.name : word;
  });
}

/** The head that opens the text, if any (commas inside a head's name are allowed). */
export function headAt(text: string): { head: Head; end: number } | null {
  // Only the words a head can span are read: a letterhead line may be a long run of text.
  const longest = headTable()[0]?.keys.length ?? 0;
  return headAtToken(tokenize(text, longest), 0);
}

/** The head that opens at `tokens[at]`, if any; `end` is an offset in the tokenised text. */
function headAtToken(tokens: readonly Token[], at: number): { head: Head; end: number } | null {
  for (const { head, keys } of headTable()) {
    if (at + keys.length > tokens.length) continue;
    const words = head.name.split(' ');
    const ok = keys.every(
      (k, i) =>
        nearWord(tokens[at + i]!.key, k) &&
        (i === 0 || /^[\s,\-–—]*$/u.test(tokens[at + i]!.gap)) &&
        // A word other in its letters and in its marks too is another word (`NÔNG` of Hội Nông dân is no `ĐỒNG`).
        (tokens[at + i]!.key === k || stripMarks(tokens[at + i]!.text) === tokens[at + i]!.text || marksOf(tokens[at + i]!.text) === marksOf(words[i] ?? '')),
    );
    // A one-word head must be the word itself, not a near one (`Ban` is not `Bản`).
    if (ok && (keys.length > 1 || tokens[at]!.key === keys[0])) return { head, end: tokens[at + keys.length - 1]!.end };
  }
  return null;
}

/** A word's marks in any order: `Uỷ` and `Ủy` (the tone placed on either vowel) have the same. */
export const marksOf = (word: string): string => [...word.normalize('NFD')].filter((c) => /\p{M}/u.test(c)).sort().join('');

/**
 * `… THƯƠNG BINH VÀ XÃ HỘI`, `BẢO HIỂM XÃ HỘI`: inside a body's name `xã hội`
 * is the word "society", not the level xã and a commune `Hội` (the register
 * has none; `xã Hội Hợp` is one, so a registered name read on is a commune).
 */
function isSocietyWord(tokens: readonly Token[], at: number, nameFrom: number): boolean {
  if (at <= nameFrom || tokens[at]!.key !== 'xa' || tokens[at + 1]?.key !== 'hoi') return false;
  const next = tokens[at + 2];
  return next === undefined || !isKnownPlace(`${tokens[at + 1]!.text} ${next.text}`);
}

/** `BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH` -> `Bộ Văn hóa, Thể thao và Du lịch`: the first word of each part capitalised. */
function nameCase(text: string): string {
  if (!isUpperCase(text)) return text;
  return sentenceCase(text).replace(/([,\-–—]\s*|\svà\s)(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * `BAN NHÂN DÂN` / `TỈNH SƠN LA`: OCR lost the head's first word (a speck or a
 * faint `ỦY` read as `6)`). A Ban nhân dân stands only under a commune (thôn,
 * ấp, khu phố); before a level of the administration, tỉnh to xã, the body
 * is the Ủy ban nhân dân, and its word is put back.
 */
function lostCommitteeWord(text: string): string {
  const lost = /^ban nhan dan (?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\b/u.test(foldSameLength(text).toLowerCase());
  return lost ? `${isUpperCase(text) ? 'ỦY' : 'Ủy'} ${text}` : text;
}

/** One body of the letterhead from its lines (joined). */
function readUnit(lines: readonly Line[]): OrganUnit {
  const range = { from: lines[0]!.no, to: lines[lines.length - 1]!.no };
  const text = lostCommitteeWord(expandLetterhead(lines.map((l) => l.text.trim()).join(' ')).replace(/\s+/g, ' '));
  const opened = headAt(text);
  // A body the tables name whole (`BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`) holds no level and place: `XÃ HỘI` is no commune.
  const known = opened ? knownOrgan(text) : null;
  if (opened && known !== null) return { head: opened.head, organ: known, level: opened.head.level ?? null, locality: null, lines: range };
  const tokens = tokenize(text);
  const from = opened ? tokens.findIndex((t) => t.start >= opened.end) : 0;
  const written = writtenWithMarks(lines);
  let levelAtIndex = -1;
  // `BCH HUYỆN ĐOÀN HƯƠNG SƠN`, `BAN TUYÊN GIÁO TỈNH ỦY …`: a committee whose name holds its level
  // (Huyện Đoàn, Tỉnh ủy) inside the body's name; what follows it is the place.
  let inner: { head: Head; start: number; end: number } | null = null;
  const levels = phraseTables().levels;
  for (let i = Math.max(0, from); from >= 0 && i < tokens.length; i++) {
    const within = opened ? headAtToken(tokens, i) : null;
    if (within?.head.level && within.head.kind === 'committee') {
      inner = { head: within.head, start: tokens[i]!.start, end: within.end };
      break;
    }
    // Letter for letter and mark for mark: inside a body's name a near word is
    // another word (`TIN` is not `TỈNH`, `QUẢN` not `QUẬN`); only a word written
    // without marks is matched on its letters.
    // Right after a head that a level follows (`ỦY BAN NHÂN DÂN TÍNH …`), or
    // opening a line of its own, the letters are enough.
    const loose = i === Math.max(0, from) && (opened === null || ['state', 'committee'].includes(opened.head.kind));
    // So are they before a place the register knows at that level: the `vie` model reads TỈNH's hook as an acute or a
    // tilde (`HĐND - UBND TÍNH HÒA BÌNH`), and a level word and its place is how NĐ 30 names the body's locality.
    const beforePlace = (l: Phrase): boolean => {
      if (!l.keys.every((k, j) => tokens[i + j]?.key === k)) return false;
      const place = localityAt(tokens, i + l.keys.length, text);
      return place !== null && (placeLevels(place.value).includes(l.canonical) || placeAtLevel(place.value, l.canonical, false) !== null);
    };
    const matches = (l: Phrase): boolean =>
      l.keys.every((k, j) => (loose ? tokens[i + j]?.key === k : sameWord(tokens[i + j], k, l.canonical.split(' ')[j]!, written))) || beforePlace(l);
    if (levels.some(matches) && !isSocietyWord(tokens, i, from)) {
      levelAtIndex = i;
      break;
    }
  }
  const level = levelAtIndex >= 0 ? levelAt(tokens, levelAtIndex) : null;
  const found = level ? localityAt(tokens, levelAtIndex + level.length, text) : null;
  const locality = found ? { ...found, value: registerSpelling(found.value) } : null;
  const nameEnd = levelAtIndex >= 0 ? tokens[levelAtIndex]!.start : text.length;
  const rawName = text.slice(0, nameEnd).replace(/[\s,;:.]+$/u, '');
  if (!opened) {
    return { head: null, organ: null, level: level?.name ?? null, locality: locality?.value ?? null, lines: range };
  }
  let rest = rawName.slice(opened.end).trim();
  let ownLocality = locality?.value ?? null;
  const after = inner ? text.slice(inner.end).replace(/^[\s,]+|[\s,;:.]+$/gu, '') : '';
  if (inner && after !== '') {
    ownLocality = registerSpelling(isUpperCase(after) ? titleCase(after) : after);
    const middle = nameCase(text.slice(opened.end, inner.start).trim());
    const named = [opened.head.name, middle, inner.head.name, ownLocality].filter((p) => p !== '').join(' ');
    return { head: opened.head, organ: canonicalOrgan(named), level: inner.head.level ?? null, locality: ownLocality, lines: range };
  }
  // A committee whose head holds its level (`HUYỆN ỦY GIA VIỄN`): what follows is the locality.
  if (opened.head.level && level === null && rest !== '' && opened.head.kind === 'committee') {
    ownLocality = registerSpelling(isUpperCase(rest) ? titleCase(rest) : rest);
    rest = '';
  }
  // `HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI`, `HỘI NÔNG DÂN NGHỆ AN`: a mass organisation named with a province's name and
  // no level word is that province's (the register tells a province; a centrally-run city is a thành phố).
  const province = opened.head.kind === 'committee' && !opened.head.level && level === null && !inner ? provinceTail(rest) : null;
  if (province) {
    const organ = `${canonicalOrgan(`${opened.head.name} ${nameCase(province.name)}`.trim())} ${province.place}`;
    return { head: opened.head, organ, level: province.level, locality: province.place, lines: range };
  }
  // `BCH HỘI NÔNG DÂN TÂY TRẠCH`: the same below a province, where the register knows the place by one level only.
  const place = ['committee', 'dependent'].includes(opened.head.kind) && !opened.head.level && level === null && !inner ? placeTail(rest) : null;
  if (place) {
    const organ = `${canonicalOrgan(`${opened.head.name} ${nameCase(place.name)}`.trim())} ${place.place}`;
    return { head: opened.head, organ, level: place.level, locality: place.place, lines: range };
  }
  // A school's or a hospital's own name is a proper name (`TRƯỜNG THCS PHÚ AN`), its place
  // included: `TRƯỜNG TRUNG HỌC CƠ SỞ / THỊ TRẤN CHÂU THÀNH` is named for the township.
  if (opened.head.kind === 'named') rest = text.slice(opened.end).replace(/[\s,;:.]+$/u, '').trim();
  const cased = opened.head.kind === 'named' ? properName(rest) : caseName(rest);
  const organ = `${opened.head.name} ${cased}`.replace(/\s+/g, ' ').trim();
  return {
    head: opened.head,
    organ: canonicalOrgan(organ),
    level: level?.name ?? opened.head.level ?? null,
    locality: ownLocality,
    lines: range,
  };
}

/**
 * A body's name after its head: common words (`ĐOÀN` -> `Đoàn`) up to a
 * school's or a hospital's head (`TRƯỜNG CĐN CƠ ĐIỆN XÂY DỰNG VIỆT XÔ`) or a
 * kind of school an abbreviation wrote out (`THPT` -> `Trung học phổ thông`,
 * the only words not in capitals), where its proper name begins.
 */
function caseName(rest: string): string {
  const tokens = tokenize(rest);
  const named = tokens.findIndex((t, i) => namedHeadAt(tokens, i) || (i > 0 && !isUpperCase(t.text)));
  const start = tokens[named]?.start ?? 0;
  if (named < 0 || !isUpperCase(rest.slice(0, start) || rest.slice(start))) return nameCase(rest);
  return `${nameCase(rest.slice(0, start).trim())} ${properName(rest.slice(start))}`.trim();
}

/** The last words of a body's name when they are a province's name (`LIÊN HIỆP PHỤ NỮ` + `HÀ NỘI`), with the words before them. */
function provinceTail(rest: string): { name: string; place: string; level: string } | null {
  const tokens = tokenize(rest);
  // `ĐOÀN TRƯỜNG CAO ĐẲNG Y TẾ HÀ NỘI`: a school's, a hospital's or a department's name holds the place, not a level.
  if (tokens.some((_, i) => ['named', 'unit'].includes(headAtToken(tokens, i)?.head.kind ?? ''))) return null;
  // A province's name runs to three words (Bà Rịa - Vũng Tàu: four); one word at least names the body.
  for (let from = Math.max(1, tokens.length - 4); from < tokens.length; from++) {
    const raw = rest.slice(tokens[from]!.start).trim();
    const place = registerSpelling(isUpperCase(raw) ? titleCase(raw) : raw);
    const level = provinceLevel(place);
    if (level) return { name: rest.slice(0, tokens[from]!.start).trim(), place, level };
  }
  return null;
}

/**
 * The last two or three words of a body's name when they are a place the register knows by one level only, no
 * province (`HỘI NÔNG DÂN` + `TÂY TRẠCH`: xã); one word alone (`MINH`, `NAM`) is too often a word of a name.
 */
function placeTail(rest: string): { name: string; place: string; level: string } | null {
  const tokens = tokenize(rest);
  if (tokens.some((_, i) => ['named', 'unit'].includes(headAtToken(tokens, i)?.head.kind ?? ''))) return null;
  for (let from = Math.max(1, tokens.length - 3); from <= tokens.length - 2; from++) {
    const raw = rest.slice(tokens[from]!.start).trim();
    const place = registerSpelling(isUpperCase(raw) ? titleCase(raw) : raw);
    const level = provinceLevel(place) === null ? soleLevel(place) : null;
    if (level) return { name: rest.slice(0, tokens[from]!.start).trim(), place, level };
  }
  return null;
}

/**
 * A school's or a hospital's name in capitals, cased as a proper name: words
 * title-cased, but the kind of school and a level word as the tables spell
 * them, capital first (`Trung học cơ sở`, `Thị trấn`).
 */
function properName(rest: string): string {
  // A word without a vowel is an abbreviation (`CĐN`, cao đẳng nghề), kept in capitals.
  let cased = rest.replace(/\p{Lu}{2,}/gu, (w) => (/[AEIOUY]/u.test(stripMarks(w)) ? titleCase(w) : w));
  const phrases = [...vocabulary().letterhead.expansions.map((e) => e.name), ...vocabulary().levels].filter((p) => p.includes(' '));
  for (const phrase of phrases) {
    const spelled = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    cased = cased.split(titleCase(phrase)).join(spelled);
  }
  return cased;
}

/**
 * A word of the text is the table's word: the same with its marks, or the same
 * letters where it has none and the body's lines lost their marks. In lines
 * written with marks a bare word is bare: `ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW` holds
 * the noun `cơ quan`, not the level `quận`.
 */
function sameWord(token: Token | undefined, key: string, word: string, linesMarked: boolean): boolean {
  if (token === undefined || token.key !== key) return false;
  return (!linesMarked && stripMarks(token.text) === token.text) || token.text.toLowerCase() === word.toLowerCase();
}

/** Whether a body's lines, as written (before abbreviations are spelt out), carry Vietnamese marks at all. */
function writtenWithMarks(lines: readonly Line[]): boolean {
  const raw = lines.map((l) => l.text).join(' ');
  return stripMarks(raw) !== raw;
}

/** The tables' spelling of a body's name when they know it (`Bộ Văn hóa, Thể thao và Du lịch`). */
export function canonicalOrgan(name: string): string {
  return knownOrgan(name) ?? name;
}

function knownOrgan(name: string): string | null {
  const key = phraseKeys(name).join(' ');
  return vocabulary().organs.find((o) => /^\p{Lu}/u.test(o.name) && phraseKeys(o.name).join(' ') === key)?.name ?? null;
}

/**
 * Whether a head's name was wrapped between the group's lines and `text`
 * (`ỦY` / `BAN NHÂN DÂN TỈNH CÀ MAU`): the group has no head of its own and,
 * joined, a head runs past its end into the line.
 */
function splitHead(group: readonly Line[], text: string): boolean {
  const before = expandLetterhead(group.map((l) => l.text.trim()).join(' '));
  if (headAt(before) !== null) return false;
  const joined = headAt(`${before} ${text}`);
  return joined !== null && joined.end > before.length;
}

/** How many words of a name (its keys) stand before its closing `Việt Nam`, as a national body's name ends; null when it ends otherwise. */
function wordsBeforeCountry(keys: readonly string[]): number | null {
  const country = phraseKeys('Việt Nam');
  const before = keys.length - country.length;
  return before >= 0 && country.every((k, i) => keys[before + i] === k) ? before : null;
}

/**
 * `HỘI CHỮ THẬP ĐỎ VIỆT NAM` / `CHỮ THẬP ĐỎ TP HỒ CHÍ MINH`: under a mass organisation's national name (its heading,
 * as `ĐẢNG CỘNG SẢN VIỆT NAM` is the Party's) a body may write the organisation's name without the head word (`Hội`).
 * Such a line, the national name's words then a place of its own, is that body, its head restored; any other line
 * under the national name (`ỦY BAN MTTQ VIỆT NAM` / `XÃ AN PHÚ`) goes on it as before.
 */
function bodyUnderNationalName(group: readonly Line[], text: string): string | null {
  if (group.length !== 1) return null;
  const national = expandLetterhead(group[0]!.text.trim());
  const opened = headAt(national);
  if (opened?.head.kind !== 'committee' || opened.head.level) return null;
  const name = tokenize(national.slice(opened.end)).map((t) => t.key);
  const length = wordsBeforeCountry(name);
  if (length === null || length < 1) return null;
  const own = tokenize(text);
  if (own.length <= length || !name.slice(0, length).every((k, i) => own[i]!.key === k)) return null;
  return `${national.slice(0, opened.end).trim()} ${text}`;
}

/** The bodies of a letterhead, top to bottom: a line opening with a head starts one, any other line goes on the one above. */
export function organUnits(lines: readonly Line[]): OrganUnit[] {
  const groups: Line[][] = [];
  for (const line of lines.length === 1 ? splitSquashedLetterhead(lines[0]!) : lines) {
    const text = expandLetterhead(line.text.trim());
    if (text === '') continue;
    const last = groups[groups.length - 1];
    const ownBody = last === undefined ? null : bodyUnderNationalName(last, text);
    if (last !== undefined && splitHead(last, text)) last.push(line);
    else if (ownBody !== null) groups.push([{ ...line, text: ownBody }]);
    else if (last === undefined || headAt(text) !== null) groups.push([line]);
    else last.push(line);
  }
  // A central body stands under no superior in a letterhead (NĐ 30 Phụ lục I, mục 3): a line above
  // its head is the first part of its name (`THỦ TƯỚNG` / `CHÍNH PHỦ`, `ỦY BAN THƯỜNG VỤ` / `QUỐC HỘI`).
  const lowestHead = groups.length > 1 ? headAt(expandLetterhead(groups[groups.length - 1]![0]!.text.trim()))?.head : undefined;
  if (lowestHead?.kind === 'central') {
    const merged = readUnit([...groups[groups.length - 2]!, ...groups[groups.length - 1]!]);
    return [...groups.slice(0, -2).map(readUnit), { ...merged, level: merged.level ?? lowestHead.level ?? null }];
  }
  return groups.map(readUnit);
}

/**
 * The cơ quan chủ quản and the cơ quan ban hành of a letterhead run onto one
 * line (`UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO`, a flattened crawl): cut
 * where a second head (`SỞ`) opens after a level and at least one word of its
 * locality, the head followed by a name of two words or more; else the line as it is.
 */
function splitSquashedLetterhead(line: Line): Line[] {
  if (!isUpperCase(line.text)) return [line];
  const text = expandLetterhead(line.text.trim());
  const tokens = tokenize(text);
  for (let i = 2; i < tokens.length - 2; i++) {
    const head = headAtToken(tokens, i);
    if (head === null || tokens.length - i < 3) continue;
    const levelBefore = tokens.slice(0, i - 1).some((_, j) => {
      const level = levelAt(tokens, j);
      return level !== null && j + level.length < i;
    });
    if (levelBefore) return [{ no: line.no, text: text.slice(0, tokens[i]!.start).trim() }, { no: line.no, text: text.slice(tokens[i]!.start) }];
  }
  return [line];
}

export interface LetterheadIssuer {
  name: string | null;
  organ: string | null;
  level: string | null;
  locality: string | null;
  /** Several bodies issue the document together (a joint letterhead), none named alone. */
  joint?: boolean;
}

/** How many bodies of the letterhead name themselves nationally (`… Việt Nam`, no level), dash-joined parts counted apart. */
function nationalBodies(units: readonly OrganUnit[]): number {
  const national = (part: string): boolean => (wordsBeforeCountry(tokenize(part).map((t) => t.key)) ?? 0) > 0;
  return units
    .filter((u) => u.organ !== null && u.level === null && u.locality === null)
    .flatMap((u) => u.organ!.split(/\s[-–]\s/u))
    .filter(national).length;
}

/**
 * The issuing body named in full: the lowest unit with a head, taking the level
 * and locality of the one above when it has none of its own. A body that hangs
 * from its superior (Ban, Văn phòng, Tiểu ban, Ban Thường trực) is named with the
 * superior (`Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã An Phú`,
 * `Ban Tuyên giáo và Dân vận Trung ương`); a unit of an administration (Sở,
 * Phòng) with its level and locality (`Sở Nội vụ tỉnh Nghệ An`); a board (Ban,
 * Ban Chỉ đạo, Hội đồng) the one way under a Party committee or a mass
 * organisation (`Ban Tuyên giáo Tỉnh ủy Bắc Kạn`), the other under an
 * administration (`Ban Quản lý dự án tỉnh Gia Lai`).
 */
export function letterheadIssuer(all: readonly OrganUnit[]): LetterheadIssuer | null {
  // A joint document (văn bản liên tịch, chương trình phối hợp; NĐ 30 Phụ lục I mục 3 names each body) sets two bodies
  // or more of the centre side by side, each by its national name (`ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - TỔNG LIÊN ĐOÀN LAO
  // ĐỘNG VIỆT NAM - …`, or one under the other): no one of them alone is the issuer, and no name is given.
  if (nationalBodies(all) >= 2) return { name: null, organ: null, level: null, locality: null, joint: true };
  // A mass organisation writes its national name where the State writes the quốc hiệu (`HỘI NÔNG DÂN VIỆT NAM`, as
  // the Party writes `ĐẢNG CỘNG SẢN VIỆT NAM`, HD 36): under a body of a level below the centre it is that heading.
  const last = all[all.length - 1];
  const national = last?.organ?.endsWith(' Việt Nam') === true && last.level === null && last.locality === null;
  const units = national && all.slice(0, -1).some((u) => u.level !== null && u.level !== 'trung ương') ? all.slice(0, -1) : all;
  if (units.length === 0) return null;
  const lowest = units[units.length - 1]!;
  const above = units.length > 1 ? units[units.length - 2]! : null;
  if (lowest.organ === null) {
    return lowest.level === null ? null : { name: null, organ: null, level: lowest.level, locality: lowest.locality };
  }
  // `BCH ĐOÀN TRƯỜNG THPT X` under `BCH QUẬN ĐOÀN …`: a dependent body that names the committee it belongs to
  // (Đoàn, Hội, Đảng ủy …) stands on its own; the line above is another body's, two columns' lines interleaved.
  const ownSuperior = lowest.head?.kind === 'dependent' && headAt(lowest.organ.slice(lowest.head.name.length))?.head.kind === 'committee';
  if (ownSuperior) return { name: withPlace(lowest, lowest.level, lowest.locality), organ: lowest.organ, level: lowest.level, locality: lowest.locality };
  // `CĐCS TRƯỜNG THPT NGỌC TỐ` under `CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG`, `ĐẢNG ỦY TRƯỜNG ĐẠI HỌC …` under `ĐẢNG BỘ ĐẠI
  // HỌC THÁI NGUYÊN`: a body of a school (a hospital, an institute) is named by that unit's proper name, which
  // holds no level; the body above is its superior (cơ quan chủ quản), whose place is not the issuer's.
  if (lowest.head?.kind !== 'named' && namesUnit(lowest.organ)) return { name: lowest.organ, organ: lowest.organ, level: lowest.level, locality: lowest.locality };
  const level = lowest.level ?? above?.level ?? null;
  const ownPlace = lowest.locality !== null;
  // A level word with no name after it (`CÔNG ĐOÀN GIÁO DỤC TỈNH` under `… TỈNH ĐỒNG THÁP`) is the level of the body above.
  const sameLevel = lowest.level !== null && lowest.level === above?.level;
  const locality = lowest.locality ?? (lowest.level === null || lowest.head?.level || sameLevel ? above?.locality ?? null : null);
  const kind = lowest.head?.kind;
  // `HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM` / `ỦY BAN TRUNG ƯƠNG`: a committee named by its head and the centre alone,
  // under an organisation's name, is that organisation's central committee (the Điều lệ of the Front and of the Hội).
  // So is a head that holds the centre itself (`HỘI NÔNG DÂN VIỆT NAM` / `BAN CHẤP HÀNH TRUNG ƯƠNG`).
  const centralKeys = phraseKeys(vocabulary().letterhead.central).join(' ');
  const ownKeys = phraseKeys(lowest.organ).join(' ');
  const headKeys = lowest.head ? phraseKeys(lowest.head.name).join(' ') : null;
  const centralOf =
    headKeys !== null && above?.organ && (ownKeys === `${headKeys} ${centralKeys}` || (ownKeys === headKeys && ownKeys.endsWith(` ${centralKeys}`)));
  let name: string;
  if (centralOf) {
    name = `${lowest.organ} ${above!.organ}`;
  } else if (ownPlace || above === null || above.organ === null) {
    name = withPlace(lowest, level, locality);
  } else if (kind === 'dependent' || (kind === 'board' && above.head?.kind === 'committee')) {
    const superior = above.head?.asSuperior ?? withPlace(above, above.level, above.locality);
    name = canonicalOrgan(`${lowest.organ} ${superior}`);
  } else if (kind === 'unit' || kind === 'board' || kind === 'committee' || kind === 'state') {
    // A level word with no place after it, lent by the body above (`ĐẢNG BỘ KHỐI CQDCĐ TỈNH` over `ĐẢNG ỦY SỞ NỘI
    // VỤ`), qualifies that body: the lowest is named as it stands, not `… tỉnh` with no province.
    name = lowest.level === null && locality === null ? lowest.organ : withPlace(lowest, level, locality);
  } else {
    name = lowest.organ;
  }
  return { name, organ: lowest.organ, level, locality };
}

/**
 * Whether the token at `i` opens the head of a unit named for itself (`Trường`,
 * `Bệnh viện`). A head written with its marks must have the head's own
 * (`VIÊN CHỨC` is no `Viện`).
 */
function namedHeadAt(tokens: readonly Token[], i: number): boolean {
  const head = headAtToken(tokens, i)?.head;
  const word = tokens[i]!.text;
  return head?.kind === 'named' && (stripMarks(word) === word || marksOf(word) === marksOf(head.name.split(' ')[0]!));
}

/** Whether a body's name holds, after its own head, the head of a unit named for itself. */
function namesUnit(organ: string): boolean {
  const tokens = tokenize(organ);
  return tokens.some((_, i) => i > 0 && namedHeadAt(tokens, i));
}

/** `Ủy ban nhân dân` + `xã` + `An Phú`; a committee whose head holds its level takes the locality alone (`Huyện ủy Yên Thành`). */
function withPlace(unit: OrganUnit, level: string | null, locality: string | null): string {
  if (unit.organ === null) return [level, locality].filter((p) => p !== null).join(' ');
  if (level === 'trung ương' || unit.head?.kind === 'central' || unit.head?.kind === 'named') return unit.organ;
  if (unit.head?.level) return locality === null ? unit.organ : `${unit.organ} ${locality}`;
  // A name that holds its place without a level word (`Hội Liên hiệp Phụ nữ Hà Nội`) is written as it stands.
  if (locality !== null && unit.locality === locality && unit.organ.endsWith(` ${locality}`)) return unit.organ;
  return issuerName(unit.organ, level, locality);
}
