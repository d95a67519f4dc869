// Syllable bigram language model, interpolated modified Kneser-Ney (discounts D(c) by count,
// trigram mix 0.9, tuned on the held-out slice of the corpus: scripts/eval-restore.ts --heldout):
//   P(w|v) = (c(v,w) - D(c(v,w))) / c(v) + Σ_x D(c(v,x)) / c(v) · Plow(w)
// Plow mixes the continuation probability (how many words w follows) with the
// unigram one: the web bigrams give words of the web (ủng in "ủng hộ") many
// distinct left neighbours, which alone would outweigh the corpus' own counts.
// Every log-probability is computed once, by the build (compileLanguageModel,
// scripts/build-dictionaries.ts), and stored as the float32 the model uses:
// loading reads the arrays and indexes them, with no per-entry arithmetic.
// Seen bigrams go into open-addressing regions, one per first word v, and the
// contexts (u, v) of trigrams into regions per u, so the decoder's inner loop is
// one probe near the last, not a Map lookup; each context's trigrams are hashed
// into a region of their own.

/**
 * Discounts of a count of 1, 2, and 3 or more (modified Kneser–Ney), for bigrams and trigrams alike.
 * Counts are weighted by source (a sentence of a provincial document counts 2–4), so a larger count is
 * not proportionally surer and takes a larger discount. Held-out slice (with the trigram mix 0.8):
 * one D = 0.75 for all 98.15 %, 1.5 for all 98.17 %, these 98.21 % (2 for all, trigrams < 2 dropped: 98.05 %).
 */
const DISCOUNTS = [0.75, 1.5, 2] as const;

/** The discount of one count, never more than the count. */
function discountOf(count: number, discounts: readonly number[]): number {
  return Math.min(count, count <= 1 ? (discounts[0] as number) : count <= 2 ? (discounts[1] as number) : (discounts[2] as number));
}

/** How the counts become probabilities: the build's constants, or others to compare on the held-out slice. */
export interface LmSettings {
  discounts: readonly number[];
  /** Added to every continuation count, so syllables of the inventory never seen in text keep some mass. */
  continuationFloor: number;
  /** Weight of the continuation probability in the lower order; the rest is the unigram. */
  continuationShare: number;
  /** Weight of the trigram estimate against the bigram one. */
  trigramMix: number;
}

export const LM_SETTINGS: LmSettings = { discounts: DISCOUNTS, continuationFloor: 0.5, continuationShare: 0.5, trigramMix: 0.9 };
/**
 * The backward model's (reversedCounts): its trigrams mixed at 0.98, chosen when it was mixed into the whole
 * trigram pass (held-out slice, stripped, both at weight 0.5: 3,298 / 3,239 / 3,202 / 3,208 errors of 200,820
 * at 0.8 / 0.9 / 0.98 / 1; the forward model's mix at 0.95 beside it: 3,211); not tuned again for the second opinion.
 */
export const BACKWARD_LM_SETTINGS: LmSettings = { ...LM_SETTINGS, trigramMix: 0.98 };

/** Odd multiplier of the hash of w in its row's region (multiplicative hashing: the top bits mix all of w). */
const COLUMN_MULTIPLIER = 0x85ebca6b;

/** Counts of the bigrams and trigrams, as the build keeps them (dictionaries/restore-lm-counts.bin.gz). */
export interface NgramCounts {
  /** Bigrams sorted by (first, second): ids interleaved, counts parallel. */
  bigramIds: Uint16Array;
  bigramCounts: Uint32Array;
  /** Trigrams sorted by (u, v, w): ids interleaved, counts parallel. */
  trigramIds: Uint16Array;
  trigramCounts: Uint32Array;
}

