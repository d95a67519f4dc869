// Outline markers at the start of a line: I. / 1. / 2.1. / a) / - / +.

export type MarkerKind = 'roman' | 'number' | 'decimal' | 'letter' | 'dash' | 'plus';

export interface Marker {
  kind: MarkerKind;
  /** As normalised: `III`, `2`, `2.1`, `a`, `-`, `+`. */
  value: string;
  /** The text after the marker. */
  rest: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** `XIV` -> 14; NaN for anything that is not a well-formed numeral up to 39. */
export function romanValue(numeral: string): number {
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(numeral) || numeral === '') return Number.NaN;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function readMarker(line: string): Marker | null {
  const text = line.trim();
  // `- +` (a plus item typed after a dash) counts as the plus item.
  const plus = /^(?:[-–—•]\s*)?\+\s*(?=\S)/u.exec(text);
  if (plus) return { kind: 'plus', value: '+', rest: text.slice(plus[0].length) };
  const dash = /^[-–—•]\s*(?=\S)/u.exec(text);
  if (dash) return { kind: 'dash', value: '-', rest: text.slice(dash[0].length) };
  // OCR reads a roman I as 1 or l after a real numeral letter (`I11.`, `II1.`).
  const roman = /^([IVX][IVX1l]*)\s?\.\s*(?=\S)/u.exec(text);
  if (roman) {
    const value = roman[1]!.replace(/[1l]/g, 'I');
    if (!Number.isNaN(romanValue(value))) return { kind: 'roman', value, rest: text.slice(roman[0].length) };
  }
  const decimal = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/u.exec(text);
  if (decimal) return { kind: 'decimal', value: decimal[1]!, rest: text.slice(decimal[0].length) };
  const number = /^(\d{1,2})\s?[.)]\s*(?=\p{L}|[“"«])/u.exec(text);
  if (number) return { kind: 'number', value: number[1]!, rest: text.slice(number[0].length) };
  // ¢ is OCR's c.
  const letter = /^([a-zđ¢])\s?[.)]\s+(?=\S)/u.exec(text);
  if (letter) return { kind: 'letter', value: letter[1]!.replace('¢', 'c'), rest: text.slice(letter[0].length) };
  return null;
}
