// Candidate syllables for an observed token. The inventory is indexed by its
// mark-free skeleton ("của" -> "cua") and by every skeleton with one letter
// deleted (SymSpell), so a token is looked up through a handful of skeletons it
// may stand for (ciia -> cua, s6 -> so) within one edit, never by a scan of
// the inventory. Candidates per distinct token are cached: documents repeat
// their words heavily.
import { encode, type Channel } from './channel.js';
import { stripLetter, stripMarks, syllableKey } from './vietnamese.js';

export interface Candidate {
  /** Language-model id. */
  id: number;
  /** Channel cost of the observed token given this syllable. */
  cost: number;
  /** A reading of a printed B or P as a capital Đ (keepBarredD), which only a capital letter can stand for. */
  barredD?: true;
}

/**
 * Most candidates kept per token, and how far behind the best one they may be (nats). OCR garble
 * ("ay" for ủy, "d&" for đỡ) has many cheap one-letter readings that pushed the syllable the context
 * wants out of a list of eight: ten for a channel that edits letters (eng-OCR of unseen pages
 * 96.96 -> 97.28 %, a few % more time); a stripped token's readings are its mark variants, twelve:
 * a rare syllable of a skeleton with many readings (dàng of "dễ dàng" among the twenty of dang) fell
 * behind eight likelier by count alone (held-out slice, stripped: 98.21 -> 98.28 %); sixteen once the
 * trigram pass keeps readings further behind (3,317 -> 3,303 errors of 200,820, both halves of the
 * slice fewer; twenty: 3,305).
 */
const MAX_CANDIDATES = 10;
const MAX_MARK_VARIANTS = 16;
/** How many of the likeliest Đ readings of a token printed with B or P keepBarredD keeps (ĐỘI is the fifth of BOI's). */
const READ_SKELETON_KEEP = 5;
const COST_BEAM = 5;
/** Weight of a syllable's log count when candidates are ranked for the cut. */
const PRIOR_WEIGHT = 0.3;
/** Skeletons tried per observed token, and those whose one-edit neighbourhood is searched too. */
const NARROW: Reach = { skeletons: 6, edited: 2 };
/**
 * A token none of whose readings comes cheaper than this (nats) is searched
 * again more widely: OCR garble two misread letters away from its syllable
 * (nude for nước, thude for thuốc, lye for lực) ranks that syllable's skeleton
 * behind the cheap one-letter readings of the narrow search.
 */
const WIDE_SEARCH_COST = 3;
const WIDE: Reach = { skeletons: 24, edited: 4 };

interface Reach {
  skeletons: number;
  edited: number;
}

export class CandidateIndex {
  /** Skeleton -> its group: the syllables written on it ("cua": của, cửa, cưa …). */
  private readonly bySkeleton = new Map<string, number>();
  /** Skeleton with one letter deleted -> the groups it comes from. */
  private readonly byDeletion = new Map<string, number[]>();
  private readonly groupMembers: number[][] = [];
  /** Each syllable id's group (−1 for the class tokens). */
  private readonly groupOfId: Int32Array;
  /**
   * The search's view of the groups, flat: the members of group g are memberIds[groupStarts[g] …
   * groupStarts[g + 1]), in groupMembers' order; member e's codes (as written, then in the key's
   * tone placement, empty where the same) are codes[codeStarts[2e] … codeStarts[2e + 1]) and
   * codes[codeStarts[2e + 1] … codeStarts[2e + 2]); group g's skeleton is
   * codes[skeletonStarts[g] … skeletonStarts[g + 1]). One array read in place, member after
   * member, where a typed array per syllable cost a cache miss on each one's header.
   */
  private readonly groupStarts: Int32Array;
  private readonly memberIds: Int32Array;
  private readonly codeStarts: Int32Array;
  private readonly skeletonStarts: Int32Array;
  private readonly codes: Int32Array;
  /**
   * Candidates by channel name, then by observed token, without and with the
   * channel's whole-token readings: a map per channel spares building a
   * compound key for every token looked up.
   */
  private readonly cache = new Map<string, { plain: Map<string, Candidate[]>; whole: Map<string, Candidate[]> }>();
  private readonly seen: Int32Array;
  private stamp = 0;
  /** Groups gathered for the token at hand. */
  private readonly groups: number[] = [];
  /** Highest log prior among each group's syllables. */
  private readonly groupPrior: Float32Array;
  private readonly topRanks = new Float64Array(MAX_CANDIDATES);
  /** The syllables scored for the token at hand and their costs, in order found (grown as needed, reused). */
  private scoredIds = new Int32Array(256);
  private scoredCosts = new Float64Array(256);
  /** The kept ones among them (indexes into scored) and their ranks, best first. */
  private readonly keptAt = new Int32Array(Math.max(MAX_CANDIDATES, MAX_MARK_VARIANTS));
  private readonly keptRanks = new Float64Array(Math.max(MAX_CANDIDATES, MAX_MARK_VARIANTS));
  /** Id of each syllable, by its key (syllableKey). */
  private readonly ids = new Map<string, number>();
  /** Each id's key (syllableKey) and lower-case mark-free skeleton, made once at load: the name model asks them of every candidate. */
  readonly keys: readonly string[];
  private readonly lowerSkeletons: string[];

