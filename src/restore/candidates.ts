// Candidate syllables for an observed token. The inventory is indexed by its
// mark-free skeleton ("của" -> "cua") and by every skeleton with one letter
// deleted (SymSpell), so a token is looked up through a handful of skeletons it
// may stand for (ciia -> cua, s6 -> so) within one edit, never by a scan of
// the inventory. Candidates per distinct token are cached: documents repeat
// their words heavily.
import { encode, type Channel } from './channel.js';
import { stripMarks } from './vietnamese.js';

export interface Candidate {
  /** Language-model id. */
  id: number;
  /** Channel cost of the observed token given this syllable. */
  cost: number;
}

/** Most candidates kept per token, and how far behind the best one they may be (nats). */
const MAX_CANDIDATES = 8;
const COST_BEAM = 5;
/** Weight of a syllable's log count when candidates are ranked for the cut. */
const PRIOR_WEIGHT = 0.3;
/** Skeletons tried per observed token. */
const MAX_SKELETONS = 6;
/** Skeletons whose one-edit neighbourhood is searched too. */
const EDITED_SKELETONS = 2;

export class CandidateIndex {
  private readonly bySkeleton = new Map<string, number[]>();
  private readonly byDeletion = new Map<string, number[]>();
  private readonly cache = new Map<string, Candidate[]>();
  /** Each syllable's characters as channel codes. */
  private readonly encoded: Int32Array[];
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(
    words: readonly string[],
    firstSyllableId: number,
    /** log of each id's count: breaks channel ties toward common syllables. */
    private readonly logPrior: Float32Array,
  ) {
    this.encoded = words.map((w) => encode(w));
    this.seen = new Int32Array(words.length);
    for (let id = firstSyllableId; id < words.length; id++) {
      const skeleton = stripMarks(words[id] ?? '');
      push(this.bySkeleton, skeleton, id);
      for (const deleted of deletions(skeleton)) push(this.byDeletion, deleted, id);
    }
  }

  /** True when some syllable has this mark-free skeleton ("thuc" for thục, thức, thực). */
  hasSkeleton(skeleton: string): boolean {
    return this.bySkeleton.has(skeleton);
  }

  clearCache(): void {
    this.cache.clear();
  }

  /** Candidates for one lower-case observed token through one channel, cheapest first. */
  lookup(observed: string, channel: Channel): Candidate[] {
    const key = `${channel.costs.name}\u0000${observed}`;
    let hit = this.cache.get(key);
    if (hit === undefined) {
      hit = this.generate(observed, channel);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private generate(observed: string, channel: Channel): Candidate[] {
    // A stamp per id marks the ids gathered for this token (cheaper than a Set).
    this.stamp++;
    const ids: number[] = [];
    const gather = (list: readonly number[] | undefined): void => {
      if (!list) return;
      for (const id of list) {
        if (this.seen[id] === this.stamp) continue;
        this.seen[id] = this.stamp;
        ids.push(id);
      }
    };
    const variants = this.skeletons(observed, channel);
    for (const skeleton of variants) gather(this.bySkeleton.get(skeleton));
    // One edit away, around the likeliest readings, for a channel that edits
    // letters at all: a letter added or dropped always; a letter changed (the
    // largest neighbourhood) only when the token has no reading as it stands.
    if (channel.editsLetters) {
      const readable = this.bySkeleton.has(variants[0] ?? '');
      for (const skeleton of variants.slice(0, EDITED_SKELETONS)) {
        gather(this.byDeletion.get(skeleton));
        for (const deleted of deletions(skeleton)) {
          gather(this.bySkeleton.get(deleted));
          if (skeleton.length >= 3 && !readable) gather(this.byDeletion.get(deleted));
        }
      }
    }
    const scored: Candidate[] = [];
    const observedCodes = encode(observed);
    const pairs = channel.pairsOf(observed);
    // Exact-skeleton readings come first in `ids`, so the best cost is known early and bounds the rest.
    let best = Infinity;
    for (const id of ids) {
      const cost = channel.costEncoded(observedCodes, pairs, this.encoded[id] as Int32Array, best + COST_BEAM);
      if (!Number.isFinite(cost)) continue;
      scored.push({ id, cost });
      if (cost < best) best = cost;
    }
    const rank = (c: Candidate): number => c.cost - PRIOR_WEIGHT * (this.logPrior[c.id] ?? 0);
    scored.sort((a, b) => rank(a) - rank(b));
    return scored.filter((c, i) => i < MAX_CANDIDATES && c.cost <= best + COST_BEAM);
  }

  /**
   * Skeletons the token may stand for: each observed character (or pair) read as
   * itself or as a base letter the channel maps it to, cheapest first.
   */
  private skeletons(observed: string, channel: Channel): string[] {
    const chars = [...observed];
    let beam: { text: string; cost: number }[] = [{ text: '', cost: 0 }];
    const at: { text: string; cost: number }[][] = [beam];
    for (let i = 1; i <= chars.length; i++) {
      const next: { text: string; cost: number }[] = [];
      const one = chars[i - 1] ?? '';
      const extend = (from: { text: string; cost: number }[], reading: string, cost: number): void => {
        for (const s of from) next.push({ text: s.text + reading, cost: s.cost + cost });
      };
      const plain = stripMarks(one);
      if (/[a-z]/.test(plain)) extend(at[i - 1] ?? [], plain, 0);
      for (const [base, cost] of channel.readings.get(plain) ?? []) extend(at[i - 1] ?? [], base, cost);
      if (i > 1) {
        for (const [base, cost] of channel.readings.get(`${chars[i - 2]}${one}`) ?? []) extend(at[i - 2] ?? [], base, cost);
      }
      next.sort((a, b) => a.cost - b.cost);
      beam = dedupe(next).slice(0, MAX_SKELETONS);
      at.push(beam);
    }
    return beam.map((s) => s.text).filter(Boolean);
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function deletions(skeleton: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < skeleton.length; i++) out.push(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return out;
}

function dedupe<T extends { text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.text) && seen.add(item.text));
}
