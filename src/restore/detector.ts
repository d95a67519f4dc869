// Do no harm: decides per line whether it needs restoration. A line of correct
// Vietnamese has every word in the syllable inventory and carries marks on a
// good share of them (about two syllables in three have a mark in running text;
// ASCII-stripped text has none and raw OCR has invalid syllables). Such a line
// passes through byte for byte. One unknown bare word (a foreign word, a rare
// name) does not condemn a line; an invalid word with marks or digits does
// ("méi", "s6": only OCR writes those).
import type { Token } from './tokenize.js';
import { hasMarks, isSyllableShape, syllableKey } from './vietnamese.js';

/** Share of marked words under which a line of valid syllables is taken for stripped text. */
export const MIN_MARKED_SHARE = 0.3;

/**
 * Share of marked words under which a line that passes the detector is still
 * suspect: right running text marks about two syllables in three, so in a
 * document whose other lines are damaged such a line ("Vé co ché, chinh sach")
 * is damage that happens to spell valid syllables, not right text.
 */
const SUSPECT_MARKED_SHARE = 0.5;

/** Share of words that are valid syllables with marks from which those words are trusted as they stand. */
const TRUSTED_MARKED_SHARE = 0.5;

export interface LineVerdict {
  restore: boolean;
  /**
   * The line reads as Vietnamese with a few faults: its valid marked words are
   * kept and only the others decoded (raw OCR has few valid marked words, and
   * those are mostly wrong: "vé" for "về").
   */
  trustMarked: boolean;
  /** Passes, but with fewer marks than right text has: restored when the document around it is damaged. */
  suspect: boolean;
}

/** What the detector needs of one word; restoreText caches it per distinct word. */
export interface WordFacts {
  /** A syllable of the inventory. */
  valid: boolean;
  /** Carries a Vietnamese mark. */
  marked: boolean;
  /** Invalid in a way only OCR writes: digits inside, or a syllable's shape with a wrong mark ("méi"). */
  garbled: boolean;
}

export function wordFacts(text: string, isSyllable: (key: string) => boolean): WordFacts {
  const marked = hasMarks(text);
  const key = syllableKey(text);
  const valid = isSyllable(key);
  // "méi" has the shape of a syllable with a wrong mark; "zôn" is a loan word.
  const garbled = !valid && (/\d/.test(text) || (marked && isSyllableShape(key)));
  return { valid, marked, garbled };
}

export function judgeLine(tokens: readonly Token[], isSyllable: (key: string) => boolean): LineVerdict {
  return judgeWords(tokens, (text) => wordFacts(text, isSyllable));
}

export function judgeWords(tokens: readonly Token[], facts: (text: string) => WordFacts): LineVerdict {
  let words = 0;
  let invalid = 0;
  let garbled = 0;
  let marked = 0;
  let validMarked = 0;
  // Indexed: a `for … of` makes an iterator result per token (every line of every text passes here).
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') continue;
    words++;
    const word = facts(token.text);
    if (word.marked) marked++;
    if (word.valid && word.marked) validMarked++;
    if (!word.valid) invalid++;
    if (word.garbled) garbled++;
  }
  const restore = words > 0 && (garbled > 0 || invalid > 1 || marked < MIN_MARKED_SHARE * words);
  // A line of no words trusts nothing: its tokens in capitals may be words that lost their spaces (glued.ts).
  return { restore, trustMarked: words > 0 && validMarked >= TRUSTED_MARKED_SHARE * words, suspect: !restore && words > 0 && marked < SUSPECT_MARKED_SHARE * words };
}