/** The model with its log-probabilities computed (dictionaries/restore-lm.bin.gz): what loading reads. */
export interface CompiledLm {
  /** log Plow(w) per id: the lower order, continuation mixed with unigram. */
  logContinuation: Float32Array;
  /** log of the interpolation weight Σ D / c(v) per id; 0 for a context never seen. */
  logBackoff: Float32Array;
  /** Seen bigrams sorted by (v, w), ids interleaved, and their log P(w | v). */
  bigramIds: Uint16Array;
  bigramLogProbs: Float32Array;
  /** Seen trigram contexts sorted by (u, v), ids interleaved; how many trigrams each has; log (MIX·γ(u,v) + 1 − MIX). */
  contextIds: Uint16Array;
  contextLengths: Uint32Array;
  contextLogBackoff: Float32Array;
  /** w of each seen trigram, by context then w (the runs of contextLengths), and its log P(w | u, v). */
  trigramWords: Uint16Array;
  trigramLogProbs: Float32Array;
}

/**
 * Computes every log-probability of the model from the counts (sorted as NgramCounts says) and the
 * unigram counts of the vocabulary: the build's step, never the loader's. Each value is rounded to
 * float32 as it is stored.
 */
export function compileLanguageModel(unigramCounts: ArrayLike<number>, counts: NgramCounts, settings: LmSettings = LM_SETTINGS): CompiledLm {
  const { bigramIds, bigramCounts, trigramIds, trigramCounts } = counts;
  const { discounts, continuationFloor: floor, continuationShare: share, trigramMix: mix } = settings;
  const size = unigramCounts.length;
  const contextCount = new Float64Array(size);
  /** Σ of the discounts taken off v's bigrams: the mass v leaves to the lower order. */
  const discounted = new Float64Array(size);
  const predecessors = new Float64Array(size);
  for (let i = 0; i < bigramCounts.length; i++) {
    const v = bigramIds[2 * i] ?? 0;
    contextCount[v] = (contextCount[v] ?? 0) + (bigramCounts[i] ?? 0);
    discounted[v] = (discounted[v] ?? 0) + discountOf(bigramCounts[i] ?? 0, discounts);
    const w = bigramIds[2 * i + 1] ?? 0;
    predecessors[w] = (predecessors[w] ?? 0) + 1;
  }
  const total = bigramCounts.length + floor * size;
  let unigramTotal = 0;
  for (let w = 0; w < size; w++) unigramTotal += (unigramCounts[w] ?? 0) + floor;
  const logContinuation = Float32Array.from(predecessors, (n, w) =>
    Math.log(
      (share * (n + floor)) / total +
        ((1 - share) * ((unigramCounts[w] ?? 0) + floor)) / unigramTotal,
    ),
  );
  const logBackoff = Float32Array.from(contextCount, (c, v) => (c > 0 ? Math.log((discounted[v] ?? 0) / c) : 0));
  const bigramLogProbs = new Float32Array(bigramCounts.length);
  for (let i = 0; i < bigramCounts.length; i++) {
    const v = bigramIds[2 * i] ?? 0;
    const w = bigramIds[2 * i + 1] ?? 0;
    const c = contextCount[v] ?? 1;
    const p = ((bigramCounts[i] ?? 0) - discountOf(bigramCounts[i] ?? 0, discounts)) / c + Math.exp((logBackoff[v] ?? 0) + (logContinuation[w] ?? 0));
    bigramLogProbs[i] = Math.log(p);
  }
  const bigram = new BigramModel({ logContinuation, logBackoff, bigramIds, bigramLogProbs });

  // Trigrams come sorted by (u, v, w): each context is one run.
  const n = trigramCounts.length;
  const sameContext = (i: number, j: number): boolean => trigramIds[3 * i] === trigramIds[3 * j] && trigramIds[3 * i + 1] === trigramIds[3 * j + 1];
  let contexts = 0;
  for (let i = 0; i < n; i++) if (i === 0 || !sameContext(i, i - 1)) contexts++;
  const contextIds = new Uint16Array(2 * contexts);
  const contextLengths = new Uint32Array(contexts);
  const contextLogBackoff = new Float32Array(contexts);
  const trigramWords = new Uint16Array(n);
  const trigramLogProbs = new Float32Array(n);
  for (let start = 0, run = 0; start < n; run++) {
    let end = start;
    let count = 0;
    let mass = 0;
    while (end < n && sameContext(end, start)) {
      count += trigramCounts[end] ?? 0;
      mass += discountOf(trigramCounts[end++] ?? 0, discounts);
    }
    const gamma = mass / count;
    const v = trigramIds[3 * start + 1] ?? 0;
    contextIds[2 * run] = trigramIds[3 * start] ?? 0;
    contextIds[2 * run + 1] = v;
    contextLengths[run] = end - start;
    contextLogBackoff[run] = Math.log(mix * gamma + 1 - mix);
    for (let i = start; i < end; i++) {
      const w = trigramIds[3 * i + 2] ?? 0;
      const p2 = Math.exp(bigram.logProb(v, w));
      const p3 = ((trigramCounts[i] ?? 0) - discountOf(trigramCounts[i] ?? 0, discounts)) / count + gamma * p2;
      trigramWords[i] = w;
      trigramLogProbs[i] = Math.log(mix * p3 + (1 - mix) * p2);
    }
    start = end;
  }
  return { logContinuation, logBackoff, bigramIds, bigramLogProbs, contextIds, contextLengths, contextLogBackoff, trigramWords, trigramLogProbs };
}

