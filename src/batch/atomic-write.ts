// Outputs appear whole or not at all: data goes to `name.<pid>.<random>.tmp` in
// the same folder (same file system, so the rename is atomic), is fsynced, then
// renamed over `name`. A run killed mid-write leaves only a temp file, which
// the next run removes (`removeStaleTemps` for a batch's folder,
// `removeStaleTempsOf` beside a single output): only files of our own naming
// whose process is gone, so a run still writing is never robbed.
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, open, opendir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileSystemError } from '../errors.js';
import type { RestoredTextFile } from '../pipeline.js';

/** `.<pid>.<12 hex>.tmp`, what `writeFileAtomic` appends; the pid is group 1. */
const TEMP_SUFFIX = /\.(\d+)\.[0-9a-f]{12}\.tmp$/;

export interface AtomicWriteOptions {
  /** When aborted before the rename, the temp file is removed and nothing is written. */
  signal?: AbortSignal;
}

/**
 * `data` whole, or as pieces written one after another (a big text as
 * `textPieces`, or as the blocks of its UTF-8): only one piece at a time is encoded, never the whole file.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathOf(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const piece of data) await handle.writeFile(piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
    options.signal?.throwIfAborted();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Where `path` is written before it is renamed into place: beside it, named as removeStaleTemps finds it. */
