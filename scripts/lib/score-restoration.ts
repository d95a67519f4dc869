// The judge's restoration scorer (../shared/tools/score-restoration.mjs and
// textnorm.mjs), ported: syllables are runs of letters and digits, case folded,
// one tone placement; gold tokens inside ⟦ ⟧ are doubtful and not scored; the
// score is the LCS of the two syllable sequences over the gold's length; `cer` the
// edit distance of the joined syllables over the gold's length.
// Also reads the sample texts the restoration is scored on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalTones, levenshtein, stripMarks } from './textnorm.js';

export { canonicalTones, stripMarks };

export function syllables(text: string): string[] {
  return canonicalTones(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Length of the longest common subsequence of two token arrays. */
export function lcs(a: readonly string[], b: readonly string[]): number {
  const ids = new Map<string, number>();
  const id = (t: string): number => {
    let v = ids.get(t);
    if (v === undefined) ids.set(t, (v = ids.size));
    return v;
  };
  const A = Int32Array.from(a, id);
  const B = Int32Array.from(b, id);
  let prev = new Int32Array(B.length + 1);
  let cur = new Int32Array(B.length + 1);
  for (let i = 1; i <= A.length; i++) {
    const ai = A[i - 1];
    for (let j = 1; j <= B.length; j++) {
      const up = prev[j] ?? 0;
      const left = cur[j - 1] ?? 0;
      cur[j] = ai === B[j - 1] ? (prev[j - 1] ?? 0) + 1 : up > left ? up : left;
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[B.length] ?? 0;
}

export interface RestorationScore {
  goldSyllables: number;
  doubtfulSkipped: number;
  predSyllables: number;
  syllableAccuracy: number;
  letterAccuracy: number;
  /** Edit distance of the syllable streams joined by spaces, over the gold's length (the judge's `cer`). */
  cer: number;
}

export function scoreRestoration(goldText: string, predText: string): RestorationScore {
  const gold = syllables(goldText.replace(/⟦[^⟧]*⟧/g, ' '));
  const pred = syllables(predText);
  const exact = lcs(gold, pred);
  const letters = lcs(gold.map(stripMarks), pred.map(stripMarks));
  return {
    goldSyllables: gold.length,
    doubtfulSkipped: (goldText.match(/⟦[^⟧]*⟧/g) ?? []).length,
    predSyllables: pred.length,
    syllableAccuracy: +(exact / Math.max(1, gold.length)).toFixed(4),
    letterAccuracy: +(letters / Math.max(1, gold.length)).toFixed(4),
    cer: +(levenshtein(gold.join(' '), pred.join(' ')) / Math.max(1, gold.join(' ').length)).toFixed(4),
  };
}

// ---------------------------------------------------------------------------
// The texts scored

const SAMPLES = 'fixtures/samples';

export function sampleText(id: string, root = '.'): string {
  const file = readdirSync(join(root, SAMPLES)).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`no sample ${id} in ${SAMPLES}`);
  return readFileSync(join(root, SAMPLES, file), 'utf8');
}

/** A clean sample as text after decoding: Markdown heading and bold marks (004) taken off. */
export function cleanFixture(id: string, root = '.'): string {
  return sampleText(id, root)
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').replace(/\*\*/g, ''))
    .join('\n');
}

/**
 * The tuning slice of corpus-vbpl: documents left out of the counts by
 * `npm run build:dictionaries -- --holdout --out DIR` and restored, stripped of
 * their marks, by `npx tsx scripts/eval-restore.ts --heldout DIR`. Weights of
 * the restoration are tuned on this slice, never on the project's samples.
 */
export const HOLDOUT_DOCUMENT = /^\d*7\.txt$/;