/**
 * The same counts read right to left: bigram (v, w) as (w, v), trigram (u, v, w) as (w, v, u), sorted
 * again. compileLanguageModel over them gives the backward model, P(u | v, w) of a word u before v, w,
 * that gives the decoder's second opinion on the forward path's doubtful words (BACKWARD_WEIGHT in decode.ts).
 */
export function reversedCounts(counts: NgramCounts): NgramCounts {
  const bigrams = counts.bigramCounts.length;
  const bigramOrder = Uint32Array.from({ length: bigrams }, (_, i) => i).sort((a, b) => {
    const ids = counts.bigramIds;
    return (ids[2 * a + 1] as number) - (ids[2 * b + 1] as number) || (ids[2 * a] as number) - (ids[2 * b] as number);
  });
  const bigramIds = new Uint16Array(2 * bigrams);
  const bigramCounts = new Uint32Array(bigrams);
  bigramOrder.forEach((from, i) => {
    bigramIds[2 * i] = counts.bigramIds[2 * from + 1] as number;
    bigramIds[2 * i + 1] = counts.bigramIds[2 * from] as number;
    bigramCounts[i] = counts.bigramCounts[from] as number;
  });
  const trigrams = counts.trigramCounts.length;
  const ids = counts.trigramIds;
  // (w, v, u) as one number below 2^39: exact in a double, sorted by it.
  const keyOf = (i: number): number => ((ids[3 * i + 2] as number) * 65536 + (ids[3 * i + 1] as number)) * 65536 + (ids[3 * i] as number);
  const keys = Float64Array.from({ length: trigrams }, (_, i) => keyOf(i));
  const trigramOrder = Uint32Array.from({ length: trigrams }, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number));
  const trigramIds = new Uint16Array(3 * trigrams);
  const trigramCounts = new Uint32Array(trigrams);
  trigramOrder.forEach((from, i) => {
    trigramIds[3 * i] = ids[3 * from + 2] as number;
    trigramIds[3 * i + 1] = ids[3 * from + 1] as number;
    trigramIds[3 * i + 2] = ids[3 * from] as number;
    trigramCounts[i] = counts.trigramCounts[from] as number;
  });
  return { bigramIds, bigramCounts, trigramIds, trigramCounts };
}

export class BigramModel {
  readonly size: number;
  /** Seen pairs (v, w) and their log P(w | v) as float bits. */
  private readonly pairs: PairTable;
  /** The pairs' table read as floats: the value of a pair found at index i of the table is values[i]. */
  private readonly values: Float32Array;
  /** log of the interpolation weight Σ D / c(v); 0 for a context never seen. */
  private readonly logBackoff: Float32Array;
  readonly logContinuation: Float32Array;

