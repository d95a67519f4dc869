// Small pure pieces of the OCR stage.
import { describe, expect, it } from 'vitest';
import { pageOfTsv } from '../../src/ocr/engines/tsv.js';
import { mapLimited } from '../../src/ocr/limited.js';

describe('pageOfTsv', () => {
  it('keeps the words (level 5) with their boxes and confidences, and the lines they make', () => {
    const tsv = [
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t236\t120\t900\t60\t-1\t',
      '5\t1\t1\t1\t1\t1\t236\t120\t100\t60\t93.31\tSố:',
      '5\t1\t1\t1\t1\t2\t350\t120\t300\t60\t91.5\t66/KH-UBND',
      '5\t1\t1\t1\t1\t3\t700\t120\t10\t60\t0\t ',
    ].join('\n');
    const words = [
      { text: 'Số:', confidence: 93.3, bbox: { x0: 236, y0: 120, x1: 336, y1: 180 } },
      { text: '66/KH-UBND', confidence: 91.5, bbox: { x0: 350, y0: 120, x1: 650, y1: 180 } },
    ];
    expect(pageOfTsv(tsv)).toEqual({
      words,
      lines: [{ text: 'Số: 66/KH-UBND', confidence: 92.4, words }],
      imageSize: { width: 2480, height: 3508 },
    });
  });
});

describe('mapLimited', () => {
  it('runs at most `limit` at once and keeps the order', async () => {
    let running = 0;
    let peak = 0;
    const result = await mapLimited([30, 10, 20, 5, 15], 2, async (ms, i) => {
      peak = Math.max(peak, ++running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return i;
    });
    expect(result).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('stops starting items after a failure and rejects with it', async () => {
    const started: number[] = [];
    const run = mapLimited([1, 2, 3, 4, 5], 1, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('page 2 is bad');
      return n;
    });
    await expect(run).rejects.toThrow('page 2 is bad');
    expect(started).toEqual([1, 2]);
  });
});
