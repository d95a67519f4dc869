// Size and SHA-256 of an input, read as a stream so a large scan never sits in
// memory twice. The hash is what makes resume safe: a file edited in place is
// redone even when its name, size and mtime look unchanged. The first chunk is
// kept for content sniffing (does this file need OCR?) without a second read.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { VnplanError } from '../errors.js';

const HEAD_BYTES = 64 * 1024;

export interface Fingerprint {
  size: number;
  sha256: string;
  /** The first bytes (up to 64 KiB). */
  head: Uint8Array;
}

export async function fingerprint(path: string): Promise<Fingerprint> {
  try {
    const { size } = await stat(path);
    const hash = createHash('sha256');
    let head: Uint8Array | null = null;
    for await (const chunk of createReadStream(path, { highWaterMark: HEAD_BYTES })) {
      head ??= chunk as Buffer;
      hash.update(chunk as Buffer);
    }
    return { size, sha256: hash.digest('hex'), head: head ?? new Uint8Array() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new VnplanError('NOT_FOUND', path, 'the file disappeared during the batch')
      : new VnplanError('UNREADABLE', path, `cannot read the file (${code ?? String(error)})`);
  }
}