  constructor(lm: Pick<CompiledLm, 'logContinuation' | 'logBackoff' | 'bigramIds' | 'bigramLogProbs'>) {
    const bits = new Int32Array(lm.bigramLogProbs.buffer, lm.bigramLogProbs.byteOffset, lm.bigramLogProbs.length);
    this.size = lm.logContinuation.length;
    // Views: the model's file stays loaded (its pairs fill the PairTable's rows when first asked).
    this.logContinuation = lm.logContinuation;
    this.logBackoff = lm.logBackoff;
    this.pairs = new PairTable(this.size, lm.bigramIds, bits);
    this.values = new Float32Array(this.pairs.table.buffer);
  }

  /** log P(w | v). */
  logProb(v: number, w: number): number {
    const at = this.pairs.find(v, w);
    return at < 0 ? (this.logBackoff[v] as number) + (this.logContinuation[w] as number) : (this.values[at] as number);
  }

  /** log P(w | v) for the first `count` ids w of `ws`, into out[at …]: a row of the decoder's transition matrix. */
  logProbsAfter(v: number, ws: Int32Array, count: number, out: Float64Array, at: number): void {
    const backoff = this.logBackoff[v] as number;
    for (let k = 0; k < count; k++) {
      const w = ws[k] as number;
      const found = this.pairs.find(v, w);
      out[at + k] = found < 0 ? backoff + (this.logContinuation[w] as number) : (this.values[found] as number);
    }
  }

  /** The pair (v, w) is in the counts: some text wrote it. */
  seen(v: number, w: number): boolean {
    return this.pairs.find(v, w) >= 0;
  }
}

/**
 * Pairs of ids (v, w) with an int32 value each, grouped by v: each v owns a region of one
 * open-addressing table (a power of two, at least twice its pairs), key w and value side by side.
 * A run of lookups after one v (a row of the decoder's transition matrix, the contexts (u, v) of
 * one u) reads one region, mostly a cache line or two, instead of one random place of a table of
 * every pair per lookup.
 * Most pairs asked are not held (87 % of the transition matrices' entries on raw OCR, most
 * trigram contexts): each v also owns a Bloom filter of its pairs, FILTER_BITS bits per pair and
 * two bits in one 32-bit word of it, which answers them from a block an eighth of its region's
 * size, mostly one cache line for a whole row of lookups, where the region is a miss per lookup.
 */
class PairTable {
  /** Key w + 1 at 2·slot (0 for an empty slot: a region is never written before its row is filled), its value at 2·slot + 1. */
  readonly table: Int32Array;
  /**
   * Per v, side by side: the first slot of its region (-1 when v has no pair; −2 − the first slot
   * while its region is not filled yet), 32 − log2 of the region's size (a multiplicative hash of w
   * shifted by it is a slot of the region), the first word of its filter and the number of the
   * filter's words less one (a power of two less one).
   */
  private readonly rows: Int32Array;
  private readonly filter: Int32Array;
  /**
   * The pairs, kept to fill a region when its v is first asked: a text meets a few thousand of the
   * 7 k first ids, and hashing all 365 k bigrams and 303 k trigram contexts at load was a fifth of
   * the loading time. Per v its first pair (then the next v's); the pairs' ids interleaved (v, w),
   * sorted by v; their values (null: a pair's value is its index). Views of the model's file, which
   * the models read where it lies: copies of them were most of what loading allocated.
   */
  private readonly pairStarts: Uint32Array;
  private readonly ids: Uint16Array;
  private readonly values: Int32Array | null;