function tempPathOf(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Bytes read back at a time from a StreamedTextFile. */
const READ_BACK_BYTES = 1 << 20;
const LINE_FEED = 0x0a;

/**
 * A text output written piece by piece as it is made (a big text, as it is
 * restored) to a temp file in `tempDir` — a folder that exists already, on
 * the output's file system, so that no folder of the output is made before
 * the output is kept — that `commit` renames into place (else `close` removes
 * it): like writeFileAtomic, the output appears whole or not at all, and a
 * killed run's temp file is removed by the next (removeStaleTemps). What was
 * written is read back from the file (its beginning, its lines) until it is
 * closed. Writes are synchronous: restoration, which pushes the pieces, is. A
 * lone surrogate (none comes from a text that had a UTF-8 form) is written as
 * U+FFFD, as a string written out always was.
 */
export class StreamedTextFile implements RestoredTextFile {
  readonly #temp: string;
  #fd: number | null;
  #committed = false;
  #pieces = 0;
  #length = 0;
  #bytes = 0;

  /** `path` is the output's, as errors name it; read back `readBackBytes` at a time. */
  constructor(
    readonly path: string,
    tempDir: string,
    private readonly readBackBytes = READ_BACK_BYTES,
  ) {
    this.#temp = tempPathOf(join(tempDir, `.${basename(path)}`));
    try {
      this.#fd = openSync(this.#temp, 'wx+');
    } catch (error) {
      throw fileSystemError(error, path, 'write the output');
    }
  }

  get length(): number {
    return this.#length;
  }

  push(piece: string): void {
    if (this.#committed) throw new Error(`${this.path}: the streamed text was already committed`);
    const text = this.#pieces++ === 0 ? piece : `\n${piece}`;
    const bytes = Buffer.from(text, 'utf8');
    try {
      // a write may take less than it was given
      for (let done = 0; done < bytes.length; ) done += writeSync(this.#open(), bytes, done, bytes.length - done, this.#bytes + done);
    } catch (error) {
      throw fileSystemError(error, this.path, 'write the output');
    }
    this.#bytes += bytes.length;
    this.#length += text.length;
  }

  get text(): string {
    return this.head(this.#length);
  }

  head(maxChars: number): string {
    const decoder = new TextDecoder('utf-8');
    const head: string[] = [];
    let chars = 0;
    for (const bytes of this.#readBack()) {
      head.push(decoder.decode(bytes, { stream: true }));
      chars += head.at(-1)!.length;
      if (chars >= maxChars) break;
    }
    return head.join('').slice(0, maxChars);
  }

  lineCount(): number {
    let count = 1;
    for (const bytes of this.#readBack()) for (let at = bytes.indexOf(LINE_FEED); at >= 0; at = bytes.indexOf(LINE_FEED, at + 1)) count++;
    return count;
  }

  toJSON(): undefined {
    return undefined;
  }

  /**
   * Synced, then renamed to `target` (whose folder must exist), unless
   * `signal` was aborted (then removed, and the abort thrown). It is still
   * read back until `close`.
   */
  async commit(target: string, signal?: AbortSignal): Promise<void> {
    const fd = this.#open();
    try {
      const size = fstatSync(fd).size;
      if (size !== this.#bytes) throw new Error(`the temp file holds ${size} bytes, ${this.#bytes} were written`);
      fsyncSync(fd);
      signal?.throwIfAborted();
      await rename(this.#temp, target);
      this.#committed = true;
    } catch (error) {
      await this.close();
      throw signal?.aborted ? error : fileSystemError(error, this.path, 'write the output');
    }
  }

  /** Let go of the file: unless committed, the temp file is removed and nothing is written. Nothing is read or pushed after. */
  async close(): Promise<void> {
    const fd = this.#fd;
    this.#fd = null;
    if (fd !== null) closeSync(fd);
    if (!this.#committed) await rm(this.#temp, { force: true });
  }

  #open(): number {
    if (this.#fd === null) throw new Error(`${this.path}: the streamed text was closed`);
    return this.#fd;
  }

  /** The bytes written so far, a piece at a time. */
  *#readBack(): Generator<Buffer> {
    const piece = Buffer.allocUnsafe(this.readBackBytes);
    for (let at = 0; at < this.#bytes; ) {
      const read = readSync(this.#open(), piece, 0, Math.min(this.readBackBytes, this.#bytes - at), at);
      if (read === 0) throw new Error(`${this.path}: the temp file ends at byte ${at} of ${this.#bytes} written`);
      yield piece.subarray(0, read);
      at += read;
    }
  }
}

/** Pieces written at a time by `textPieces`: small beside a big text, large beside a write call's cost. */
export const TEXT_PIECE_CHARS = 1 << 20;

/**
 * `text` in consecutive pieces of about `chars`, each cut after a line end
 * (else before `chars`, never between the two halves of a surrogate pair),
 * so their UTF-8 bytes, written one after another, are the text's.
 */
export function* textPieces(text: string, chars = TEXT_PIECE_CHARS): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + chars);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end - 1);
      if (newline >= start) end = newline + 1;
      // a pair is cut before it, or kept whole when it is all the piece holds
      else if (isHighSurrogate(text.charCodeAt(end - 1))) end += end - start > 1 ? -1 : 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Remove temp files left under `dir` by killed runs; returns how many. Only call
 * while holding the batch lock, so no live run's temp file is touched.
 */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  for await (const entry of await opendir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removed += await removeStaleTemps(path);
    else if (entry.isFile() && isStaleTemp(entry.name)) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}

/** Remove the temp files a killed run left beside `path` (`path.<dead pid>.<hex>.tmp`); returns how many. */
export async function removeStaleTempsOf(path: string): Promise<number> {
  const name = basename(path);
  let removed = 0;
  let dir;
  try {
    dir = await opendir(dirname(path));
  } catch {
    return 0; // no folder yet: nothing left behind
  }
  for await (const entry of dir) {
    if (!entry.isFile() || !entry.name.startsWith(`${name}.`) || !isStaleTemp(entry.name)) continue;
    if (entry.name.replace(TEMP_SUFFIX, '') !== name) continue;
    await rm(join(dirname(path), entry.name), { force: true });
    removed++;
  }
  return removed;
}

function isStaleTemp(name: string): boolean {
  const pid = TEMP_SUFFIX.exec(name)?.[1];
  return pid !== undefined && !isProcessAlive(Number(pid));
}

/** Whether a process of this pid exists (EPERM: it does, but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
