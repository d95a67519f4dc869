// The judge's restoration scorer (../shared/tools/score-restoration.mjs and
// textnorm.mjs), ported: syllables are runs of letters and digits, case folded,
// one tone placement; gold tokens inside ⟦ ⟧ are doubtful and not scored; the
// score is the LCS of the two syllable sequences over the gold's length.
// Also reads the sample texts the restoration is scored on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['ùy', 'uỳ'], ['úy', 'uý'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];

export function canonicalTones(s: string): string {
  let out = s.normalize('NFC');
  for (const [a, b] of TONE_PAIRS) {
    out = out.replaceAll(a, b).replaceAll(a.toUpperCase(), b.toUpperCase());
    out = out.replaceAll(a.charAt(0).toUpperCase() + a.slice(1), b.charAt(0).toUpperCase() + b.slice(1));
  }
  return out;
}

export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

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
