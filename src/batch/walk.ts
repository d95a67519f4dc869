// Which files of the archive are inputs: every regular file under DIR, in a
// stable (sorted) order, except hidden files and folders, the output folder
// when it lies inside DIR, the output folders of other runs (they hold a
// manifest), and whatever --include / --exclude rule out.
// Whether a file is a *supported* input is decided later by its content.
// A sub-folder that cannot be read is reported, not fatal: one bad folder must
// not stop an overnight run over the rest of the archive.
// Symbolic links inside DIR are followed (a file link is an input under the
// link's name, a folder link is walked); a link that loops back to a folder
// containing it, a dangling link and a link out of DIR are reported by name,
// never dropped without a word.
import type { Dir, Dirent } from 'node:fs';
import { opendir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative as relativePath, resolve } from 'node:path';
import picomatch from 'picomatch';
import { fileSystemError, systemCodeOf, VnplanError } from '../errors.js';
import { isInside } from './outputs.js';

export interface InputFile {
  absolute: string;
  /** Relative to DIR, `/`-separated on every platform (manifest key). */
  relative: string;
}

export interface WalkOptions {
  /** Folders never entered (the output folder), compared by real path. */
  skipDirs?: string[];
  /** A sub-folder holding a file of this name is not entered (another run's output folder). */
  markerFile?: string;
  /** Globs a relative path must match (any); none = everything. */
  include?: string[];
  /** Globs that rule a relative path out. */
  exclude?: string[];
}

/** What the walk could not take: an unreadable folder, or a link it does not follow. */
export interface UnreadableFolder {
  /** Relative to DIR, `/`-separated; a folder's ends with `/`. */
  relative: string;
  error: VnplanError;
}

export interface WalkResult {
  files: InputFile[];
  /** Folders that cannot be opened, and links not followed (loops, dangling, out of DIR). */
  unreadable: UnreadableFolder[];
}

interface Walk {
  /** Real path of DIR: links must stay inside it. */
  root: string;
  skip: Set<string>;
  markerFile: string | undefined;
  file(file: InputFile): void;
  unreadable(folder: UnreadableFolder): void;
}

export async function walkInputs(dir: string, options: WalkOptions = {}): Promise<WalkResult> {
  const start = resolve(dir);
  const root = await realpath(start).catch((error: unknown) => {
    throw fileSystemError(error, start, 'open the folder', 'UNREADABLE');
  });
  const skip = new Set(await Promise.all((options.skipDirs ?? []).map((d) => realpath(d).catch(() => resolve(d)))));
  const selected = globFilter(options.include ?? [], options.exclude ?? []);
  const result: WalkResult = { files: [], unreadable: [] };
  await walk(start, root, [], [root], {
    root,
    skip,
    markerFile: options.markerFile,
    file: (file) => {
      if (selected(file.relative)) result.files.push(file);
    },
    unreadable: (problem) => {
      // A folder is reported whatever the globs; a link as the file it stands for.
      if (problem.relative.endsWith('/') || selected(problem.relative)) result.unreadable.push(problem);
    },
  });
  return result;
}

/**
 * `dir` as the user names it (the path outputs and messages use), `real` its
 * real path, `ancestors` the real paths of the folders being walked (a link to
 * one of them is a loop).
 */
async function walk(dir: string, real: string, segments: string[], ancestors: string[], found: Walk): Promise<void> {
  if (found.skip.has(real)) return;
  let handle: Dir;
  try {
    handle = await opendir(dir);
  } catch (error) {
    const unreadable = fileSystemError(error, dir, 'open the folder', 'UNREADABLE');
    if (segments.length === 0) throw unreadable;
    found.unreadable({ relative: `${segments.join('/')}/`, error: unreadable });
    return;
  }
  const entries: Dirent[] = [];
  for await (const entry of handle) entries.push(entry);
  if (segments.length > 0 && entries.some((e) => e.name === found.markerFile)) return;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const absolute = join(dir, entry.name);
    const path = [...segments, entry.name];
    if (entry.isDirectory()) await walk(absolute, join(real, entry.name), path, [...ancestors, join(real, entry.name)], found);
    else if (entry.isFile()) found.file({ absolute, relative: path.join('/') });
    else if (entry.isSymbolicLink()) await followLink(absolute, path, ancestors, found);
  }
}

async function followLink(absolute: string, path: string[], ancestors: string[], found: Walk): Promise<void> {
  const relative = path.join('/');
  const refuse = (code: 'BROKEN_LINK' | 'LINK_LOOP' | 'LINK_OUTSIDE', reason: string) =>
    found.unreadable({ relative, error: new VnplanError(code, absolute, reason) });
  const shown = await readlink(absolute).catch(() => '?');
  let target: string;
  try {
    target = await realpath(absolute);
  } catch (error) {
    const code = systemCodeOf(error);
    if (code === 'ELOOP') return refuse('LINK_LOOP', `symbolic link to ${shown}: a chain of links that never ends`);
    if (code === 'ENOENT') return refuse('BROKEN_LINK', `symbolic link to ${shown}, which does not exist`);
    return found.unreadable({ relative, error: new VnplanError('UNREADABLE', absolute, `cannot follow the symbolic link (${code ?? String(error)})`) });
  }
  if (!isInside(target, found.root)) {
    return refuse('LINK_OUTSIDE', `symbolic link to ${target}, outside the input folder; not followed`);
  }
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    if (ancestors.includes(target)) {
      const folder = relativePath(found.root, target) || '.';
      return refuse('LINK_LOOP', `symbolic link to ${folder}/, a folder that contains it: a loop, not followed`);
    }
    return walk(absolute, target, path, [...ancestors, target], found);
  }
  if (info?.isFile()) found.file({ absolute, relative });
}

/** A pattern without a slash matches the file name at any depth (`*.pdf`). */
function globFilter(include: string[], exclude: string[]): (relative: string) => boolean {
  const included = include.length ? anyOf(include) : () => true;
  const excluded = exclude.length ? anyOf(exclude) : () => false;
  return (relative) => included(relative) && !excluded(relative);
}

function anyOf(patterns: string[]): (relative: string) => boolean {
  // One matcher per pattern: picomatch's `basename` option also breaks the
  // patterns with a slash (`c/**`) when they are compiled together.
  const matchers = patterns.map((p) => picomatch(p, { basename: !p.includes('/') }));
  return (relative) => matchers.some((match) => match(relative));
}
