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
const MIN_MARKED_SHARE = 0.3;

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
}

export function judgeLine(tokens: readonly Token[], isSyllable: (key: string) => boolean): LineVerdict {
  let words = 0;
  let invalid = 0;
  let garbled = 0;
  let marked = 0;
  let validMarked = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    words++;
    const withMarks = hasMarks(token.text);
    if (withMarks) marked++;
    const valid = isSyllable(syllableKey(token.text));
    if (valid && withMarks) validMarked++;
    if (!valid) {
      invalid++;
      // "méi" has the shape of a syllable with a wrong mark; "zôn" is a loan word.
      if (/\d/.test(token.text) || (withMarks && isSyllableShape(syllableKey(token.text)))) garbled++;
    }
  }
  const restore = words > 0 && (garbled > 0 || invalid > 1 || marked < MIN_MARKED_SHARE * words);
  return { restore, trustMarked: validMarked >= TRUSTED_MARKED_SHARE * words };
}
