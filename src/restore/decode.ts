// Decoding of one segment (the syllables between two punctuation marks), cost =
// channel + LM_WEIGHT · (−log P). Two passes: a bigram Viterbi forward and
// backward gives each candidate its best full-path cost (the softmax of those
// is the confidence of a choice) and prunes the lattice to a few candidates per
// position; a trigram Viterbi over pairs of candidates then picks the path.
// On text that lost its marks, a trigram model of the same counts read right to
// left gives a second opinion on the words of that path the forward model is
// unsure of (the two directions smooth differently: a context seen to the right
// of a word, not to its left).
// The trigram pass reuses the bigram costs of the first pass: a trigram the
// counts never saw costs its bigram plus its context's back-off, so only the
// contexts (u, v) and the trigrams actually seen are looked up.
import type { Candidate } from './candidates.js';
import type { Disambiguator } from './disambiguator.js';
import { CONTEXT_WIDTH } from './disambiguator.js';
import type { FourgramCounts } from './fourgrams.js';
import type { BigramModel, TrigramLookup, TrigramModel } from './lm.js';
import { BOUNDARY_ID } from './tables.js';

export interface LatticePosition {
  candidates: readonly Candidate[];
  /**
   * The column's number: one per distinct candidates array while a transition cache lives (two arrays
   * never share one), the key of its bigram matrices. Kept on the column, not found in a Map keyed by
   * the array: a hashed object lookup per position.
   */
  column: number;
  /** The observed token was capitalised: place names ("Lục Ba") get their bonus. */
  capitalised: boolean;
}

export interface DecodeModel {
  lm: BigramModel;
  trigram: TrigramModel;
  /** The model of the same counts read right to left (P(u | v, w) of u before v, w): the second opinion, built when first asked. */
  backward: () => TrigramLookup;
  /** The backward model's share in the second opinion on text that lost its marks (BACKWARD_WEIGHT; another to compare on the held-out slice). */
  backwardWeight: number;
  /** How close (nats) another reading must come to the path's in the forward model for the second opinion to be asked (BACKWARD_GATE). */
  backwardGate: number;
  /** The corpus' 4-gram counts, read when first asked: a third voice in the second opinion. */
  fourgrams: () => FourgramCounts;
  /** The 4-gram counts' weight in the second opinion (FOURGRAM_WEIGHT; 0: not asked) and the trigram's prior weight in counts (FOURGRAM_PRIOR). */
  fourgramWeight: number;
  fourgramPrior: number;
  /** The disambiguator of syllables that share a skeleton, read when first asked: a fourth voice in the second opinion. */
  disambiguator: () => Disambiguator;
  /** Its log-probabilities' weight in the second opinion (DISAMBIGUATOR_WEIGHT; 0: not asked). */
  disambiguatorWeight: number;
  namePairs: ReadonlySet<number>;
  transitions: TransitionCache;
  /** Buffers of the passes, grown as needed and reused from segment to segment. */
  scratch: Scratch;
}

export interface Scratch {
  scores: Float64Array;
  back: Int32Array;
  ids: Int32Array;
  ahead: Float64Array;
  /** The per-segment arrays of the passes, by role (F64 / I32), reused: a segment is a few dozen entries and a text thousands of segments. */
  f64: Float64Array[];
  i32: Int32Array[];
}

/** Roles of the reused arrays. */
const enum F64 { Forward, Backward, Start, End, First, KeptOwn, Opinion, Sharpened, Window, Voice, Classes }
const enum I32 { Offsets, StepAt, Kept, KeptOffsets, Blocks, Contexts, KeptIds }

export function newScratch(): Scratch {
  return {
    scores: new Float64Array(1024),
    back: new Int32Array(1024),
    ids: new Int32Array(64),
    ahead: new Float64Array(64),
    f64: Array.from({ length: F64.Classes + 1 }, () => new Float64Array(256)),
    i32: Array.from({ length: I32.KeptIds + 1 }, () => new Int32Array(256)),
  };
}

/** The reused array of a role, at least `size` long; its entries are stale: callers write before they read. */
function f64(scratch: Scratch, role: F64, size: number): Float64Array {
  const have = scratch.f64[role] as Float64Array;
  return have.length >= size ? have : (scratch.f64[role] = new Float64Array(2 * size));
}

function i32(scratch: Scratch, role: I32, size: number): Int32Array {
  const have = scratch.i32[role] as Int32Array;
  return have.length >= size ? have : (scratch.i32[role] = new Int32Array(2 * size));
}

