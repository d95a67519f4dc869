// The restorer's per-token caches start again empty past their bounds: what is
// restored must be what a restorer with unbounded caches gives.
import { describe, expect, it } from 'vitest';
import { createRestorer, readRestorerTables } from '../../src/restore/index.js';
import { sampleText } from '../../scripts/lib/score-restoration.js';

describe('restorer cache bounds', () => {
  it('restores the same texts, corrections and counts when its caches are emptied between texts', () => {
    const tables = readRestorerTables();
    // a handful of words and transitions: every text after the first starts from empty caches
    const bounded = createRestorer(tables, { words: 10, transitions: 1 << 10 });
    const free = createRestorer(tables, { words: Infinity, transitions: Infinity });
    for (const sample of ['001', '003', '001', '004']) {
      const raw = sampleText(sample);
      expect(bounded.restoreText(raw)).toEqual(free.restoreText(raw));
    }
    // the bound was met: the free restorer's caches hold far more than the bounded one's
    expect(bounded.columns.reduce((n, byText) => n + byText.size, 0)).toBeLessThan(free.columns.reduce((n, byText) => n + byText.size, 0));
  });
});
