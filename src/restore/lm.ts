// Syllable bigram language model, interpolated modified Kneser-Ney (discounts D(c) by count,
// trigram mix 0.9, tuned on the held-out slice of the corpus: scripts/eval-restore.ts --heldout):
//   P(w|v) = (c(v,w) - D(c(v,w))) / c(v) + Σ_x D(c(v,x)) / c(v) · Plow(w)
// Plow mixes the continuation probability (how many words w follows) with the
// unigram one: the web bigrams give words of the web (ủng in "ủng hộ") many
// distinct left neighbours, which alone would outweigh the corpus' own counts.
// Seen bigrams are precomputed into an open-addressing table of integer keys
// (v·65536 + w), so the decoder's inner loop is one probe, not a Map lookup.
import type { RawTables } from './tables.js';

/**
 * Discounts of a count of 1, 2, and 3 or more (modified Kneser–Ney), for bigrams and trigrams alike.
 * Counts are weighted by source (a sentence of a provincial document counts 2–4), so a larger count is
 * not proportionally surer and takes a larger discount. Held-out slice (with the trigram mix 0.8):
 * one D = 0.75 for all 98.15 %, 1.5 for all 98.17 %, these 98.21 % (2 for all, trigrams < 2 dropped: 98.05 %).
 */
const DISCOUNTS = [0.75, 1.5, 2] as const;

/** The discount of one count, never more than the count. */
function discountOf(count: number): number {
  return Math.min(count, count <= 1 ? DISCOUNTS[0] : count <= 2 ? DISCOUNTS[1] : DISCOUNTS[2]);
}
/** Added to every continuation count, so syllables of the inventory never seen in text keep some mass. */
const CONTINUATION_FLOOR = 0.5;
/** Weight of the continuation probability in the lower order; the rest is the unigram. */
const CONTINUATION_SHARE = 0.5;
/** Weight of the trigram estimate against the bigram one. */
const TRIGRAM_MIX = 0.9;

/** Bits of the bigram model's filter of seen pairs: about 10 per pair, so an unseen pair passes it rarely (~10 %). */
const FILTER_BITS = 1 << 21;
const TRIGRAM_FILTER_BITS = 1 << 22;

export class BigramModel {
  readonly size: number;
  /** Open addressing, key and value side by side (one cache line per probe): keys at 2·slot, values (float bits) at 2·slot + 1. */
  private readonly keys: Int32Array;
  private readonly values: Float32Array;
  private readonly mask: number;
  /** One bit per hashed seen pair (a one-hash Bloom filter, 256 KB: stays in cache where the table does not). */
  private readonly filter = new Int32Array(FILTER_BITS / 32);
  /** log of the interpolation weight Σ D / c(v); 0 for a context never seen. */
  private readonly logBackoff: Float32Array;
  readonly logContinuation: Float32Array;

