// Counts of syllable 4-grams of the corpus and of their three-word contexts (built by
// scripts/build-dictionaries.ts), pruned to those seen FOURGRAM_MIN_COUNT times: a third opinion on
// stripped text's doubtful words. The trigram models see two words either side of a word; a 4-gram holds
// a collocation one word longer (`chi tiêu bình quân` against `chỉ tiêu bình quân`). The opinion is the
// forward model's trigram probability sharpened by the 4-gram counts where the corpus has seen the
// context (a Dirichlet prior on the trigram's: (c(abcd) + β·P3(d|bc)) / (c(abc) + β)), so a context
// seen rarely changes little. Read at the first text that lost its marks, searched where it lies.
import { CORPUS_TABLES, readGzippedTable } from '../dictionaries.js';
import { searchSorted } from './lm.js';

export const FOURGRAMS_FILE = CORPUS_TABLES.fourgrams;
/** 'VN4G'. */
const FOURGRAMS_MAGIC = 0x564e3447;
/** Ids of the language model are below 2^13, so four of them key a 4-gram exactly in a double. */
const ID_SPAN = 8192;
/** A 4-gram or context seen fewer times than this in the corpus is left out (a count of one is mostly one document's). */
export const FOURGRAM_MIN_COUNT = 2;

export function fourgramKey(a: number, b: number, c: number, d: number): number {
  return ((a * ID_SPAN + b) * ID_SPAN + c) * ID_SPAN + d;
}

/** A table of sorted keys (float64) and their counts (uint32). */
export interface KeyedCounts {
  keys: Float64Array;
  counts: Uint32Array;
}

/** Header (magic, 4-grams, contexts: uint32), then the 4-grams' keys and the contexts' keys (float64), then both counts (uint32). */
export function encodeFourgrams(fourgrams: KeyedCounts, contexts: KeyedCounts): Buffer {
  const header = Uint32Array.of(FOURGRAMS_MAGIC, fourgrams.keys.length, contexts.keys.length, 0);
  return Buffer.concat([header, fourgrams.keys, contexts.keys, fourgrams.counts, contexts.counts].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}

/** The count of `key` in `table`, 0 where it is not there. */
function search(table: KeyedCounts, key: number): number {
  const at = searchSorted(table.keys, 0, table.keys.length, key);
  return at < 0 ? 0 : (table.counts[at] as number);
}

export class FourgramCounts {
  private constructor(
    private readonly fourgrams: KeyedCounts,
    private readonly contexts: KeyedCounts,
  ) {}

  /** The counts of table `name` of `dir` (from `unpacked` where it holds them, see readGzippedTable); missing or damaged, a BAD_TABLE error saying how to rebuild it. */
  static read(dir: string, name: string = FOURGRAMS_FILE, unpacked?: string): FourgramCounts {
    return readGzippedTable(name, dir, (buffer) => {
      const [magic, n4 = 0, n3 = 0] = buffer.byteLength < 16 ? [] : new Uint32Array(buffer, 0, 4);
      if (magic !== FOURGRAMS_MAGIC || buffer.byteLength !== 16 + 12 * (n4 + n3)) throw new Error('not a table of 4-gram counts of this version');
      const countsAt = 16 + 8 * (n4 + n3);
      return new FourgramCounts(
        { keys: new Float64Array(buffer, 16, n4), counts: new Uint32Array(buffer, countsAt, n4) },
        { keys: new Float64Array(buffer, 16 + 8 * n4, n3), counts: new Uint32Array(buffer, countsAt + 4 * n4, n3) },
      );
    }, unpacked);
  }

  /** Times a, b, c was followed by d in the corpus (0 below FOURGRAM_MIN_COUNT). */
  count(a: number, b: number, c: number, d: number): number {
    return search(this.fourgrams, fourgramKey(a, b, c, d));
  }

  /** Times a, b, c was followed by any word (0 below FOURGRAM_MIN_COUNT). */
  contextCount(a: number, b: number, c: number): number {
    return search(this.contexts, fourgramKey(0, a, b, c));
  }

  /**
   * log P4(d | a, b, c) − log P3(d | b, c) for the trigram's log-probability `logP3`: what the word three
   * back adds to the trigram's view, 0 where the context was not seen.
   */
  sharpening(a: number, b: number, c: number, d: number, logP3: number, prior: number): number {
    const context = this.contextCount(a, b, c);
    if (context === 0) return 0;
    const p3 = Math.exp(logP3);
    return Math.log((this.count(a, b, c, d) + prior * p3) / (context + prior)) - logP3;
  }
}
