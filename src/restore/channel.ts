// OCR channel model: the cost (a negative log-likelihood, in nats) of reading the
// observed token when the page said a given syllable. An OCR without a Vietnamese
// model keeps most base letters, loses or garbles marks (ố -> é/6, ư -> w/ir,
// Đ -> P/D/B, ủ -> ii), and sometimes drops or splits letters. ASCII-stripped
// text is the same channel with every mark dropped.
//
// Costs of letter confusions come from dictionaries/restore-channel.json when it
// exists (re-weighted from synthetic OCR pairs by scripts/make-channel-pairs.ts),
// and from the prior table below otherwise.
import { codePoints, stripMarks } from './vietnamese.js';

export interface ChannelRule {
  /** What the OCR printed (lower case, one or two characters). */
  observed: string;
  /**
   * The page's letter: a bare ASCII letter stands for the whole family
   * (o: o ó ô ố ơ ớ …), a letter with hat, horn or breve for itself in any tone.
   */
  intended: string;
  cost: number;
}

export interface ChannelCosts {
  /** Names the channel in caches and logs. */
  name: string;
  rules: ChannelRule[];
  /** A mark of the page lost (ố read as o): cheap, marks are what this channel drops. */
  markDropped: number;
  /** A marked letter read with a different mark (ố read as é-like ó). */
  markMisread: number;
  /** The OCR printed a mark where the page had a bare letter. */
  markSpurious: number;
  /**
   * Learned costs of one accented character read for one toneless letter of the
   * same base ("é" for ê is likelier than "é" for e), keyed `observed \0 letter`;
   * `markMisread` covers the rest.
   */
  markReadings?: Record<string, number>;
  /**
   * Whole tokens the OCR prints for a syllable, learned from the pairs where
   * letter costs explain them badly (cling for cũng, duwgc for được): observed
   * token (lower case) -> [syllable, cost = −log share of that syllable's
   * readings] pairs. The letter model prices them at two or three edits, out
   * of the candidate search's reach.
   */
  words?: Record<string, [string, number][]>;
  substitute: number;
  /** A letter the OCR added. */
  insert: number;
  /** A letter of the page the OCR dropped. */
  drop: number;
}

