// Text files (.txt / .md) to one clean string. Line structure is kept exactly:
// line numbers are what the extractor records as provenance.
import { VnplanError } from '../errors.js';

/** Decode a text file (UTF-8 with/without BOM, UTF-16 with BOM), NFC, Markdown marks removed. */
export function decodeText(bytes: Uint8Array, path: string): string {
  const decoded = decodeBytes(bytes, path);
  if (decoded.trim() === '') throw new VnplanError('EMPTY', path, 'the file holds no text');
  const text = decoded.normalize('NFC').replace(/\r\n?/g, '\n');
  return text.split('\n').map(stripMarkdown).join('\n');
}

function decodeBytes(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new VnplanError('EMPTY', path, 'the file is empty');
  const [b0, b1, b2] = bytes;
  // A UTF-16 file without a BOM is not accepted: it cannot be told from binary data.
  if (b0 === 0xff && b1 === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), path);
  if (b0 === 0xfe && b1 === 0xff) return decodeWith('utf-16be', bytes.subarray(2), path);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  return decodeWith('utf-8', body, path);
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, path: string): string {
  try {
    // ignoreBOM: the BOM was already cut; a second one is content, not a mark.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new VnplanError('BAD_ENCODING', path, `not valid ${encoding.toUpperCase()} text`);
  }
}

/**
 * Markdown marks that carry no text: heading hashes, strong/emphasis markers and
 * the trailing spaces of a hard line break. A single `*` or `_` is removed only
 * when it wraps a word (`*x*`), so bullets (`* item`) and identifiers stay.
 */
function stripMarkdown(line: string): string {
  return line
    .replace(/^(\s*)#{1,6}\s+/u, '$1')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/gu, '$1')
    .replace(/__(\S(?:.*?\S)?)__/gu, '$1')
    .replace(/(^|[\s(“"])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:!?)”"])/gu, '$1$2')
    .replace(/\s+$/u, '');
}
