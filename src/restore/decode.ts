// Decoding of one segment (the syllables between two punctuation marks), cost =
// channel + LM_WEIGHT · (−log P). Two passes: a bigram Viterbi forward and
// backward gives each candidate its best full-path cost (the softmax of those
// is the confidence of a choice) and prunes the lattice to a few candidates per
// position; a trigram Viterbi over pairs of candidates then picks the path.
import type { Candidate } from './candidates.js';
import type { BigramModel, TrigramModel } from './lm.js';
import { BOUNDARY_ID } from './tables.js';

export interface LatticePosition {
  candidates: readonly Candidate[];
  /** The observed token was capitalised: place names ("Lục Ba") get their bonus. */
  capitalised: boolean;
}

export interface DecodeModel {
  lm: BigramModel;
  trigram: TrigramModel;
  namePairs: ReadonlySet<number>;
  transitions: TransitionCache;
}

/**
 * Bigram cost matrices between two lattice columns, kept per pair of columns:
 * columns are cached per distinct observed token, and a document repeats its
 * word pairs ("xây dựng", "nông thôn") many times.
 */
export class TransitionCache {
  private readonly plain = new Map<readonly Candidate[], Map<readonly Candidate[], Float64Array>>();
  private readonly named = new Map<readonly Candidate[], Map<readonly Candidate[], Float64Array>>();

  get(prev: LatticePosition, here: LatticePosition, model: DecodeModel): Float64Array {
    const names = prev.capitalised && here.capitalised;
    const byPrev = names ? this.named : this.plain;
    let row = byPrev.get(prev.candidates);
    if (!row) byPrev.set(prev.candidates, (row = new Map()));
    let matrix = row.get(here.candidates);
    if (!matrix) row.set(here.candidates, (matrix = transitions(prev, here, names, model)));
    return matrix;
  }

  clear(): void {
    this.plain.clear();
    this.named.clear();
  }
}

export interface Choice {
  index: number;
  confidence: number;
}

const LM_WEIGHT = 1.0;
/** Nats taken off a bigram of an administrative-unit name between two capitalised tokens. */
const NAME_BONUS = 3.0;
/** Candidates per position kept for the trigram pass, and how far (nats) behind the best one they may be. */
const TRIGRAM_BEAM = 4;
const TRIGRAM_MARGIN = 5;

function transition(model: DecodeModel, prev: number, prevCapital: boolean, cur: number, curCapital: boolean): number {
  let cost = -LM_WEIGHT * model.lm.logProb(prev, cur);
  if (prevCapital && curCapital && model.namePairs.has(prev * 65536 + cur)) cost -= NAME_BONUS;
  return cost;
}

export function decodeSegment(positions: readonly LatticePosition[], model: DecodeModel): Choice[] {
  if (positions.length === 0) return [];
  const marginals = bigramMarginals(positions, model);
  const kept = marginals.map(bestCandidates);
  const path = trigramPath(positions, kept, model);
  return path.map((k, t) => ({ index: k, confidence: confidence(marginals[t] as Float64Array, k) }));
}

/** The (at most TRIGRAM_BEAM) candidates within TRIGRAM_MARGIN of the best max-marginal, best first. */
function bestCandidates(totals: Float64Array): number[] {
  if (totals.length === 1) return [0];
  const order = Array.from(totals.keys()).sort((a, b) => (totals[a] as number) - (totals[b] as number));
  const limit = (totals[order[0] as number] as number) + TRIGRAM_MARGIN;
  const out: number[] = [];
  for (const k of order) {
    if (out.length === TRIGRAM_BEAM || (totals[k] as number) > limit) break;
    out.push(k);
  }
  return out;
}

/** Bigram costs between the candidates of positions t-1 and t (row = previous), one lookup each. */
function transitions(prev: LatticePosition, here: LatticePosition, names: boolean, model: DecodeModel): Float64Array {
  const a = prev.candidates.length;
  const b = here.candidates.length;
  const out = new Float64Array(a * b);
  for (let j = 0; j < a; j++) {
    const v = (prev.candidates[j] as Candidate).id;
    for (let k = 0; k < b; k++) {
      const w = (here.candidates[k] as Candidate).id;
      let cost = -LM_WEIGHT * model.lm.logProb(v, w);
      if (names && model.namePairs.has(v * 65536 + w)) cost -= NAME_BONUS;
      out[j * b + k] = cost;
    }
  }
  return out;
}

