// Words glued together in text that lost its marks: a heading in capitals
// whose spaces were lost with its marks (BANHANH, PHAPLUAT, KEHOACH). A token
// in capitals that is no syllable is cut
// into syllables of the inventory where the language model has seen every
// pair of neighbours in some reading (ban hành, pháp luật): an English word, a
// code or a name outside the inventory (ONLINE, OCOP, Hanoi's neighbours) cuts
// into no such chain and stays as written.
import type { CandidateIndex } from './candidates.js';
import type { BigramModel } from './lm.js';
import { BOUNDARY_ID } from './tables.js';

/** Letters of the shortest piece: one-letter syllables (a, ở, ý) would cut nearly any word into some chain. */
const MIN_PIECE = 2;
/** Letters of the longest Vietnamese syllable (nghiêng, khuỷu: 7). */
const MAX_PIECE = 7;
/**
 * The least and most letters of a token worth cutting: no run of a whole line, and more than two
 * short syllables, which loanwords the corpus spells apart also make (pano pa nô, logo lô gô, taxi,
 * tivi, gala); a glued pair of the genre is longer (kehoach, xahoi, congtac).
 */
const MIN_GLUED = 5;
const MAX_GLUED = 8 * MAX_PIECE;

/** The best cut up to a piece's end for one reading of that piece: its log-probability, where the piece starts and the reading before it. */
interface CutState {
  score: number;
  from: number;
  previous: number;
}

export interface GluedModel {
  candidates: CandidateIndex;
  lm: BigramModel;
}

/**
 * Where to cut a lower-case mark-free skeleton of letters ("banhanh") into
 * syllables: the offsets of the pieces' ends (the last is the length), or null
 * when no cut into two or more syllables chains pairs the model has seen. The
 * cut and its readings are chosen together, by the bigram model from boundary
 * to boundary: "phathanh" is phát hành, not pha thanh.
 */
export function cutGlued(skeleton: string, model: GluedModel): number[] | null {
  const n = skeleton.length;
  if (n < MIN_GLUED || n > MAX_GLUED || !/^[a-z]+$/.test(skeleton)) return null;
  const { candidates, lm } = model;
  // best[end] holds, per reading id of the piece ending at `end`, the best log-probability of a cut up to it.
  const best: Map<number, CutState>[] = Array.from({ length: n + 1 }, () => new Map());
  best[0]?.set(BOUNDARY_ID, { score: 0, from: -1, previous: -1 });
  for (let start = 0; start < n; start++) {
    const before = best[start] as Map<number, CutState>;
    if (before.size === 0) continue;
    for (let end = start + MIN_PIECE; end <= Math.min(n, start + MAX_PIECE); end++) {
      const readings = candidates.variants(skeleton.slice(start, end));
      if (readings.length === 0) continue;
      const after = best[end] as Map<number, CutState>;
      for (const w of readings) {
        for (const [v, state] of before) {
          const score = state.score + lm.logProb(v, w);
          const held = after.get(w);
          if (!held || score > held.score) after.set(w, { score, from: start, previous: v });
        }
      }
    }
  }
  let last = -1;
  let top = -Infinity;
  for (const [w, state] of best[n] as Map<number, CutState>) {
    const score = state.score + lm.logProb(w, BOUNDARY_ID);
    if (score > top) {
      top = score;
      last = w;
    }
  }
  if (last < 0) return null;
  // Trace the pieces back; every pair of neighbours must be one the counts hold.
  const ends: number[] = [];
  let end = n;
  let w = last;
  while (end > 0) {
    const state = (best[end] as Map<number, CutState>).get(w);
    if (!state) return null;
    ends.unshift(end);
    if (state.from > 0 && !lm.seen(state.previous, w)) return null;
    end = state.from;
    w = state.previous;
  }
  return ends.length >= 2 ? ends : null;
}
