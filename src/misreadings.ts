// How an OCR without a Vietnamese model misreads the letters of an abbreviation
// (ký hiệu: `0D` for QĐ, `TTq` for TTg, `HPND` for HĐND), shared by restoration,
// which repairs abbreviations in running text, and extraction, which reads a
// document's symbol. Each stage prices a difference its own way; which
// differences are misreadings, and the nearest-abbreviation search, are one.

import { stripMarks } from './marks.js';

/** Characters printed for one another, in upper case, either way round. */
const MISREAD_PAIRS = new Set(['0Q', '0O', 'OQ', 'DĐ', 'PĐ', 'BĐ', 'QG', '1I', 'LI', '1L', '5S', '8B']);

/**
 * `written` may be the OCR's reading of `truth`. A written Đ never is: an OCR
 * without a Vietnamese model never prints Đ, so a Đ is the writer's (ĐCT,
 * Đoàn Chủ tịch, is no BCT).
 */
export function misreads(written: string, truth: string): boolean {
  if (written === 'Đ' || written === 'đ') return false;
  const [a, b] = [letterOf(written), letterOf(truth)];
  return MISREAD_PAIRS.has(a + b) || MISREAD_PAIRS.has(b + a);
}

/** A character in upper case without its vowel and tone marks; Đ stays Đ, a letter of its own. */
function letterOf(c: string): string {
  return (c === 'Đ' || c === 'đ' ? c : stripMarks(c)).toUpperCase();
}

/**
 * The one choice of least cost, when that cost is within `budget`; null when
 * none is, or when two choices cost the same (ties are not guessed).
 */
export function nearestAbbreviation(choices: Iterable<string>, cost: (choice: string) => number, budget: number): string | null {
  let best: string | null = null;
  let bestCost = Infinity;
  let tie = false;
  for (const choice of choices) {
    const c = cost(choice);
    if (c < bestCost) [best, bestCost, tie] = [choice, c, false];
    else if (c === bestCost && choice !== best) tie = true;
  }
  return bestCost <= budget && !tie ? best : null;
}

/**
 * A letter such an OCR prints for Đ: one it misreads Đ for, or H, the bar read
 * as an H's crossbar (`229/CH-TTg` for CĐ-TTg) — a reading only of a code no
 * table knows in raw OCR, never of a written H (`KH`, `HU`).
 */
export function printsForBarredD(c: string): boolean {
  return misreads(c, 'Đ') || c.toUpperCase() === 'H';
}

/**
 * Whether `written` is `truth` as an OCR without a Vietnamese model prints it:
 * each Đ of `truth` read as a letter it prints for Đ (`GDPT` for GDĐT) or as
 * a D with its bar read as such a letter of its own (`QDB` for QĐ, `HDPND`
 * for HĐND), or as one such letter twice in two cases (`QbB` for QĐ); every
 * other letter as it is, case aside.
 */
export function readsBarredD(written: string, truth: string): boolean {
  const [w, t] = [[...written.toUpperCase()], [...truth.toUpperCase()]];
  const letters = [...written];
  const from = (i: number, j: number): boolean => {
    if (j === t.length) return i === w.length;
    if (i === w.length) return false;
    if (t[j] !== 'Đ') return letterOf(w[i]!) === letterOf(t[j]!) && from(i + 1, j + 1);
    if (!printsForBarredD(w[i]!)) return false;
    const barRead = w[i] === 'D' && i + 1 < w.length && w[i + 1] !== 'D' && misreads(w[i + 1]!, 'Đ') && from(i + 2, j + 1);
    // `QbB`, `QBb` for QĐ: one Đ read as the same letter twice, once small, once capital — no code of capitals is
    // written so, while the letter a Đ is printed as and the bar read beside it are.
    const twice = i + 1 < w.length && w[i] === w[i + 1] && letters[i] !== letters[i + 1] && misreads(w[i]!, 'Đ') && from(i + 2, j + 1);
    return barRead || twice || from(i + 1, j + 1);
  };
  return truth.includes('Đ') && from(0, 0);
}