/**
 * Bigram cost matrices between two lattice columns, kept per pair of columns:
 * columns are cached per distinct observed token, and a document repeats its
 * word pairs ("xây dựng", "nông thôn") many times.
 */
export class TransitionCache {
  /**
   * A pair of columns (by their numbers, LatticePosition.column) is found in an open-addressing table
   * of integers (`pairs`), not in a Map of Maps keyed by arrays: two hashed object lookups per lattice
   * position were a fifth of the bigram pass on the long raw-OCR file. Per slot: the previous column's
   * number, the next one's times two plus the names flag (-1: empty), the matrix's key.
   */
  private pairs = new Int32Array(3 * 1024).fill(-1);
  private pairCount = 0;
  /**
   * Matrices live in chunks of SLAB_CHUNK costs (no typed array per pair of columns for the
   * collector to trace), each matrix inside one chunk; the cache holds its chunk and its offset
   * in it. New chunks, not one buffer grown by doubling: a cold start of a document fills a few
   * megabytes, and copying them at each doubling was a fifth of the matrices' time on raw OCR.
   */
  private readonly chunks: Float64Array[] = [];
  private used = 0;
  /** Costs held in all chunks: what the restorer's memory bound reads. */
  size = 0;
  /** The chunk holding the matrix last returned by `get`. */
  slab: Float64Array = new Float64Array(0);

  /** Offset in `slab` (as it is on return) of the bigram cost matrix from the candidates of `prev` (rows) to those of `here`. */
  get(prev: LatticePosition, here: LatticePosition, model: DecodeModel): number {
    const names = prev.capitalised && here.capitalised;
    const prevId = prev.column;
    const hereId = here.column;
    const hereKey = 2 * hereId + (names ? 1 : 0);
    const pairs = this.pairs;
    const mask = pairs.length / 3 - 1;
    let slot = pairSlot(prevId, hereKey) & mask;
    while (pairs[3 * slot] !== -1 && (pairs[3 * slot] !== prevId || pairs[3 * slot + 1] !== hereKey)) slot = (slot + 1) & mask;
    let key = pairs[3 * slot + 2] as number;
    if (pairs[3 * slot] === -1) {
      const size = prev.candidates.length * here.candidates.length;
      let chunk = this.chunks[this.chunks.length - 1];
      if (!chunk || this.used + size > chunk.length) {
        chunk = new Float64Array(Math.max(SLAB_CHUNK, size));
        this.chunks.push(chunk);
        this.used = 0;
      }
      // One number per matrix: its chunk's index times the chunk size, plus its offset (a matrix larger than a chunk has one of its own, at 0).
      key = (this.chunks.length - 1) * SLAB_CHUNK + this.used;
      transitions(prev, here, names, model, chunk, this.used);
      this.used += size;
      this.size += size;
      this.addPair(prevId, hereKey, key);
    }
    const chunkIndex = Math.floor(key / SLAB_CHUNK);
    this.slab = this.chunks[chunkIndex] as Float64Array;
    return key - chunkIndex * SLAB_CHUNK;
  }

  /** Holds a new pair, the table kept at most half full. */
  private addPair(prevId: number, hereKey: number, key: number): void {
    if (2 * (this.pairCount + 1) > this.pairs.length / 3) {
      const old = this.pairs;
      this.pairs = new Int32Array(2 * old.length).fill(-1);
      this.pairCount = 0;
      for (let slot = 0; slot < old.length / 3; slot++) if (old[3 * slot] !== -1) this.addPair(old[3 * slot] as number, old[3 * slot + 1] as number, old[3 * slot + 2] as number);
    }
    const pairs = this.pairs;
    const mask = pairs.length / 3 - 1;
    let slot = pairSlot(prevId, hereKey) & mask;
    while (pairs[3 * slot] !== -1) slot = (slot + 1) & mask;
    pairs[3 * slot] = prevId;
    pairs[3 * slot + 1] = hereKey;
    pairs[3 * slot + 2] = key;
    this.pairCount++;
  }
}

/** A slot of the pair table (masked by the caller): the two ids mixed multiplicatively. */
function pairSlot(prevId: number, hereKey: number): number {
  return (Math.imul(prevId, 0x9e3779b1) ^ Math.imul(hereKey, 0x85ebca6b)) >>> 7;
}

/** Costs per chunk of the transition cache (512 kB). */
const SLAB_CHUNK = 1 << 16;