/** Best full-path cost (bigram) through each candidate of each position. */
function bigramMarginals(positions: readonly LatticePosition[], model: DecodeModel): Float64Array[] {
  const n = positions.length;
  // Forward scores of all positions in one buffer: offsets[t] is where position t starts.
  const offsets = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) offsets[t + 1] = (offsets[t] as number) + (positions[t] as LatticePosition).candidates.length;
  const forward = new Float64Array(offsets[n] as number);
  const steps: Float64Array[] = new Array<Float64Array>(n);

  const first = positions[0] as LatticePosition;
  for (let k = 0; k < first.candidates.length; k++) {
    const c = first.candidates[k] as Candidate;
    forward[k] = c.cost + transition(model, BOUNDARY_ID, false, c.id, first.capitalised);
  }
  for (let t = 1; t < n; t++) {
    const here = (positions[t] as LatticePosition).candidates;
    const step = model.transitions.get(positions[t - 1] as LatticePosition, positions[t] as LatticePosition, model);
    steps[t] = step;
    const from = offsets[t - 1] as number;
    const to = offsets[t] as number;
    const b = here.length;
    for (let k = 0; k < b; k++) {
      let best = Infinity;
      for (let j = 0; j < to - from; j++) {
        const s = (forward[from + j] as number) + (step[j * b + k] as number);
        if (s < best) best = s;
      }
      forward[to + k] = best + (here[k] as Candidate).cost;
    }
  }

  // Backward: best cost from each candidate to the end; totals = forward + backward.
  const totals: Float64Array[] = new Array<Float64Array>(n);
  const last = positions[n - 1] as LatticePosition;
  let after = new Float64Array(last.candidates.length);
  for (let k = 0; k < after.length; k++) after[k] = transition(model, (last.candidates[k] as Candidate).id, last.capitalised, BOUNDARY_ID, false);
  for (let t = n - 1; t >= 0; t--) {
    const from = offsets[t] as number;
    const total = forward.slice(from, offsets[t + 1] as number);
    for (let k = 0; k < total.length; k++) total[k] = (total[k] as number) + (after[k] as number);
    totals[t] = total;
    if (t === 0) break;
    const here = (positions[t] as LatticePosition).candidates;
    const step = steps[t] as Float64Array;
    const a = (positions[t - 1] as LatticePosition).candidates.length;
    const b = here.length;
    const before = new Float64Array(a);
    for (let j = 0; j < a; j++) {
      let best = Infinity;
      for (let k = 0; k < b; k++) {
        const s = (step[j * b + k] as number) + (here[k] as Candidate).cost + (after[k] as number);
        if (s < best) best = s;
      }
      before[j] = best;
    }
    after = before;
  }
  return totals;
}

/** Trigram Viterbi over the pruned lattice; states are (previous, current) candidate pairs. */
function trigramPath(positions: readonly LatticePosition[], kept: readonly number[][], model: DecodeModel): number[] {
  const n = positions.length;
  const ids = kept.map((list, t) => Int32Array.from(list, (k) => ((positions[t] as LatticePosition).candidates[k] as Candidate).id));
  const own = kept.map((list, t) => Float64Array.from(list, (k) => ((positions[t] as LatticePosition).candidates[k] as Candidate).cost));
  const capital = positions.map((p) => p.capitalised);
  /** Cost of w at position t after u, v (BOUNDARY_ID outside the segment). */
  const step = (t: number, u: number, v: number, w: number): number => {
    let cost = -LM_WEIGHT * model.trigram.logProb(u, v, w);
    if (t > 0 && t < n && capital[t - 1] === true && capital[t] === true && model.namePairs.has(v * 65536 + w)) cost -= NAME_BONUS;
    return cost;
  };

  const ids0 = ids[0] as Int32Array;
  const first = Float64Array.from(ids0, (w, k) => ((own[0] as Float64Array)[k] as number) + step(0, BOUNDARY_ID, BOUNDARY_ID, w));
  if (n === 1) {
    let best = 0;
    let bestScore = Infinity;
    for (let k = 0; k < ids0.length; k++) {
      const s = (first[k] as number) + step(1, BOUNDARY_ID, ids0[k] as number, BOUNDARY_ID);
      if (s < bestScore) {
        bestScore = s;
        best = k;
      }
    }
    return [(kept[0] as number[])[best] ?? 0];
  }
  // scores[t - 1][j * size(t) + k]: best cost of a path ending with kept candidate j at t-1 and k at t.
  const scores: Float64Array[] = [];
  const back: Int32Array[] = [];
  for (let t = 1; t < n; t++) {
    const prevIds = ids[t - 1] as Int32Array;
    const hereIds = ids[t] as Int32Array;
    const hereOwn = own[t] as Float64Array;
    const a = prevIds.length;
    const b = hereIds.length;
    const here = new Float64Array(a * b);
    const from = new Int32Array(a * b);
    for (let j = 0; j < a; j++) {
      const v = prevIds[j] as number;
      for (let k = 0; k < b; k++) {
        const w = hereIds[k] as number;
        if (t === 1) {
          here[j * b + k] = (first[j] as number) + (hereOwn[k] as number) + step(t, BOUNDARY_ID, v, w);
          continue;
        }
        const before = ids[t - 2] as Int32Array;
        const prevScores = scores[t - 2] as Float64Array;
        let best = Infinity;
        let arg = 0;
        for (let i = 0; i < before.length; i++) {
          const s = (prevScores[i * a + j] as number) + step(t, before[i] as number, v, w);
          if (s < best) {
            best = s;
            arg = i;
          }
        }
        here[j * b + k] = best + (hereOwn[k] as number);
        from[j * b + k] = arg;
      }
    }
    scores.push(here);
    back.push(from);
  }
  // Close the segment with the boundary and trace back.
  const lastIds = ids[n - 1] as Int32Array;
  const beforeIds = ids[n - 2] as Int32Array;
  const b = lastIds.length;
  const last = scores[n - 2] as Float64Array;
  let bestJ = 0;
  let bestK = 0;
  let best = Infinity;
  for (let j = 0; j < beforeIds.length; j++) {
    for (let k = 0; k < b; k++) {
      const s = (last[j * b + k] as number) + step(n, beforeIds[j] as number, lastIds[k] as number, BOUNDARY_ID);
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
    path[t - 2] = (back[t - 1] as Int32Array)[j * (ids[t] as Int32Array).length + k] ?? 0;
  }
  return path.map((i, t) => (kept[t] as number[])[i] ?? 0);
}

/** Softmax of the negated max-marginal costs, read at the chosen candidate. */
function confidence(totals: Float64Array, chosen: number): number {
  const own = totals[chosen] ?? Infinity;
  let sum = 0;
  for (const total of totals) sum += Math.exp(own - total);
  return sum > 0 && Number.isFinite(sum) ? 1 / sum : 0;
}
