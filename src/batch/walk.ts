// Which files of the archive are inputs: every regular file under DIR, in a
// stable (sorted) order, except hidden files and folders, the output folder
// when it lies inside DIR, the output folders of other runs (they hold a
// manifest), and whatever --include / --exclude rule out.
// Whether a file is a *supported* input is decided later by its content.
// A sub-folder that cannot be read is reported, not fatal: one bad folder must
// not stop an overnight run over the rest of the archive.
import type { Dir } from 'node:fs';
import { opendir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { VnplanError } from '../errors.js';

export interface InputFile {
  absolute: string;
  /** Relative to DIR, `/`-separated on every platform (manifest key). */
  relative: string;
}

export interface WalkOptions {
  /** Folders never entered (the output folder). */
  skipDirs?: string[];
  /** A sub-folder holding a file of this name is not entered (another run's output folder). */
  markerFile?: string;
  /** Globs a relative path must match (any); none = everything. */
  include?: string[];
  /** Globs that rule a relative path out. */
  exclude?: string[];
}

export interface UnreadableFolder {
  /** Relative to DIR, `/`-separated, ending with `/`. */
  relative: string;
  error: VnplanError;
}

export interface WalkResult {
  files: InputFile[];
  unreadable: UnreadableFolder[];
}

export async function walkInputs(dir: string, options: WalkOptions = {}): Promise<WalkResult> {
  const skip = new Set((options.skipDirs ?? []).map((d) => resolve(d)));
  const selected = globFilter(options.include ?? [], options.exclude ?? []);
  const result: WalkResult = { files: [], unreadable: [] };
  await walk(resolve(dir), [], skip, options.markerFile, {
    file: (file) => {
      if (selected(file.relative)) result.files.push(file);
    },
    unreadable: (folder) => result.unreadable.push(folder),
  });
  return result;
}

interface Found {
  file(file: InputFile): void;
  unreadable(folder: UnreadableFolder): void;
}

async function walk(
  dir: string,
  segments: string[],
  skip: Set<string>,
  markerFile: string | undefined,
  found: Found,
): Promise<void> {
  if (skip.has(dir)) return;
  let handle: Dir;
  try {
    handle = await opendir(dir);
  } catch (error) {
    const reason = `cannot open the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    if (segments.length === 0) throw new VnplanError('UNREADABLE', dir, reason);
    found.unreadable({ relative: `${segments.join('/')}/`, error: new VnplanError('UNREADABLE', dir, reason) });
    return;
  }
  const entries = [];
  for await (const entry of handle) entries.push(entry);
  if (segments.length > 0 && entries.some((e) => e.name === markerFile)) return;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const absolute = join(dir, entry.name);
    const path = [...segments, entry.name];
    // Symbolic links are not followed: they can loop, and an archive should
    // hold each document once.
    if (entry.isDirectory()) await walk(absolute, path, skip, markerFile, found);
    else if (entry.isFile()) found.file({ absolute, relative: path.join('/') });
  }
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
