// Stage 1: a path becomes an InputDocument. The file's kind is decided by its
// content (detect.ts); text is decoded here, PDFs and images keep their bytes
// for the page stage (src/ocr).
import { stat } from 'node:fs/promises';
import sharp from 'sharp';
import type { ImageFormat, InputDocument } from '../types.js';
import { VnplanError } from '../errors.js';
import { bytesSource, FileBytes, fileError, type ByteSource } from './byte-source.js';
import { describeContent, detectFormat, FORMAT_SAMPLE_BYTES, isRtf } from './detect.js';
import { decodeTextFile, LARGE_TEXT_BYTES } from './text.js';
import { withHeldText } from '../off-heap-text.js';

export { detectFormat, FORMAT_SAMPLE_BYTES, looksLikeText } from './detect.js';

export interface InputLimits {
  /** Largest file accepted, bytes. */
  maxBytes: number;
  /** Largest text file accepted, bytes (its decoded text and the restored copy both sit in memory). */
  maxTextBytes: number;
  /** Shortest side of a page image, pixels: less cannot hold a line of print. */
  minImageSide: number;
  /** Longest side over shortest of a page image: a thinner strip is no page. */
  maxImageAspect: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  // a 300 dpi scan of a 30-page plan is ~20–40 MB; ten times that is not a plan
  maxBytes: 256 * 1024 * 1024,
  // a plan's text is 20–100 KB; 64 MB is a whole archive pasted into one file
  maxTextBytes: 64 * 1024 * 1024,
  // one line of 10-point print at 72 dpi is ~14 pixels high
  minImageSide: 16,
  // A4 is 1.41, a two-page spread or a long receipt ~3–5
  maxImageAspect: 20,
};

/**
 * The file at `path` as an InputDocument. A text file is read a piece at a
 * time as it is decoded, never whole; PDFs and images are read whole (their
 * readers take all the bytes). `sha256`, when given (a batch fingerprints
 * every input first), is what the bytes read must hash to: a file changed
 * since is an error naming it, not a record of other bytes. A text file of
 * more than `largeBytes` is never held.
 */
export async function readInput(path: string, limits?: Partial<InputLimits>, sha256?: string, largeBytes = LARGE_TEXT_BYTES): Promise<InputDocument> {
  const byteLength = await regularFileSize(path);
  if (byteLength === 0) throw new VnplanError('EMPTY', path, 'the file is empty (0 bytes)');
  checkSize(path, byteLength, { ...DEFAULT_INPUT_LIMITS, ...limits }.maxBytes, 'the limit');
  return inputFromSource(path, new FileBytes(path, byteLength, sha256), limits, largeBytes);
}

/** The same as readInput, for bytes already read (a batch keeps the bytes of a PDF or an image it hashed). */
export function inputFromBytes(path: string, bytes: Uint8Array, limits?: Partial<InputLimits>, largeBytes = LARGE_TEXT_BYTES): Promise<InputDocument> {
  return inputFromSource(path, bytesSource(bytes), limits, largeBytes);
}

async function inputFromSource(path: string, source: ByteSource, limits: Partial<InputLimits> | undefined, largeBytes: number): Promise<InputDocument> {
  const all = { ...DEFAULT_INPUT_LIMITS, ...limits };
  const byteLength = source.length;
  if (byteLength === 0) throw new VnplanError('EMPTY', path, 'the file is empty (0 bytes)');
  checkSize(path, byteLength, all.maxBytes, 'the limit');
  const head = source.head(FORMAT_SAMPLE_BYTES);
  const format = detectFormat(head);
  if (format === null || (format === 'text' && isRtf(head))) {
    throw new VnplanError('UNSUPPORTED_FORMAT', path, `the file is ${describeContent(head)}; vnplan reads text, PDF, PNG, JPEG, TIFF and WebP`);
  }
  if (format === 'text') {
    checkSize(path, byteLength, all.maxTextBytes, 'the limit for a text file');
    // a file on disk can be read again: a big text is then never held, but decoded anew whenever it is read
    const decoded = decodeTextFile(source, path, undefined, undefined, undefined, source instanceof FileBytes, largeBytes);
    // a big text stays outside the heap: spreading it would decode it whole
    const fields = { path, format, byteLength, encoding: decoded.encoding };
    return decoded.utf8 ? withHeldText(fields, decoded.utf8) : { ...fields, text: decoded.text };
  }
  const bytes = source.whole();
  if (format !== 'pdf') await checkImageShape(path, format, bytes, all);
  return { path, format, byteLength, bytes };
}

function checkSize(path: string, byteLength: number, max: number, limit: string): void {
  if (byteLength > max) {
    throw new VnplanError('TOO_LARGE', path, `the file is ${formatBytes(byteLength)}, ${limit} is ${formatBytes(max)}`);
  }
}

/**
 * A page image too small or too thin to hold a line of text is refused here,
 * by name, before the page stage would compute a resolution of zero from it.
 * An image whose header cannot be read is left to the page stage, which names
 * the decoding error. This reads the first page; the page stage checks every
 * page of a multi-page TIFF the same way before it decodes any.
 */
async function checkImageShape(path: string, format: ImageFormat, bytes: Uint8Array, limits: InputLimits): Promise<void> {
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null);
  if (meta === null || meta.width === undefined || meta.height === undefined) return;
  const height = format === 'tiff' ? (meta.pageHeight ?? meta.height) : meta.height;
  checkPageShape(path, 1, meta.width, height, limits);
}

/** BAD_PAGE_SIZE naming the file and page when a page image of this size cannot hold a page of text. */
export function checkPageShape(path: string, page: number, width: number, height: number, limits: InputLimits = DEFAULT_INPUT_LIMITS): void {
  const short = Math.min(width, height);
  const size = `${width}×${height} pixels`;
  if (short < limits.minImageSide) {
    throw new VnplanError('BAD_PAGE_SIZE', path, `the image is ${size}: too small to hold a page of text (at least ${limits.minImageSide} pixels a side)`, page);
  }
  if (Math.max(width, height) / short > limits.maxImageAspect) {
    throw new VnplanError('BAD_PAGE_SIZE', path, `the image is ${size}: too narrow to be a page (sides at most ${limits.maxImageAspect}:1)`, page);
  }
}

/** Size of a regular file; anything else (missing, a folder, no permission) is a clear error. */
async function regularFileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new VnplanError('UNREADABLE', path, 'is a directory, not a file');
    if (!info.isFile()) throw new VnplanError('UNREADABLE', path, 'is not a regular file');
    return info.size;
  } catch (error) {
    throw fileError(error, path);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}
