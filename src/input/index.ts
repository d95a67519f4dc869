// Stage 1: a path becomes an InputDocument. The file's kind is decided by its
// content (detect.ts); text is decoded here, PDFs and images keep their bytes
// for the page stage (src/ocr).
import { readFile, stat } from 'node:fs/promises';
import type { InputDocument } from '../types.js';
import { VnplanError } from '../errors.js';
import { describeContent, detectFormat, isRtf } from './detect.js';
import { decodeTextFile } from './text.js';

export { detectFormat, looksLikeText } from './detect.js';

export interface InputLimits {
  /** Largest file accepted, bytes. */
  maxBytes: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  // a 300 dpi scan of a 30-page plan is ~20–40 MB; ten times that is not a plan
  maxBytes: 256 * 1024 * 1024,
};

export async function readInput(path: string, limits?: Partial<InputLimits>): Promise<InputDocument> {
  const { maxBytes } = { ...DEFAULT_INPUT_LIMITS, ...limits };
  const byteLength = await regularFileSize(path);
  if (byteLength === 0) throw new VnplanError('EMPTY', path, 'the file is empty (0 bytes)');
  if (byteLength > maxBytes) {
    throw new VnplanError('TOO_LARGE', path, `the file is ${formatBytes(byteLength)}, the limit is ${formatBytes(maxBytes)}`);
  }
  const bytes = await readBytes(path);
  const format = detectFormat(bytes);
  if (format === null || (format === 'text' && isRtf(bytes))) {
    throw new VnplanError('UNSUPPORTED_FORMAT', path, `the file is ${describeContent(bytes)}; vnplan reads text, PDF, PNG, JPEG, TIFF and WebP`);
  }
  if (format === 'text') return { path, format, byteLength, ...decodeTextFile(bytes, path) };
  return { path, format, byteLength, bytes };
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

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw fileError(error, path);
  }
}

function fileError(error: unknown, path: string): VnplanError {
  if (error instanceof VnplanError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new VnplanError('NOT_FOUND', path, 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new VnplanError('UNREADABLE', path, 'permission denied');
  if (code === 'EISDIR') return new VnplanError('UNREADABLE', path, 'is a directory, not a file');
  return new VnplanError('UNREADABLE', path, `cannot be read (${code ?? String(error)})`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}
