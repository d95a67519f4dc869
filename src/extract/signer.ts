// The signature block: TM./KT. authority, position (CHỦ TỊCH, PHÓ CHỦ TỊCH) and
// the signer's name under them. Positions and authorities are written in
// capitals in the block; the record gives them in sentence case.
import { isPhrase, isUpperCase, sentenceCase } from './fold.js';
import type { Line } from './lines.js';
import { normalizeOrganName } from './organs.js';
import { vocabulary } from './vocabulary.js';
import type { LineRange, Signer } from '../types.js';

export interface FoundSigner {
  signer: Signer;
  lines: LineRange | null;
}

/** `TM. ỦY BAN NHÂN DÂN` -> `TM. Ủy ban nhân dân`. */
export function readAuthority(text: string): string | null {
  const prefixes = vocabulary().plan.signatureAuthorities.join('|');
  const m = new RegExp(String.raw`^\W*(${prefixes})\s?\.\s*(.+)$`, 'u').exec(text.trim());
  if (!m || !isUpperCase(m[2]!)) return null;
  return `${m[1]}. ${normalizeOrganName(sentenceCase(m[2]!.trim()))}`;
}

/** `PHÓ CHỦ TỊCH` -> `Phó Chủ tịch`. */
export function readPosition(text: string): string | null {
  const value = text.trim();
  if (!isUpperCase(value)) return null;
  return vocabulary().plan.positions.find((p) => isPhrase(value, p)) ?? null;
}

/** A personal name: two to five capitalised words and nothing else (`Trần Đức Tuấn`). */
export function isPersonalName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/** Reads the signature from the lines of the signature column, in order. */
export function readSigner(lines: readonly Line[]): FoundSigner {
  let authority: { value: string; line: number } | null = null;
  let position: { value: string; line: number } | null = null;
  let name: { value: string; line: number } | null = null;
  for (const line of lines) {
    const asAuthority = readAuthority(line.text);
    const asPosition = asAuthority ? null : readPosition(line.text);
    // The authority that counts is the one right above the position (KT. under TM.).
    if (asAuthority && position === null) authority = { value: asAuthority, line: line.no };
    else if (asPosition && position === null) position = { value: asPosition, line: line.no };
    else if (isPersonalName(line.text)) name = { value: line.text.trim().replace(/\s+/g, ' '), line: line.no };
  }
  const found = [authority, position, name].filter((f) => f !== null);
  return {
    signer: { name: name?.value ?? null, position: position?.value ?? null, authority: authority?.value ?? null },
    lines: found.length
      ? { from: Math.min(...found.map((f) => f.line)), to: Math.max(...found.map((f) => f.line)) }
      : null,
  };
}