/**
 * A segment's reading: the chosen candidate of each position, and the confidence of a choice asked only
 * where it is used (a change, a piece of a cut token): most positions keep their token, and a softmax
 * per position, with an object per position to hold it, was work thrown away.
 */
export class SegmentReading {
  constructor(
    /** Per position, the index of the chosen candidate. */
    readonly indices: readonly number[],
    private readonly pass: BigramPass,
  ) {}

  /** Softmax of the negated max-marginal costs, read at position t's choice; valid until the decoder's next segment (the pass lives in its scratch). */
  confidence(t: number): number {
    const { offsets, totals } = this.pass;
    const from = offsets[t] as number;
    const to = offsets[t + 1] as number;
    const own = totals[from + (this.indices[t] as number)] ?? Infinity;
    let sum = 0;
    for (let i = from; i < to; i++) sum += Math.exp(own - (totals[i] as number));
    return sum > 0 && Number.isFinite(sum) ? 1 / sum : 0;
  }
}

const LM_WEIGHT = 1.0;
/** Nats taken off a bigram of an administrative-unit name between two capitalised tokens. */
const NAME_BONUS = 3.0;
/**
 * Candidates per position kept for the trigram pass, and how far (nats) behind the best one they may be.
 * A margin of 5 cut readings the bigram pass ranked low but the trigrams wanted (held-out slice,
 * stripped: 3,365 -> 3,341 errors of 200,820 at 8, 3,338 at 12; a beam of 5 and margin 10 gave 3,328
 * for up to twice the trigram pass's work; both halves of the slice agree).
 */
const TRIGRAM_BEAM = 4;
const TRIGRAM_MARGIN = 8;
/**
 * The second opinion (held-out slice, stripped, 3,305 errors of 200,820 with the forward model alone):
 * a word's kept readings within BACKWARD_GATE nats of the path's in the forward model's local cost are
 * compared by (1 − BACKWARD_WEIGHT) · forward + BACKWARD_WEIGHT · backward: 3,224 errors at 0.5 and 3
 * on every word; weight 0.4 / 0.6: 3,236 / 3,231; gate 0.5 / 1 / 2 / 100: 3,254 / 3,234 / 3,226 / 3,224.
 * Not asked on a capitalised word or the word before one: 3,237 (`chị Toàn`, `Bão và lũ` stay right).
 * Mixing the backward model into the whole trigram pass gave 3,202 for twice the decoding time.
 */
export const BACKWARD_WEIGHT = 0.5;
export const BACKWARD_GATE = 3;
/**
 * The 4-gram counts' voice in the second opinion (held-out slice, stripped, 3,203 errors without it): what
 * they add to the forward model's log-probabilities, weighted FOURGRAM_WEIGHT, where some reading's 4-gram was
 * seen, the trigram's probability a Dirichlet prior of FOURGRAM_PRIOR counts: 3,185 (interleaved halves 1,574 /
 * 1,603 -> 1,568 / 1,591; 3,182 with the windows that hold what stood before a capitalised opener, which read
 * `Lưu: VT.` then `Bao va lu` as `Báo`); weight 0.1 / 0.15 / 0.25 / 0.35 / 0.5 / 1 at prior 10: 3,184 / 3,179 / 3,184 / 3,191 /
 * 3,208 / 3,230; prior 5 / 20 at 0.25: 3,186 / 3,179; 0.15 / 0.2 at prior 20: 3,179 / 3,182; every window, also where no reading
 * was seen (0.5, 10): 3,196.
 */
export const FOURGRAM_WEIGHT = 0.2;
export const FOURGRAM_PRIOR = 20;
/**
 * The disambiguator's voice in the second opinion (held-out slice, stripped, 3,185 errors without it): its
 * log-probability of each reading, weighted DISAMBIGUATOR_WEIGHT against the other voices' costs: 0.3 / 0.45 / 0.6 / 0.8 /
 * 1 / 2: 3,036 / 3,019 / 3,008 / 3,024 / 3,031 / 3,094 (features seen 5 times, weights of 0.2 or more). Not asked
 * on a capitalised opener: 3,021, but a recipients' list keeps `- Báo và PTTH …` (asked: `Bão`).
 */
export const DISAMBIGUATOR_WEIGHT = 0.6;


