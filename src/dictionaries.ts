// The tables of dictionaries/ (see dictionaries/SOURCES.md): where they are, how
// a JSON table is read and checked, and the two that more than one stage reads
// (document types and organs of NĐ 30: the extractor names them, restoration
// repairs document symbols with them).
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fileSystemError, isVnplanError, VnplanError } from './errors.js';

/** dictionaries/ of the package: src/ and dist/ both sit one level below its root. */
export const DICTIONARIES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dictionaries');

/**
 * The tables `npm run build:dictionaries` counts from the corpora (scripts/build-dictionaries.ts writes each
 * under this name): the restorer's syllables, names, abbreviations and language models, which extraction's
 * gazetteer and the legacy encodings' judge read too.
 */
export const CORPUS_TABLES = {
  vocabulary: 'restore-vocab.tsv',
  /** Per vocabulary id, its weighted count inside a sentence of the corpus and the capitalised part of it (tab-separated). */
  titled: 'restore-titled.tsv',
  names: 'restore-names.tsv',
  abbreviations: 'restore-abbreviations.txt',
  /** The language model with its log-probabilities computed (restore/tables.ts encodeLanguageModel), gzip'd. */
  languageModel: 'restore-lm.bin.gz',
  /** The model of the same counts read right to left (reversedCounts in restore/lm.ts), in the same layout. */
  backwardLanguageModel: 'restore-lm-backward.bin.gz',
  /** The counts the model was computed from, in its order (restore/tables.ts encodeCounts), gzip'd: to check it and to recompute it. */
  languageModelCounts: 'restore-lm-counts.bin.gz',
  fourgrams: 'restore-fourgrams.bin.gz',
} as const;

const CORPUS_TABLE_NAMES: ReadonlySet<string> = new Set(Object.values(CORPUS_TABLES));

/**
 * Least weighted corpus count of a syllable outside dictionary-vi that the vocabulary takes in
 * (scripts/build-dictionaries.ts); the real-word corrector changes no word to a variant counted less (restore/realword.ts).
 */
export const MIN_CORPUS_SYLLABLE = 40;

/** The restorer's tables fitted on text by scripts of their own (BUILDERS names each one's). */
export const FITTED_TABLES = {
  disambiguator: 'restore-disambiguator.bin.gz',
  /** The channel's costs learned from synthetic OCR pairs. */
  channel: 'restore-channel.json',
  /** The confidence curves fitted on held-out text. */
  calibration: 'restore-calibration.json',
} as const;

/** What writes each derived table (dictionaries/SOURCES.md); a table none of these names is written by hand. */
const BUILDERS: readonly (readonly [(name: string) => boolean, string])[] = [
  [(name) => CORPUS_TABLE_NAMES.has(name), 'npm run build:dictionaries'],
  [(name) => unpackedTableName(name) === unpackedTableName(FITTED_TABLES.disambiguator), 'npm run build:dictionaries && npx tsx scripts/build-disambiguator.ts'],
  [(name) => name.startsWith('names-'), 'npm run build:names'],
  [(name) => name.startsWith('encodings/'), 'npx tsx scripts/build-encoding-tables.ts'],
  [(name) => name === FITTED_TABLES.channel, 'npx tsx scripts/make-channel-pairs.ts'],
  [(name) => name === FITTED_TABLES.calibration, 'npx tsx scripts/eval-restore.ts --calibrate TABLES'],
];

/**
 * A table of `dir` that cannot be used, named with what is wrong and how to bring it back: every table is committed,
 * so a checkout restores it; a derived one is also rebuilt by its script.
 */
export function tableError(name: string, dir: string, problem: string, systemCode?: string): VnplanError {
  const builder = BUILDERS.find(([builds]) => builds(name))?.[1];
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
 * their alignment, which a slice of Node's pooled buffer does not keep), read as readTable reads; taken from
 * `unpacked` instead when that file holds this table unpacked (see unpackTable).
 */
export function readGzippedTable<T>(name: string, dir: string, read: (bytes: ArrayBuffer) => T, unpacked?: string): T {
  return readTable(name, dir, (path) => {
    const bytes = unpacked === undefined ? gunzipWhole(readFileSync(path)) : gunzippedTableBytes(path, unpacked);
    const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength;
    return read(own ? (bytes.buffer as ArrayBuffer) : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));
  });
}

