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
