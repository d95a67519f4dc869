// The tables of dictionaries/ (see dictionaries/SOURCES.md): where they are, how
// a JSON table is read and checked, and the two that more than one stage reads
// (document types and organs of NĐ 30: the extractor names them, restoration
// repairs document symbols with them).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fileSystemError, isVnplanError, VnplanError } from './errors.js';

/** dictionaries/ of the package: src/ and dist/ both sit one level below its root. */
export const DICTIONARIES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dictionaries');

/** What writes each derived table (dictionaries/SOURCES.md); a table none of these names is written by hand. */
const BUILDERS: readonly (readonly [RegExp, string])[] = [
  [/^restore-(vocab|titled|names|abbreviations|lm|lm-backward|lm-counts|fourgrams)\./, 'npm run build:dictionaries'],
  [/^restore-disambiguator\./, 'npm run build:dictionaries && npx tsx scripts/build-disambiguator.ts'],
  [/^names-/, 'npm run build:names'],
  [/^encodings\//, 'npx tsx scripts/build-encoding-tables.ts'],
  [/^restore-channel\.json$/, 'npx tsx scripts/make-channel-pairs.ts'],
  [/^restore-calibration\.json$/, 'npx tsx scripts/eval-restore.ts --calibrate TABLES'],
];

/**
 * A table of `dir` that cannot be used, named with what is wrong and how to bring it back: every table is committed,
 * so a checkout restores it; a derived one is also rebuilt by its script.
 */
export function tableError(name: string, dir: string, problem: string, systemCode?: string): VnplanError {
  const builder = BUILDERS.find(([pattern]) => pattern.test(name))?.[1];
  const origin = builder === undefined ? 'it is written by hand, see dictionaries/SOURCES.md' : `or rebuild it: ${builder}, see dictionaries/SOURCES.md`;
  return new VnplanError(
    'BAD_TABLE',
    join(dir, name),
    `${problem}: vnplan cannot run without this table; reinstall vnplan, or in its checkout run \`git checkout -- dictionaries/${name}\` (${origin})`,
    undefined,
    systemCode,
  );
}

/**
 * Reads table `name` of `dir` with `read` (given its path): a missing, unreadable, empty or damaged table (whatever
 * `read` throws) is a BAD_TABLE error naming it and how to bring it back, never a silently empty table.
 */
export function readTable<T>(name: string, dir: string, read: (path: string) => T): T {
  const path = join(dir, name);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw tableError(name, dir, 'the table is missing', code);
    throw tableError(name, dir, fileSystemError(error, path, 'read the table').reason, code);
  }
  if (size === 0) throw tableError(name, dir, 'the table is empty (0 bytes)');
  try {
    return read(path);
  } catch (error) {
    if (isVnplanError(error) && error.code === 'BAD_TABLE') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw tableError(name, dir, fileSystemError(error, path, 'read the table').reason, code);
    throw tableError(name, dir, `the table is damaged (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}

/** A text table (TSV, word list) of `dir`, whole. */
export function readTableText(name: string, dir = DICTIONARIES_DIR): string {
  return readTable(name, dir, (path) => readFileSync(path, 'utf8'));
}

/**
 * A gzipped binary table of `dir`, gunzipped into a buffer of its own (the typed arrays `read` lays over it need
 * their alignment, which a slice of Node's pooled buffer does not keep), read as readTable reads.
 */
export function readGzippedTable<T>(name: string, dir: string, read: (bytes: ArrayBuffer) => T): T {
  return readTable(name, dir, (path) => {
    const bytes = gunzipSync(readFileSync(path));
    return read(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  });
}

/** Checks now that table `name` of `dir` is there, for a table read later (at the first text that needs it). */
export function requireTable(name: string, dir = DICTIONARIES_DIR): void {
  readTable(name, dir, () => undefined);
}

/** A JSON table, parsed and checked against its schema. */
export function readDictionary<T>(file: string, schema: z.ZodType<T>, dir = DICTIONARIES_DIR): T {
  return readTable(file, dir, (path) => {
    const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`not the table's shape: ${z.prettifyError(parsed.error).split('\n').slice(0, 2).join(' ')}`);
    return parsed.data;
  });
}

const DocumentTypes = z.object({
  types: z.array(
    z.object({
      name: z.string(),
      abbr: z.string().nullable(),
      kind: z.string(),
      // The template puts who decides between the trích yếu and the preamble (NĐ 30 Mẫu 1.1-1.3).
      authorityLine: z.boolean().default(false),
      // A văn bản hợp nhất is its consolidated document's text under that document's type and name (Pháp lệnh Hợp nhất
      // văn bản QPPL 2012): cited after the document it consolidates, it cites that document.
      consolidates: z.boolean().default(false),
    }),
  ),
});
const Organs = z.object({ organs: z.array(z.object({ abbr: z.string(), name: z.string() })) });

export type DocumentType = z.infer<typeof DocumentTypes>['types'][number];
export type Organ = z.infer<typeof Organs>['organs'][number];

// tên loại văn bản and their symbol abbreviations (QĐ, NQ, KH, …)
export function readDocumentTypes(dir = DICTIONARIES_DIR): DocumentType[] {
  return readDictionary('document-types.json', DocumentTypes, dir).types;
}

// cơ quan ban hành: UBND, HĐND, TTg, HU, …
export function readOrgans(dir = DICTIONARIES_DIR): Organ[] {
  return readDictionary('organs.json', Organs, dir).organs;
}
