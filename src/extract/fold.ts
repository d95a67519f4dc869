// Mark-free, case-folded keys for finding fixed words (Căn cứ, Nơi nhận, Số, …)
// in text that may still carry OCR damage. Keys are only ever compared with
// keys; every value the extractor returns is cut from the real text.
import { distance } from 'fastest-levenshtein';
import { stripMarks } from '../marks.js';

export { stripMarks };

/**
 * Mark-free lower case with one output character per input character, so that
 * offsets found in it are offsets in the original (`Ngày` -> `ngay`).
 */
export function foldSameLength(s: string): string {
  let out = '';
  // A text repeats few letters: each folded once per call (state kept per call, not in the module).
  const folded = new Map<string, string>();
  for (const c of s) {
    let same = folded.get(c);
    if (same === undefined) {
      const base = stripMarks(c).toLowerCase();
      same = base.length === c.length ? base : c;
      folded.set(c, same);
    }
    out += same;
  }
  return out;
}

// OCR without a Vietnamese model reads marked vowels as digits inside words
// (`s6` số, `x3` xã, `1a` là, `16p` lớp) and as ¢/€ (`N¢` Nê, `ti€u` tiêu).
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '3': 'a', '4': 'a', '6': 'o', '9': 'o' };

/**
 * Key of one word: mark-free, lower case, with OCR confusions that no native
 * Vietnamese spelling produces mapped back (`ii`/`ir` for ư/ủ, `w` for ư,
 * a word-initial `p` not followed by `h` for Đ).
 */
export function wordKey(word: string): string {
  let key = stripMarks(word).toLowerCase().replace(/[¢€]/g, 'e');
  if (/\p{L}/u.test(key) && /\d/.test(key)) key = key.replace(/[013469]/g, (d) => DIGIT_AS_LETTER[d] ?? d);
  key = key.replace(/ii|ir/g, 'u').replace(/w/g, 'u');
  if (/^p[^h]/.test(key)) key = `d${key.slice(1)}`;
  return key;
}

export interface Token {
  text: string;
  key: string;
  /** What separates it from the token before (spaces, punctuation). */
  gap: string;
  /** Offsets in the string that was tokenised. */
  start: number;
  end: number;
}

/** The words of a text, or only its first `limit` words. */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // Words repeat: each word's key is made once per call.
  const keys = new Map<string, string>();
  for (const m of text.matchAll(/[\p{L}\p{N}¢€]+/gu)) {
    if (tokens.length >= limit) break;
    let key = keys.get(m[0]);
    if (key === undefined) {
      key = wordKey(m[0]);
      keys.set(m[0], key);
    }
    tokens.push({ text: m[0], key, gap: text.slice(previousEnd, m.index), start: m.index, end: m.index + m[0].length });
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

/** The keys of a fixed phrase, as the tokens of a text would have them. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/**
 * Whether a word of the text is the keyword's word: equal keys, or one edit
 * apart for words of three letters or more (`nhdn` nhận, `tuqng` tượng). A
 * leading b/p read for Đ (`Béi` Đối) is forgiven where the keyword has d.
 */
export function nearWord(textKey: string, keywordKey: string): boolean {
  if (textKey === keywordKey) return true;
  if (keywordKey.length < 3 || /\d/.test(keywordKey)) return false;
  const key = keywordKey.startsWith('d') && /^[bp]/.test(textKey) ? `d${textKey.slice(1)}` : textKey;
  // A three-letter word must keep its first letter (`phd` phố, `ddi` đối), so `dân` is not `ban`.
  if (keywordKey.length === 3 && key[0] !== keywordKey[0]) return false;
  return distance(key, keywordKey) <= 1;
}

/** Whether `tokens[at…]` spell the phrase; a phrase does not run over `.`, `,`, `;` or `:`. */
export function phraseAt(tokens: readonly Token[], at: number, keys: readonly string[]): boolean {
  if (at < 0 || at + keys.length > tokens.length) return false;
  return keys.every((k, i) => nearWord(tokens[at + i]!.key, k) && (i === 0 || /^[\s\-–—]*$/u.test(tokens[at + i]!.gap)));
}

/** The tokens from `at` have exactly these keys, letter for letter (no slip tolerated, whatever lies between them). */
export function keysAt(tokens: readonly Token[], at: number, keys: readonly string[]): boolean {
  if (at < 0 || at + keys.length > tokens.length) return false;
  return keys.every((k, i) => tokens[at + i]!.key === k);
}

/** Index of the first token at or after `from` where the phrase starts, -1 if none. */
export function findPhrase(tokens: readonly Token[], keys: readonly string[], from = 0): number {
  for (let i = Math.max(0, from); i + keys.length <= tokens.length; i++) {
    if (phraseAt(tokens, i, keys)) return i;
  }
  return -1;
}

/** Whether the text opens with the phrase (marks, case and OCR damage forgiven). */
export function startsWithPhrase(text: string, phrase: string): boolean {
  return phraseAt(tokenize(text), 0, phraseKeys(phrase));
}

/** Whether the whole text is the phrase and nothing else. */
export function isPhrase(text: string, phrase: string): boolean {
  const tokens = tokenize(text);
  const keys = phraseKeys(phrase);
  return tokens.length === keys.length && phraseAt(tokens, 0, keys);
}

/** Whether a string is written in capitals (the letterhead, headings, the signature). */
export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** `CẨM XUYÊN` -> `Cẩm Xuyên`: names written in capitals in a letterhead. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+)/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `ỦY BAN NHÂN DÂN` -> `Ủy ban nhân dân`. */
export function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Single spaces, no outer white space, no trailing `;` `,` `.` `:`. */
export function cleanValue(text: string): string {
  const value = text
    .replace(/\s+/g, ' ')
    .replace(/(?:[\s;,.:]|\.\/\.)+$/u, '')
    .trim();
  // A double prime a typist's font put for a closing quote, whose opening one was lost (`… Việt Nam 20/10″`), closes
  // nothing: a value never ends on an unpaired quote (FORMAT.md: no surrounding quotes).
  return /^[^″“"]*″$/u.test(value) ? value.slice(0, -1).trimEnd() : value;
}
