// Trains the disambiguator of syllables sharing one ASCII skeleton (src/restore/disambiguator.ts) on the
// corpora's running text, over the vocabulary of tables built by scripts/build-dictionaries.ts:
//   npx tsx scripts/build-disambiguator.ts [--tables DIR] [--holdout] [--data DIR] [--dev-texts DIR]
// DIR defaults to dictionaries/; --holdout leaves the tuning slice out (with tables built with --holdout,
// for scripts/eval-restore.ts --heldout). The corpus pass takes minutes: --samples FILE keeps its sample of
// occurrences (read when FILE exists, else written), so other --min-feature-count N and --min-weight W can be
// compared on the held-out slice quickly. The same documents as the counts: every corpus document that
// copies a sample, a gold text or a dev-set text is left out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tokenizeLine } from '../src/restore/tokenize.js';
import { CLASS_TOKENS, UNKNOWN_ID } from '../src/restore/tables.js';
import { syllableKey } from '../src/restore/vietnamese.js';
import { BOUNDARY_HASH, classKey, contextFeatures, CONTEXT_WIDTH, DISAMBIGUATOR_FILE, encodeDisambiguator, FEATURES_PER_CONTEXT, skeletonHash, WEIGHT_SCALE, type ConfusionSet } from '../src/restore/disambiguator.js';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';
import { HOLDOUT_DOCUMENT } from './lib/score-restoration.js';
import { keptDocuments, knownAbbreviations, lineIds, type CorpusPass } from './lib/corpus.js';
import { flagValue, rawDataDir } from './lib/flags.js';

const tablesDir = resolve(flagValue('--tables') ?? DICTIONARIES_DIR);
const dataDir = rawDataDir();
const devTexts = resolve(flagValue('--dev-texts') ?? join(dataDir, '..', 'dev-plans', 'texts'));
const holdout = process.argv.includes('--holdout');

/** A reading joins its skeleton's set when it holds this share of the skeleton's corpus count … */
const MIN_CLASS_SHARE = 0.005;
/** … and a set is trained where its second reading holds this share and this weighted count. */
const MIN_SECOND_SHARE = 0.01;
const MIN_SECOND_COUNT = 100;
/** Occurrences kept per set (a uniform sample of the corpus' occurrences beyond it): the frequent sets are learnt from a sample. */
const MAX_EXAMPLES = 40_000;
/** A feature seen fewer times than this with its set is left out (one document's phrase). */
const MIN_FEATURE_COUNT = Number(flagValue('--min-feature-count') ?? 5);
/** Epochs of AdaGrad over each set's sample, its step and the L2 penalty per update. */
const EPOCHS = 3;
const STEP = 0.3;
const L2 = 1e-5;
/** Weights closer to 0 than this (each class's against the set's first reading's) are not stored. */
const MIN_WEIGHT = Number(flagValue('--min-weight') ?? 0.2);

/** A deterministic generator (mulberry32): the same tables from the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The confusion sets of the vocabulary: readings of one skeleton that the corpus writes often enough each. */
function confusionSets(words: readonly string[], counts: Float64Array): ConfusionSet[] {
  const bySkeleton = new Map<number, number[]>();
  for (let id = CLASS_TOKENS.length; id < words.length; id++) {
    const key = skeletonHash(words[id] as string);
    bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), id]);
  }
  const sets: ConfusionSet[] = [];
  for (const [skeleton, ids] of bySkeleton) {
    const total = ids.reduce((n, id) => n + (counts[id] as number), 0);
    const classes = ids.filter((id) => (counts[id] as number) >= MIN_CLASS_SHARE * total).sort((a, b) => (counts[b] as number) - (counts[a] as number));
    const second = counts[classes[1] ?? 0] as number;
    if (classes.length >= 2 && second >= MIN_SECOND_SHARE * total && second >= MIN_SECOND_COUNT) sets.push({ skeleton, classes });
  }
  return sets.sort((a, b) => a.skeleton - b.skeleton);
}

/** A set's sample of occurrences: per occurrence its class and the skeletons either side. */
class Sample {
  classes: number[] = [];
  contexts: number[] = [];
  seen = 0;
}