  /** `ids` interleaved (v, w) per pair, sorted by v; `values` the value of each pair (null: its index). */
  constructor(size: number, ids: Uint16Array, values: Int32Array | null) {
    const pairs = ids.length / 2;
    const pairStarts = new Uint32Array(size + 1);
    for (let i = 0; i < pairs; i++) {
      const v = ids[2 * i] as number;
      if (i > 0 && v < (ids[2 * i - 2] as number)) throw new Error('pair table: the pairs are not sorted by their first id');
      pairStarts[v + 1] = (pairStarts[v + 1] as number) + 1;
    }
    for (let v = 0; v < size; v++) pairStarts[v + 1] = (pairStarts[v + 1] as number) + (pairStarts[v] as number);
    const rows = new Int32Array(ROW_FIELDS * size).fill(-1);
    let slots = 0;
    let words = 0;
    for (let v = 0; v < size; v++) {
      const length = (pairStarts[v + 1] as number) - (pairStarts[v] as number);
      if (length === 0) continue;
      let bits = 1;
      while (1 << bits < 2 * length) bits++;
      let filterWords = 1;
      while (32 * filterWords < FILTER_BITS * length) filterWords *= 2;
      const row = ROW_FIELDS * v;
      rows[row] = -2 - slots;
      rows[row + 1] = 32 - bits;
      rows[row + 2] = words;
      rows[row + 3] = filterWords - 1;
      slots += 1 << bits;
      words += filterWords;
    }
    this.rows = rows;
    this.table = new Int32Array(2 * slots);
    this.filter = new Int32Array(words);
    this.pairStarts = pairStarts;
    this.ids = ids;
    this.values = values;
  }

  /** Hashes the pairs of v (an unfilled row) into its region and its filter. */
  private fill(v: number): void {
    const rows = this.rows;
    const start = -2 - (rows[ROW_FIELDS * v] as number);
    rows[ROW_FIELDS * v] = start;
    const shift = rows[ROW_FIELDS * v + 1] as number;
    const mask = -1 >>> shift;
    const firstWord = rows[ROW_FIELDS * v + 2] as number;
    const wordMask = rows[ROW_FIELDS * v + 3] as number;
    const table = this.table;
    for (let i = this.pairStarts[v] as number; i < (this.pairStarts[v + 1] as number); i++) {
      const w = this.ids[2 * i + 1] as number;
      let slot = Math.imul(w, COLUMN_MULTIPLIER) >>> shift;
      while (table[2 * (start + slot)] !== 0) slot = (slot + 1) & mask;
      table[2 * (start + slot)] = w + 1;
      table[2 * (start + slot) + 1] = this.values ? (this.values[i] as number) : i;
      const hash = filterHash(w);
      const word = firstWord + ((hash >>> 10) & wordMask);
      this.filter[word] = (this.filter[word] as number) | filterBits(hash);
    }
  }

  /** Index in `table` of the value of (v, w), or -1 when the pair is not held. */
  find(v: number, w: number): number {
    const rows = this.rows;
    let start = rows[ROW_FIELDS * v] as number;
    if (start < 0) {
      if (start === -1) return -1;
      this.fill(v);
      start = rows[ROW_FIELDS * v] as number;
    }
    const hash = filterHash(w);
    const bits = filterBits(hash);
    if (((this.filter[(rows[ROW_FIELDS * v + 2] as number) + ((hash >>> 10) & (rows[ROW_FIELDS * v + 3] as number))] as number) & bits) !== bits) return -1;
    const shift = rows[ROW_FIELDS * v + 1] as number;
    const wrap = -1 >>> shift;
    const table = this.table;
    let slot = Math.imul(w, COLUMN_MULTIPLIER) >>> shift;
    while (true) {
      const k = table[2 * (start + slot)] as number;
      if (k === w + 1) return 2 * (start + slot) + 1;
      if (k === 0) return -1;
      slot = (slot + 1) & wrap;
    }
  }
}

/** Fields per v of PairTable.rows. */
const ROW_FIELDS = 4;

/**
 * Bits of a row's Bloom filter per pair of the row (rounded up to a power of two words): two bits
 * per pair in one word, so about 2–5 % of the pairs not held pass it and are looked up in the region.
 */
