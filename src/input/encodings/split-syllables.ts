// A PDF text layer that placed each glyph by its own position (old Word files
// in TCVN3 printed to PDF, their words spaced out for justification) gives a
// syllable in pieces: `T h « n g` (Thông), `Q uy Õ t` (Quyết), `n g µ y`
// (ngày). Once the encoding is read, the pieces are joined where together they
// make a syllable of the inventory and apart they do not all make one: the
// text proves the repair, as it proves the encoding, by syllables read. The
// layer puts two spaces or more between words, one inside them: a wider gap
// is never joined over.
import type { SyllableInventory } from './syllables.js';

/** Fewest words of a text to judge it; below that a few lone letters prove nothing. */
const LEAST_WORDS = 40;
/**
 * Share of a text's words that are pieces (one or two letters, no syllable)
 * from which it is taken for spaced-out glyphs: right Vietnamese has almost
 * none (list letters `a)` carry their punctuation, initials are capitals
 * with a stop); 080 of kinds-2026b has 0.3.
 */
const PIECE_SHARE = 0.1;
/** Most pieces one syllable is joined from (`n g h i ª n g`: seven letters at most). */
const MOST_PIECES = 7;
/** Cost of a word left that is no syllable, against 1 for each word made: one such word outweighs any joins. */
const UNKNOWN_COST = 10;

const LETTERS = /^\p{L}+$/u;
/** A joined word must be cased as a word is: all capitals, or lower case after its first letter. */
const WORD_CASE = /^(?:\p{Lu}+|\p{L}\p{Ll}*)$/u;

/** Whether `text` reads as spaced-out glyphs (PIECE_SHARE of its words are letter pieces). */
export function spacedOutGlyphs(text: string, inventory: SyllableInventory): boolean {
  let words = 0;
  let pieces = 0;
  for (const token of text.split(/\s+/u)) {
    if (!LETTERS.test(token)) continue;
    words++;
    if ([...token].length <= 2 && !inventory.has(token)) pieces++;
  }
  return words >= LEAST_WORDS && pieces / words >= PIECE_SHARE;
}

/** The text with each run of pieces joined into the fewest unknown words, then the fewest words; how many joins were made. */
export function joinSplitSyllables(text: string, inventory: SyllableInventory): { text: string; joined: number } {
  let joined = 0;
  const lines = text.split('\n').map((line) => {
    // tokens with the spaces after them, so a line keeps its spacing where nothing is joined
    const tokens = line.match(/\S+\s*|^\s+/gu) ?? [];
    const out: string[] = [];
    let run: string[] = [];
    const flush = (): void => {
      const made = joinRun(run.map((t) => t.trimEnd()), inventory);
      let k = 0;
      for (const group of made) {
        const last = run[k + group.length - 1] as string;
        const space = last.slice(last.trimEnd().length);
        if (group.length > 1) joined++;
        out.push(group.join('') + space);
        k += group.length;
      }
      run = [];
    };
    for (const token of tokens) {
      if (!LETTERS.test(token.trimEnd())) {
        flush();
        out.push(token);
        continue;
      }
      run.push(token);
      // the layer keeps two spaces or more between words: no syllable is joined over them
      if (/\s{2}$/u.test(token)) flush();
    }
    flush();
    return out.join('');
  });
  return { text: lines.join('\n'), joined };
}

/** The run's words grouped: each group one word, by least cost (UNKNOWN_COST per word no syllable, 1 per word). */
function joinRun(words: string[], inventory: SyllableInventory): string[][] {
  const cost = new Array<number>(words.length + 1).fill(Infinity);
  const from = new Array<number>(words.length + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= words.length; end++) {
    for (let start = end - 1; start >= Math.max(0, end - MOST_PIECES); start--) {
      const word = words.slice(start, end).join('');
      const known = inventory.has(word) && (end - start === 1 || WORD_CASE.test(word));
      if (end - start > 1 && !known) continue;
      const c = (cost[start] as number) + (known ? 1 : UNKNOWN_COST);
      if (c < (cost[end] as number)) {
        cost[end] = c;
        from[end] = start;
      }
    }
  }
  const groups: string[][] = [];
  for (let end = words.length; end > 0; end = from[end] as number) groups.unshift(words.slice(from[end] as number, end));
  return groups;
}
