// Outputs appear whole or not at all: data goes to `name.<pid>.<random>.tmp` in
// the same folder (same file system, so the rename is atomic), is fsynced, then
// renamed over `name`. A run killed mid-write leaves only a temp file, which
// the next run removes with `removeStaleTemps`.
import { randomBytes } from 'node:crypto';
import { mkdir, open, opendir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const TEMP_SUFFIX = /\.\d+\.[0-9a-f]{12}\.tmp$/;

export interface AtomicWriteOptions {
  /** When aborted before the rename, the temp file is removed and nothing is written. */
  signal?: AbortSignal;
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
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

/**
 * Remove temp files left under `dir` by killed runs; returns how many. Only call
 * while holding the batch lock, so no live run's temp file is touched.
 */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  for await (const entry of await opendir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removed += await removeStaleTemps(path);
    else if (entry.isFile() && TEMP_SUFFIX.test(entry.name)) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