  constructor(
    words: readonly string[],
    firstSyllableId: number,
    /** log of each id's count: breaks channel ties toward common syllables. */
    private readonly logPrior: Float32Array,
  ) {
    this.keys = words.map((w) => syllableKey(w));
    this.lowerSkeletons = words.map((w) => stripMarks(w).toLowerCase());
    // A page writes either tone placement (khỏe, khoẻ) and the OCR prints the page's ("khoé"): a syllable
    // printed in the other placement than its key's is costed in both.
    const otherPlacement = this.keys.map((key, id) => (id >= firstSyllableId && key !== words[id] ? key : ''));
    const skeletons: string[] = [];
    for (let id = firstSyllableId; id < words.length; id++) this.ids.set(this.keys[id] as string, id);
    for (let id = firstSyllableId; id < words.length; id++) {
      const skeleton = stripMarks(words[id] ?? '');
      let group = this.bySkeleton.get(skeleton);
      if (group === undefined) {
        group = this.groupMembers.length;
        this.bySkeleton.set(skeleton, group);
        this.groupMembers.push([]);
        skeletons.push(skeleton);
        for (const deleted of new Set(deletions(skeleton))) push(this.byDeletion, deleted, group);
      }
      (this.groupMembers[group] as number[]).push(id);
    }
    this.groupOfId = new Int32Array(words.length).fill(-1);
    this.groupMembers.forEach((list, g) => list.forEach((id) => (this.groupOfId[id] = g)));
    const members = this.groupMembers.flat();
    this.groupStarts = new Int32Array(this.groupMembers.length + 1);
    this.groupMembers.forEach((list, g) => (this.groupStarts[g + 1] = (this.groupStarts[g] as number) + list.length));
    this.memberIds = Int32Array.from(members);
    const pieces = [...members.flatMap((id) => [encode(words[id] ?? ''), encode(otherPlacement[id] ?? '')]), ...skeletons.map((skeleton) => encode(skeleton))];
    const starts = new Int32Array(pieces.length + 1);
    pieces.forEach((piece, i) => (starts[i + 1] = (starts[i] as number) + piece.length));
    this.codes = new Int32Array(starts[pieces.length] as number);
    pieces.forEach((piece, i) => this.codes.set(piece, starts[i] as number));
    this.codeStarts = starts.subarray(0, 2 * members.length + 1);
    this.skeletonStarts = starts.subarray(2 * members.length);
    this.seen = new Int32Array(this.groupMembers.length);
    this.groupPrior = Float32Array.from(this.groupMembers, (members) => Math.max(...members.map((id) => logPrior[id] ?? 0)));
  }

  /** The key (syllableKey) of an id's syllable. */
  keyOf(id: number): string {
    return this.keys[id] ?? '';
  }

  /** The lower-case mark-free skeleton of an id's syllable ("cua" for Của). */
  skeletonOf(id: number): string {
    return this.lowerSkeletons[id] ?? '';
  }

  /** True when some syllable has this mark-free skeleton ("thuc" for thục, thức, thực). */
  hasSkeleton(skeleton: string): boolean {
    return this.bySkeleton.has(skeleton);
  }

  /** The syllables written on the skeleton of `word` (itself included), or none. */
  variants(word: string): readonly number[] {
    const group = this.bySkeleton.get(stripMarks(word));
    return group === undefined ? [] : (this.groupMembers[group] as number[]);
  }

