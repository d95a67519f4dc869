// A discriminative disambiguator of the syllables that share one ASCII skeleton (chi / chỉ / chí, hang /
// hàng / hằng, nhung / nhưng / những, the / thể / thẻ), after Golding & Roth: per confusion set, a
// multinomial logistic regression over the context (the skeletons of up to three words either side, the
// neighbour pair, the two-word collocations), trained by scripts/build-disambiguator.ts on the corpora's
// running text. Its context is the skeletons, not the decoder's readings: in text that lost its marks they
// are what was read, right or wrong as the neighbours' readings may be. The n-gram models count what they
// saw; this model weighs which context words tell the readings apart, where the counts are thin.
import { FITTED_TABLES, readGzippedTable } from '../dictionaries.js';
import { stripMarks } from './vietnamese.js';

export const DISAMBIGUATOR_FILE = FITTED_TABLES.disambiguator;
/** 'VNDC'. */
const DISAMBIGUATOR_MAGIC = 0x564e4443;
/** Words of context either side; the context stops at a boundary (punctuation, a line's end) as the decoder's segment does. */
export const CONTEXT_WIDTH = 3;
/** Weights are stored as int16 in units of 1 / WEIGHT_SCALE. */
export const WEIGHT_SCALE = 1024;
/** The features of one occurrence: a bias, six positions, five word groups (see contextFeatures). */
export const FEATURES_PER_CONTEXT = 12;

/** 32-bit FNV-1a of a string. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Murmur3's finaliser of h mixed with v: a well-spread 32-bit key of an ordered pair. */
function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0xcc9e2d51);
  x = Math.imul((x << 15) | (x >>> 17), 0x1b873593) ^ (x >>> 13);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The key of a word's ASCII skeleton (`Chỉ`, `chi`, `CHÍ` alike); a class token (<s>, <num> …) is its own. */
export function skeletonHash(word: string): number {
  return fnv(word.startsWith('<') ? word : stripMarks(word).toLowerCase().replace(/đ/gu, 'd'));
}

export const BOUNDARY_HASH = skeletonHash('<s>');

/**
 * Writes into `out` the feature keys of an occurrence of confusion set `set` (its skeleton's hash) between
 * `left` and `right` (skeleton hashes, nearest first, CONTEXT_WIDTH each, BOUNDARY_HASH past a boundary).
 */
export function contextFeatures(set: number, left: ArrayLike<number>, right: ArrayLike<number>, out: Uint32Array): void {
  const l1 = left[0] as number;
  const l2 = left[1] as number;
  const l3 = left[2] as number;
  const r1 = right[0] as number;
  const r2 = right[1] as number;
  const r3 = right[2] as number;
  const f = (template: number): number => mix(set, template);
  out[0] = f(0);
  out[1] = mix(f(1), l1);
  out[2] = mix(f(2), r1);
  out[3] = mix(f(3), l2);
  out[4] = mix(f(4), r2);
  out[5] = mix(f(5), l3);
  out[6] = mix(f(6), r3);
  out[7] = mix(mix(f(7), l1), r1);
  out[8] = mix(mix(f(8), l2), l1);
  out[9] = mix(mix(f(9), r1), r2);
  out[10] = mix(mix(mix(f(10), l2), l1), r1);
  out[11] = mix(mix(mix(f(11), l1), r1), r2);
}

/** The stored key of a feature's weight for class `index` of its set. */
export function classKey(feature: number, index: number): number {
  return mix(feature, 0x9e3779b1 + index);
}

/** One confusion set: its skeleton's hash and its readings (ids of the language model's vocabulary). */
export interface ConfusionSet {
  skeleton: number;
  classes: readonly number[];
}