/** Per set, a uniform sample (reservoir) of up to MAX_EXAMPLES of the corpus' occurrences of its readings. */
function corpusSamples(words: readonly string[], sets: readonly ConfusionSet[]): Sample[] {
  const draw = random(9);
  const vocabulary = new Map(words.map((w, id) => [syllableKey(w), id] as const).filter(([, id]) => id >= CLASS_TOKENS.length));
  const skeletonOf = Uint32Array.from(words, skeletonHash);
  const setOf = new Map(sets.map((s, i) => [s.skeleton, i] as const));
  const classOf = new Int32Array(words.length).fill(-1);
  for (const s of sets) s.classes.forEach((id, c) => (classOf[id] = c));
  const samples = sets.map(() => new Sample());

  // The corpus' occurrences of each set's readings, sampled uniformly (reservoir) up to MAX_EXAMPLES.
  const abbreviations = knownAbbreviations(DICTIONARIES_DIR);
  const pass: CorpusPass = { excluded: [], mostShared: 0 };
  const context = new Array<number>(2 * CONTEXT_WIDTH);
  for (const { text } of keptDocuments(dataDir, devTexts, holdout ? HOLDOUT_DOCUMENT : null, pass)) {
    for (const line of text.split('\n')) {
      const ids = lineIds(tokenizeLine(line, abbreviations), (token) => vocabulary.get(syllableKey(token.text)) ?? UNKNOWN_ID);
      for (let t = 1; t < ids.length - 1; t++) {
        const id = ids[t] as number;
        const c = classOf[id] as number;
        if (c < 0) continue;
        const set = setOf.get(skeletonOf[id] as number) as number;
        for (const side of [-1, 1]) {
          let past = false;
          for (let k = 1; k <= CONTEXT_WIDTH; k++) {
            const neighbour = ids[t + side * k] ?? 0;
            past ||= neighbour === 0;
            context[(side < 0 ? 0 : CONTEXT_WIDTH) + k - 1] = past ? BOUNDARY_HASH : (skeletonOf[neighbour] as number);
          }
        }
        const sample = samples[set] as Sample;
        const n = sample.seen++;
        const at = n < MAX_EXAMPLES ? n : Math.floor(draw() * (n + 1));
        if (at >= MAX_EXAMPLES) continue;
        sample.classes[at] = c;
        for (let k = 0; k < 2 * CONTEXT_WIDTH; k++) sample.contexts[at * 2 * CONTEXT_WIDTH + k] = context[k] as number;
      }
    }
  }
  console.log(`data: ${dataDir}${holdout ? ' (tuning slice held out)' : ''}; left out: ${pass.excluded.length} documents that copy an evaluated text`);
  return samples;
}

/** The samples as uint32: per set its occurrences seen and kept, then the kept ones' classes and contexts. */
function writeSamples(file: string, samples: readonly Sample[]): void {
  const out = new Uint32Array(samples.reduce((n, s) => n + 2 + s.classes.length + s.contexts.length, 0));
  let at = 0;
  for (const s of samples) {
    out.set([s.seen, s.classes.length], at);
    out.set(s.classes, at + 2);
    out.set(s.contexts, at + 2 + s.classes.length);
    at += 2 + s.classes.length + s.contexts.length;
  }
  writeFileSync(file, out);
}

function readSamples(file: string): Sample[] {
  const bytes = readFileSync(file);
  const all = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const samples: Sample[] = [];
  for (let at = 0; at < all.length; ) {
    const sample = new Sample();
    sample.seen = all[at] as number;
    const n = all[at + 1] as number;
    sample.classes = [...all.subarray(at + 2, at + 2 + n)];
    sample.contexts = [...all.subarray(at + 2 + n, at + 2 + n + n * 2 * CONTEXT_WIDTH)];
    samples.push(sample);
    at += 2 + n + n * 2 * CONTEXT_WIDTH;
  }
  return samples;
}

