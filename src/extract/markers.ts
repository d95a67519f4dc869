// Outline markers at the start of a line: I. / 1. / 2.1. / a) / - / +.
import { stripMarks } from './fold.js';

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

/**
 * A roman numeral as OCR leaves it: read on the mark-free form (`VỊ` VI), with
 * 1, l or | taken for a stroke I (`I11`, `1I`, `Il`, `|V`) as long as one real
 * numeral letter is there; null for anything else (`1`, `l`, `XÃ`).
 */
export function romanNumeral(raw: string): string | null {
  const plain = stripMarks(raw);
  if (!/^[IVX1l|]+$/u.test(plain) || !/[IVX]/u.test(plain)) return null;
  const value = plain.replace(/[1l|]/g, 'I');
  return Number.isNaN(romanValue(value)) ? null : value;
}

/** 14 -> `XIV`, for numbers up to 39. */
export function toRoman(n: number): string {
  const tens = 'X'.repeat(Math.floor(n / 10));
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10]!;
  return tens + units;
}

/** A heading written in capitals: letters enough to be words, none in lower case. */
function isCapitalsHeading(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= 4;
}

export function readMarker(line: string): Marker | null {
  const text = line.trim();
  // `- +` (a plus item typed after a dash) counts as the plus item.
  const plus = /^(?:[-–—•]\s*)?\+\s*(?=\S)/u.exec(text);
  if (plus) return { kind: 'plus', value: '+', rest: text.slice(plus[0].length) };
  // A doubled dash (`-- Đẩy mạnh`) is one: the second is a speck or a stutter.
  const dash = /^[-–—•](?:\s*[-–—])*\s*(?=\S)/u.exec(text);
  if (dash) return { kind: 'dash', value: '-', rest: text.slice(dash[0].length) };
  const roman = /^(\S{1,6}?)\s?\.\s*(?=\S)/u.exec(text);
  const value = roman ? romanNumeral(roman[1]!) : null;
  if (roman && value !== null) return { kind: 'roman', value, rest: text.slice(roman[0].length) };
  // A typist's slash for the dot (`I/ Mục đích`, `II/ NỘI DUNG`): real I/V/X/L letters, a space after the slash
  // and a capital after it, so `V/v` (về việc) is never read as heading V.
  const slashed = /^([IVXL]{1,6})\s?\/\s+(?=\p{Lu})/u.exec(text);
  const slashedValue = slashed ? romanNumeral(slashed[1]!) : null;
  if (slashed && slashedValue !== null) return { kind: 'roman', value: slashedValue, rest: text.slice(slashed[0].length) };
  // Older documents put a hyphen for the dot (`I- HÌNH THỨC, NỘI DUNG THI ĐUA`, `II- Nội dung`): real I/V/X/L
  // letters, the hyphen right after the numeral, a space and a capital, so a word (`X-quang`) never opens a heading.
  const hyphened = /^([IVXL]{1,6})[-–]\s+(?=\p{Lu})/u.exec(text);
  const hyphenedValue = hyphened ? romanNumeral(hyphened[1]!) : null;
  if (hyphened && hyphenedValue !== null) return { kind: 'roman', value: hyphenedValue, rest: text.slice(hyphened[0].length) };
  // OCR may lose the dot after a heading's numeral (`I MỤC ĐÍCH, YÊU CẦU`): a
  // bare numeral of real I/V/X letters counts only before a heading in capitals.
  const bare = /^([IVX]{1,5})\s+(?=\p{Lu})/u.exec(text);
  const bareValue = bare ? romanNumeral(bare[1]!) : null;
  if (bare && bareValue !== null && isCapitalsHeading(text.slice(bare[0].length))) {
    return { kind: 'roman', value: bareValue, rest: text.slice(bare[0].length) };
  }
  const decimal = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/u.exec(text);
  if (decimal) return { kind: 'decimal', value: decimal[1]!, rest: text.slice(decimal[0].length) };
  // `1. 100% thôn …`: an item may open with a figure, after a space (`1.000 người` is a number).
  const number = /^(\d{1,2})\s?[.)](?:\s*(?=\p{L}|[“"«])|\s+(?=\d))/u.exec(text);
  if (number) return { kind: 'number', value: number[1]!, rest: text.slice(number[0].length) };
  // A hyphen for the dot before a heading in capitals (`1— CĂN CỨ LẬP KẾ HOẠCH`, also what a `vie` OCR makes of
  // `I –`); before a sentence (`1- Điều 3 (điểm 2): …`) it stays text, as a range or a figure may open one.
  const hyphenedNumber = /^(\d{1,2})\s?[-–—]\s+(?=\p{Lu})/u.exec(text);
  if (hyphenedNumber && isCapitalsHeading(text.slice(hyphenedNumber[0].length))) {
    return { kind: 'number', value: hyphenedNumber[1]!, rest: text.slice(hyphenedNumber[0].length) };
  }
  // ¢ is OCR's c.
  const letter = /^([a-zđ¢])\s?[.)]\s+(?=\S)/u.exec(text);
  if (letter) return { kind: 'letter', value: letter[1]!.replace('¢', 'c'), rest: text.slice(letter[0].length) };
  return null;
}

/** Whether a short token holds no letter of Vietnamese (`Ð`, `£`, `&`): what OCR makes of a smudged marker. */
const isForeignGlyph = (token: string): boolean => !/[a-zđ]/iu.test(stripMarks(token));

/**
 * The letter item OCR garbled at the start of a paragraph, given the letter the
 * sequence is due (`Ð Đối với …` or `f Đối với …` where `f)` stands between
 * `e)` and `g)`): a glyph of no Vietnamese letter, or the due letter itself,
 * then a capitalised word. Null when the paragraph does not open that way.
 */
export function garbledLetterMarker(text: string, due: string): Marker | null {
  const m = /^(\S{1,2})\s+(?=\p{Lu})/u.exec(text.trim());
  if (!m || !(isForeignGlyph(m[1]!) || m[1] === due)) return null;
  return { kind: 'letter', value: due, rest: text.trim().slice(m[0].length) };
}