const FILTER_BITS = 8;

/** Hash of w for the filters, every bit mixing all of w: bits 10 and up pick the word, the low ten its two bits (filterBits). */
function filterHash(w: number): number {
  const h = Math.imul(w, 0x9e3779b1);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
}

function filterBits(hash: number): number {
  return (1 << (hash & 31)) | (1 << ((hash >>> 5) & 31));
}

/** log P(w | u, v) of a trigram model: what the decoder's second opinion asks. */
export interface TrigramLookup {
  logProb(u: number, v: number, w: number): number;
}

/**
 * The same model as TrigramModel over BigramModel, read where it lies: each lookup halves the sorted
 * runs of the compiled model instead of probing tables hashed beforehand. For a model asked a few
 * times per doubtful word (the backward model's second opinion), where hashing its 365 k bigrams and
 * 700 k trigram contexts would cost more than all its lookups of a text; each value is the same float
 * read and added in the same order, so the two give the same numbers.
 */
export class SearchedTrigramModel implements TrigramLookup {
  /** Per first id, where its bigrams and its trigram contexts start (then the next id's: one more entry). */
  private readonly bigramRows: Uint32Array;
  private readonly contextRows: Uint32Array;
  /** Per context, its first trigram (then the next context's: one more entry). */
  private readonly runStarts: Uint32Array;

  constructor(private readonly lm: CompiledLm) {
    const size = lm.logContinuation.length;
    this.bigramRows = rowStarts(lm.bigramIds, size);
    this.contextRows = rowStarts(lm.contextIds, size);
    const lengths = lm.contextLengths;
    this.runStarts = new Uint32Array(lengths.length + 1);
    for (let run = 0; run < lengths.length; run++) this.runStarts[run + 1] = (this.runStarts[run] as number) + (lengths[run] as number);
    if (this.runStarts[lengths.length] !== lm.trigramWords.length) throw new Error('language model: the context runs do not cover the trigrams');
  }

  logProb(u: number, v: number, w: number): number {
    const lm = this.lm;
    const context = searchSorted(lm.contextIds, this.contextRows[u] as number, this.contextRows[u + 1] as number, v, 2, 1);
    if (context < 0) return this.bigramLogProb(v, w);
    const at = searchSorted(lm.trigramWords, this.runStarts[context] as number, this.runStarts[context + 1] as number, w);
    return at >= 0 ? (lm.trigramLogProbs[at] as number) : (lm.contextLogBackoff[context] as number) + this.bigramLogProb(v, w);
  }

  private bigramLogProb(v: number, w: number): number {
    const lm = this.lm;
    const at = searchSorted(lm.bigramIds, this.bigramRows[v] as number, this.bigramRows[v + 1] as number, w, 2, 1);
    return at < 0 ? (lm.logBackoff[v] as number) + (lm.logContinuation[w] as number) : (lm.bigramLogProbs[at] as number);
  }
}

/** Where each first id's pairs start in `ids` (pairs interleaved, sorted by first id), and the end after the last. */
function rowStarts(ids: Uint16Array, size: number): Uint32Array {
  const starts = new Uint32Array(size + 1);
  for (let i = 0; i < ids.length; i += 2) starts[(ids[i] as number) + 1] = (starts[(ids[i] as number) + 1] as number) + 1;
  for (let v = 0; v < size; v++) starts[v + 1] = (starts[v + 1] as number) + (starts[v] as number);
  return starts;
}

/**
 * The index in [from, to) of the entry whose value is `w`, or -1: entry i's value is
 * `values[stride * i + offset]`, sorted ascending over the range (a run of words, stride 1; the
 * second ids of one first id's interleaved pairs, stride 2 offset 1; fourgrams.ts' keys).
 */