/** Prior confusions, from the way Tesseract's `eng` model reads Vietnamese and vie.unicharambigs. */
export const PRIOR_CHANNEL: ChannelCosts = {
  name: 'ocr',
  rules: [
    { observed: '6', intended: 'o', cost: 0.4 },
    { observed: '0', intended: 'o', cost: 1.2 },
    { observed: '1', intended: 'l', cost: 0.6 },
    { observed: '1', intended: 'i', cost: 1.2 },
    { observed: '3', intended: 'a', cost: 1.5 },
    { observed: '4', intended: 'a', cost: 1.5 },
    { observed: 'w', intended: 'ư', cost: 0.5 },
    { observed: 'w', intended: 'u', cost: 1.5 },
    { observed: 'ir', intended: 'ư', cost: 0.5 },
    { observed: 'it', intended: 'ư', cost: 1.2 },
    { observed: 'ii', intended: 'u', cost: 0.5 },
    { observed: 'ti', intended: 'u', cost: 1.2 },
    { observed: 'ri', intended: 'ư', cost: 1.5 },
    // ư with its tone printed as i or t and an f for the horn and mark: Căn cif / ctf (cứ), thifc (thức), nif (nữ).
    { observed: 'if', intended: 'ư', cost: 0.8 },
    { observed: 'tf', intended: 'ư', cost: 1.2 },
    { observed: 't', intended: 'u', cost: 1.8 },
    { observed: 'y', intended: 'u', cost: 1.2 },
    { observed: 'j', intended: 'i', cost: 0.8 },
    { observed: 'l', intended: 'i', cost: 1.2 },
    { observed: 'i', intended: 'l', cost: 1.5 },
    { observed: 'p', intended: 'đ', cost: 0.8 },
    { observed: 'b', intended: 'đ', cost: 1.5 },
    { observed: 'q', intended: 'g', cost: 1.2 },
    { observed: 'd', intended: 'â', cost: 1.2 },
    { observed: 'd', intended: 'ô', cost: 1.8 },
    { observed: 'd', intended: 'ơ', cost: 1.8 },
    { observed: 'i', intended: 'ă', cost: 1.5 },
    { observed: 'i', intended: 'a', cost: 2.0 },
    { observed: 'a', intended: 'ơ', cost: 1.5 },
    { observed: 'a', intended: 'ô', cost: 2.0 },
    { observed: 'o', intended: 'ơ', cost: 0 },
    { observed: 'e', intended: 'c', cost: 1.5 },
    { observed: 'c', intended: 'e', cost: 1.8 },
    { observed: 'e', intended: 'o', cost: 1.8 },
    { observed: 'o', intended: 'e', cost: 2.0 },
    { observed: 'rn', intended: 'm', cost: 1.0 },
    { observed: 'cl', intended: 'd', cost: 1.2 },
    { observed: 'li', intended: 'h', cost: 1.5 },
    { observed: '¢', intended: 'e', cost: 1.0 },
    { observed: '€', intended: 'ê', cost: 0.8 },
    { observed: '¥', intended: 'y', cost: 1.0 },
    { observed: '&', intended: 'e', cost: 2.0 },
    { observed: '&', intended: 'a', cost: 1.0 },
    // & stands for a letter with a hook or a tilde it cannot print: ở, ỡ as well as ả, ã.
    { observed: '&', intended: 'o', cost: 1.5 },
  ],
  markDropped: 0.15,
  markMisread: 0.35,
  markSpurious: 1.5,
  // Whole tokens `eng` prints for a word of the genre's set phrases (tổ chức, chào mừng, khen thưởng, lần thứ,
  // thời gian) two or more letters off, so the letter costs leave them out of the candidates: read on the
  // outside sets' eng-OCR pages (each in two sets or more), and the learned table's reading wins where it has one.
  words: {
    chive: [['chức', 0.7]],
    clia: [['của', 1.0]],
    dui: [['dưới', 1.5]],
    mig: [['mừng', 1.0]],
    // In capitals ỚI prints OT: NÔNG THÔN MOT, ĐỔI MOT (mới); dear, một is likelier (TOT for tới is left: tốt is too).
    mot: [['mới', 2.0]],
    thd: [['thứ', 1.0]],
    thot: [['thời', 1.5]],
    thuwdng: [['thưởng', 0.7], ['thường', 1.5]],
    'thuwéng': [['thưởng', 0.7]],
  },
  substitute: 4.5,
  insert: 2.4,
  drop: 2.4,
};

/**
 * Text stripped to ASCII: every mark dropped, letters kept. Reading a mark as
 * lost costs nothing; a changed letter is all but ruled out.
 */
export const STRIPPED_CHANNEL: ChannelCosts = {
  name: 'stripped',
  rules: [],
  markDropped: 0,
  markMisread: 1.5,
  markSpurious: 4,
  substitute: 9,
  insert: 9,
  drop: 9,
};

/** The letter without its tone (ố -> ô, ư stays ư, đ stays đ). */
export function toneless(letter: string): string {
  return letter.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
}

// The decompositions above normalise Unicode: cached per character for the inner loops.
const baseMemo = new Map<string, string>();
const tonelessMemo = new Map<string, string>();

function baseOf(letter: string): string {
  let base = baseMemo.get(letter);
  if (base === undefined) baseMemo.set(letter, (base = stripMarks(letter)));
  return base;
}

function tonelessOf(letter: string): string {
  let bare = tonelessMemo.get(letter);
  if (bare === undefined) tonelessMemo.set(letter, (bare = toneless(letter)));
  return bare;
}

// Characters as small integer codes, shared by every channel, so the edit
// distance reads letter costs from a matrix instead of building string keys.
const MAX_CODES = 512;
/** Every character past the table shares the last code (priced as a substitution). */
const OTHER_CODE = MAX_CODES - 1;
const charCodes = new Map<string, number>();
const codeChars: string[] = [];

