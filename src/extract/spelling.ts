// Text spelled in proper Vietnamese is taken as written. The extractor forgives
// OCR damage when it looks for its keywords (`Déi tuong` Đối tượng), but a word
// spelled with letters only Vietnamese writes — ă đ ơ ư and the tone-marked
// vowels — was not garbled, so it must be the keyword itself: `Bộ trưởng` is
// not `Đối tượng`, `Thủ trưởng` not `Thủ tướng`, `Giáo dục` not `Giám đốc`.
import { isUpperCase, nearWord, tokenize, type Token } from './fold.js';
import { normalizeOrganName, organForAbbreviation } from './organs.js';
import { vocabulary } from './vocabulary.js';

export const VIETNAMESE_ONLY = /[ăđơưĂĐƠƯ\u1EA0-\u1EF9]/u;

const wordIs = (token: Token, key: string): boolean =>
  VIETNAMESE_ONLY.test(token.text) ? token.key === key : nearWord(token.key, key);

/** Whether `tokens[at…]` spell the phrase: OCR damage forgiven only in words that carry no Vietnamese letter. */
export function phraseAtStrict(tokens: readonly Token[], at: number, keys: readonly string[]): boolean {
  if (at < 0 || at + keys.length > tokens.length) return false;
  return keys.every((k, i) => wordIs(tokens[at + i]!, k) && (i === 0 || /^[\s\-–—]*$/u.test(tokens[at + i]!.gap)));
}

let tableWords: Set<string> | null = null;

/** Every word of the organ, level and position tables, as they spell it (`trưởng`, `giáo`, `dục`). */
function wordsOfTables(): Set<string> {
  const v = vocabulary();
  tableWords ??= new Set(
    [...v.organs.map((o) => o.name), ...v.plan.positions, ...v.levels].flatMap((n) => tokenize(n).map((t) => t.text.toLowerCase())),
  );
  return tableWords;
}

/**
 * The tables' spelling of an organ or a grantor, unless that rewrites a word
 * the text spells in proper Vietnamese into another word of the tables
 * (`Thủ trưởng` into `Thủ tướng`, `Giáo dục` into `Giám đốc`): then only the
 * abbreviations are expanded (`UBND` -> `Ủy ban nhân dân`) and the words are
 * kept as written. A word of no table (`Thợ tướng`, a restorer's slip) is
 * still put right.
 */
export function asWritten(raw: string): string {
  return associationWrittenOut(tablesSpelling(raw));
}

/**
 * A Hội named by its word and the initials of the rest (`Hội LHPN`, `Hội CCB`): the association's name written out
 * (`Hội Liên hiệp Phụ nữ`), as the record writes every abbreviation of an issuer (dev-plans gold NOTES: `issuer` as
 * written with abbreviations expanded) and as a letterhead's `HỘI LHPN` is read. Only after `Hội`: the Đoàn's own
 * heading keeps its `TNCS` (Đoàn TNCS Hồ Chí Minh) and a school its level's code (`trường THCS Lục Hồn`).
 */
function associationWrittenOut(name: string): string {
  const { expansions } = vocabulary().letterhead;
  return name.replace(/(?<!\p{L})(Hội\s+)(\p{Lu}{2,})(?!\p{L})/gu, (whole, head: string, abbr: string) => {
    const hit = expansions.find((e) => e.abbr === abbr);
    return hit === undefined ? whole : head + hit.name;
  });
}

function tablesSpelling(raw: string): string {
  const normalized = normalizeOrganName(raw);
  // The same words in the same letters, only the tables' dash or comma between them (`Ban Thi đua - Khen thưởng`
  // for `Ban Thi đua Khen thưởng`): the text's own punctuation stands.
  const letters = (s: string): string => (s.match(/\p{L}+/gu) ?? []).join(' ').toLowerCase();
  if (letters(normalized) === letters(raw)) return raw;
  const kept = new Set(tokenize(normalized).map((t) => t.text.toLowerCase()));
  const known = wordsOfTables();
  const faithful = tokenize(raw)
    .filter((t) => VIETNAMESE_ONLY.test(t.text) && known.has(t.text.toLowerCase()))
    .every((t) => kept.has(t.text.toLowerCase()));
  if (!faithful) return raw.replace(/\p{L}+/gu, (word) => organForAbbreviation(word) ?? word);
  // The tables write a level in lower case; the text's `Thành phố`, `Tỉnh đoàn` keep their capitals.
  const written = new Map(
    tokenize(raw)
      .filter((t) => !isUpperCase(t.text) || t.text.length === 1)
      .map((t) => [t.text.toLowerCase(), t.text]),
  );
  const out = normalized.replace(/\p{L}+/gu, (word) => written.get(word.toLowerCase()) ?? word);
  // A word spelled twice in two cases (`Ban Thường trực Ủy ban`) keeps the capital it opens with.
  return /^\P{L}*\p{Lu}/u.test(raw) ? out.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase()) : out;
}
