// Byte tables of the single-byte legacy encodings (dictionaries/encodings/*.tsv,
// see dictionaries/SOURCES.md). A table lists only the bytes its encoding
// assigns beyond ASCII; every other byte reads as Windows-1252, which is what
// the Windows fonts of these encodings kept there (quotes, dashes, ellipsis).
import { DICTIONARIES_DIR, readTableText } from '../../dictionaries.js';

/** What each of the 256 bytes stands for: a character, or combining marks (VNI). */
export type ByteTable = readonly string[];

/** A legacy encoding's table, and the bytes beyond ASCII its standard assigns (the rest read as Windows-1252). */
export interface LegacyTable {
  bytes: ByteTable;
  own: ReadonlySet<number>;
}

/**
 * Windows-1252's reading of every byte: ISO-8859-1 with its own 0x80–0x9F
 * (windows-1252.tsv). Node 20's TextDecoder reads `windows-1252` as
 * ISO-8859-1 (0x93 as U+0093, not “), so it is not used for this.
 */
export function windows1252Table(dir = DICTIONARIES_DIR): ByteTable {
  return readByteTable('windows-1252', dir, Array.from({ length: 256 }, (_, byte) => String.fromCharCode(byte))).bytes;
}

/** `dictionaries/encodings/<name>.tsv` over Windows-1252 (or `under`): `byte (hex) TAB code points (U+XXXX …) TAB shown`. */
export function readByteTable(name: string, dir = DICTIONARIES_DIR, under: ByteTable = windows1252Table(dir)): LegacyTable {
  const file = `encodings/${name}.tsv`;
  const table = [...under];
  const own = new Set<number>();
  for (const row of readTableText(file, dir).split('\n')) {
    if (row === '' || row.startsWith('#')) continue;
    const [byte, points] = row.split('\t');
    const value = Number.parseInt(byte ?? '', 16);
    const text = (points ?? '').split(' ').map((p) => String.fromCodePoint(Number.parseInt(p.replace(/^U\+/, ''), 16)));
    if (!(value >= 0 && value < 256) || text.some((c) => c === '\0')) throw new Error(`${file}: bad row "${row}"`);
    table[value] = text.join('');
    own.add(value);
  }
  return { bytes: table, own };
}

/** Bytes to text through a table; compiled once per table (archives run to tens of megabytes). */
export type TableDecoder = (bytes: Uint8Array) => string;

/** Code units per String.fromCharCode call: well under any engine's argument limit. */
const CHUNK = 8192;

/**
 * A decoder for `table`: each byte's code units copied into one buffer, then
 * composed to NFC when the table holds combining marks (VNI's mark bytes join
 * the letter before them; Windows-1258's tones).
 */
export function compileTable(table: ByteTable): TableDecoder {
  const units = table.map((entry) => Array.from(entry, (c) => c.charCodeAt(0)));
  const widest = Math.max(...units.map((u) => u.length));
  const composes = table.some((entry) => /\p{M}/u.test(entry));
  // one code unit per byte is the common case (all but VNI's marks): a plain lookup
  const single = Uint16Array.from(units, (u) => u[0] ?? 0);
  return (bytes) => {
    const out = new Uint16Array(bytes.length * widest);
    let length = 0;
    if (widest === 1) {
      for (let i = 0; i < bytes.length; i++) out[i] = single[bytes[i] ?? 0] ?? 0;
      length = bytes.length;
    } else {
      for (const byte of bytes) for (const unit of units[byte] ?? []) out[length++] = unit;
    }
    let text = '';
    for (let i = 0; i < length; i += CHUNK) text += String.fromCharCode(...out.subarray(i, Math.min(i + CHUNK, length)));
    return composes ? text.normalize('NFC') : text;
  };
}
