import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeFourgrams, fourgramKey, FourgramCounts } from '../../src/restore/fourgrams.js';
import { loadRestorer } from '../../src/restore/index.js';
import { syllableKey } from '../../src/restore/vietnamese.js';

const { model, vocabulary } = loadRestorer();
const id = (w: string): number => {
  const found = vocabulary.get(syllableKey(w));
  if (found === undefined) throw new Error(`${w} not in the vocabulary`);
  return found;
};
const fourgrams = model.fourgrams();

describe('4-gram counts', () => {
  it('hold the corpus collocations a pair of real words is told apart by, and their contexts', () => {
    const ids = (text: string): [number, number, number, number] => text.split(' ').map(id) as [number, number, number, number];
    // `chi tiêu bình quân` (spending per head) is written; its stripped twin `chỉ tiêu bình quân` is not a collocation of the corpus.
    expect(fourgrams.count(...ids('chi tiêu bình quân'))).toBeGreaterThan(fourgrams.count(...ids('chỉ tiêu bình quân')));
    const [a, b, c, d] = ids('ủy ban nhân dân');
    expect(fourgrams.count(a, b, c, d)).toBeGreaterThan(100);
    expect(fourgrams.contextCount(a, b, c)).toBeGreaterThanOrEqual(fourgrams.count(a, b, c, d));
  });

  it('sharpen the trigram only where the context was seen, towards the continuation the corpus wrote', () => {
    const logP3 = Math.log(0.01);
    const [a, b, c, d] = ['ủy', 'ban', 'nhân', 'dân'].map(id) as [number, number, number, number];
    expect(fourgrams.sharpening(a, b, c, d, logP3, 20)).toBeGreaterThan(0);
    // A context the corpus never wrote leaves the trigram's view as it was.
    const [x, y, z] = ['dân', 'dân', 'dân'].map(id) as [number, number, number];
    expect(fourgrams.contextCount(x, y, z)).toBe(0);
    expect(fourgrams.sharpening(x, y, z, d, logP3, 20)).toBe(0);
  });
});

describe('4-gram table file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnplan-fourgrams-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written; a missing table is an error naming it and its rebuild', () => {
    const file = join(dir, 'counts.bin.gz');
    const keys = Float64Array.of(fourgramKey(1, 2, 3, 4), fourgramKey(1, 2, 3, 9), fourgramKey(8191, 8191, 8191, 8191));
    const contexts = Float64Array.of(fourgramKey(0, 1, 2, 3));
    writeFileSync(file, gzipSync(encodeFourgrams({ keys, counts: Uint32Array.of(5, 2, 70000) }, { keys: contexts, counts: Uint32Array.of(7) })));
    const read = FourgramCounts.read(dir, 'counts.bin.gz');
    expect(read?.count(1, 2, 3, 4)).toBe(5);
    expect(read?.count(1, 2, 3, 9)).toBe(2);
    expect(read?.count(8191, 8191, 8191, 8191)).toBe(70000);
    expect(read?.count(1, 2, 3, 5)).toBe(0);
    expect(read?.contextCount(1, 2, 3)).toBe(7);
    // (5 + 20 · 0.1) / (7 + 20) against 0.1.
    expect(read?.sharpening(1, 2, 3, 4, Math.log(0.1), 20)).toBeCloseTo(Math.log(7 / 27) - Math.log(0.1), 12);
    expect(() => FourgramCounts.read(dir)).toThrow(`${join(dir, 'restore-fourgrams.bin.gz')}: the table is missing`);
    expect(() => FourgramCounts.read(dir)).toThrow('npm run build:dictionaries');
  });
});
