// Where an input's outputs go: `a/b/Kế hoạch 12.pdf` -> `a/b/Kế hoạch 12` (+ .json,
// .txt), so `fixtures/samples/000_x.txt` gives `out/000_x.json` as the scorer
// expects. Inputs of one folder whose names would clash (`x.pdf`, `x.txt`; or
// `x.txt` and `x.txt.md`) keep their whole name instead: `x.pdf.json`, `x.txt.json`.
// Names are compared case-insensitively because OUT may be on a file system
// that is (macOS, Windows) even when DIR is not.
import { posix } from 'node:path';

/** Relative input path -> relative output path without extension. */
export function outputStems(relativePaths: readonly string[]): Map<string, string> {
  const stems = new Map<string, string>();
  for (const names of groupByFolder(relativePaths).values()) {
    for (const [name, stem] of folderStems(names)) stems.set(name, stem);
  }
  return stems;
}

function groupByFolder(relativePaths: readonly string[]): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const path of relativePaths) {
    const folder = posix.dirname(path);
    folders.set(folder, [...(folders.get(folder) ?? []), path]);
  }
  return folders;
}

function folderStems(paths: string[]): Map<string, string> {
  const key = (s: string) => s.toLowerCase();
  const short = new Map(paths.map((p) => [p, withoutExtension(p)]));
  const shortCount = countBy([...short.values()].map(key));
  const fullNames = new Set(paths.map(key));
  const stems = new Map<string, string>();
  const taken = new Set<string>();
  for (const path of paths) {
    const candidate = short.get(path) ?? path;
    const clashes = (shortCount.get(key(candidate)) ?? 0) > 1 || (candidate !== path && fullNames.has(key(candidate)));
    let stem = clashes ? path : candidate;
    // Only names that differ by case alone can still meet here.
    for (let n = 2; taken.has(key(stem)); n++) stem = `${clashes ? path : candidate} (${n})`;
    taken.add(key(stem));
    stems.set(path, stem);
  }
  return stems;
}

function withoutExtension(path: string): string {
  const ext = posix.extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
