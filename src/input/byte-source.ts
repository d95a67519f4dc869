// A file's bytes as the text decoders read them: from the start, a piece at a
// time, as many times as a decoder needs (the legacy encodings read a file
// once to choose and survey, once to decode). A text file read this way is
// never whole in memory: a 50 MB file's bytes held beside its decoded text
// were the peak of a batch. Every whole pass over a file is checked to have
// read the same bytes — the size it had and the SHA-256 it was fingerprinted
// by, or else what the first pass read — so a file written to while it is read
// is named, never decoded half old and half new.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { fileSystemError, VnplanError } from '../errors.js';

export interface ByteSource {
  /** Bytes in all. */
  readonly length: number;
  /**
   * The bytes from the start in consecutive pieces of `pieceBytes` (the last
   * may be shorter). A piece may be overwritten by the next one: what is kept
   * of it must be copied.
   */
  pieces(pieceBytes: number): Generator<Uint8Array>;
  /** The first `count` bytes (all when there are fewer), a copy of its own. */
  head(count: number): Uint8Array;
  /** Every byte at once: for the few files only the whole path reads (mojibake, broken bytes). */
  whole(): Uint8Array;
}

/** Bytes in memory as a source: pieces are views, never copies. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    length: bytes.length,
    *pieces(pieceBytes: number) {
      for (let start = 0; start < bytes.length; start += pieceBytes) yield bytes.subarray(start, start + pieceBytes);
    },
    head: (count: number) => bytes.slice(0, count),
    whole: () => bytes,
  };
}

/**
 * A file read with positioned reads into one buffer per pass, opened for each
 * pass and closed after it: a text decoded again whenever it is read (a big
 * one is never kept, see RereadText) needs no descriptor held open between
 * reads. Reads are synchronous: the decoders that ask for pieces are, and a
 * megabyte from the page cache takes well under a millisecond.
 */
export class FileBytes implements ByteSource {
  /** The SHA-256 every whole pass must give: the caller's, else the first pass's. */
  #sha256: string | undefined;

  constructor(
    private readonly path: string,
    /** The file's size when it was first seen: a pass that finds more or fewer bytes fails. */
    readonly length: number,
    sha256?: string,
  ) {
    this.#sha256 = sha256;
  }

  *pieces(pieceBytes: number): Generator<Uint8Array> {
    const fd = this.#open();
    try {
      // a Uint8Array, not a Buffer: a Buffer's slice() is a view, and a reader's copy of a piece must be one
      const buffer = new Uint8Array(Math.max(1, Math.min(pieceBytes, this.length)));
      const hash = createHash('sha256');
      for (let start = 0; start < this.length; ) {
        const piece = this.#read(fd, buffer, start, Math.min(buffer.length, this.length - start));
        hash.update(piece);
        yield piece;
        start += piece.length;
      }
      if (this.#read(fd, buffer, this.length, 1, false).length > 0) throw this.#changed(`it grew past the ${this.length} bytes it had when it was opened`);
      const sha256 = hash.digest('hex');
      if ((this.#sha256 ??= sha256) !== sha256) throw this.#changed('its bytes are not those read before');
    } finally {
      closeSync(fd);
    }
  }

  head(count: number): Uint8Array {
    const fd = this.#open();
    try {
      const bytes = new Uint8Array(Math.min(count, this.length));
      return this.#read(fd, bytes, 0, bytes.length);
    } finally {
      closeSync(fd);
    }
  }

  whole(): Uint8Array {
    const bytes = new Uint8Array(this.length);
    let at = 0;
    for (const piece of this.pieces(WHOLE_READ_BYTES)) {
      bytes.set(piece, at);
      at += piece.length;
    }
    return bytes;
  }

  /** `count` bytes at `position` into the start of `buffer`; fewer only at the file's end, which `exact` refuses. */
  #read(fd: number, buffer: Uint8Array, position: number, count: number, exact = true): Uint8Array {
    let got = 0;
    try {
      while (got < count) {
        const read = readSync(fd, buffer, got, count - got, position + got);
        if (read === 0) break;
        got += read;
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new VnplanError('UNREADABLE', this.path, `cannot be read (${code ?? String(error)})`);
    }
    if (exact && got < count) throw this.#changed(`it shrank to ${position + got} of the ${this.length} bytes it had when it was opened`);
    return buffer.subarray(0, got);
  }

  #open(): number {
    try {
      return openSync(this.path, 'r');
    } catch (error) {
      throw fileError(error, this.path);
    }
  }

  #changed(how: string): VnplanError {
    return new VnplanError('UNREADABLE', this.path, `the file changed while it was read (${how}); read it again once it is written`);
  }
}

/** What went wrong reading `path`, said plainly. */
export function fileError(error: unknown, path: string): VnplanError {
  if (error instanceof VnplanError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new VnplanError('NOT_FOUND', path, 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new VnplanError('UNREADABLE', path, 'permission denied');
  if (code === 'EISDIR') return new VnplanError('UNREADABLE', path, 'is a directory, not a file');
  return fileSystemError(error, path, 'read the file', 'UNREADABLE');
}

/** Bytes read at a time when a file is read whole. */
const WHOLE_READ_BYTES = 8 << 20;
