import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BOUNDARY_HASH, classKey, contextFeatures, CONTEXT_WIDTH, Disambiguator, encodeDisambiguator, FEATURES_PER_CONTEXT, skeletonHash, WEIGHT_SCALE } from '../../src/restore/disambiguator.js';
import { loadRestorer } from '../../src/restore/index.js';
import { syllableKey } from '../../src/restore/vietnamese.js';

const { model, vocabulary } = loadRestorer();
const disambiguator = model.disambiguator();
if (!disambiguator) throw new Error('the committed tables have no disambiguator (npx tsx scripts/build-disambiguator.ts)');

/** The reading the model prefers for the middle word of `before` WORD `after` (stripped text, as the decoder sees it). */
function preferred(before: string, word: string, after: string): string {
  const hashes = (text: string): number[] => text.split(' ').filter(Boolean).map(skeletonHash);
  const side = (words: number[]): number[] => Array.from({ length: CONTEXT_WIDTH }, (_, k) => words[k] ?? BOUNDARY_HASH);
  const set = disambiguator!.setIndex(skeletonHash(word));
  if (set < 0) throw new Error(`${word} is no confusion set`);
  const classes = disambiguator!.classesOf(set);
  const logProbs = new Float64Array(classes.length);
  disambiguator!.logProbs(set, side(hashes(before).reverse()), side(hashes(after)), logProbs);
  const best = logProbs.indexOf(Math.max(...logProbs));
  const words = [...vocabulary].filter(([, id]) => id === classes[best]).map(([w]) => w);
  return words[0] ?? '';
}

describe('disambiguator of syllables sharing a skeleton', () => {
  it('knows the frequent confusion sets of stripped text and their readings', () => {
    for (const [form, readings] of [
      ['chi', ['chỉ', 'chi', 'chí']],
      ['nhung', ['những', 'nhưng']],
      ['the', ['thể', 'thế']],
    ] as const) {
      const set = disambiguator.setIndex(skeletonHash(form));
      expect(set).toBeGreaterThanOrEqual(0);
      const classes = [...disambiguator.classesOf(set)];
      for (const r of readings) expect(classes).toContain(vocabulary.get(syllableKey(r)));
    }
    // A form with one reading is no set (`nghiệp` has no twin).
    expect(disambiguator.setIndex(skeletonHash('nghiep'))).toBe(-1);
  });

  it('tells the readings apart by the words around them, as the genre writes them', () => {
    // Kế hoạch: `các chỉ tiêu`, `chi ngân sách`, `những năm qua`, `nhưng vẫn còn`, `có thể`, `thế nào`.
    expect(preferred('thuc hien cac', 'chi', 'tieu kinh te')).toBe('chỉ');
    expect(preferred('du toan', 'chi', 'ngan sach nha nuoc')).toBe('chi');
    expect(preferred('trong', 'nhung', 'nam qua')).toBe('những');
    expect(preferred('da co tien bo', 'nhung', 'van con han che')).toBe('nhưng');
    expect(preferred('co', 'the', 'ap dung')).toBe('thể');
  });
});

describe('disambiguator table file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnplan-disambiguator-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written and scores by the stored weights', () => {
    const words = ['<s>', '<num>', '<abbr>', '<unk>', 'chi', 'chỉ'];
    const skeleton = skeletonHash('chi');
    const left = [skeletonHash('cac'), BOUNDARY_HASH, BOUNDARY_HASH];
    const right = [skeletonHash('tieu'), BOUNDARY_HASH, BOUNDARY_HASH];
    const features = new Uint32Array(FEATURES_PER_CONTEXT);
    contextFeatures(skeleton, left, right, features);
    // One weight: the left neighbour `cac` speaks for class 1 (chỉ) by 2.
    writeFileSync(join(dir, 'model.bin.gz'), gzipSync(encodeDisambiguator([{ skeleton, classes: [4, 5] }], Uint32Array.of(classKey(features[1] as number, 1)), Int16Array.of(2 * WEIGHT_SCALE))));
    const read = Disambiguator.read(dir, words, 'model.bin.gz');
    expect(read.setIndex(skeletonHash('CHÍ'))).toBe(0);
    expect([...read.classesOf(0)]).toEqual([4, 5]);
    const out = new Float64Array(2);
    read.logProbs(0, left, right, out);
    expect(out[1]).toBeCloseTo(-Math.log(1 + Math.exp(-2)), 12);
    expect(out[0]).toBeCloseTo(-2 - Math.log(1 + Math.exp(-2)), 12);
  });
});