export function searchSorted(values: Uint16Array | Float64Array, from: number, to: number, w: number, stride = 1, offset = 0): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const m = values[stride * mid + offset] as number;
    if (m === w) return mid;
    if (m < w) low = mid + 1;
    else high = mid;
  }
  return -1;
}

/**
 * Trigram layer over the bigram model, interpolated the same way:
 *   P3(w|u,v) = (c(u,v,w) - D(c)) / c(u,v) + γ(u,v) · P(w|v), γ(u,v) = Σ D / c(u,v)
 * and mixed with the bigram, P = MIX·P3 + (1 − MIX)·P(w|v): the corpus is
 * legal text, and its trigram contexts would otherwise punish every
 * continuation they happen not to hold.
 */
export class TrigramModel {
  /** The contexts (u, v) seen, each with the index of its run. */
  private readonly contexts: PairTable;
  /**
   * Per context, side by side (one cache line for all three): where its region starts and ends in
   * `slots`, and log (MIX·γ(u,v) + 1 − MIX) as float bits (read through `contextFloats`).
   */
  private readonly contextInfo: Int32Array;
  private readonly contextFloats: Float32Array;
  /**
   * Each context's trigrams hashed into its own region (REGION_SPACE slots per trigram), w at
   * 2·slot (-1 where none) and log P(w | u, v) as float bits beside it (read through `slotFloats`):
   * one or two cache lines per lookup, where halving a sorted run of hundreds touched one line
   * after another and the value another.
   * A region is filled once its context has been asked often enough to repay it (FILL_AFTER), not
   * at load: a text meets a few thousand of the contexts, and hashing all 1.4 M trigrams was a fifth
   * of the loading time; until then its run is searched by halving. The large contexts (after a
   * boundary, after the commonest words: thousands of trigrams each) are met at once and asked a
   * few times each: hashing them when first met was ~200 k trigrams for a text of 4,600 syllables.
   */
  private readonly slots: Int32Array;
  private readonly slotFloats: Float32Array;
  /** Per context: how often its run was searched, FILLED once its region is filled. */
  private readonly searches: Int32Array;
  /** Per context: its first trigram in `trigramWords`, `trigramLogProbs` (the runs of contextLengths). */
  private readonly runStarts: Uint32Array;
  /** The model's w and log P(w | u, v) of each trigram, by context: what a region is filled from. */
  private readonly trigramWords: Uint16Array;
  private readonly trigramLogProbs: Float32Array;

  constructor(
    readonly bigram: BigramModel,
    lm: CompiledLm,
  ) {
    if (regionSize(bigram.size) >= 1 << 16) throw new Error(`vocabulary of ${bigram.size} ids is too large for the trigram regions`);
    const { contextIds, contextLengths, contextLogBackoff } = lm;
    const contexts = contextLengths.length;
    this.contexts = new PairTable(bigram.size, contextIds, null);
    this.contextInfo = new Int32Array(3 * contexts);
    this.contextFloats = new Float32Array(this.contextInfo.buffer);
    this.runStarts = new Uint32Array(contexts);
    let total = 0;
    let first = 0;
    for (let run = 0; run < contexts; run++) {
      this.runStarts[run] = first;
      first += contextLengths[run] as number;
      this.contextInfo[3 * run] = total;
      total += regionSize(contextLengths[run] as number);
      this.contextInfo[3 * run + 1] = total;
      this.contextFloats[3 * run + 2] = contextLogBackoff[run] as number;
    }
    if (first !== lm.trigramWords.length) throw new Error('language model: the context runs do not cover the trigrams');
    // Views: the model's file stays loaded (its pairs fill the PairTables' rows when first asked), and copying 8.5 MB of it cost more than it saved.
    this.trigramWords = lm.trigramWords;
    this.trigramLogProbs = lm.trigramLogProbs;
    this.slots = new Int32Array(2 * total);
    this.slotFloats = new Float32Array(this.slots.buffer);
    this.searches = new Int32Array(contexts);
  }