/**
 * Where `npm run build` unpacks the gzipped tables (scripts/unpack-tables.js), beside the built code: each
 * `NAME.bin.gz` of dictionaries/ as `NAME.bin` (unpackedTableName). Gunzipping them was about a third of
 * loading the tables for OCR'd text (the language model's float32 log-probabilities barely compress: 15.2 MB
 * in 10.9), and for text that lost its marks, whose first text also reads the 4-gram counts and the
 * disambiguator (43 MB unpacked), about 0.6 s of CPU more, paid again by every process that restores.
 * Derived, never committed: an unpacked file is read only for the gzip file whose key it carries
 * (unpackedKey), so a table rebuilt since, or one of another directory, is gunzipped as before.
 */
export const UNPACKED_TABLES_DIR = join(DICTIONARIES_DIR, '..', 'dist');

/** The name an unpacked table goes by (UNPACKED_TABLES_DIR): its gzip file's without `.gz`. */
export function unpackedTableName(gzName: string): string {
  return gzName.replace(/\.gz$/u, '');
}

/**
 * gunzipSync into one buffer of the size the gzip trailer gives (ISIZE, the length modulo 2^32):
 * in zlib's default 16 kB chunks a 15 MB table is 900 pieces, then copied once more into one.
 */
function gunzipWhole(gz: Buffer): Buffer {
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  // zlib takes no chunk below 64 bytes (a small table, as the tests write them).
  return gunzipSync(gz, size > 0 ? { chunkSize: Math.max(64, size + 1) } : {});
}

/** 'VNLU'. */
const UNPACKED_MAGIC = 0x564e4c55;
const UNPACKED_HEADER_BYTES = 16;

/**
 * What an unpacked table is keyed by: the magic, the gzip file's length, and its gzip trailer (the
 * CRC-32 of the table's bytes and their length, ISIZE), read without gunzipping it.
 */
function unpackedKey(gzFile: string): Buffer {
  const fd = openSync(gzFile, 'r');
  try {
    const size = fstatSync(fd).size;
    const key = Buffer.alloc(UNPACKED_HEADER_BYTES);
    key.writeUInt32LE(UNPACKED_MAGIC, 0);
    key.writeUInt32LE(size % 2 ** 32, 4);
    if (size >= 8) readSync(fd, key, 8, 8, size - 8);
    return key;
  } finally {
    closeSync(fd);
  }
}

/** The bytes of gzip file `gzFile`: from `unpacked` when it holds them (keyed by unpackedKey), else gunzipped. */
export function gunzippedTableBytes(gzFile: string, unpacked: string): Buffer {
  const key = unpackedKey(gzFile);
  if (existsSync(unpacked)) {
    const fd = openSync(unpacked, 'r');
    try {
      const length = fstatSync(fd).size - UNPACKED_HEADER_BYTES;
      const header = Buffer.alloc(UNPACKED_HEADER_BYTES);
      readSync(fd, header, 0, UNPACKED_HEADER_BYTES, 0);
      if (header.equals(key) && length === key.readUInt32LE(12)) {
        // A buffer of its own (offset 0): the table's typed arrays are views of it.
        const bytes = Buffer.allocUnsafeSlow(length);
        if (readSync(fd, bytes, 0, length, UNPACKED_HEADER_BYTES) === length) return bytes;
      }
    } finally {
      closeSync(fd);
    }
  }
  return gunzipWhole(readFileSync(gzFile));
}

/** Writes gzip file `gzFile` unpacked to `to`, keyed (unpackedKey): written whole, then renamed into place. */
export function unpackTable(gzFile: string, to: string): void {
  const bytes = gunzipWhole(readFileSync(gzFile));
  const key = unpackedKey(gzFile);
  if (bytes.length !== key.readUInt32LE(12)) throw new Error(`${gzFile}: ${bytes.length} bytes where its gzip trailer says ${key.readUInt32LE(12)}`);
  const partial = join(dirname(to), `.${basename(to)}.${process.pid}.tmp`);
  writeFileSync(partial, Buffer.concat([key, bytes]));
  renameSync(partial, to);
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
