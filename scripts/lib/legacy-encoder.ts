// The project's own encoder (tests, scripts/eval-encodings.ts): Unicode text
// to the bytes of a legacy Vietnamese encoding, derived from the decoder's byte
// table (its inverse), so the legacy files are made by the project and not
// taken from anywhere.
import type { LegacyEncoding } from '../../src/input/encodings/index.js';

/** Punctuation an encoding may lack (VISCII gives every high byte to letters), as a typist of the time wrote it. */
const ASCII_PUNCTUATION: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '…': '...' };

export interface LegacyEncoder {
  /** Bytes of `text`; a character with no bytes is written as its ASCII stand-in or `?`. */
  encode(text: string): Uint8Array;
  /** `text` as the encoding can hold it (what a perfect decoder gives back, before any repair). */
  representable(text: string): string;
}

export interface EncoderOptions {
  /**
   * TCVN3 typed in the .VnTimeH font without Shift: lines in capitals are
   * written all in lower case (the font draws them as capitals).
   */
  capitalLinesInLowerCase?: boolean;
}

export function legacyEncoder(encoding: LegacyEncoding, options: EncoderOptions = {}): LegacyEncoder {
  const { bytes: table, own } = encoding.table;
  const bytesOf = new Map<string, number[]>();
  table.forEach((value, byte) => {
    const c = value.normalize('NFC');
    // letters only from the encoding's own bytes: a Latin-1 `À` left over on an unassigned byte is not how the encoding writes À
    if (byte >= 0x80 && !own.has(byte) && /\p{L}/u.test(c)) return;
    if ([...c].length === 1 && !bytesOf.has(c)) bytesOf.set(c, [byte]);
  });
  // letters written as a base letter and a byte of marks (VNI; Windows-1258's tones)
  const marks = table.flatMap((value, byte) => (/^\p{M}+$/u.test(value) ? [byte] : []));
  for (const [base, bytes] of [...bytesOf]) {
    if (!/\p{L}/u.test(base)) continue;
    for (const mark of marks) {
      const c = (base + table[mark]).normalize('NFC');
      if ([...c].length === 1 && !bytesOf.has(c)) bytesOf.set(c, [...bytes, mark]);
    }
  }

  /** A character as the encoding holds it: itself, its lower case (TCVN3 capitals with a tone), its ASCII stand-in, or `?`. */
  const held = (c: string): string => {
    if (bytesOf.has(c)) return c;
    if (bytesOf.has(c.toLowerCase())) return c.toLowerCase();
    const stand = ASCII_PUNCTUATION[c];
    return stand ?? '?';
  };
  const prepare = (text: string): string =>
    text
      .normalize('NFC')
      .split('\n')
      .map((line) => (options.capitalLinesInLowerCase && isCapitalLine(line) ? line.toLowerCase() : line))
      .join('\n');

  return {
    encode(text) {
      const out: number[] = [];
      for (const c of prepare(text)) {
        for (const h of held(c)) out.push(...(bytesOf.get(h) ?? [0x3f]));
      }
      return Uint8Array.from(out);
    },
    representable(text) {
      return [...text.normalize('NFC')].map((c) => (bytesOf.has(c) || bytesOf.has(c.toLowerCase()) ? c : (ASCII_PUNCTUATION[c] ?? '?'))).join('');
    },
  };
}

/** A line all in capitals (at least two letters): what a typist set in .VnTimeH. */
function isCapitalLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.every((c) => c === c.toUpperCase());
}
