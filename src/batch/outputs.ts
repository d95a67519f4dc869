// Where an output may go, and how it is written. Archives exist once, so an
// output never lands on an input: a path that resolves (symbolic links
// followed) to an input file, to another name of it (a hard link: same device
// and inode) or into the input tree is refused before anything is read.
// Regular files are written atomically (atomic-write.ts); a device, a FIFO,
// a socket or stdout is written to as a stream — a rename would replace
// `/dev/null` by a regular file.
import { createWriteStream } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileSystemError, systemCodeOf, VnplanError } from '../errors.js';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';

export type OutputTarget =
  /** `-`: the process's stdout. */
  | { kind: 'stdout'; path: '-' }
  /** A device, FIFO or socket (or a path under /dev or /proc): opened and written, never renamed over. */
  | { kind: 'stream'; path: string }
  /** A regular file, existing or not; `real` is where it lands with every symbolic link resolved. */
  | { kind: 'file'; path: string; real: string };

/** Paths of these trees are devices or views of the process (`/dev/stdout`, `/proc/self/fd/1`). */
const DEVICE_TREES = ['/dev', '/proc'];

/** How `path` is to be written; a folder is refused with its name. */
export async function resolveOutput(path: string): Promise<OutputTarget> {
  if (path === '-') return { kind: 'stdout', path: '-' };
  const absolute = resolve(path);
  if (DEVICE_TREES.some((tree) => isInside(absolute, tree))) return { kind: 'stream', path };
  const link = await lstat(absolute).catch((error: unknown) => {
    if (systemCodeOf(error) === 'ENOENT') return null;
    throw fileSystemError(error, path, 'use this output path');
  });
  if (link === null) return { kind: 'file', path, real: await realpathOfNew(absolute, path) };
  const info = await stat(absolute).catch((error: unknown) => {
    const code = systemCodeOf(error);
    if (code === 'ENOENT') throw new VnplanError('OUTPUT_CONFLICT', path, 'is a symbolic link to a missing file; give the real path', undefined, code);
    throw fileSystemError(error, path, 'use this output path');
  });
  if (info.isDirectory()) throw new VnplanError('OUTPUT_CONFLICT', path, 'is a folder; give a file name', undefined, 'EISDIR');
  if (!info.isFile()) return { kind: 'stream', path };
  return { kind: 'file', path, real: await realpath(absolute) };
}

/** Real path of a file that does not exist yet: its nearest existing folder resolved, the rest appended. */
async function realpathOfNew(absolute: string, shown: string): Promise<string> {
  const missing: string[] = [];
  let folder = absolute;
  for (;;) {
    missing.unshift(basename(folder));
    folder = dirname(folder);
    try {
      return join(await realpath(folder), ...missing);
    } catch (error) {
      const code = systemCodeOf(error);
      if (code !== 'ENOENT') throw fileSystemError(error, shown, 'use this output path');
      if (folder === dirname(folder)) return absolute;
    }
  }
}

/** What identifies an input: its real path and its inode. */
interface InputIdentity {
  path: string;
  real: string;
  inode: string;
}

/**
 * The inputs (files, and for a batch the input folder) an output must never
 * land on. Built once per run; checking an output costs a stat at most.
 */
export class ProtectedInputs {
  readonly #byReal = new Map<string, InputIdentity>();
  readonly #byInode = new Map<string, InputIdentity>();
  readonly #trees: { path: string; real: string }[] = [];

  /** Protect one input file (missing ones protect nothing: there is nothing to destroy). */
  async addFile(path: string): Promise<void> {
    const real = await realpath(path).catch(() => null);
    const info = await stat(path).catch(() => null);
    if (real === null || info === null) return;
    const identity = { path, real, inode: `${info.dev}:${info.ino}` };
    this.#byReal.set(real, identity);
    this.#byInode.set(identity.inode, identity);
  }

  /** Protect every file under `path`. */
  async addTree(path: string): Promise<void> {
    this.#trees.push({ path, real: await realpath(path) });
  }

  /**
   * Refuse a file output that is an input (same real path or inode) or lies in
   * an input tree; `allowedIn` is a folder of that tree the output may use
   * (a batch's OUT inside DIR, which the walk skips).
   */
  async check(target: OutputTarget, allowedIn?: string): Promise<void> {
    if (target.kind !== 'file') return;
    const named = this.#byReal.get(target.real) ?? (await this.#sameInode(target.real));
    if (named) {
      throw new VnplanError('OUTPUT_CONFLICT', target.path, `is the input ${named.path}; refusing to overwrite it (choose another output path)`);
    }
    const tree = this.#trees.find((t) => isInside(target.real, t.real));
    if (tree && !(allowedIn !== undefined && isInside(target.real, allowedIn))) {
      throw new VnplanError('OUTPUT_CONFLICT', target.path, `lies inside the input folder ${tree.path}; refusing to write among the inputs (choose an output folder outside it)`);
    }
  }

  async #sameInode(real: string): Promise<InputIdentity | undefined> {
    const info = await stat(real).catch(() => null);
    return info === null ? undefined : this.#byInode.get(`${info.dev}:${info.ino}`);
  }
}

/** `child` is `parent` or lies below it (both absolute). */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Write `data` to the target: atomically for a file, as a stream otherwise. */
export async function writeOutput(target: OutputTarget, data: string, options: AtomicWriteOptions = {}): Promise<void> {
  if (target.kind === 'stdout') return writeStream(process.stdout, data, 'stdout');
  if (target.kind === 'stream') {
    const fd = ownDescriptor(target.path);
    if (fd === 1) return writeStream(process.stdout, data, 'stdout');
    if (fd === 2) return writeStream(process.stderr, data, target.path);
    // A descriptor of our own is written as it is (reopening a socket fails
    // with ENXIO); anything else is opened with 'a', which never truncates:
    // `-o /dev/stdout >> log` appends rather than wiping the log.
    const stream = fd === null ? createWriteStream(target.path, { flags: 'a' }) : createWriteStream('', { fd, autoClose: false });
    return writeStream(stream, data, target.path, true);
  }
  try {
    await writeFileAtomic(target.real, data, options);
  } catch (error) {
    throw fileSystemError(error, target.path, 'write the output');
  }
}

/** The descriptor a path names in this process (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`), else null. */
function ownDescriptor(path: string): number | null {
  const absolute = resolve(path);
  if (absolute === '/dev/stdout') return 1;
  if (absolute === '/dev/stderr') return 2;
  const match = /^(?:\/dev\/fd|\/proc\/self\/fd)\/(\d+)$/.exec(absolute) ?? new RegExp(`^/proc/${process.pid}/fd/(\\d+)$`).exec(absolute);
  return match ? Number(match[1]) : null;
}

function writeStream(stream: NodeJS.WritableStream, data: string, name: string, close = false): Promise<void> {
  return new Promise((resolveWrite, reject) => {
    const fail = (error: unknown) => {
      // stdout's reader went away (`| head`): main ends the process quietly.
      if (name === 'stdout' && systemCodeOf(error) === 'EPIPE') return;
      reject(fileSystemError(error, name, 'write the output'));
    };
    stream.once('error', fail);
    const done = () => {
      stream.off('error', fail);
      resolveWrite();
    };
    if (close) {
      stream.once('finish', done);
      stream.end(data);
    } else stream.write(data, (error) => (error ? fail(error) : done()));
  });
}
