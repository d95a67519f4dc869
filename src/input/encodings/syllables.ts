// The yardstick of encoding detection: how many words of a decoding are
// Vietnamese syllables of the restorer's inventory (dictionaries/restore-vocab.tsv).
// Only words with a letter beyond ASCII and one within it are counted: ASCII
// reads the same in every candidate encoding, so it cannot tell them apart.
import { CORPUS_TABLES, DICTIONARIES_DIR, readTableText } from '../../dictionaries.js';
import { syllableKey } from '../../restore/vietnamese.js';

export interface SyllableScore {
  /** Words holding a letter or mark beyond ASCII and an ASCII letter. */
  words: number;
  /** …of which are syllables of the inventory. */
  valid: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_LETTER = /[a-z]/i;

/** Enough text to judge an encoding; a long file is judged on its beginning. */
export const SCORED_CHARACTERS = 200_000;

export class SyllableInventory {
  constructor(private readonly keys: ReadonlySet<string>) {}

  /** The restorer's syllables (class tokens like `<s>` left out). */
  static read(dir = DICTIONARIES_DIR): SyllableInventory {
    const keys = new Set<string>();
    for (const row of readTableText(CORPUS_TABLES.vocabulary, dir).split('\n')) {
      const word = row.slice(0, row.indexOf('\t'));
      if (word && !word.startsWith('<')) keys.add(syllableKey(word));
    }
    return new SyllableInventory(keys);
  }

  has(word: string): boolean {
    return this.keys.has(syllableKey(word));
  }

  score(text: string): SyllableScore {
    let words = 0;
    let valid = 0;
    const scored = text.slice(0, SCORED_CHARACTERS);
    // exec from the start, not matchAll: matchAll copies the expression, and this runs five times per text read
    WORD.lastIndex = 0;
    for (let match = WORD.exec(scored); match !== null; match = WORD.exec(scored)) {
      const word = match[0];
      if (ASCII_ONLY.test(word)) continue;
      // a word with no ASCII letter is as likely symbols read as letters (VISCII reads “ — as Ộ Ở) as a word
      if (!ASCII_LETTER.test(word)) continue;
      words++;
      if (this.has(word)) valid++;
    }
    return { words, valid };
  }
}
