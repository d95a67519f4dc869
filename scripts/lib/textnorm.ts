// Port of the judge's textnorm.mjs: the normalisation every scored string goes
// through. Kept line for line so the project's eval prints the judge's numbers.

const TONE_PAIRS: [string, string][] = [
  ['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['ùy', 'uỳ'], ['úy', 'uý'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];

/** One spelling for the two tone placements in use (hoà/hòa, uỷ/ủy), NFC. */
export function canonicalTones(s: string): string {
  let out = s.normalize('NFC');
  for (const [a, b] of TONE_PAIRS) {
    out = out.replaceAll(a, b).replaceAll(a.toUpperCase(), b.toUpperCase());
    out = out.replaceAll(a[0]!.toUpperCase() + a.slice(1), b[0]!.toUpperCase() + b.slice(1));
  }
  return out;
}

export { stripMarks } from '../../src/marks.js';

/** Folded form used to compare field values. */
export function fold(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  let s = canonicalTones(String(v)).toLowerCase();
  s = s.replace(/[“”"‘’'«»]/g, '').replace(/[–—]/g, '-');
  s = s.replace(/\s*([-/])\s*/g, '$1');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/[\s;.,:]+$/u, '').replace(/^[\s\-+•*]+/u, '');
  return s;
}

/** Similarity in [0,1] from edit distance over the folded strings. */
export function similarity(a: unknown, b: unknown): number {
  const x = fold(a) ?? '';
  const y = fold(b) ?? '';
  if (x === y) return 1;
  if (!x.length || !y.length) return 0;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}

/** Edit distance over UTF-16 code units, as the judge counts it. */
export function levenshtein(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const sub = prev[j - 1]! + cost;
      cur[j] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
