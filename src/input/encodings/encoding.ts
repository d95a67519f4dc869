// One legacy Vietnamese encoding: how its bytes read, and what it cannot say
// that a reader can put back. One file per encoding implements it (tcvn3.ts,
// vni.ts, viscii.ts, windows-1258.ts); index.ts chooses among them by scoring.
import type { EncodingName } from '../../types.js';
import type { LegacyTable } from './table.js';

export type LegacyEncodingName = Extract<EncodingName, 'tcvn3' | 'vni' | 'viscii' | 'windows-1258'>;

export interface LegacyEncoding {
  readonly name: LegacyEncodingName;
  /** What each of the 256 bytes stands for (a letter, or combining marks), and which bytes the standard assigns; the encoder of the tests is its inverse. */
  readonly table: LegacyTable;
  /** Bytes to NFC text; line structure kept. */
  decode(bytes: Uint8Array): string;
  /**
   * Puts back what the encoding itself loses (TCVN3: capitals with a tone),
   * over a text given as whole lines in pieces (a big file is decoded a piece
   * at a time): `survey` gives every piece's lines once, for what the repair
   * must know of the whole text; the repair then takes them again, in order.
   */
  lineRepair(survey: Iterable<readonly string[]>): LineRepair;
}

export interface LineRepair {
  /** The next lines of the text, repaired. */
  next(lines: readonly string[]): string[];
  /** A note for each kind of repair made, once every line was given. */
  notes(): string[];
}

/** Nothing to repair: every Vietnamese letter has its own bytes. */
export function noRepair(): LineRepair {
  return { next: (lines) => [...lines], notes: () => [] };
}

/** The encoding's repair of a whole text, and its notes. */
export function repaired(encoding: LegacyEncoding, text: string): { text: string; notes: string[] } {
  const lines = text.split('\n');
  const repair = encoding.lineRepair([lines]);
  return { text: repair.next(lines).join('\n'), notes: repair.notes() };
}