function transition(model: DecodeModel, prev: number, prevCapital: boolean, cur: number, curCapital: boolean): number {
  let cost = -LM_WEIGHT * model.lm.logProb(prev, cur);
  if (prevCapital && curCapital && model.namePairs.has(prev * 65536 + cur)) cost -= NAME_BONUS;
  return cost;
}

/** The bigram pass over a segment, flat: position t's candidates are entries offsets[t] .. offsets[t+1]. */
interface BigramPass {
  offsets: Int32Array;
  /** Best full-path cost through each candidate. */
  totals: Float64Array;
  /** Cost of each candidate of the first position after the boundary, and of the boundary after each of the last. */
  start: Float64Array;
  end: Float64Array;
  /** Bigram costs from the candidates of t-1 (rows) to those of t: entries stepAt[t] … of stepIn[t]. */
  stepIn: Float64Array[];
  stepAt: Int32Array;
}

/** The best reading of a segment; with `backwardWeight` > 0, the backward model's second opinion on its doubtful words. */
export function decodeSegment(positions: readonly LatticePosition[], model: DecodeModel, backwardWeight = 0): SegmentReading | null {
  const n = positions.length;
  if (n === 0) return null;
  const pass = bigramPass(positions, model);
  const { kept, keptOffsets } = bestCandidates(pass, n, model.scratch);
  return new SegmentReading(trigramPath(positions, pass, kept, keptOffsets, model, backwardWeight), pass);
}

/** Per position, the (at most TRIGRAM_BEAM) candidates within TRIGRAM_MARGIN of the best max-marginal, best first. */
function bestCandidates(pass: BigramPass, n: number, scratch: Scratch): { kept: Int32Array; keptOffsets: Int32Array } {
  const { offsets, totals } = pass;
  const kept = i32(scratch, I32.Kept, n * TRIGRAM_BEAM);
  const keptOffsets = i32(scratch, I32.KeptOffsets, n + 1);
  let at = 0;
  for (let t = 0; t < n; t++) {
    const from = offsets[t] as number;
    const size = (offsets[t + 1] as number) - from;
    keptOffsets[t] = at;
    if (size === 1) {
      kept[at++] = 0;
      continue;
    }
    let best = Infinity;
    for (let k = 0; k < size; k++) if ((totals[from + k] as number) < best) best = totals[from + k] as number;
    const limit = best + TRIGRAM_MARGIN;
    // Insertion into a short sorted list: at most TRIGRAM_BEAM entries.
    const begin = at;
    for (let k = 0; k < size; k++) {
      const s = totals[from + k] as number;
      if (s > limit) continue;
      let end = at;
      if (end - begin === TRIGRAM_BEAM) {
        if (s >= (totals[from + (kept[end - 1] as number)] as number)) continue;
        end--;
      }
      let i = end;
      while (i > begin && (totals[from + (kept[i - 1] as number)] as number) > s) {
        kept[i] = kept[i - 1] as number;
        i--;
      }
      kept[i] = k;
      at = end + 1;
    }
  }
  keptOffsets[n] = at;
  return { kept, keptOffsets };
}

/** Bigram costs between the candidates of positions t-1 and t (row = previous), one lookup each. */
function transitions(prev: LatticePosition, here: LatticePosition, names: boolean, model: DecodeModel, out: Float64Array, at: number): void {
  const a = prev.candidates.length;
  const b = here.candidates.length;
  const lm = model.lm;
  const scratch = model.scratch;
  const ids = scratch.ids.length >= b ? scratch.ids : (scratch.ids = new Int32Array(2 * b));
  for (let k = 0; k < b; k++) ids[k] = (here.candidates[k] as Candidate).id;
  for (let j = 0; j < a; j++) {
    const v = (prev.candidates[j] as Candidate).id;
    const row = at + j * b;
    lm.logProbsAfter(v, ids, b, out, row);
    for (let k = 0; k < b; k++) out[row + k] = -LM_WEIGHT * (out[row + k] as number);
    if (names) {
      for (let k = 0; k < b; k++) if (model.namePairs.has(v * 65536 + (ids[k] as number))) out[row + k] = (out[row + k] as number) - NAME_BONUS;
    }
  }
}

