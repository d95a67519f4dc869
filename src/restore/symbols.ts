// Repairs document symbols (số ký hiệu) against their grammar:
//   number[/year]/TYPE-ORGAN[-ORGAN]   (30/QĐ-TTg, 03/2022/NQ-HĐND)   — NĐ 30
//   number-TYPE/ORGAN                  (10-NQ/HU)                      — party documents
// TYPE is an abbreviation of NĐ 30 Phụ lục III, ORGAN one of the organs' table.
// A part that is no known abbreviation is replaced by the nearest one when the
// difference is only OCR confusions (0/Q, D/P/B/Đ, q/g); otherwise it is kept.

/** Characters an OCR without a Vietnamese model prints for one another. */
const CONFUSABLE: ReadonlyArray<readonly [string, string]> = [
  ['0', 'Q'], ['O', 'Q'], ['o', 'Q'], ['D', 'Đ'], ['P', 'Đ'], ['B', 'Đ'], ['b', 'Đ'], ['p', 'Đ'],
  ['q', 'g'], ['1', 'I'], ['l', 'I'], ['1', 'l'], ['5', 'S'], ['8', 'B'], ['C', 'G'], ['Q', 'O'],
];
const CONFUSION_COST = 0.5;
const CASE_COST = 0.3;
/** Most total cost of a repair: one or two confusions. */
const MAX_REPAIR = 1.0;

export interface SymbolGrammar {
  documentTypes: readonly string[];
  organs: readonly string[];
  /** Every abbreviation that is left as it is. */
  known: ReadonlySet<string>;
}

function charCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toUpperCase() === b.toUpperCase()) return CASE_COST;
  return CONFUSABLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? CONFUSION_COST : Infinity;
}

function partCost(observed: string, abbreviation: string): number {
  const a = [...observed];
  const b = [...abbreviation];
  if (a.length !== b.length) return Infinity;
  let total = 0;
  for (let i = 0; i < a.length && total <= MAX_REPAIR; i++) total += charCost(a[i] ?? '', b[i] ?? '');
  return total;
}

/** The nearest abbreviation in `choices` within the repair budget, or null (ties are not guessed). */
export function nearestAbbreviation(observed: string, choices: readonly string[]): string | null {
  let best: string | null = null;
  let bestCost = Infinity;
  let tie = false;
  for (const choice of choices) {
    const cost = partCost(observed, choice);
    if (cost < bestCost) [best, bestCost, tie] = [choice, cost, false];
    else if (cost === bestCost && choice !== best) tie = true;
  }
  return bestCost <= MAX_REPAIR && !tie ? best : null;
}

/** A part of a symbol or a free-standing abbreviation, repaired when it is an OCR misreading of a known one. */
export function repairAbbreviation(part: string, preferred: readonly string[], grammar: SymbolGrammar): string {
  if (grammar.known.has(part) || /^\d+$/.test(part)) return part;
  return nearestAbbreviation(part, preferred) ?? nearestAbbreviation(part, [...grammar.known]) ?? part;
}

/** Repairs the letter parts of one symbol token; separators and numbers stay as they are. */
export function repairSymbol(symbol: string, grammar: SymbolGrammar): string {
  const pieces = symbol.split(/([/-])/);
  let lettersSeen = 0;
  return pieces
    .map((piece) => {
      if (piece === '/' || piece === '-' || /^\d+$/.test(piece) || piece === '') return piece;
      // The first letter part names the document type, the later ones the organs.
      const preferred = lettersSeen++ === 0 ? grammar.documentTypes : grammar.organs;
      return repairAbbreviation(piece, preferred, grammar);
    })
    .join('');
}