function charCode(ch: string): number {
  let code = charCodes.get(ch);
  if (code === undefined) {
    code = codeChars.length < OTHER_CODE ? codeChars.length : OTHER_CODE;
    if (code !== OTHER_CODE) codeChars.push(ch);
    charCodes.set(ch, code);
  }
  return code;
}

/** charCode by UTF-16 unit for characters of the Basic Multilingual Plane, −1 until first met: no string per character. */
const unitCodes = new Int32Array(0x10000).fill(-1);

/** The characters of a text as codes (one per code point). */
export function encode(text: string): Int32Array {
  if (SURROGATE.test(text)) return Int32Array.from(text, charCode);
  const out = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let code = unitCodes[unit] as number;
    if (code < 0) unitCodes[unit] = code = charCode(text.charAt(i));
    out[i] = code;
  }
  return out;
}

const SURROGATE = /[\ud800-\udfff]/;

/** One step of the cheapest way from the syllable to the observed token. */
export interface ChannelStep {
  /** Observed characters consumed ('' when the OCR dropped a letter). */
  observed: string;
  /** Letter of the syllable consumed ('' when the OCR added a character). */
  intended: string;
}

/**
 * A prepared channel: rules indexed for the edit-distance recurrence below.
 * `cost(observed, intended)` is a weighted Levenshtein with 2:1 rules (ii -> ủ).
 */
export class Channel {
  private readonly single = new Map<string, number>();
  private readonly pairs = new Map<string, number>();
  private readonly letterMemo = new Map<string, number>();
  private readonly pairMemo = new Map<string, number | undefined>();
  /** letterCost by codes, NaN until first asked. */
  private readonly letterMatrix = new Float32Array(MAX_CODES * MAX_CODES).fill(NaN);
  /** Observed pairs the rules know ("ii", "ir"), by index, and their costs by intended code. */
  private readonly pairIndex = new Map<string, number>();
  private readonly pairMatrix: Float32Array;
  /**
   * Lower bounds by bare base letter: the cheapest cost of an observed
   * character (or pair) read for any letter of that base ("e" for e é ê ế …).
   * A skeleton scored with them bounds every syllable written on it.
   */
  private readonly boundMatrix = new Float32Array(MAX_CODES * MAX_CODES).fill(NaN);
  private readonly pairBoundMatrix: Float32Array;
  private readonly families = new Map<number, number[]>();
  /** Observed pair of each pair index. */
  private readonly pairNames: string[] = [];
  private readonly insertCost: number;
  private readonly dropCost: number;
  private buffer = new Float64Array(64);
  /** Observed characters (and pairs) that can stand for each bare base letter, with the cheapest cost. */
  readonly readings = new Map<string, Map<string, number>>();

  /** False for a channel that only drops marks (stripped text): no edited skeletons to search. */
  readonly editsLetters: boolean;
  /**
   * costs.words as a map: asked for every token searched, and most are not in it, where a missing
   * key of an object is looked up along its prototypes (and "constructor" would be found there).
   */
  readonly wordReadings: ReadonlyMap<string, readonly [string, number][]>;

  constructor(readonly costs: ChannelCosts = PRIOR_CHANNEL) {
    this.editsLetters = costs.substitute < 6;
    this.wordReadings = new Map(Object.entries(costs.words ?? {}));
    this.insertCost = costs.insert;
    this.dropCost = costs.drop;
    for (const rule of costs.rules) {
      const key = `${rule.observed}\u0000${rule.intended}`;
      (rule.observed.length === 1 ? this.single : this.pairs).set(key, rule.cost);
      this.addReading(rule.observed, stripMarks(rule.intended), rule.cost);
      if (rule.observed.length === 2 && !this.pairIndex.has(rule.observed)) {
        this.pairIndex.set(rule.observed, this.pairIndex.size);
        this.pairNames.push(rule.observed);
      }
    }
    // A cross-base mark reading (é for á) lets the skeleton search read the bare letter (e) as that base (a) too.
    for (const [key, cost] of Object.entries(costs.markReadings ?? {})) {
      const [observed = '', letter = ''] = key.split('\u0000');
      if (baseOf(observed) !== baseOf(letter)) this.addReading(baseOf(observed), baseOf(letter), cost);
    }
    this.pairMatrix = new Float32Array(Math.max(1, this.pairIndex.size) * MAX_CODES).fill(NaN);
    this.pairBoundMatrix = new Float32Array(this.pairMatrix.length).fill(NaN);
  }