  clearCache(): void {
    this.cache.clear();
  }

  /**
   * Candidates for one lower-case observed token through one channel, cheapest
   * first; with the channel's whole-token readings (cling for cùng) unless
   * `wholeTokens` is false: on a line of right text a short token (pH, tr) is
   * the source's, not a misreading.
   */
  lookup(observed: string, channel: Channel, wholeTokens = true): Candidate[] {
    let caches = this.cache.get(channel.costs.name);
    if (caches === undefined) this.cache.set(channel.costs.name, (caches = { plain: new Map(), whole: new Map() }));
    let hit = caches.plain.get(observed);
    if (hit === undefined) {
      hit = this.generate(observed, channel);
      caches.plain.set(observed, hit);
    }
    if (!wholeTokens) return hit;
    let whole = caches.whole.get(observed);
    if (whole === undefined) {
      whole = this.withWordReadings(observed, channel, hit);
      caches.whole.set(observed, whole);
    }
    return whole;
  }

  private gather(group: number | undefined): void {
    if (group === undefined || this.seen[group] === this.stamp) return;
    this.seen[group] = this.stamp;
    this.groups.push(group);
  }

  private gatherAll(list: readonly number[] | undefined): void {
    if (list) for (const group of list) this.gather(group);
  }

  private generate(observed: string, channel: Channel): Candidate[] {
    let found = this.search(observed, channel, NARROW);
    if (channel.editsLetters && (found[0]?.cost ?? Infinity) > WIDE_SEARCH_COST) {
      const wide = this.search(observed, channel, WIDE);
      if ((wide[0]?.cost ?? Infinity) < (found[0]?.cost ?? Infinity)) found = wide;
    }
    return found;
  }

  /** The candidates with the channel's whole-token readings of `observed` (cling for cũng), each at the cheaper of its two costs. */
  private withWordReadings(observed: string, channel: Channel, found: Candidate[]): Candidate[] {
    const readings = channel.wordReadings.get(observed);
    if (!readings) return found;
    // A copy: the cached list without them stays as it was.
    const out = [...found];
    for (const [word, cost] of readings) {
      const id = this.ids.get(word);
      if (id === undefined) continue;
      const at = out.findIndex((c) => c.id === id);
      if (at < 0) out.push({ id, cost });
      else if (cost < (out[at] as Candidate).cost) out[at] = { id, cost };
    }
    return out;
  }