  constructor(tables: RawTables) {
    const { bigramIds, bigramCounts } = tables;
    const size = tables.words.length;
    const contextCount = new Float64Array(size);
    /** Σ of the discounts taken off v's bigrams: the mass v leaves to the lower order. */
    const discounted = new Float64Array(size);
    const predecessors = new Float64Array(size);
    for (let i = 0; i < bigramCounts.length; i++) {
      const v = bigramIds[2 * i] ?? 0;
      contextCount[v] = (contextCount[v] ?? 0) + (bigramCounts[i] ?? 0);
      discounted[v] = (discounted[v] ?? 0) + discountOf(bigramCounts[i] ?? 0);
      const w = bigramIds[2 * i + 1] ?? 0;
      predecessors[w] = (predecessors[w] ?? 0) + 1;
    }
    const total = bigramCounts.length + CONTINUATION_FLOOR * size;
    this.size = size;
    let unigramTotal = 0;
    for (const c of tables.unigramCounts) unigramTotal += c + CONTINUATION_FLOOR;
    this.logContinuation = Float32Array.from(predecessors, (n, w) =>
      Math.log(
        (CONTINUATION_SHARE * (n + CONTINUATION_FLOOR)) / total +
          ((1 - CONTINUATION_SHARE) * ((tables.unigramCounts[w] ?? 0) + CONTINUATION_FLOOR)) / unigramTotal,
      ),
    );
    this.logBackoff = Float32Array.from(contextCount, (c, v) => (c > 0 ? Math.log((discounted[v] ?? 0) / c) : 0));

    let capacity = 1;
    while (capacity < bigramCounts.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(2 * capacity).fill(-1);
    this.values = new Float32Array(this.keys.buffer);
    for (let i = 0; i < bigramCounts.length; i++) {
      const v = bigramIds[2 * i] ?? 0;
      const w = bigramIds[2 * i + 1] ?? 0;
      const c = contextCount[v] ?? 1;
      const p = ((bigramCounts[i] ?? 0) - discountOf(bigramCounts[i] ?? 0)) / c + Math.exp((this.logBackoff[v] ?? 0) + (this.logContinuation[w] ?? 0));
      this.insert(v * 65536 + w, Math.log(p));
    }
  }

  /** log P(w | v). */
  logProb(v: number, w: number): number {
    const key = v * 65536 + w;
    const h = hash32(key);
    // Most pairs of a lattice were never seen: the filter answers them from cache.
    const f = (Math.imul(h, 0x9e3779b1) >>> 0) % FILTER_BITS;
    if (((this.filter[f >>> 5] as number) & (1 << (f & 31))) === 0) return (this.logBackoff[v] as number) + (this.logContinuation[w] as number);
    const keys = this.keys;
    let slot = h & this.mask;
    while (true) {
      const k = keys[2 * slot] as number;
      if (k === key) return this.values[2 * slot + 1] as number;
      if (k === -1) return (this.logBackoff[v] as number) + (this.logContinuation[w] as number);
      slot = (slot + 1) & this.mask;
    }
  }

  /** The pair (v, w) is in the counts: some text wrote it. */
  seen(v: number, w: number): boolean {
    const key = v * 65536 + w;
    const keys = this.keys;
    let slot = hash32(key) & this.mask;
    while (true) {
      const k = keys[2 * slot] as number;
      if (k === key) return true;
      if (k === -1) return false;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(key: number, value: number): void {
    const h = hash32(key);
    const f = (Math.imul(h, 0x9e3779b1) >>> 0) % FILTER_BITS;
    this.filter[f >>> 5] = (this.filter[f >>> 5] as number) | (1 << (f & 31));
    let slot = h & this.mask;
    while (this.keys[2 * slot] !== -1) slot = (slot + 1) & this.mask;
    this.keys[2 * slot] = key;
    this.values[2 * slot + 1] = value;
  }
}

/**
 * Trigram layer over the bigram model, interpolated the same way:
 *   P3(w|u,v) = (c(u,v,w) - D(c)) / c(u,v) + γ(u,v) · P(w|v), γ(u,v) = Σ D / c(u,v)
 * and mixed with the bigram, P = MIX·P3 + (1 − MIX)·P(w|v): the corpus is
 * legal text, and its trigram contexts would otherwise punish every
 * continuation they happen not to hold. Ids must stay below 2^13 so a context
 * (u,v) is one int32 and a trigram one exact double.
 */
export class TrigramModel {
  private static readonly BITS = 8192;
  private readonly contextKeys: Int32Array;
  private readonly contextLogBackoff: Float32Array;
  private readonly contextMask: number;
  /** Open addressing, key (context · 2^13 + w) and log P side by side: one cache line per probe. */
  private readonly entries: Float64Array;
  /** One bit per hashed seen trigram (see BigramModel.filter). */
  private readonly filter = new Int32Array(TRIGRAM_FILTER_BITS / 32);
  private readonly mask: number;

  constructor(
    readonly bigram: BigramModel,
    tables: RawTables,
  ) {
    if (bigram.size > TrigramModel.BITS) throw new Error(`vocabulary of ${bigram.size} ids is too large for the trigram keys`);
    const { trigramIds, trigramCounts } = tables;
    const n = trigramCounts.length;
    const contextOf = (i: number): number => (trigramIds[3 * i] ?? 0) * TrigramModel.BITS + (trigramIds[3 * i + 1] ?? 0);
    // Trigrams come sorted by (u, v, w): each context is one run.
    let contexts = 0;
    for (let i = 0; i < n; i++) if (i === 0 || contextOf(i) !== contextOf(i - 1)) contexts++;
    const contextCapacity = capacityFor(contexts);
    this.contextMask = contextCapacity - 1;
    this.contextKeys = new Int32Array(contextCapacity).fill(-1);
    this.contextLogBackoff = new Float32Array(contextCapacity);
    const capacity = capacityFor(n);
    this.mask = capacity - 1;
    this.entries = new Float64Array(2 * capacity).fill(-1);

    for (let start = 0; start < n; ) {
      const context = contextOf(start);
      let end = start;
      let count = 0;
      let mass = 0;
      while (end < n && contextOf(end) === context) {
        count += trigramCounts[end] ?? 0;
        mass += discountOf(trigramCounts[end++] ?? 0);
      }
      const gamma = mass / count;
      let slot = hash32(context) & this.contextMask;
      while (this.contextKeys[slot] !== -1) slot = (slot + 1) & this.contextMask;
      this.contextKeys[slot] = context;
      this.contextLogBackoff[slot] = Math.log(TRIGRAM_MIX * gamma + 1 - TRIGRAM_MIX);
      const v = trigramIds[3 * start + 1] ?? 0;
      for (let i = start; i < end; i++) {
        const w = trigramIds[3 * i + 2] ?? 0;
        const p2 = Math.exp(bigram.logProb(v, w));
        const p3 = ((trigramCounts[i] ?? 0) - discountOf(trigramCounts[i] ?? 0)) / count + gamma * p2;
        const h = hash32(context ^ Math.imul(w, 0x85ebca6b));
        const f = (Math.imul(h, 0x9e3779b1) >>> 0) % TRIGRAM_FILTER_BITS;
        this.filter[f >>> 5] = (this.filter[f >>> 5] as number) | (1 << (f & 31));
        let at = h & this.mask;
        while (this.entries[2 * at] !== -1) at = (at + 1) & this.mask;
        this.entries[2 * at] = context * TrigramModel.BITS + w;
        // Rounded to float32 as the table was before it shared one array with its keys.
        this.entries[2 * at + 1] = Math.fround(Math.log(TRIGRAM_MIX * p3 + (1 - TRIGRAM_MIX) * p2));
      }
      start = end;
    }
  }

  /** log P(w | u, v); falls back to the bigram when (u, v) was never seen. */
  logProb(u: number, v: number, w: number): number {
    const context = this.contextSlot(u, v);
    if (context < 0) return this.bigram.logProb(v, w);
    const stored = this.storedLogProb(u, v, w);
    return stored === stored ? stored : (this.contextLogBackoff[context] as number) + this.bigram.logProb(v, w);
  }

  /** Slot of the context (u, v) among the contexts seen, or -1: an unseen context means P(w|u,v) = P(w|v). */
  contextSlot(u: number, v: number): number {
    const context = u * TrigramModel.BITS + v;
    const keys = this.contextKeys;
    let slot = hash32(context) & this.contextMask;
    while (true) {
      const k = keys[slot] as number;
      if (k === context) return slot;
      if (k === -1) return -1;
      slot = (slot + 1) & this.contextMask;
    }
  }

  /** log of (MIX·γ(u,v) + 1 − MIX) of a context slot: the factor on P(w|v) of an unseen trigram. */
  contextBackoffAt(slot: number): number {
    return this.contextLogBackoff[slot] as number;
  }

  /** log P(w | u, v) of a trigram seen in the counts, NaN for one never seen. */
  storedLogProb(u: number, v: number, w: number): number {
    const context = u * TrigramModel.BITS + v;
    const key = context * TrigramModel.BITS + w;
    const h = hash32(context ^ Math.imul(w, 0x85ebca6b));
    const f = (Math.imul(h, 0x9e3779b1) >>> 0) % TRIGRAM_FILTER_BITS;
    if (((this.filter[f >>> 5] as number) & (1 << (f & 31))) === 0) return NaN;
    const entries = this.entries;
    let slot = h & this.mask;
    while (true) {
      const k = entries[2 * slot] as number;
      if (k === key) return entries[2 * slot + 1] as number;
      if (k === -1) return NaN;
      slot = (slot + 1) & this.mask;
    }
  }
}

function capacityFor(entries: number): number {
  let capacity = 1;
  while (capacity < entries * 2) capacity *= 2;
  return capacity;
}

/** A full 32-bit mix (the low bits of a plain product would only see the low bits of v·65536 + w, i.e. w). */
function hash32(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