  private addReading(observed: string, base: string, cost: number): void {
    const byObserved = this.readings.get(observed) ?? new Map<string, number>();
    byObserved.set(base, Math.min(byObserved.get(base) ?? Infinity, cost));
    this.readings.set(observed, byObserved);
  }

  /** For each observed position i ≥ 1, the index of the pair (i-1, i) among the rules' pairs, or -1. */
  pairsOf(observed: string): Int32Array {
    // A channel without two-character rules (stripped text) has no pair anywhere.
    if (this.pairIndex.size === 0) return new Int32Array(codePoints(observed)).fill(-1);
    const chars = [...observed];
    return Int32Array.from(chars, (_, i) => (i === 0 ? -1 : (this.pairIndex.get(`${chars[i - 1]}${chars[i]}`) ?? -1)));
  }

  /** Fills one cell of the letter matrix (cells start NaN: filled on first use, per pair of characters). */
  private fillLetter(o: number, c: number): number {
    // the matrix is the memo here: a cell is filled once, so letterCost's string-keyed memo would only grow
    const cost = o === OTHER_CODE || c === OTHER_CODE ? this.costs.substitute : this.computeLetterCost(codeChars[o] ?? '', codeChars[c] ?? '');
    this.letterMatrix[o * MAX_CODES + c] = cost;
    return cost;
  }

  private fillPair(pair: number, c: number): number {
    const observed = this.pairNames[pair] ?? '';
    const cost = c === OTHER_CODE ? Infinity : (this.pairCost(observed, codeChars[c] ?? '') ?? Infinity);
    this.pairMatrix[pair * MAX_CODES + c] = cost;
    return cost;
  }

  /**
   * Gives every observed character of `observed` its code and fixes the letter families of the bare
   * base letters as they stand once those codes are given (call it once the vocabulary is encoded):
   * what a cost depends on is then settled at load. The costs themselves are filled when first asked
   * (a cell of the matrices is computed from the two characters and the rules alone): a text asks a
   * fraction of the ~50 k cells of the two channels, and computing them all was a third of building a restorer.
   */
  prepare(observed: Iterable<string>): void {
    for (const ch of observed) {
      if (charCode(ch) === OTHER_CODE) continue;
      for (const base of 'abcdefghijklmnopqrstuvwxyz') this.family(charCode(base));
    }
  }

  /** Codes of the letters whose bare base letter has this code (ố, ồ, ô, ó, o … for o), as known when first asked. */
  private family(base: number): readonly number[] {
    let members = this.families.get(base);
    if (!members) {
      const letter = codeChars[base] ?? '';
      members = [];
      for (let c = 0; c < codeChars.length; c++) if (baseOf(codeChars[c] ?? '') === letter) members.push(c);
      this.families.set(base, members);
    }
    return members;
  }

  /** Lower bound of the letter cost over the family of a bare base letter (its code). */
  private fillBound(o: number, base: number): number {
    let cost = Infinity;
    for (const c of this.family(base)) {
      let own = this.letterMatrix[o * MAX_CODES + c] as number;
      if (own !== own) own = this.fillLetter(o, c);
      if (own < cost) cost = own;
    }
    if (base === OTHER_CODE || o === OTHER_CODE) cost = this.costs.substitute;
    this.boundMatrix[o * MAX_CODES + base] = cost;
    return cost;
  }

  private fillPairBound(pair: number, base: number): number {
    let cost = Infinity;
    for (const c of this.family(base)) {
      let own = this.pairMatrix[pair * MAX_CODES + c] as number;
      if (own !== own) own = this.fillPair(pair, c);
      if (own < cost) cost = own;
    }
    this.pairBoundMatrix[pair * MAX_CODES + base] = cost;
    return cost;
  }