/** Header (magic, sets, classes, weights: uint32), then the sets' skeletons and class offsets, the weights' keys (uint32, sorted), the classes (uint16), the weights (int16). */
export function encodeDisambiguator(sets: readonly ConfusionSet[], keys: Uint32Array, weights: Int16Array): Buffer {
  const offsets = new Uint32Array(sets.length + 1);
  sets.forEach((s, i) => (offsets[i + 1] = (offsets[i] as number) + s.classes.length));
  const classes = Uint16Array.from(sets.flatMap((s) => s.classes));
  const header = Uint32Array.of(DISAMBIGUATOR_MAGIC, sets.length, classes.length, keys.length);
  const skeletons = Uint32Array.from(sets, (s) => s.skeleton);
  return Buffer.concat([header, skeletons, offsets, keys, classes, weights].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}

export class Disambiguator {
  /** Per id of the vocabulary, its skeleton's hash. */
  readonly skeletonOf: Uint32Array;
  private readonly setOf = new Map<number, number>();
  private readonly features = new Uint32Array(FEATURES_PER_CONTEXT);

  private constructor(
    words: readonly string[],
    private readonly offsets: Uint32Array,
    private readonly classes: Uint16Array,
    private readonly keys: Uint32Array,
    private readonly weights: Int16Array,
    skeletons: Uint32Array,
  ) {
    this.skeletonOf = Uint32Array.from(words, skeletonHash);
    skeletons.forEach((s, i) => this.setOf.set(s, i));
  }

  /** The model of table `name` of `dir` (from `unpacked` where it holds it, see readGzippedTable) over the vocabulary `words`. */
  static read(dir: string, words: readonly string[], name: string = DISAMBIGUATOR_FILE, unpacked?: string): Disambiguator {
    return readGzippedTable(name, dir, (buffer) => {
      const [magic, nSets = 0, nClasses = 0, nKeys = 0] = buffer.byteLength < 16 ? [] : new Uint32Array(buffer, 0, 4);
      const classesAt = 16 + 4 * (2 * nSets + 1 + nKeys);
      if (magic !== DISAMBIGUATOR_MAGIC || buffer.byteLength !== classesAt + 2 * (nClasses + nKeys)) throw new Error('not a disambiguator of this version');
      return new Disambiguator(
        words,
        new Uint32Array(buffer, 16 + 4 * nSets, nSets + 1),
        new Uint16Array(buffer, classesAt, nClasses),
        new Uint32Array(buffer, 16 + 4 * (2 * nSets + 1), nKeys),
        new Int16Array(buffer, classesAt + 2 * nClasses, nKeys),
        new Uint32Array(buffer, 16, nSets),
      );
    }, unpacked);
  }

  /** The index of the confusion set of `skeleton`, or -1 where the form has none. */
  setIndex(skeleton: number): number {
    return this.setOf.get(skeleton) ?? -1;
  }

  /** The readings of set `index` (vocabulary ids). */
  classesOf(index: number): Uint16Array {
    return this.classes.subarray(this.offsets[index] as number, this.offsets[index + 1] as number);
  }

  private weight(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] as number;
      if (k === key) return (this.weights[mid] as number) / WEIGHT_SCALE;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The log-probability of each reading of set `index` (into `out`, in classesOf's order) between `left` and `right` (skeleton hashes, as contextFeatures takes them). */
  logProbs(index: number, left: ArrayLike<number>, right: ArrayLike<number>, out: Float64Array): void {
    const size = (this.offsets[index + 1] as number) - (this.offsets[index] as number);
    contextFeatures(this.skeletons(index), left, right, this.features);
    let most = -Infinity;
    for (let c = 0; c < size; c++) {
      let z = 0;
      for (const f of this.features) z += this.weight(classKey(f, c));
      out[c] = z;
      if (z > most) most = z;
    }
    let sum = 0;
    for (let c = 0; c < size; c++) sum += Math.exp((out[c] as number) - most);
    const norm = most + Math.log(sum);
    for (let c = 0; c < size; c++) out[c] = (out[c] as number) - norm;
  }

  private skeletons(index: number): number {
    return this.skeletonOf[this.classes[this.offsets[index] as number] as number] as number;
  }
}
