// Repairs document symbols (số ký hiệu) against their grammar:
//   number[/year]/TYPE-ORGAN[-ORGAN]   (30/QĐ-TTg, 03/2022/NQ-HĐND)   — NĐ 30
//   number-TYPE/ORGAN                  (10-NQ/HU)                      — party documents
// TYPE is an abbreviation of NĐ 30 Phụ lục III, ORGAN one of the organs' table.
// A part that is no known abbreviation is replaced by the nearest one when the
// difference is only OCR confusions (0/Q, D/P/B/Đ, q/g); otherwise it is kept.
// Do no harm: a part written as an abbreviation is written (capitals, digits
// after the first letter: BVT, TĐ, NC, A03) is kept unless the grammar proves
// another reading: the type part of a symbol with a number must be a type of
// Phụ lục III; an organ part of three letters or more one confusion from a
// known organ is that organ (HPND); a form without its Đ (HDND, ND) is the
// official one. Codes of two letters are not guessed at (NC is Nội chính, not NG).
// A part that writes Đ is kept as written (src/misreadings.ts).
import { misreads, nearestAbbreviation } from '../misreadings.js';

const CONFUSION_COST = 0.5;
const CASE_COST = 0.3;
/** Most total cost of a repair: one or two confusions. */
const MAX_REPAIR = 1.0;

export interface SymbolGrammar {
  documentTypes: readonly string[];
  organs: readonly string[];
  /** Every abbreviation that is left as it is. */
  known: ReadonlySet<string>;
  /** Known abbreviations with Đ by their form without it (NSDP -> NSĐP), when only one has that form. */
  shadows: ReadonlyMap<string, string>;
  /** The official codes (types and organs) by their form with Đ written D (officialShadowsOf). */
  officialShadows: ReadonlyMap<string, readonly string[]>;
}

/** The shadows of `known`: each form with its Đ written D, mapped to the one abbreviation it stands for. */
export function shadowsOf(known: Iterable<string>): Map<string, string> {
  const all = new Set(known);
  const byShadow = new Map<string, string | null>();
  for (const a of all) {
    if (!a.includes('Đ')) continue;
    const shadow = a.replace(/Đ/g, 'D');
    if (all.has(shadow)) continue;
    byShadow.set(shadow, byShadow.has(shadow) ? null : a);
  }
  return new Map([...byShadow].flatMap(([shadow, a]) => (a ? [[shadow, a] as const] : [])));
}

