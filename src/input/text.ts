// PLACEHOLDER — replaced by the extractor work (issue 2).
import { VnplanError } from '../errors.js';

/** Decode a text file (UTF-8 with/without BOM, UTF-16 with BOM), NFC, Markdown marks removed. */
export function decodeText(_bytes: Uint8Array, path: string): string {
  throw new VnplanError('BAD_ENCODING', path, 'text decoding not implemented yet');
}
