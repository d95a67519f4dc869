// The key a re-run compares before skipping an input: derived from everything
// that makes an output, never typed by hand (a hand-bumped revision was
// forgotten over 11 commits that changed outputs). It covers
//   - the package version;
//   - the code that runs: every .js/.ts file of the tree this module was loaded
//     from — dist/ in an installed or built package, src/ under tsx — so the key
//     follows the code actually executed, with or without a build step, and
//     needs no build metadata (a comment-only change redoes the archive: safe);
//   - the tables of dictionaries/ (restoration and extraction read them);
//   - the OCR engine: name, version and a hash of its model bytes;
//   - the options that change output (restoration on/off, rasterisation DPI,
//     what read the text files' text).
// It is computed once per run; the manifest keeps it in each line's `version`.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARIES_DIR } from '../dictionaries.js';
import { tesseractJsEngine } from '../ocr/engines/tesseract-js.js';
import type { ReadBy } from '../types.js';
import { VERSION } from '../version.js';

/** Who reads the pages: what a pluggable OCR engine reports about itself. */
export interface EngineIdentity {
  name: string;
  version: string;
  /** Identity of the model: a hash of its bytes, or the engine's own model id. */
  model: string;
}

/** The options of a run that change what is written for the same input. */
export interface OutputOptions {
  restore: boolean;
  dpi: number;
  /** Unset (each document says it) leaves the key as it was before the option existed: JSON drops it. */
  readBy?: ReadBy;
}

export interface ResumeKeyParts {
  packageVersion: string;
  code: string;
  dictionaries: string;
  engine: EngineIdentity;
  options: OutputOptions;
}

export interface ResumeKeySources {
  /** The engine of this run; default: tesseract.js with the bundled `vie` model. */
  engine?: EngineIdentity;
  /** Default: the package's dictionaries/. */
  dictionariesDir?: string;
  /** Default: the tree this module was loaded from (src/ or dist/). */
  codeDir?: string;
}

/** src/ or dist/: this file sits in <tree>/batch/. */
const CODE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `0.1.0+3f2a…`: readable version first, then 16 hex digits of the hash of every part. */
export function formatResumeKey(parts: ResumeKeyParts): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  return `${parts.packageVersion}+${hash.slice(0, 16)}`;
}

/** The parts of this run's key, read from disk (a few MB hashed once per run). */
export async function resumeKeyParts(options: OutputOptions, sources: ResumeKeySources = {}): Promise<ResumeKeyParts> {
  const [code, dictionaries, engine] = await Promise.all([
    hashTree(sources.codeDir ?? CODE_DIR, (name) => /\.(?:js|mjs|ts)$/.test(name) && !name.endsWith('.d.ts')),
    hashTree(sources.dictionariesDir ?? DICTIONARIES_DIR, () => true),
    sources.engine ?? tesseractJsEngine().identity,
  ]);
  return { packageVersion: VERSION, code, dictionaries, engine, options: { restore: options.restore, dpi: options.dpi, readBy: options.readBy } };
}

export async function resumeKey(options: OutputOptions, sources: ResumeKeySources = {}): Promise<string> {
  return formatResumeKey(await resumeKeyParts(options, sources));
}

/** SHA-256 over every selected file's relative path and bytes, in sorted order. */
async function hashTree(root: string, selected: (name: string) => boolean): Promise<string> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && selected(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file).split(sep).join('/')).update('\0');
    hash.update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