/** Best full-path cost (bigram) through each candidate of each position. */
function bigramPass(positions: readonly LatticePosition[], model: DecodeModel): BigramPass {
  const n = positions.length;
  const scratch = model.scratch;
  const offsets = i32(scratch, I32.Offsets, n + 1);
  offsets[0] = 0;
  for (let t = 0; t < n; t++) offsets[t + 1] = (offsets[t] as number) + (positions[t] as LatticePosition).candidates.length;
  const size = offsets[n] as number;
  const forward = f64(scratch, F64.Forward, size);
  const backward = f64(scratch, F64.Backward, size);
  const stepIn: Float64Array[] = new Array<Float64Array>(n);
  const stepAt = i32(scratch, I32.StepAt, n);

  const first = positions[0] as LatticePosition;
  const start = f64(scratch, F64.Start, first.candidates.length);
  for (let k = 0; k < first.candidates.length; k++) {
    const c = first.candidates[k] as Candidate;
    start[k] = transition(model, BOUNDARY_ID, false, c.id, first.capitalised);
    forward[k] = c.cost + (start[k] as number);
  }
  for (let t = 1; t < n; t++) {
    const here = (positions[t] as LatticePosition).candidates;
    const at = model.transitions.get(positions[t - 1] as LatticePosition, positions[t] as LatticePosition, model);
    const step = model.transitions.slab;
    stepIn[t] = step;
    stepAt[t] = at;
    const from = offsets[t - 1] as number;
    const to = offsets[t] as number;
    const a = to - from;
    const b = here.length;
    // Row by row, as the matrix lies in memory (a minimum is the same in any order).
    const best = model.scratch.ahead.length >= b ? model.scratch.ahead : (model.scratch.ahead = new Float64Array(2 * b));
    best.fill(Infinity, 0, b);
    for (let j = 0; j < a; j++) {
      const into = forward[from + j] as number;
      const row = at + j * b;
      for (let k = 0; k < b; k++) {
        const s = into + (step[row + k] as number);
        if (s < (best[k] as number)) best[k] = s;
      }
    }
    for (let k = 0; k < b; k++) forward[to + k] = (best[k] as number) + (here[k] as Candidate).cost;
  }

  // Backward: best cost from each candidate to the end (its own cost excluded).
  const last = positions[n - 1] as LatticePosition;
  const lastFrom = offsets[n - 1] as number;
  const end = f64(scratch, F64.End, last.candidates.length);
  for (let k = 0; k < last.candidates.length; k++) {
    end[k] = transition(model, (last.candidates[k] as Candidate).id, last.capitalised, BOUNDARY_ID, false);
    backward[lastFrom + k] = end[k] as number;
  }
  for (let t = n - 1; t >= 1; t--) {
    const here = (positions[t] as LatticePosition).candidates;
    const step = stepIn[t] as Float64Array;
    const at = stepAt[t] as number;
    const from = offsets[t - 1] as number;
    const to = offsets[t] as number;
    const a = to - from;
    const b = here.length;
    const ahead = model.scratch.ahead.length >= b ? model.scratch.ahead : (model.scratch.ahead = new Float64Array(2 * b));
    for (let k = 0; k < b; k++) ahead[k] = (here[k] as Candidate).cost + (backward[to + k] as number);
    for (let j = 0; j < a; j++) {
      let best = Infinity;
      const row = at + j * b;
      for (let k = 0; k < b; k++) {
        const s = (step[row + k] as number) + (ahead[k] as number);
        if (s < best) best = s;
      }
      backward[from + j] = best;
    }
  }
  for (let i = 0; i < size; i++) forward[i] = (forward[i] as number) + (backward[i] as number);
  return { offsets, totals: forward, start, end, stepIn, stepAt };
}

/**
 * Trigram Viterbi over the pruned lattice; states are (previous, current)
 * candidate pairs. Cost of w after (u, v): −log P(w|u,v) for a trigram of the
 * counts, else the bigram cost of (v, w) plus the back-off of the context (u, v)
 * (none for a context never seen): the same interpolated model as
 * TrigramModel.logProb, with the bigram half read from the first pass.
 */