  /**
   * The weighted edit distance on codes: `observed` and `intended` from
   * `encode`, `pairs` from `pairsOf(observed)`. The hot path of candidate
   * scoring: typed arrays and locals only, and it gives up (Infinity) as soon
   * as a whole row costs more than `cutoff` (costs never fall along a path),
   * or the total does. The syllable is intended[from … to): the candidate index
   * packs every syllable's codes in one array, read in place.
   */
  costEncoded(observed: Int32Array, pairs: Int32Array, intended: Int32Array, cutoff = Infinity, from = 0, to = intended.length): number {
    return this.distance(observed, pairs, intended, from, to, cutoff, false);
  }

  /**
   * A lower bound of `costEncoded` for every syllable whose mark-free skeleton
   * is `skeleton` (encoded, skeleton[from … to)): Infinity when none of them can be within `cutoff`.
   */
  boundEncoded(observed: Int32Array, pairs: Int32Array, skeleton: Int32Array, cutoff = Infinity, from = 0, to = skeleton.length): number {
    return this.distance(observed, pairs, skeleton, from, to, cutoff, true);
  }

  private distance(observed: Int32Array, pairs: Int32Array, intended: Int32Array, from: number, to: number, cutoff: number, bound: boolean): number {
    const n = observed.length;
    const m = to - from;
    const width = m + 1;
    if (this.buffer.length < (n + 1) * width) this.buffer = new Float64Array((n + 1) * width * 2);
    const d = this.buffer;
    const letters = bound ? this.boundMatrix : this.letterMatrix;
    const pairCosts = bound ? this.pairBoundMatrix : this.pairMatrix;
    const insert = this.insertCost;
    const drop = this.dropCost;
    d[0] = 0;
    for (let j = 1; j <= m; j++) d[j] = (d[j - 1] as number) + drop;
    for (let i = 1; i <= n; i++) {
      const row = i * width;
      const up = row - width;
      const o = observed[i - 1] as number;
      const letterRow = o * MAX_CODES;
      const pair = i > 1 ? (pairs[i - 1] as number) : -1;
      let left = (d[up] as number) + insert;
      d[row] = left;
      let rowBest = left;
      for (let j = 1; j <= m; j++) {
        const c = intended[from + j - 1] as number;
        let best = (d[up + j] as number) + insert;
        const dropped = left + drop;
        if (dropped < best) best = dropped;
        let letter = letters[letterRow + c] as number;
        if (letter !== letter) letter = bound ? this.fillBound(o, c) : this.fillLetter(o, c);
        const sub = (d[up + j - 1] as number) + letter;
        if (sub < best) best = sub;
        if (pair >= 0) {
          let merged = pairCosts[pair * MAX_CODES + c] as number;
          if (merged !== merged) merged = bound ? this.fillPairBound(pair, c) : this.fillPair(pair, c);
          merged += d[up - width + j - 1] as number;
          if (merged < best) best = merged;
        }
        d[row + j] = best;
        left = best;
        if (best < rowBest) rowBest = best;
      }
      if (rowBest > cutoff) return Infinity;
    }
    const total = d[n * width + m] as number;
    return total > cutoff ? Infinity : total;
  }

  /** Cost of one observed character read for one letter of the syllable. */
  letterCost(observed: string, intended: string): number {
    const key = `${observed}\u0000${intended}`;
    let cost = this.letterMemo.get(key);
    if (cost === undefined) {
      cost = this.computeLetterCost(observed, intended);
      this.letterMemo.set(key, cost);
    }
    return cost;
  }

  private computeLetterCost(observed: string, intended: string): number {
    if (observed === intended) return 0;
    const observedBase = baseOf(observed);
    const intendedBase = baseOf(intended);
    // A digit or accented letter says the page had some mark here.
    const digit = /\d/.test(observed);
    const observedMarked = observedBase !== observed || digit;
    const intendedMarked = intendedBase !== intended;
    let letter = 0;
    if (observedBase !== intendedBase) {
      // An accented character the pairs showed standing for a marked letter of another base (é for á).
      const read = observedMarked && !digit && intendedMarked ? this.costs.markReadings?.[`${observed}\u0000${tonelessOf(intended)}`] : undefined;
      const rule = this.ruleCost(observedBase, intended);
      if (rule === undefined) return read ?? this.costs.substitute;
      if (read !== undefined) return Math.min(read, rule + this.costs.markMisread);
      letter = rule;
    }
    if (!intendedMarked) return letter + (observedMarked && !digit ? this.costs.markSpurious : 0);
    if (!observedMarked) return letter + this.costs.markDropped;
    if (digit) return letter;
    return letter + (this.costs.markReadings?.[`${observed}\u0000${tonelessOf(intended)}`] ?? this.costs.markMisread);
  }