  private search(observed: string, channel: Channel, reach: Reach): Candidate[] {
    // A stamp per group marks the groups gathered for this token (cheaper than a Set).
    this.stamp++;
    this.groups.length = 0;
    const variants = this.skeletons(observed, channel, reach.skeletons);
    for (const skeleton of variants) this.gather(this.bySkeleton.get(skeleton));
    // One edit away, around the likeliest readings, for a channel that edits
    // letters at all: a letter added or dropped always; a letter changed (the
    // largest neighbourhood) only when the token has no reading as it stands.
    if (channel.editsLetters) {
      const readable = this.bySkeleton.has(variants[0] ?? '');
      for (let v = 0; v < variants.length && v < reach.edited; v++) {
        const skeleton = variants[v] as string;
        this.gatherAll(this.byDeletion.get(skeleton));
        for (const deleted of deletions(skeleton)) {
          this.gather(this.bySkeleton.get(deleted));
          if (skeleton.length >= 3 && !readable) this.gatherAll(this.byDeletion.get(deleted));
        }
      }
    }
    let scored = 0;
    const observedCodes = encode(observed);
    const pairs = channel.pairsOf(observed);
    // Exact-skeleton readings come first, so the best cost and the ranks of
    // the `most` best are known early and bound the rest: a syllable
    // whose cost would rank it behind them is given up mid-way, and a skeleton
    // whose lower bound is out of reach rules out all its syllables at once.
    const most = channel.editsLetters ? MAX_CANDIDATES : MAX_MARK_VARIANTS;
    const top = this.topRanks.fill(Infinity);
    let best = Infinity;
    for (const group of this.groups) {
      const first = this.groupStarts[group] as number;
      const last = this.groupStarts[group + 1] as number;
      const groupCut = Math.min(best + COST_BEAM, (top[most - 1] as number) + PRIOR_WEIGHT * (this.groupPrior[group] as number));
      const skeleton = this.skeletonStarts[group] as number;
      if (last - first > 1 && !Number.isFinite(channel.boundEncoded(observedCodes, pairs, this.codes, groupCut, skeleton, this.skeletonStarts[group + 1] as number))) continue;
      for (let e = first; e < last; e++) {
        const id = this.memberIds[e] as number;
        const prior = PRIOR_WEIGHT * (this.logPrior[id] as number);
        const cost = this.memberCost(e, channel, observedCodes, pairs, Math.min(best + COST_BEAM, (top[most - 1] as number) + prior));
        if (!Number.isFinite(cost)) continue;
        if (scored === this.scoredIds.length) this.growScored();
        this.scoredIds[scored] = id;
        this.scoredCosts[scored++] = cost;
        if (cost < best) best = cost;
        // Keep the `most` best ranks, sorted.
        const rank = cost - prior;
        let i = most - 1;
        if (rank < (top[i] as number)) {
          while (i > 0 && (top[i - 1] as number) > rank) {
            top[i] = top[i - 1] as number;
            i--;
          }
          top[i] = rank;
        }
      }
    }
    // Within the cost beam, the `most` best by rank (cost less the prior), in rank order (ties in order found).
    const limit = best + COST_BEAM;
    const { keptAt, keptRanks, scoredIds, scoredCosts } = this;
    let size = 0;
    for (let e = 0; e < scored; e++) {
      const cost = scoredCosts[e] as number;
      if (cost > limit) continue;
      const rank = cost - PRIOR_WEIGHT * (this.logPrior[scoredIds[e] as number] as number);
      if (size === most && rank >= (keptRanks[most - 1] as number)) continue;
      let at = size;
      while (at > 0 && (keptRanks[at - 1] as number) > rank) at--;
      // Insert at `at`, the last one falling off a full list.
      for (let i = size < most ? size : most - 1; i > at; i--) {
        keptAt[i] = keptAt[i - 1] as number;
        keptRanks[i] = keptRanks[i - 1] as number;
      }
      keptAt[at] = e;
      keptRanks[at] = rank;
      if (size < most) size++;
    }
    const kept = new Array<Candidate>(size);
    for (let i = 0; i < size; i++) kept[i] = { id: scoredIds[keptAt[i] as number] as number, cost: scoredCosts[keptAt[i] as number] as number };
    if (channel.editsLetters) this.keepBarredD(kept, observed, variants[0], channel, observedCodes, pairs, limit);
    return kept;
  }

  /**
   * A capital Đ printed B or P (BOI for ĐỘI, BE AN for ĐỀ ÁN, CHỦ BÈ for CHỦ ĐỀ): the marked readings of
   * the printed letter's skeleton (bởi bồi bối bội bơi …, each one lost mark away) fill the list, leaving
   * the Đ's commonest (đối, để) but not the next (đội, đề). The READ_SKELETON_KEEP likeliest syllables of
   * the token's skeleton with its first letter read as đ are kept beside the list.
   */
  private keepBarredD(kept: Candidate[], observed: string, first: string | undefined, channel: Channel, observedCodes: Int32Array, pairs: Int32Array, limit: number): void {
    if (first === undefined || !/^[bp]/.test(observed) || !/^[bp]/.test(first)) return;
    const group = this.bySkeleton.get(`d${first.slice(1)}`);
    if (group === undefined) return;
    const present = new Set<number>();
    for (const c of kept) present.add(c.id);
    // Scored again without the search's cut, which gave up the members ranked behind the list.
    const members: Candidate[] = [];
    for (let e = this.groupStarts[group] as number; e < (this.groupStarts[group + 1] as number); e++) {
      const cost = this.memberCost(e, channel, observedCodes, pairs, limit);
      if (cost <= limit) members.push({ id: this.memberIds[e] as number, cost });
    }
    const rank = (c: Candidate): number => c.cost - PRIOR_WEIGHT * (this.logPrior[c.id] as number);
    members.sort((x, y) => rank(x) - rank(y));
    for (const c of members.slice(0, READ_SKELETON_KEEP)) if (!present.has(c.id)) kept.push({ ...c, barredD: true });
  }

