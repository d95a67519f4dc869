// Size and SHA-256 of an input. The hash is what makes resume safe: a file
// edited in place is redone even when its name, size and mtime look unchanged.
// A file the pipeline will take whole (a PDF, an image: `keep` says which, by
// the head) is read whole, once: the same bytes are hashed and handed to the
// pipeline (no second read). Any other — a text file, which the input stage
// reads a piece at a time, or a file larger than the pipeline accepts — is
// hashed a piece at a time, so it never sits in memory whole; the pipeline
// reads a text again and checks it against this hash. The first bytes serve
// content sniffing (does this file need OCR?).
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { fileSystemError, VnplanError } from '../errors.js';

const HEAD_BYTES = 64 * 1024;
/** Bytes hashed at a time when a file is not kept. */
const PIECE_BYTES = 4 << 20;

export interface Fingerprint {
  size: number;
  sha256: string;
  /** The first bytes (up to 64 KiB). */
  head: Uint8Array;
  /** The whole content, when it is at most `keepUpTo` bytes and `keep` wanted it. */
  bytes: Uint8Array | null;
}

export async function fingerprint(path: string, keepUpTo = 0, keep: (head: Uint8Array) => boolean = () => true): Promise<Fingerprint> {
  try {
    const { size } = await stat(path);
    const file = await open(path, 'r');
    let head: Uint8Array;
    const hash = createHash('sha256');
    try {
      // a Uint8Array, not a Buffer, whose slice() would be a view of what the next read overwrites
      const buffer = new Uint8Array(Math.max(1, Math.min(PIECE_BYTES, size)));
      let read = (await file.read(buffer, 0, Math.min(HEAD_BYTES, buffer.length), 0)).bytesRead;
      // a copy, not a view: the head is kept through the whole pipeline
      head = buffer.slice(0, read);
      if (size <= keepUpTo && keep(head)) return await whole(path);
      hash.update(head);
      for (let got = read; got > 0; read += got) {
        got = (await file.read(buffer, 0, buffer.length, read)).bytesRead;
        hash.update(buffer.subarray(0, got));
      }
      return { size: read, sha256: hash.digest('hex'), head, bytes: null };
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new VnplanError('NOT_FOUND', path, 'the file disappeared during the batch')
      : fileSystemError(error, path, 'read the file', 'UNREADABLE');
  }
}

/** The file read whole: its bytes, their hash and their head. */
async function whole(path: string): Promise<Fingerprint> {
  // a view of the buffer read, not a copy: a copy held the file twice until the collector ran
  const read = await readFile(path);
  const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // a copy, not a view: a view would keep the whole file in memory for as long as the head is kept (through the whole pipeline)
  return { size: bytes.byteLength, sha256, head: bytes.slice(0, HEAD_BYTES), bytes };
}
