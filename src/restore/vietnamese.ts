// Letters of Vietnamese: marks, tone placement, syllable shape and case. Shared
// by the dictionary build and the runtime so both see a syllable the same way.
import { stripMarks as stripMarksOnce } from '../marks.js';

/**
 * Memo of a string function: documents repeat their tokens, and Unicode
 * normalisation is the dearest step of reading one. Bounded: emptied when full.
 */
const memoCaches: Map<string, unknown>[] = [];

/** Empties every memo below, as in a fresh process (the restorer's clearCaches). */
export function clearMemos(): void {
  for (const cache of memoCaches) cache.clear();
}

function memo<T>(compute: (text: string) => T, limit = 100_000): (text: string) => T {
  const cache = new Map<string, T>();
  memoCaches.push(cache);
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Each non-ASCII character without its marks: a per-character table, filled as characters are met. */
const strippedChars = new Map<string, string>();

function stripCharacter(ch: string): string {
  let bare = strippedChars.get(ch);
  if (bare === undefined) {
    bare = stripMarksOnce(ch);
    strippedChars.set(ch, bare);
  }
  return bare;
}

/** One character without its marks ("ố" -> "o"), from the per-character table. */
export function stripLetter(ch: string): string {
  return ch.charCodeAt(0) < 128 ? ch : stripCharacter(ch);
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * How plain a text is: 2 all ASCII without a capital (most tokens of stripped or
 * OCR'd text), 1 ASCII with a capital, 0 anything else. The three memos below
 * answer such tokens from this scan, dearer to skip than a Map lookup of a fresh string.
 */
function asciiKind(text: string): 0 | 1 | 2 {
  let kind: 1 | 2 = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return 0;
    if (c >= 65 && c <= 90) kind = 1;
  }
  return kind;
}

// Only for a text with a character past ASCII: stripMarks answers the rest.
const stripMarksOfText = memo((text: string): string => {
  const nfc = text.normalize('NFC');
  let out = '';
  for (const ch of nfc) out += ch.charCodeAt(0) < 128 ? ch : stripCharacter(ch);
  return out;
});

/** Letters without any mark ("Đảng" -> "Dang"); keeps case and every non-letter. Character by character (text in NFC). */
export function stripMarks(text: string): string {
  return asciiKind(text) !== 0 ? text : stripMarksOfText(text);
}

const SURROGATE = /[\ud800-\udfff]/;

/** Code points of a text, as `[...text]` counts them: its UTF-16 length when it holds no surrogate. */
export function codePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  return [...text].length;
}

/** True when the text carries any Vietnamese mark (tone, hat, horn, breve or đ). */
export function hasMarks(text: string): boolean {
  if (text.length <= WORD_LENGTH) return stripMarks(text) !== text;
  // A whole text (the lost-letter check asks it of every document): scanned up to its first
  // mark, not stripped, copied and memoised. A character that strips to one other character
  // makes the stripped text differ right there; anything rarer is answered by stripping.
  if (ASCII.test(text)) return false;
  if (text.normalize('NFC') !== text) return stripMarks(text) !== text;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) continue;
    const bare = stripCharacter(ch);
    if (bare === ch) continue;
    return [...bare].length === 1 || stripMarks(text) !== text;
  }
  return false;
}

/** Longer than any word: hasMarks scans such a text instead of stripping it. */
const WORD_LENGTH = 256;

// Two tone placements are in use (hòa / hoà, thủy / thuỷ). The scorer folds them;
// the language model keys syllables on one of them so counts are not split.
export const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['ùy', 'uỳ'], ['úy', 'uý'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];

const syllableKeyOfText = memo((syllable: string): string => {
  if (ASCII.test(syllable)) return syllable.toLowerCase();
  let out = syllable.normalize('NFC').toLowerCase();
  for (const [a, b] of TONE_PAIRS) if (out.includes(a)) out = out.replaceAll(a, b);
  return out;
});

/** Lower-case NFC syllable with one tone placement (the scorer's): the key of the vocabulary. */
export function syllableKey(syllable: string): string {
  return asciiKind(syllable) === 2 ? syllable : syllableKeyOfText(syllable);
}

/** A key whose tone sits on a pair oa, oe, uy closing the syllable (hoà, khoẻ, thuỷ; not quý, where u is of the onset). */
const OPEN_TONE_PAIR = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/u;

/**
 * The form a syllable key is printed in, given the other spellings of it the
 * corpus wrote and how often: the traditional placement on the glide (hòa,
 * khỏe, thủy), as state documents mostly print it, but only where the pair
 * closes the syllable. Before another letter the tone has one place (ngoài,
 * khuỷu, toàn), and a corpus' "ngòai", "tòan" are typos, never printed.
 */
export function printedForm(key: string, others: ReadonlyMap<string, number> | undefined): string {
  if (!others || !OPEN_TONE_PAIR.test(key)) return key;
  let best = key;
  let most = 0;
  for (const [form, count] of others) {
    if (count > most && syllableKey(form) === key) {
      best = form;
      most = count;
    }
  }
  return best;
}

// Onset + rhyme of a modern Vietnamese syllable, with at most one tone mark.
// Loose on purpose (it also admits a few unused shapes); the vocabulary decides the rest.
const VOWEL = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${VOWEL}]{1,3}(?:ch|ng|nh|[cmnpt])?$`,
  'u',
);
const TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gu;

/** Shape test for one lower-case syllable. */
export function isSyllableShape(key: string): boolean {
  return key.length <= 7 && SYLLABLE.test(key) && (key.match(TONED)?.length ?? 0) <= 1;
}

export type CasePattern = 'lower' | 'title' | 'upper';

const casePatternOfText = memo((token: string): CasePattern => {
  const letters = token.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'lower';
  const upper = letters.filter((l) => l !== l.toLowerCase()).length;
  if (letters.length > 1 && upper * 2 > letters.length) return 'upper';
  const first = letters[0] ?? '';
  return first !== first.toLowerCase() ? 'title' : 'lower';
});

/** How a token was cased, read from its letters (OCR digits and marks do not count). */
export function casePattern(token: string): CasePattern {
  return asciiKind(token) === 2 ? 'lower' : casePatternOfText(token);
}

export function applyCase(word: string, pattern: CasePattern): string {
  if (pattern === 'upper') return word.toUpperCase();
  if (pattern === 'title') return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
