// What a file is, decided by its first bytes (magic numbers), never by its
// extension: a scanner or a mail gateway happily names a JPEG `plan.pdf`.
import type { InputFormat } from '../types.js';
import { strayNulLimit, utf16ByNulBytes } from './text.js';

type Signature = { format: Exclude<InputFormat, 'text'>; at: number; bytes: readonly number[] };

const SIGNATURES: readonly Signature[] = [
  { format: 'png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { format: 'tiff', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] }, // II*\0, little-endian
  { format: 'tiff', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] }, // MM\0*, big-endian
  { format: 'webp', at: 8, bytes: [0x57, 0x45, 0x42, 0x50] }, // RIFF....WEBP (RIFF checked below)
];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** PDF readers accept the header anywhere in the first 1024 bytes (after junk some mailers prepend). */
const PDF_HEADER_WINDOW = 1024;
/** Enough of a text file to judge it; the decoder checks the whole file afterwards. */
const TEXT_SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a NUL-free file is a binary blob, not text. */
const MAX_CONTROL_RATIO = 0.01;

/** The file's format, or null when it is none of the formats vnplan reads. */
export function detectFormat(bytes: Uint8Array): InputFormat | null {
  if (findBytes(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) return 'pdf';
  for (const signature of SIGNATURES) {
    if (startsWithAt(bytes, signature.bytes, signature.at)) {
      if (signature.format === 'webp' && !startsWithAt(bytes, [0x52, 0x49, 0x46, 0x46], 0)) continue;
      return signature.format;
    }
  }
  return looksLikeText(bytes) ? 'text' : null;
}

/**
 * Text by content: a UTF-16 byte-order mark, UTF-16 without one (NUL bytes on
 * every other byte), or bytes with at most a stray NUL (dropped by the decoder)
 * and almost no control characters. Bytes ≥ 0x80 count as printable so that a
 * legacy-encoded file (TCVN3, VNI, Windows-1258) is handed to the decoder,
 * which reads it or names the real problem (BAD_ENCODING).
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWithAt(bytes, [0xff, 0xfe], 0) || startsWithAt(bytes, [0xfe, 0xff], 0)) return true;
  if (utf16ByNulBytes(bytes)) return true;
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  let control = 0;
  let nul = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    else if (isControlByte(byte)) control++;
  }
  return nul <= strayNulLimit(sample.length) && control <= sample.length * MAX_CONTROL_RATIO;
}

function isControlByte(byte: number): boolean {
  // tab, line feed, form feed and carriage return are ordinary in text files
  if (byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d) return false;
  return byte < 0x20 || byte === 0x7f;
}

function startsWithAt(bytes: Uint8Array, expected: readonly number[], at: number): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((value, i) => bytes[at + i] === value);
}

function findBytes(bytes: Uint8Array, needle: readonly number[], window: number): number {
  const last = Math.min(bytes.length, window) - needle.length;
  for (let i = 0; i <= last; i++) {
    if (startsWithAt(bytes, needle, i)) return i;
  }
  return -1;
}
