// Names of organs as a record spells them: abbreviations expanded (`UBND tỉnh`
// -> `Ủy ban nhân dân tỉnh`), the fixed words of organs, levels and positions
// written as the tables spell them (`Uy ban nhan dan huyén` -> `Ủy ban nhân dân
// huyện`); place names are left as the text has them.
import { isUpperCase, nearWord, phraseAt, phraseKeys, stripMarks, titleCase, tokenize, type Token } from './fold.js';
import { vocabulary } from './vocabulary.js';

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

/** The organ (full name or abbreviation) whose name starts at token `at`. */
function organAt(tokens: readonly Token[], at: number): { name: string; length: number } | null {
  const phrase = phraseMatch(tokens, at, phraseTables().organNames);
  if (phrase) return { name: phrase.canonical, length: phrase.keys.length };
  const token = tokens[at];
  const expanded = token ? organForAbbreviation(token.text) : null;
  return expanded ? { name: expanded, length: 1 } : null;
}

export function levelAt(tokens: readonly Token[], at: number): { name: string; length: number } | null {
  const phrase = phraseMatch(tokens, at, phraseTables().levels);
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
  const raw = text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/g, ' ');
  return { value: isUpperCase(raw) ? titleCase(raw) : raw, end: words[words.length - 1]!.end };
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
  return [organ, level, locality].filter((p) => p !== null).join(' ');
}
