// Calibrated confidence and the reliability table: binning, the monotone fit,
// and how each change of a restoration is judged against the truth.
import { describe, expect, it } from 'vitest';
import { calibrated, fitCalibration, reliabilityTable, type Outcome } from '../../src/restore/calibration.js';
import { changeOutcomes } from '../../scripts/lib/score-restoration.js';
import type { RestoredText } from '../../src/types.js';

const outcomes = (confidence: number, right: number, wrong: number): Outcome[] => [
  ...Array.from({ length: right }, () => ({ confidence, right: true })),
  ...Array.from({ length: wrong }, () => ({ confidence, right: false })),
];

describe('reliabilityTable', () => {
  it('bins changes by confidence and gives the share right in each bin', () => {
    const rows = reliabilityTable([...outcomes(0.2, 1, 3), ...outcomes(0.93, 9, 1), ...outcomes(1, 50, 0)], [0, 0.5, 0.9, 0.99]);
    expect(rows.map((r) => [r.from, r.to, r.count, r.right])).toEqual([
      [0, 0.5, 4, 1],
      [0.5, 0.9, 0, 0],
      [0.9, 0.99, 10, 9],
      [0.99, 1, 50, 50],
    ]);
    expect(rows[0]?.accuracy).toBe(0.25);
    expect(rows[1]?.accuracy).toBeNaN();
    expect(rows[2]?.accuracy).toBeCloseTo(0.9);
  });
});

describe('fitCalibration', () => {
  it('maps a raw score to the smoothed share right of its bin, never decreasing', () => {
    // Raw 0.55 is right 8 times in 10, raw 0.65 only 6 in 10: the two bins are pooled.
    const curve = fitCalibration([...outcomes(0.55, 8, 2), ...outcomes(0.65, 6, 4), ...outcomes(0.999, 98, 2)]);
    const pooled = calibrated({ decoder: curve }, 'decoder', 0.55);
    expect(pooled).toBeCloseTo((8 + 6 + 2) / (20 + 4), 3);
    expect(calibrated({ decoder: curve }, 'decoder', 0.65)).toBe(pooled);
    expect(calibrated({ decoder: curve }, 'decoder', 0.999)).toBeCloseTo(99 / 102, 3);
    for (let i = 1; i < curve.confidence.length; i++) expect(curve.confidence[i]).toBeGreaterThanOrEqual(curve.confidence[i - 1] ?? 0);
  });

  it('leaves the raw score of a rule without a curve', () => {
    expect(calibrated({}, 'name', 0.42)).toBe(0.42);
  });
});

describe('changeOutcomes', () => {
  it('judges each change by whether the truth has its syllables at that place', () => {
    const restored: RestoredText = {
      text: 'Căn cứ Quyết định số 30/QĐ-TTg\nxây dựng nông thôn mái',
      corrections: [
        { line: 1, from: 'Quyét', to: 'Quyết', confidence: 0.99, rule: 'decoder' },
        { line: 1, from: '30/0D-TTq', to: '30/QĐ-TTg', confidence: 0.9, rule: 'symbol' },
        { line: 2, from: 'méi', to: 'mái', confidence: 0.6, rule: 'decoder' },
      ],
      tokens: 9,
      changed: 3,
    };
    const judged = changeOutcomes('Căn cứ Quyết định số 30/QĐ-TTg\nxây dựng nông thôn mới', restored);
    expect(judged.map((o) => [o.from, o.right])).toEqual([
      ['Quyét', true],
      ['30/0D-TTq', true],
      ['méi', false],
    ]);
  });
});
