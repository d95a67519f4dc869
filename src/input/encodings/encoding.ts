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
  /** Puts back what the encoding itself loses (TCVN3: capitals with a tone); a note for each kind of repair made. */
  repair(text: string): { text: string; notes: string[] };
}

/** Nothing to repair: every Vietnamese letter has its own bytes. */
export function noRepair(text: string): { text: string; notes: string[] } {
  return { text, notes: [] };
}