  /** The channel cost of group member e (an index into memberIds) for the observed codes: the cheaper of its two tone placements, Infinity past `cut`. */
  private memberCost(e: number, channel: Channel, observedCodes: Int32Array, pairs: Int32Array, cut: number): number {
    const codes = this.codes;
    const printedFrom = this.codeStarts[2 * e] as number;
    const otherFrom = this.codeStarts[2 * e + 1] as number;
    const otherTo = this.codeStarts[2 * e + 2] as number;
    const printed = channel.costEncoded(observedCodes, pairs, codes, cut, printedFrom, otherFrom);
    return otherTo > otherFrom ? Math.min(printed, channel.costEncoded(observedCodes, pairs, codes, Math.min(cut, printed), otherFrom, otherTo)) : printed;
  }

  private growScored(): void {
    const ids = new Int32Array(2 * this.scoredIds.length);
    const costs = new Float64Array(2 * this.scoredCosts.length);
    ids.set(this.scoredIds);
    costs.set(this.scoredCosts);
    this.scoredIds = ids;
    this.scoredCosts = costs;
  }

  /**
   * Skeletons the token may stand for: each observed character (or pair) read as
   * itself or as a base letter the channel maps it to, cheapest first.
   */
  private skeletons(observed: string, channel: Channel, limit: number): string[] {
    if (channel.readings.size === 0) return plainSkeleton(observed);
    const chars = [...observed];
    const at: Reading[][] = [[{ text: '', cost: 0 }]];
    for (let i = 1; i <= chars.length; i++) {
      // The `limit` cheapest distinct readings of the first i characters, cheapest first (ties in order of making).
      const next: Reading[] = [];
      const one = chars[i - 1] ?? '';
      const before = at[i - 1] as Reading[];
      const plain = stripLetter(one);
      if (plain >= 'a' && plain <= 'z') offerAll(next, before, plain, 0, limit);
      const readings = channel.readings.get(plain);
      if (readings) for (const [base, cost] of readings) offerAll(next, before, base, cost, limit);
      if (i > 1) {
        const pairReadings = channel.readings.get(chars[i - 2] + one);
        if (pairReadings) for (const [base, cost] of pairReadings) offerAll(next, at[i - 2] as Reading[], base, cost, limit);
      }
      at.push(next);
    }
    const out: string[] = [];
    for (const s of at[chars.length] as Reading[]) if (s.text) out.push(s.text);
    return out;
  }
}

/** The skeletons of a channel that reads no character as another letter (stripped text): the token's own letters, if all are letters. */
function plainSkeleton(observed: string): string[] {
  let text = '';
  for (const one of observed) {
    const plain = stripLetter(one);
    if (!(plain >= 'a' && plain <= 'z')) return [];
    text += plain;
  }
  return text ? [text] : [];
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  // Skeletons whose deletions coincide ("ngh" minus one letter) add one group once.
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function deletions(skeleton: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < skeleton.length; i++) out.push(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return out;
}

interface Reading {
  text: string;
  cost: number;
}

/**
 * Offers each reading of `before` (sorted by cost) followed by `letter` at `cost` more, in order.
 * Once a full list turns one away for its cost, it turns away the rest (dearer still, and a
 * turned-away reading changes nothing): their texts are never made.
 */
function offerAll(list: Reading[], before: readonly Reading[], letter: string, cost: number, limit: number): void {
  for (const s of before) {
    if (list.length === limit && s.cost + cost >= (list[limit - 1] as Reading).cost) return;
    offer(list, s.text + letter, s.cost + cost, limit);
  }
}

/**
 * Offers one reading to a list kept sorted by cost (a later one after an equal
 * one), distinct by text (the cheaper reading of a text wins) and at most
 * `limit` long: the result of sorting every reading and keeping the
 * first of each text, without making them all. Entries are moved by hand, not
 * spliced: the lists are a few entries long and this runs for every character
 * of every token searched.
 */
function offer(list: Reading[], text: string, cost: number, limit: number): void {
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Reading;
    if (item.text !== text) continue;
    if (item.cost <= cost) return;
    for (let j = i + 1; j < list.length; j++) list[j - 1] = list[j] as Reading;
    list.pop();
    break;
  }
  if (list.length === limit && cost >= (list[limit - 1] as Reading).cost) return;
  let at = list.length;
  while (at > 0 && (list[at - 1] as Reading).cost > cost) at--;
  const reading = { text, cost };
  list.push(reading);
  for (let j = list.length - 1; j > at; j--) list[j] = list[j - 1] as Reading;
  list[at] = reading;
  if (list.length > limit) list.pop();
}