function charCost(a: string, b: string): number {
  if (a === b) return 0;
  const caseCost = isLower(a) === isLower(b) ? 0 : CASE_COST;
  if (a.toUpperCase() === b.toUpperCase()) return caseCost;
  // A misreading that also changes case (`đ` for a written `D`) is two faults, not one.
  return misreads(a, b) ? CONFUSION_COST + caseCost : Infinity;
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase();
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
export function nearestKnown(observed: string, choices: Iterable<string>): string | null {
  return nearestAbbreviation(choices, (choice) => partCost(observed, choice), MAX_REPAIR);
}

/** Written as an abbreviation is written: capitals, and digits after the first letter. */
const PLAUSIBLE = /^\p{Lu}[\p{Lu}\d]*$/u;
/** Letters an organ part needs before one confusion is taken for a misreading of a known organ. */
const MIN_GUESSED_ORGAN = 3;

/** Where a part stands: free, or in a symbol with a number as its type or as an organ. */
export type PartRole = 'free' | 'type' | 'organ';

/** A part of a symbol or a free-standing abbreviation, repaired when it is an OCR misreading of a known one. */
export function repairAbbreviation(part: string, preferred: readonly string[], grammar: SymbolGrammar, role: PartRole = 'free'): string {
  if (/^\d+$/.test(part)) return part;
  // `GD&DT`, `KH&DT`: an abbreviation written with `&` between its halves is the table's `GDĐT` with the `&` kept.
  if (/^\p{Lu}+(?:&\p{Lu}+)+$/u.test(part)) {
    const official = grammar.known.has(part.replaceAll('&', '')) ? undefined : grammar.shadows.get(part.replaceAll('&', ''));
    if (official === undefined) return part;
    let at = 0;
    return [...part].map((c) => (c === '&' ? c : official[at++]!)).join('');
  }
  // A symbol's type part must be a type or an organ (574/UBND-NC) of the official tables; other parts any known abbreviation.
  if (role === 'type' ? preferred.includes(part) || grammar.organs.includes(part) : grammar.known.has(part)) return part;
  if (PLAUSIBLE.test(part)) {
    if (part.includes('Đ')) return part;
    const official = grammar.shadows.get(part) ?? departmentOf(part, grammar);
    if (official) return official;
    if (role === 'type') return nearestKnown(part, preferred) ?? part;
    if (role === 'organ' && [...part].length >= MIN_GUESSED_ORGAN) return nearestKnown(part, preferred) ?? part;
    return part;
  }
  return nearestKnown(part, preferred) ?? nearestKnown(part, grammar.known) ?? part;
}

/**
 * A province's department (Sở) or a district's office (Phòng) is coded by its
 * letter before its sector's code (`SLĐTBXH`, `PTNMT`, after `LĐTBXH`, `TNMT`):
 * such a code written without its Đ takes the sector's. Sector codes of three
 * letters or more only, so a short code is not guessed at.
 */
function departmentOf(part: string, grammar: SymbolGrammar): string | undefined {
  const sector = part.slice(1);
  if (!/^[SP]$/u.test(part[0] ?? '') || sector.length < 3) return undefined;
  const official = grammar.shadows.get(sector);
  return official === undefined ? undefined : part[0] + official;
}

/** Repairs the letter parts of one symbol token; separators and numbers stay as they are. */
export function repairSymbol(symbol: string, grammar: SymbolGrammar): string {
  const pieces = symbol.split(/([/-])/);
  // Only a symbol with a number is a document symbol whose parts the grammar can prove (TĐ-KT is not one).
  const proven = pieces.some((p) => /^\d+$/.test(p));
  let lettersSeen = 0;
  return pieces
    .map((piece) => {
      if (piece === '/' || piece === '-' || /^\d+$/.test(piece) || piece === '') return piece;
      // The first letter part names the document type, the later ones the organs.
      const type = lettersSeen++ === 0;
      const role: PartRole = proven ? (type ? 'type' : 'organ') : 'free';
      return repairAbbreviation(piece, type ? grammar.documentTypes : grammar.organs, grammar, role);
    })
    .join('');
}

/** Letters of the longest code read as official pieces: a type glued to its organ (QĐUBND), an organ's compound (BTĐKTTW). */
const MAX_COMPOSED = 12;

/**
 * A code that lost its Đ, read as official codes glued together: the type and the organ of a symbol without its
 * hyphen (`1961/QDUBND`: QĐ + UBND; `61/2018/NDCP`: NĐ + CP — NĐ 30/2020 Phụ lục I: ký hiệu = tên loại + cơ quan) or an
 * organ's code made of others (`BTDKTTW`: BTĐKT + TW, `BTCDU`: BTC + ĐU). Only where every way of cutting it into
 * the fewest official codes (document types and organs, not the corpus' codes) writes the same letters and one of
 * them is an Đ: `TTHD` (TT + HD or HĐ) and a code with a piece no table holds (CDNT) stay as they are. Null when
 * nothing changes.
 */
export function composedCode(part: string, grammar: SymbolGrammar): string | null {
  if (!part.includes('D') || part.length > MAX_COMPOSED || !PLAUSIBLE.test(part) || grammar.documentTypes.includes(part) || grammar.organs.includes(part)) return null;
  const byShadow = grammar.officialShadows;
  // best[i]: the fewest pieces that make part[0, i), and the spellings they give.
  const best: { pieces: number; spellings: Set<string> }[] = [{ pieces: 0, spellings: new Set(['']) }];
  for (let end = 1; end <= part.length; end++) {
    let pieces = Infinity;
    let spellings = new Set<string>();
    for (let start = Math.max(0, end - MAX_COMPOSED); start < end; start++) {
      const before = best[start];
      const officials = byShadow.get(part.slice(start, end));
      if (!before || before.pieces === Infinity || !officials) continue;
      if (before.pieces + 1 < pieces) {
        pieces = before.pieces + 1;
        spellings = new Set();
      }
      if (before.pieces + 1 === pieces) for (const head of before.spellings) for (const official of officials) spellings.add(head + official);
    }
    best[end] = { pieces, spellings };
  }
  const whole = best[part.length];
  if (!whole || whole.pieces < 2 || whole.spellings.size !== 1) return null;
  const [spelling] = whole.spellings as Set<string>;
  return spelling !== undefined && spelling !== part ? spelling : null;
}

/** The official codes (document types and organs) by their form with Đ written D: what composedCode cuts a code into. */
export function officialShadowsOf(documentTypes: readonly string[], organs: readonly string[]): Map<string, string[]> {
  const byShadow = new Map<string, string[]>();
  for (const official of new Set([...documentTypes, ...organs])) {
    const shadow = official.replace(/Đ/g, 'D');
    byShadow.set(shadow, [...(byShadow.get(shadow) ?? []), official]);
  }
  return byShadow;
}