function trigramPath(
  positions: readonly LatticePosition[],
  pass: BigramPass,
  kept: Int32Array,
  keptOffsets: Int32Array,
  model: DecodeModel,
  backwardWeight: number,
): number[] {
  const n = positions.length;
  const { start, end, stepIn, stepAt } = pass;
  const trigram = model.trigram;
  // The kept candidates' ids and own costs, flat beside `kept`: the inner loops read them many times.
  const keptIds = i32(model.scratch, I32.KeptIds, keptOffsets[n] as number);
  const keptOwn = f64(model.scratch, F64.KeptOwn, keptOffsets[n] as number);
  for (let t = 0; t < n; t++) {
    const candidates = (positions[t] as LatticePosition).candidates;
    for (let e = keptOffsets[t] as number; e < (keptOffsets[t + 1] as number); e++) {
      const candidate = candidates[kept[e] as number] as Candidate;
      keptIds[e] = candidate.id;
      keptOwn[e] = candidate.cost;
    }
  }
  const idAt = (t: number, i: number): number => keptIds[(keptOffsets[t] as number) + i] as number;
  const fullAt = (t: number, i: number): number => kept[(keptOffsets[t] as number) + i] as number;
  const sizeAt = (t: number): number => (keptOffsets[t + 1] as number) - (keptOffsets[t] as number);
  const ownAt = (t: number, i: number): number => keptOwn[(keptOffsets[t] as number) + i] as number;

  // log P(w | v) of the last (v, w) asked: the inner loop asks it for each context (u, v) of one (v, w).
  let lastV = -1;
  let lastW = -1;
  let lastLogProb = 0;
  const bigramLogProb = (v: number, w: number): number => {
    if (v !== lastV || w !== lastW) {
      lastV = v;
      lastW = w;
      lastLogProb = model.lm.logProb(v, w);
    }
    return lastLogProb;
  };
  /** Cost of w after (u, v) given that context (contextSlot, -1: never seen) and the bigram cost of (v, w). */
  const costIn = (context: number, v: number, w: number, bigramCost: number): number => {
    if (context < 0) return bigramCost;
    const stored = trigram.storedLogProbAt(context, w);
    if (stored === stored) return bigramCost + LM_WEIGHT * bigramLogProb(v, w) - LM_WEIGHT * stored;
    return bigramCost - LM_WEIGHT * trigram.contextBackoffAt(context);
  };
  const cost = (u: number, v: number, w: number, bigramCost: number): number => costIn(trigram.contextSlot(u, v), v, w, bigramCost);
  /** Context slots of the (kept i at t-2, kept j at t-1) pairs of the step at hand. */
  const contexts = i32(model.scratch, I32.Contexts, TRIGRAM_BEAM * TRIGRAM_BEAM);

  const size0 = sizeAt(0);
  const first = f64(model.scratch, F64.First, size0);
  for (let k = 0; k < size0; k++) first[k] = ownAt(0, k) + cost(BOUNDARY_ID, BOUNDARY_ID, idAt(0, k), start[fullAt(0, k)] as number);
  if (n === 1) {
    let best = 0;
    let bestScore = Infinity;
    for (let k = 0; k < size0; k++) {
      const w = idAt(0, k);
      const s = (first[k] as number) + cost(BOUNDARY_ID, w, BOUNDARY_ID, end[fullAt(0, k)] as number);
      if (s < bestScore) {
        bestScore = s;
        best = k;
      }
    }
    return [fullAt(0, best)];
  }
  // Scores of the pair states (j at t-1, k at t), flat: pair block t starts at blocks[t]
  // (t ≥ 1), entry j * size(t) + k: the best cost of a path ending with them.
  const blocks = i32(model.scratch, I32.Blocks, n + 1);
  blocks[0] = 0;
  blocks[1] = 0;
  for (let t = 1; t < n; t++) blocks[t + 1] = (blocks[t] as number) + sizeAt(t - 1) * sizeAt(t);
  const cells = blocks[n] as number;
  const scratch = model.scratch;
  if (scratch.scores.length < cells) {
    scratch.scores = new Float64Array(2 * cells);
    scratch.back = new Int32Array(2 * cells);
  }
  const scores = scratch.scores;
  const back = scratch.back;
  for (let t = 1; t < n; t++) {
    const a = sizeAt(t - 1);
    const b = sizeAt(t);
    const step = stepIn[t] as Float64Array;
    const stepBase = stepAt[t] as number;
    const fullB = (positions[t] as LatticePosition).candidates.length;
    const here = blocks[t] as number;
    const before = t >= 2 ? (blocks[t - 1] as number) : 0;
    const c = t >= 2 ? sizeAt(t - 2) : 0;
    for (let i = 0; i < c; i++) for (let j = 0; j < a; j++) contexts[i * a + j] = trigram.contextSlot(idAt(t - 2, i), idAt(t - 1, j));
    for (let j = 0; j < a; j++) {
      const v = idAt(t - 1, j);
      const fj = fullAt(t - 1, j);
      for (let k = 0; k < b; k++) {
        const w = idAt(t, k);
        const bigramCost = step[stepBase + fj * fullB + fullAt(t, k)] as number;
        const own = ownAt(t, k);
        if (t === 1) {
          scores[here + j * b + k] = (first[j] as number) + own + cost(BOUNDARY_ID, v, w, bigramCost);
          continue;
        }
        let best = Infinity;
        let arg = 0;
        for (let i = 0; i < c; i++) {
          const s = (scores[before + i * a + j] as number) + costIn(contexts[i * a + j] as number, v, w, bigramCost);
          if (s < best) {
            best = s;
            arg = i;
          }
        }
        scores[here + j * b + k] = best + own;
        back[here + j * b + k] = arg;
      }
    }
  }
  // Close the segment with the boundary and trace back.
  const b = sizeAt(n - 1);
  const a = sizeAt(n - 2);
  const lastBlock = blocks[n - 1] as number;
  let bestJ = 0;
  let bestK = 0;
  let best = Infinity;
  for (let j = 0; j < a; j++) {
    const u = idAt(n - 2, j);
    for (let k = 0; k < b; k++) {
      const s = (scores[lastBlock + j * b + k] as number) + cost(u, idAt(n - 1, k), BOUNDARY_ID, end[fullAt(n - 1, k)] as number);
      if (s < best) {
        best = s;
        bestJ = j;
        bestK = k;
      }
    }
  }
  const path = new Array<number>(n);
  path[n - 1] = bestK;
  path[n - 2] = bestJ;
  for (let t = n - 1; t >= 2; t--) {
    const j = path[t - 1] ?? 0;
    const k = path[t] ?? 0;
    path[t - 2] = back[(blocks[t] as number) + j * sizeAt(t) + k] as number;
  }
  if (backwardWeight > 0) secondOpinion(path);
  for (let t = 0; t < n; t++) path[t] = fullAt(t, path[t] as number);
  return path;

  /**
   * The backward model's second opinion, one word at a time along the forward path: where another
   * kept reading of a word costs the forward model less than the gate more than the path's (given the
   * path's neighbours), the readings are compared again by forward and backward cost mixed.
   */
  function secondOpinion(at: number[]): void {
    const backward = model.backward();
    const id = (t: number): number => (t < 0 || t >= n ? BOUNDARY_ID : idAt(t, at[t] as number));
    const bigramTo = (t: number): number => {
      if (t === 0) return start[fullAt(0, at[0] as number)] as number;
      if (t === n) return end[fullAt(n - 1, at[n - 1] as number)] as number;
      return (stepIn[t] as Float64Array)[(stepAt[t] as number) + fullAt(t - 1, at[t - 1] as number) * (positions[t] as LatticePosition).candidates.length + fullAt(t, at[t] as number)] as number;
    };
    /** Forward cost of the word at s (the boundary at n) after its two predecessors. */
    const forwardAt = (s: number): number => cost(id(s - 2), id(s - 1), id(s), bigramTo(s));
    /** Backward −log P of the word at s (the boundary at -1) before its two successors. */
    const backwardAt = (s: number): number => -LM_WEIGHT * backward.logProb(id(s + 2), id(s + 1), id(s));
    /**
     * What the 4-gram counts add to the forward model's log-probabilities of the words whose context holds t,
     * per kept reading of t (into `out`), summed over the windows in which the corpus saw some reading's 4-gram.
     */
    const sharpenings = (fourgrams: FourgramCounts, t: number, size: number, capitalised: boolean, out: Float64Array): void => {
      const chosen = at[t] as number;
      for (let i = 0; i < size; i++) out[i] = 0;
      const window = f64(model.scratch, F64.Window, size);
      // Of a capitalised opener, no window holding what stood before its sentence (as for the backward model: `VT. Báo`).
      for (let s = Math.max(capitalised ? t + 3 : t, 2); s <= Math.min(n, t + 3); s++) {
        let seen = false;
        for (let i = 0; i < size; i++) {
          at[t] = i;
          const a = id(s - 3);
          const b = id(s - 2);
          const c = id(s - 1);
          const d = id(s);
          if (fourgrams.count(a, b, c, d) > 0) seen = true;
          window[i] = fourgrams.sharpening(a, b, c, d, model.trigram.logProb(b, c, d), model.fourgramPrior);
        }
        if (seen) for (let i = 0; i < size; i++) out[i] = (out[i] as number) + (window[i] as number);
      }
      at[t] = chosen;
    };
    /**
     * The disambiguator's log-probability of each kept reading of t (into `out`) from the skeletons around it;
     * false where its form is no confusion set. A reading outside the set (rare in the corpus) gets the least likely one's.
     */
    const disambiguated = (disambiguator: Disambiguator, t: number, size: number, out: Float64Array): boolean => {
      const skeletonOf = disambiguator.skeletonOf;
      const set = disambiguator.setIndex(skeletonOf[id(t)] as number);
      if (set < 0) return false;
      for (const side of [-1, 1]) {
        const into = side < 0 ? left : right;
        let past = false;
        for (let k = 1; k <= CONTEXT_WIDTH; k++) {
          const neighbour = id(t + side * k);
          past ||= neighbour === BOUNDARY_ID;
          into[k - 1] = skeletonOf[past ? BOUNDARY_ID : neighbour] as number;
        }
      }
      const classes = disambiguator.classesOf(set);
      const logProbs = f64(model.scratch, F64.Classes, classes.length);
      disambiguator.logProbs(set, left, right, logProbs);
      let least = 0;
      for (let c = 0; c < classes.length; c++) least = Math.min(least, logProbs[c] as number);
      for (let i = 0; i < size; i++) {
        const c = classes.indexOf(idAt(t, i));
        out[i] = c < 0 ? least : (logProbs[c] as number);
      }
      return true;
    };
    const left = new Uint32Array(CONTEXT_WIDTH);
    const right = new Uint32Array(CONTEXT_WIDTH);
    for (let t = 0; t < n; t++) {
      const size = sizeAt(t);
      // Not on the word before a capitalised one, nor on a capitalised word inside its sentence: the backward model
      // would read it from a name's or an organ's context, which the counts hold sparsely. A capitalised word that
      // opens its sentence before a word in small letters is asked (Hàng năm, Mọi người, Thu từ …).
      const opens = id(t - 1) === BOUNDARY_ID;
      const capitalised = (positions[t] as LatticePosition).capitalised;
      if (size < 2 || positions[t + 1]?.capitalised === true || (capitalised && !opens)) continue;
      const chosen = at[t] as number;
      const forwardCosts = f64(model.scratch, F64.Opinion, size);
      let closest = Infinity;
      for (let i = 0; i < size; i++) {
        at[t] = i;
        let f = ownAt(t, i);
        for (let s = t; s <= Math.min(n, t + 2); s++) f += forwardAt(s);
        forwardCosts[i] = f;
        if (i !== chosen && f < closest) closest = f;
      }
      at[t] = chosen;
      if (closest - (forwardCosts[chosen] as number) >= model.backwardGate) continue;
      let best = chosen;
      let bestScore = Infinity;
      const fourgrams = model.fourgramWeight > 0 ? model.fourgrams() : null;
      const sharpened = f64(model.scratch, F64.Sharpened, size);
      if (fourgrams) sharpenings(fourgrams, t, size, capitalised, sharpened);
      else sharpened.fill(0, 0, size);
      // Not on a capitalised word: the model reads skeletons without their case, and a capital opener is as often
      // a name or an organ of a list (`- Bao va PTTH` of the recipients: Báo, not the `bão và lũ` of running text).
      const disambiguator = model.disambiguatorWeight > 0 && !capitalised ? model.disambiguator() : null;
      const voice = f64(model.scratch, F64.Voice, size);
      if (!disambiguator || !disambiguated(disambiguator, t, size, voice)) voice.fill(0, 0, size);
      for (let i = 0; i < size; i++) {
        if ((forwardCosts[i] as number) - (forwardCosts[chosen] as number) >= model.backwardGate) continue;
        at[t] = i;
        let b = 0;
        // Of a capitalised opener, not the trigram of what stood before its sentence (P(u | boundary, word)): a
        // sentence's first word says little of the last one's, and a capital after a boundary is counted thinly
        // (`Lưu: VT.` then `Bao va lu`: `VT. Báo` of the recipients' lists would win).
        for (let s = Math.max(capitalised ? t - 1 : -1, t - 2); s <= t; s++) b += backwardAt(s);
        const own = ownAt(t, i);
        const score = own + (1 - backwardWeight) * ((forwardCosts[i] as number) - own) + backwardWeight * b - model.fourgramWeight * LM_WEIGHT * (sharpened[i] as number) - model.disambiguatorWeight * LM_WEIGHT * (voice[i] as number);
        if (score < bestScore) {
          bestScore = score;
          best = i;
        }
      }
      at[t] = best;
    }
  }
}
