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
/** What detectFormat, isRtf and describeContent read of a file: its head tells the format as well as the whole does. */
export const FORMAT_SAMPLE_BYTES = Math.max(TEXT_SAMPLE_BYTES, PDF_HEADER_WINDOW);
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

const RTF_MAGIC = [...'{\\rtf'].map((c) => c.charCodeAt(0));

/** An RTF file is text by its bytes, but its words sit among control words: a format of its own, not read. */
export function isRtf(bytes: Uint8Array): boolean {
  return startsWithAt(bytes, RTF_MAGIC, 0);
}

/** Formats vnplan does not read, by their magic bytes, so the error can say what the file is. */
const UNSUPPORTED: ReadonlyArray<{ what: string; at: number; bytes: readonly number[] }> = [
  { what: 'a ZIP archive', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'a Word, Excel or PowerPoint 97–2003 file (.doc/.xls/.ppt)', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'an RTF document', at: 0, bytes: RTF_MAGIC },
  { what: 'a GIF image', at: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a BMP image', at: 0, bytes: [0x42, 0x4d] },
  { what: 'a JPEG 2000 image', at: 0, bytes: [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20] },
  { what: 'a DjVu document', at: 0, bytes: [...'AT&TFORM'].map((c) => c.charCodeAt(0)) },
  { what: 'an HEIC/AVIF image or an MP4/QuickTime file', at: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
  { what: 'a gzip archive', at: 0, bytes: [0x1f, 0x8b] },
  { what: 'a 7-Zip archive', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a RAR archive', at: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { what: 'a program (ELF executable)', at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a program (Windows executable)', at: 0, bytes: [0x4d, 0x5a] },
  { what: 'an SQLite database', at: 0, bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)) },
];

/** Office documents are ZIP archives: the first entry names tell which. */
const ZIP_KINDS: ReadonlyArray<[string, string]> = [
  ['word/', 'a Word document (.docx)'],
  ['xl/', 'an Excel workbook (.xlsx)'],
  ['ppt/', 'a PowerPoint file (.pptx)'],
  ['application/vnd.oasis.opendocument', 'an OpenDocument file (.odt/.ods)'],
];

/**
 * What a file vnplan does not read is, for the error: a known format by its
 * magic bytes (an Office document, an archive, an RTF file, another image
 * format), or what makes it binary.
 */
export function describeContent(bytes: Uint8Array): string {
  const known = UNSUPPORTED.find((u) => startsWithAt(bytes, u.bytes, u.at));
  if (known?.what === 'a ZIP archive') {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, TEXT_SAMPLE_BYTES));
    return ZIP_KINDS.find(([marker]) => head.includes(marker))?.[1] ?? known.what;
  }
  if (known) return known.what;
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  const nul = sample.reduce((n, byte) => n + (byte === 0 ? 1 : 0), 0);
  const control = sample.reduce((n, byte) => n + (byte !== 0 && isControlByte(byte) ? 1 : 0), 0);
  const share = (n: number): string => `${((n / sample.length) * 100).toFixed(1)} %`;
  return `binary data of no known format (${share(nul)} NUL and ${share(control)} other control bytes in the first ${formatKb(sample.length)})`;
}

function formatKb(bytes: number): string {
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
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
