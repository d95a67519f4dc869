// Calibrated confidence: the decoder's softmax and the real-word corrector's
// odds are scores, not probabilities. Each rule's raw scores are binned on
// held-out text (scripts/eval-restore.ts --calibrate: the corpus' held-out
// slice stripped of its marks and rendered pages of it OCR'd by `eng`,
// restored with tables built without it), the share of right changes per bin
// is made monotone (pool-adjacent-violators) and smoothed (Laplace), and a
// change's confidence is that share: "0.9" means nine changes in ten like it
// were right.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES_DIR, FITTED_TABLES, readTable } from '../dictionaries.js';
import type { CorrectionRule } from '../types.js';

export const CALIBRATION_FILE = FITTED_TABLES.calibration;

/** Upper edges of the raw-score bins a curve is fitted on (the last bin ends at 1 inclusive). */
export const RAW_EDGES: readonly number[] = [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 1];

/** Lower edges of the bins of the reliability table the eval prints. */
export const REPORT_EDGES: readonly number[] = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99];

/** Per bin of RAW_EDGES: the calibrated confidence, and the changes it was measured on. */
export interface CalibrationCurve {
  edges: number[];
  confidence: number[];
  count: number[];
}

export type Calibration = Partial<Record<CorrectionRule, CalibrationCurve>>;

/** What became of one change: its confidence and whether the truth has it. */
export interface Outcome {
  confidence: number;
  right: boolean;
}

/**
 * The curves of `dir`. `required` for the package's own tables (without, every confidence would be a raw score and
 * nothing would say so); tables built with part of the corpus held out have none (scripts/build-dictionaries.ts), and
 * their raw scores are what a curve is fitted on.
 */
export function readCalibration(dir: string, required = dir === DICTIONARIES_DIR): Calibration {
  if (!required && !existsSync(join(dir, CALIBRATION_FILE))) return {};
  return readTable(CALIBRATION_FILE, dir, (path) => JSON.parse(readFileSync(path, 'utf8')) as Calibration);
}

function binOf(edges: readonly number[], x: number): number {
  let i = 0;
  while (i < edges.length - 1 && x > (edges[i] as number)) i++;
  return i;
}

/** The calibrated confidence of a raw score; a rule without a curve keeps its raw score. */
export function calibrated(calibration: Calibration, rule: CorrectionRule, raw: number): number {
  const curve = calibration[rule];
  if (!curve) return raw;
  return curve.confidence[binOf(curve.edges, raw)] ?? raw;
}

/** Share right per raw bin, monotone in the raw score and Laplace-smoothed, so a thin bin never claims certainty. */
export function fitCalibration(outcomes: readonly Outcome[], edges: readonly number[] = RAW_EDGES): CalibrationCurve {
  const right = new Array<number>(edges.length).fill(0);
  const count = new Array<number>(edges.length).fill(0);
  for (const o of outcomes) {
    const b = binOf(edges, o.confidence);
    count[b] = (count[b] ?? 0) + 1;
    if (o.right) right[b] = (right[b] ?? 0) + 1;
  }
  // Pool adjacent violators over the smoothed shares of the bins that hold changes: blocks of bins,
  // merged while a block is less sure than the one before. An empty bin takes its neighbour's value.
  const blocks: { right: number; count: number; bins: number[] }[] = [];
  for (let b = 0; b < edges.length; b++) {
    if ((count[b] ?? 0) === 0) continue;
    blocks.push({ right: (right[b] ?? 0) + 1, count: (count[b] ?? 0) + 2, bins: [b] });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const before = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (before.right / before.count <= last.right / last.count) break;
      blocks.splice(-2, 2, { right: before.right + last.right, count: before.count + last.count, bins: [...before.bins, ...last.bins] });
    }
  }
  const confidence = new Array<number>(edges.length).fill(NaN);
  for (const block of blocks) for (const b of block.bins) confidence[b] = round(block.right / block.count);
  // Empty bins: the value of the bin before (after, for leading ones); no change at all: one half.
  for (let b = 0; b < edges.length; b++) if (Number.isNaN(confidence[b])) confidence[b] = b > 0 ? (confidence[b - 1] as number) : NaN;
  for (let b = edges.length - 1; b >= 0; b--) if (Number.isNaN(confidence[b])) confidence[b] = confidence[b + 1] ?? 0.5;
  return { edges: [...edges], confidence, count };
}

export interface ReliabilityRow {
  /** Confidence from (inclusive) … to (exclusive; the last row includes 1). */
  from: number;
  to: number;
  count: number;
  right: number;
  /** Share right; NaN for an empty bin. */
  accuracy: number;
}

/** Changes binned by confidence, with the share right in each bin: what a confidence is worth. */
export function reliabilityTable(outcomes: readonly Outcome[], edges: readonly number[] = REPORT_EDGES): ReliabilityRow[] {
  const rows = edges.map((from, i) => ({ from, to: edges[i + 1] ?? 1, count: 0, right: 0, accuracy: NaN }));
  for (const o of outcomes) {
    let i = rows.length - 1;
    while (i > 0 && o.confidence < (rows[i] as ReliabilityRow).from) i--;
    const row = rows[i] as ReliabilityRow;
    row.count++;
    if (o.right) row.right++;
  }
  for (const row of rows) row.accuracy = row.count > 0 ? row.right / row.count : NaN;
  return rows;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