  private ruleCost(observed: string, intended: string): number | undefined {
    const table = observed.length === 1 ? this.single : this.pairs;
    const exact = table.get(`${observed}\u0000${tonelessOf(intended)}`);
    const family = table.get(`${observed}\u0000${baseOf(intended)}`);
    if (exact === undefined) return family;
    return family === undefined ? exact : Math.min(exact, family);
  }

  private pairCost(observed: string, intended: string): number | undefined {
    const key = `${observed}\u0000${intended}`;
    if (this.pairMemo.has(key)) return this.pairMemo.get(key);
    const rule = this.ruleCost(observed, intended);
    const cost = rule === undefined ? undefined : rule + (baseOf(intended) !== intended ? this.costs.markDropped : 0);
    this.pairMemo.set(key, cost);
    return cost;
  }

  /** Weighted edit distance from the syllable (lower case) to what the OCR printed (lower case). */
  cost(observed: string, intended: string): number {
    const { table, width, o, c } = this.table(observed, intended);
    return table[o.length * width + c.length] ?? Infinity;
  }

  /** The steps of the cheapest edit path (for learning the channel from aligned pairs). */
  align(observed: string, intended: string): ChannelStep[] {
    const { table, width, o, c } = this.table(observed, intended);
    const steps: ChannelStep[] = [];
    let i = o.length;
    let j = c.length;
    const at = (a: number, b: number): number => table[a * width + b] ?? Infinity;
    const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
    while (i > 0 || j > 0) {
      const here = at(i, j);
      const oi = o[i - 1] ?? '';
      const cj = c[j - 1] ?? '';
      if (i > 0 && j > 0 && near(here, at(i - 1, j - 1) + this.letterCost(oi, cj))) {
        steps.push({ observed: oi, intended: cj });
        i--;
        j--;
      } else if (i > 1 && j > 0 && near(here, at(i - 2, j - 1) + (this.pairCost(`${o[i - 2]}${oi}`, cj) ?? Infinity))) {
        steps.push({ observed: `${o[i - 2]}${oi}`, intended: cj });
        i -= 2;
        j--;
      } else if (i > 0 && near(here, at(i - 1, j) + this.costs.insert)) {
        steps.push({ observed: oi, intended: '' });
        i--;
      } else {
        steps.push({ observed: '', intended: cj });
        j--;
      }
    }
    return steps.reverse();
  }

  private table(observed: string, intended: string): { table: Float64Array; width: number; o: string[]; c: string[] } {
    const o = [...observed];
    const c = [...intended];
    const width = c.length + 1;
    const d = new Float64Array((o.length + 1) * width).fill(Infinity);
    d[0] = 0;
    for (let i = 0; i <= o.length; i++) {
      for (let j = 0; j <= c.length; j++) {
        const here = i * width + j;
        let best = d[here] ?? Infinity;
        if (i > 0) best = Math.min(best, (d[here - width] ?? Infinity) + this.costs.insert);
        if (j > 0) best = Math.min(best, (d[here - 1] ?? Infinity) + this.costs.drop);
        if (i > 0 && j > 0) best = Math.min(best, (d[here - width - 1] ?? Infinity) + this.letterCost(o[i - 1] ?? '', c[j - 1] ?? ''));
        if (i > 1 && j > 0 && this.readings.has(`${o[i - 2]}${o[i - 1]}`)) {
          const pair = this.pairCost(`${o[i - 2]}${o[i - 1]}`, c[j - 1] ?? '');
          if (pair !== undefined) best = Math.min(best, (d[here - 2 * width - 1] ?? Infinity) + pair);
        }
        d[here] = best;
      }
    }
    return { table: d, width, o, c };
  }
}