function main(): void {
  const t0 = Date.now();
  const vocabLines = readFileSync(join(tablesDir, 'restore-vocab.tsv'), 'utf8').split('\n').filter(Boolean);
  const words = vocabLines.map((l) => l.slice(0, l.indexOf('\t')));
  const counts = Float64Array.from(vocabLines, (l) => Number(l.slice(l.indexOf('\t') + 1)));
  const sets = confusionSets(words, counts);
  const draw = random(11);
  const samplesFile = flagValue('--samples');
  const samples = samplesFile && existsSync(samplesFile) ? readSamples(samplesFile) : corpusSamples(words, sets);
  if (samplesFile && !existsSync(samplesFile)) writeSamples(samplesFile, samples);
  console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${sets.length} confusion sets, ${samples.reduce((n, s) => n + s.seen, 0)} occurrences`);

  const keys: number[] = [];
  const weights: number[] = [];
  const features = new Uint32Array(FEATURES_PER_CONTEXT);
  let trainRight = 0;
  let trainAll = 0;
  sets.forEach((set, s) => {
    const sample = samples[s] as Sample;
    const n = sample.classes.length;
    const size = set.classes.length;
    // Each occurrence's features, and the index of each feature seen MIN_FEATURE_COUNT times.
    const occurrenceFeatures = new Uint32Array(n * FEATURES_PER_CONTEXT);
    const seen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const ctx = sample.contexts.slice(i * 2 * CONTEXT_WIDTH, (i + 1) * 2 * CONTEXT_WIDTH);
      contextFeatures(set.skeleton, ctx.slice(0, CONTEXT_WIDTH), ctx.slice(CONTEXT_WIDTH), features);
      occurrenceFeatures.set(features, i * FEATURES_PER_CONTEXT);
      for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
    }
    const index = new Map<number, number>();
    for (const [f, count] of seen) if (count >= MIN_FEATURE_COUNT) index.set(f, index.size);
    const slots = new Int32Array(n * FEATURES_PER_CONTEXT).map((_, j) => index.get(occurrenceFeatures[j] as number) ?? -1);
    const w = new Float64Array(index.size * size);
    const g2 = new Float64Array(index.size * size).fill(1e-8);
    const p = new Float64Array(size);
    const order = Int32Array.from({ length: n }, (_, i) => i);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(draw() * (i + 1));
        const swap = order[i] as number;
        order[i] = order[j] as number;
        order[j] = swap;
      }
      for (const i of order) {
        const base = i * FEATURES_PER_CONTEXT;
        let most = -Infinity;
        for (let c = 0; c < size; c++) {
          let z = 0;
          for (let k = 0; k < FEATURES_PER_CONTEXT; k++) {
            const slot = slots[base + k] as number;
            if (slot >= 0) z += w[slot * size + c] as number;
          }
          p[c] = z;
          most = Math.max(most, z);
        }
        let sum = 0;
        for (let c = 0; c < size; c++) sum += p[c] = Math.exp((p[c] as number) - most);
        const truth = sample.classes[i] as number;
        if (epoch === EPOCHS - 1) {
          trainAll++;
          if ((p[truth] as number) / sum >= 0.5) trainRight++;
        }
        for (let c = 0; c < size; c++) {
          const gradient = (p[c] as number) / sum - (c === truth ? 1 : 0);
          for (let k = 0; k < FEATURES_PER_CONTEXT; k++) {
            const slot = slots[base + k] as number;
            if (slot < 0) continue;
            const at = slot * size + c;
            const g = gradient + L2 * (w[at] as number);
            g2[at] = (g2[at] as number) + g * g;
            w[at] = (w[at] as number) - (STEP * g) / Math.sqrt(g2[at] as number);
          }
        }
      }
    }
    // The softmax is the same with every class's weight less the first's: the first class's need not be stored.
    for (const [f, slot] of index) {
      for (let c = 1; c < size; c++) {
        const value = (w[slot * size + c] as number) - (w[slot * size] as number);
        if (Math.abs(value) < MIN_WEIGHT) continue;
        keys.push(classKey(f, c));
        weights.push(Math.max(-32767, Math.min(32767, Math.round(value * WEIGHT_SCALE))));
      }
    }
  });
  // Two weights whose 32-bit keys collide (a few in millions) are both left out: neither could be told apart.
  const sorted = Int32Array.from(keys, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number));
  const order = sorted.filter((i, j) => keys[i] !== keys[sorted[j - 1] ?? -1] && keys[i] !== keys[sorted[j + 1] ?? -1]);
  const sortedKeys = Uint32Array.from(order, (i) => keys[i] as number);
  const file = join(tablesDir, DISAMBIGUATOR_FILE);
  writeFileSync(file, gzipSync(encodeDisambiguator(sets, sortedKeys, Int16Array.from(order, (i) => weights[i] as number)), { level: 9 }));
  console.log(`${sets.length} sets, ${sortedKeys.length} weights (${keys.length - sortedKeys.length} left out as colliding; training sample ${((100 * trainRight) / Math.max(1, trainAll)).toFixed(2)} % right in the last epoch) written to ${file} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