  /** Hashes the trigrams of one context into its region. */
  private fill(context: number): void {
    const start = this.contextInfo[3 * context] as number;
    const end = this.contextInfo[3 * context + 1] as number;
    const slots = this.slots;
    slots.fill(-1, 2 * start, 2 * end);
    const first = this.runStarts[context] as number;
    const last = context + 1 < this.runStarts.length ? (this.runStarts[context + 1] as number) : this.trigramWords.length;
    for (let i = first; i < last; i++) {
      const w = this.trigramWords[i] as number;
      let slot = start + regionSlot(w, end - start);
      while (slots[2 * slot] !== -1) if (++slot === end) slot = start;
      slots[2 * slot] = w;
      this.slotFloats[2 * slot + 1] = this.trigramLogProbs[i] as number;
    }
    this.searches[context] = FILLED;
  }

  /** log P(w | u, v); falls back to the bigram when (u, v) was never seen. */
  logProb(u: number, v: number, w: number): number {
    const context = this.contextSlot(u, v);
    if (context < 0) return this.bigram.logProb(v, w);
    const stored = this.storedLogProbAt(context, w);
    return stored === stored ? stored : this.contextBackoffAt(context) + this.bigram.logProb(v, w);
  }

  /** The context (u, v) among the contexts seen, or -1: an unseen context means P(w|u,v) = P(w|v). */
  contextSlot(u: number, v: number): number {
    const at = this.contexts.find(u, v);
    if (at < 0) return -1;
    return this.contexts.table[at] as number;
  }

  /** log of (MIX·γ(u,v) + 1 − MIX) of a context (contextSlot): the factor on P(w|v) of an unseen trigram. */
  contextBackoffAt(context: number): number {
    return this.contextFloats[3 * context + 2] as number;
  }

  /** log P(w | u, v) of a trigram seen in the counts, NaN for one never seen. */
  storedLogProb(u: number, v: number, w: number): number {
    const context = this.contextSlot(u, v);
    return context < 0 ? NaN : this.storedLogProbAt(context, w);
  }

  /** storedLogProb of w after a seen context, as contextSlot returned it (≥ 0). */
  storedLogProbAt(context: number, w: number): number {
    const searched = this.searches[context] as number;
    if (searched !== FILLED) {
      const first = this.runStarts[context] as number;
      const last = context + 1 < this.runStarts.length ? (this.runStarts[context + 1] as number) : this.trigramWords.length;
      if (searched * FILL_AFTER < last - first) {
        this.searches[context] = searched + 1;
        const at = searchSorted(this.trigramWords, first, last, w);
        return at < 0 ? NaN : (this.trigramLogProbs[at] as number);
      }
      this.fill(context);
    }
    const slots = this.slots;
    const start = this.contextInfo[3 * context] as number;
    const end = this.contextInfo[3 * context + 1] as number;
    let slot = start + regionSlot(w, end - start);
    while (true) {
      const m = slots[2 * slot] as number;
      if (m === w) return this.slotFloats[2 * slot + 1] as number;
      if (m === -1) return NaN;
      if (++slot === end) slot = start;
    }
  }
}

/** Marks a context whose region is filled (TrigramModel.searches). */
const FILLED = -1;
/**
 * A context's region is filled once its run was searched by halving a 1 / FILL_AFTER of its length
 * times: a search reads about log2 of its length entries, filling it writes them all.
 */
const FILL_AFTER = 16;

/** Slots of a context's region per trigram it holds (at least one slot stays empty, so a probe ends). */
const REGION_SPACE = 1.25;

function regionSize(trigrams: number): number {
  return Math.max(trigrams + 1, Math.ceil(REGION_SPACE * trigrams));
}

/** The home slot of w in a region of `size` slots (size < 2^16): the top 16 bits of a multiplicative hash, scaled to the size. */
function regionSlot(w: number, size: number): number {
  return ((Math.imul(w, COLUMN_MULTIPLIER) >>> 16) * size) >>> 16;
}
