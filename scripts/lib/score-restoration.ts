// The judge's restoration scorer (../shared/tools/score-restoration.mjs and
// textnorm.mjs), ported: syllables are runs of letters and digits, case folded,
// one tone placement; gold tokens inside ⟦ ⟧ are doubtful and not scored; the
// score is the LCS of the two syllable sequences over the gold's length; `cer` the
// edit distance of the joined syllables over the gold's length.
// Also reads the sample texts the restoration is scored on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorrectionRule, RestoredText } from '../../src/types.js';
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

/** Which syllables of b an LCS of a and b matches (one LCS, the backtrace's). */
export function lcsMatched(a: readonly string[], b: readonly string[]): boolean[] {
  const width = b.length + 1;
  const table = new Int32Array((a.length + 1) * width);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i * width + j] = a[i - 1] === b[j - 1]
        ? (table[(i - 1) * width + j - 1] as number) + 1
        : Math.max(table[(i - 1) * width + j] as number, table[i * width + j - 1] as number);
    }
  }
  const matched = new Array<boolean>(b.length).fill(false);
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    if (a[i - 1] === b[j - 1]) {
      matched[j - 1] = true;
      i--;
      j--;
    } else if ((table[(i - 1) * width + j] as number) >= (table[i * width + j - 1] as number)) i--;
    else j--;
  }
  return matched;
}

/** One change of a restoration, judged against the truth. */
export interface ChangeOutcome {
  rule: CorrectionRule;
  confidence: number;
  from: string;
  to: string;
  /** Every syllable of the change is one the truth has at that place (matched by the LCS of the texts). */
  right: boolean;
}

/**
 * Each correction of `restored` judged against `goldText`: its syllables are
 * found in its line of the output (corrections come in line order), and the
 * LCS of the gold's and the output's syllables says whether they are right.
 * Quadratic in the text's length: call it per page or per block of lines.
 */
export function changeOutcomes(goldText: string, restored: RestoredText): ChangeOutcome[] {
  const gold = syllables(goldText.replace(/⟦[^⟧]*⟧/g, ' '));
  const lines = restored.text.split('\n');
  const output: string[] = [];
  const owner: number[] = [];
  const byLine = new Map<number, number[]>();
  restored.corrections.forEach((c, k) => byLine.set(c.line, [...(byLine.get(c.line) ?? []), k]));
  lines.forEach((line, i) => {
    const own = syllables(line);
    const start = output.length;
    output.push(...own);
    owner.push(...own.map(() => -1));
    let at = 0;
    for (const k of byLine.get(i + 1) ?? []) {
      const want = syllables(restored.corrections[k]?.to ?? '');
      if (want.length === 0) continue;
      for (let j = at; j + want.length <= own.length; j++) {
        if (want.every((w, d) => own[j + d] === w)) {
          for (let d = 0; d < want.length; d++) owner[start + j + d] = k;
          at = j + want.length;
          break;
        }
      }
    }
  });
  const matched = lcsMatched(gold, output);
  const right = restored.corrections.map(() => true);
  const found = restored.corrections.map(() => false);
  owner.forEach((k, j) => {
    if (k < 0) return;
    found[k] = true;
    if (!matched[j]) right[k] = false;
  });
  return restored.corrections.flatMap((c, k) => (found[k] ? [{ rule: c.rule, confidence: c.confidence, from: c.from, to: c.to, right: right[k] === true }] : []));
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
