// Size and SHA-256 of an input. The hash is what makes resume safe: a file
// edited in place is redone even when its name, size and mtime look unchanged.
// A file the pipeline will accept is read whole, once: the same bytes are
// hashed and handed to the pipeline (no second read). A larger one (refused by
// the input stage anyway) is hashed as a stream so it never sits in memory.
// The first bytes serve content sniffing (does this file need OCR?).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { VnplanError } from '../errors.js';

const HEAD_BYTES = 64 * 1024;

export interface Fingerprint {
  size: number;
  sha256: string;
  /** The first bytes (up to 64 KiB). */
  head: Uint8Array;
  /** The whole content, when it is at most `keepUpTo` bytes. */
  bytes: Uint8Array | null;
}

export async function fingerprint(path: string, keepUpTo = 0): Promise<Fingerprint> {
  try {
    const { size } = await stat(path);
    if (size <= keepUpTo) {
      // a view of the buffer read, not a copy: a copy held the file twice until the collector ran
      const read = await readFile(path);
      const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      // a copy, not a view: a view would keep the whole file in memory for as long as the head is kept (through the whole pipeline)
      return { size: bytes.byteLength, sha256, head: bytes.slice(0, HEAD_BYTES), bytes };
    }
    const hash = createHash('sha256');
    let head: Uint8Array | null = null;
    for await (const chunk of createReadStream(path, { highWaterMark: HEAD_BYTES })) {
      head ??= chunk as Buffer;
      hash.update(chunk as Buffer);
    }
    return { size, sha256: hash.digest('hex'), head: head ?? new Uint8Array(), bytes: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new VnplanError('NOT_FOUND', path, 'the file disappeared during the batch')
      : new VnplanError('UNREADABLE', path, `cannot read the file (${code ?? String(error)})`);
  }
}
