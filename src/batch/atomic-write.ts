// Outputs appear whole or not at all: data goes to `name.<pid>.<random>.tmp` in
// the same folder (same file system, so the rename is atomic), is fsynced, then
// renamed over `name`. A run killed mid-write leaves only a temp file, which
// the next run removes (`removeStaleTemps` for a batch's folder,
// `removeStaleTempsOf` beside a single output): only files of our own naming
// whose process is gone, so a run still writing is never robbed.
import { randomBytes } from 'node:crypto';
import { mkdir, open, opendir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
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
