// Windows-1258 (Microsoft's Vietnamese code page): â ê ô ơ ư ă đ precomposed,
// the five tones mostly as combining marks after the letter; NFC composes them.
// The byte table is the WHATWG index Node's TextDecoder carries, so no table
// of our own is kept.
import { noRepair, type LegacyEncoding } from './encoding.js';
import { compileTable } from './table.js';

export function createWindows1258(): LegacyEncoding {
  const decoder = new TextDecoder('windows-1258');
  const bytes = Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte)));
  const own = new Set([...bytes.keys()].filter((byte) => byte >= 0x80));
  return { name: 'windows-1258', table: { bytes, own }, decode: compileTable(bytes), lineRepair: noRepair };
}
