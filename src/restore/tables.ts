// Reads the committed restoration tables of dictionaries/ (built by
// scripts/build-dictionaries.ts). Plain TSV and the language model's typed
// arrays, gzip'd: no parser beyond split, so loading stays well under a second.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import {
  CORPUS_TABLES, DICTIONARIES_DIR, gunzippedTableBytes, readDictionary, readDocumentTypes, readOrgans, readTable, readTableText, requireTable, tableError, UNPACKED_TABLES_DIR, unpackedTableName, unpackTable,
} from '../dictionaries.js';
import type { CompiledLm, NgramCounts } from './lm.js';
import { Disambiguator, DISAMBIGUATOR_FILE } from './disambiguator.js';
import { FourgramCounts, FOURGRAMS_FILE } from './fourgrams.js';

/** Ids 0..3 of the language model: boundary (<s>), number, abbreviation or symbol, unknown word. */
export const CLASS_TOKENS = ['<s>', '<num>', '<abbr>', '<unk>'] as const;
export type ClassToken = (typeof CLASS_TOKENS)[number];
export const BOUNDARY_ID = 0;
export const NUMBER_ID = 1;
export const ABBR_ID = 2;
export const UNKNOWN_ID = 3;

export const LM_FILE = CORPUS_TABLES.languageModel;
export const BACKWARD_LM_FILE = CORPUS_TABLES.backwardLanguageModel;
export const LM_COUNTS_FILE = CORPUS_TABLES.languageModelCounts;
export const TITLED_FILE = CORPUS_TABLES.titled;
/** 'VNLN' (the counts-only layout before was 'VNLM'). */
const LM_MAGIC = 0x564e4c4e;
const COUNTS_MAGIC = 0x564e4c43;

export interface RawTables {
  /** Display form of each id (class tokens first). */
  words: string[];
  unigramCounts: Float64Array;
  /** Per id: its count inside a sentence of running text, and how much of it was capitalised. */
  insideCounts: Float64Array;
  titledCounts: Float64Array;
  lm: CompiledLm;
  /**
   * Reads the model of the same counts read right to left (reversedCounts): called when a restorer first
   * needs it (text that lost its marks), so loading for OCR'd and clean text never reads it.
   */
  backwardLm: () => CompiledLm;
  /** Reads the corpus' 4-gram counts, called as backwardLm is. */
  fourgrams: () => FourgramCounts;
  /** Reads the disambiguator of syllables sharing a skeleton, called as backwardLm is. */
  disambiguator: () => Disambiguator;
  /** Bigrams that are (part of) an administrative-unit name, as first * 65536 + second. */
  namePairs: Set<number>;
  abbreviations: Set<string>;
  documentTypes: string[];
  organs: string[];
  /** Full names of the organs' table (Ủy ban nhân dân, Tỉnh ủy): how the genre capitalises them. */
  organNames: string[];
  /** Last word of each administrative level (xã, phường, huyện, phố of thành phố …): a place's name follows it. */
  placeWords: string[];
  /** The heading of a document's list of recipients (NĐ 30/2020 Phụ lục I: Nơi nhận), from plan-vocabulary.json. */
  recipientsHeading: string;
}

export function readTables(dir = DICTIONARIES_DIR, unpacked = UNPACKED_LM_FILE): RawTables {
  const vocabLines = readTableText(CORPUS_TABLES.vocabulary, dir).split('\n').filter(Boolean);
  const words = vocabLines.map((l) => l.slice(0, l.indexOf('\t')));
  const unigramCounts = Float64Array.from(vocabLines, (l) => Number(l.slice(l.indexOf('\t') + 1)));

  const lm = readTable(LM_FILE, dir, (path) => decodeLanguageModel(gunzippedTableBytes(path, unpacked)));
  // Read at the first text that needs them; a broken installation is told at once, not at that text.
  requireTable(BACKWARD_LM_FILE, dir);
  requireTable(FOURGRAMS_FILE, dir);
  requireTable(DISAMBIGUATOR_FILE, dir);
  const backwardLm = (): CompiledLm =>
    readTable(BACKWARD_LM_FILE, dir, (path) => decodeLanguageModel(gunzippedTableBytes(path, unpackedBeside(unpacked, BACKWARD_LM_FILE))));
  const titledRows = readTableText(TITLED_FILE, dir).split('\n').filter(Boolean);
  if (titledRows.length !== words.length) throw tableError(TITLED_FILE, dir, `the table is damaged (${titledRows.length} rows for ${words.length} words of restore-vocab.tsv)`);
  const insideCounts = Float64Array.from(titledRows, (row) => Number(row.slice(0, row.indexOf('\t'))));
  const titledCounts = Float64Array.from(titledRows, (row) => Number(row.slice(row.indexOf('\t') + 1)));

  const namePairs = new Set<number>();
  for (const row of readTableText(CORPUS_TABLES.names, dir).split('\n')) {
    const [a, b] = row.split('\t');
    if (a && b) namePairs.add(Number(a) * 65536 + Number(b));
  }

  const documentTypes = [...new Set(readDocumentTypes(dir).flatMap((t) => (t.abbr ? [t.abbr] : [])))];
  const organs = readOrgans(dir);
  const organAbbrs = [...new Set(organs.map((o) => o.abbr))];
  // The corpus also writes official abbreviations without their Đ (ND for NĐ, HDND):
  // those ASCII shadows are misspellings to repair, not abbreviations of their own.
  const official = new Set([...documentTypes, ...organAbbrs]);
  const shadows = new Set([...official].map(asciiShadow).filter((a) => !official.has(a)));
  const corpusAbbreviations = readTableText(CORPUS_TABLES.abbreviations, dir).split('\n').filter((a) => a && !shadows.has(a));
  const abbreviations = new Set([...documentTypes, ...organAbbrs, ...corpusAbbreviations]);

  const levels = readDictionary('admin-levels.json', z.object({ levels: z.array(z.object({ name: z.string() })) }), dir).levels;
  const placeWords = levels.map((l) => l.name.split(' ').pop() ?? l.name);
  const { recipientsHeading } = readDictionary('plan-vocabulary.json', z.object({ recipientsHeading: z.string() }), dir);

  return {
    words, unigramCounts, insideCounts, titledCounts, lm, backwardLm, fourgrams: () => FourgramCounts.read(dir, FOURGRAMS_FILE, unpackedBeside(unpacked, FOURGRAMS_FILE)),
    disambiguator: () => Disambiguator.read(dir, words, DISAMBIGUATOR_FILE, unpackedBeside(unpacked, DISAMBIGUATOR_FILE)), namePairs, abbreviations,
    documentTypes, organs: organAbbrs, organNames: [...new Set(organs.map((o) => o.name))], placeWords, recipientsHeading,
  };
}

/** The float32 arrays first, then the uint32, then the uint16, so every view is aligned. */
const LM_LAYOUT = [
  ['logContinuation', Float32Array, 'words'],
  ['logBackoff', Float32Array, 'words'],
  ['bigramLogProbs', Float32Array, 'bigrams'],
  ['contextLogBackoff', Float32Array, 'contexts'],
  ['trigramLogProbs', Float32Array, 'trigrams'],
  ['contextLengths', Uint32Array, 'contexts'],
  ['bigramIds', Uint16Array, 'bigramIds'],
  ['contextIds', Uint16Array, 'contextIds'],
  ['trigramWords', Uint16Array, 'trigrams'],
] as const;
type Sizes = Record<(typeof LM_LAYOUT)[number][2], number>;

function sizesOf(words: number, bigrams: number, contexts: number, trigrams: number): Sizes {
  return { words, bigrams, contexts, trigrams, bigramIds: 2 * bigrams, contextIds: 2 * contexts };
}

/** Header (magic, words, bigrams, contexts, trigrams: uint32), then the arrays of LM_LAYOUT. */
export function encodeLanguageModel(lm: CompiledLm): Buffer {
  const header = Uint32Array.of(LM_MAGIC, lm.logContinuation.length, lm.bigramLogProbs.length, lm.contextLengths.length, lm.trigramLogProbs.length);
  return Buffer.concat([header, ...LM_LAYOUT.map(([name]) => lm[name])].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}

export function decodeLanguageModel(bytes: Buffer): CompiledLm {
  // Typed arrays need their offsets aligned, a Buffer's need not be: a copy of its own when it is not.
  const aligned = bytes.byteOffset % 4 === 0;
  const buffer = (aligned ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;
  const base = aligned ? bytes.byteOffset : 0;
  const [magic, words = 0, bigrams = 0, contexts = 0, trigrams = 0] = new Uint32Array(buffer, base, 5);
  if (magic !== LM_MAGIC) throw new Error(`${LM_FILE}: not a restoration language model of this version (rebuild: npm run build:dictionaries)`);
  const sizes = sizesOf(words, bigrams, contexts, trigrams);
  let offset = base + 20;
  const arrays = Object.fromEntries(
    LM_LAYOUT.map(([name, Kind, size]) => {
      const array = new Kind(buffer, offset, sizes[size]);
      offset += array.byteLength;
      return [name, array];
    }),
  ) as unknown as CompiledLm;
  if (offset - base !== bytes.byteLength) throw new Error(`${LM_FILE}: ${bytes.byteLength} bytes where its header says ${offset - base}`);
  return arrays;
}

/**
 * The language model as `npm run build` unpacks it beside the built code (UNPACKED_TABLES_DIR): the
 * other gzipped tables a restorer reads (the backward model, the 4-gram counts, the disambiguator) are
 * unpacked beside it, each read from there only when it holds the committed file's table.
 */
export const UNPACKED_LM_FILE = join(UNPACKED_TABLES_DIR, unpackedTableName(LM_FILE));
/** The gzipped tables a restorer reads, unpacked by the build. */
const PACKED_TABLES = [LM_FILE, BACKWARD_LM_FILE, FOURGRAMS_FILE, DISAMBIGUATOR_FILE] as const;

/** Where the table `gzName` is unpacked, beside the language model unpacked at `unpacked`. */
function unpackedBeside(unpacked: string, gzName: string): string {
  return gzName === LM_FILE ? unpacked : join(dirname(unpacked), unpackedTableName(gzName));
}

/** Writes `dir`'s gzipped tables unpacked, the forward language model to `to` and the others beside it (see UNPACKED_TABLES_DIR). */
export function unpackTables(dir = DICTIONARIES_DIR, to = UNPACKED_LM_FILE): void {
  for (const name of PACKED_TABLES) unpackTable(join(dir, name), unpackedBeside(to, name));
}

/** Header (magic, bigrams, trigrams), then the bigram and the trigram counts (uint32) in the model's order. */
export function encodeCounts(counts: NgramCounts): Buffer {
  const header = Uint32Array.of(COUNTS_MAGIC, counts.bigramCounts.length, counts.trigramCounts.length);
  return Buffer.concat([header, counts.bigramCounts, counts.trigramCounts].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}

/** The counts of `dir`'s model, with its ids: what compileLanguageModel computes the model from. */
export function readNgramCounts(lm: CompiledLm, dir = DICTIONARIES_DIR): NgramCounts {
  const bytes = gunzipSync(readFileSync(join(dir, LM_COUNTS_FILE)));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const [magic, bigrams = 0, trigrams = 0] = new Uint32Array(buffer, 0, 3);
  if (magic !== COUNTS_MAGIC || bigrams !== lm.bigramLogProbs.length || trigrams !== lm.trigramLogProbs.length) {
    throw new Error(`${LM_COUNTS_FILE}: not the counts of ${LM_FILE} in ${dir}`);
  }
  const trigramIds = new Uint16Array(3 * trigrams);
  for (let run = 0, i = 0; run < lm.contextLengths.length; run++) {
    for (let k = 0; k < (lm.contextLengths[run] as number); k++, i++) {
      trigramIds[3 * i] = lm.contextIds[2 * run] as number;
      trigramIds[3 * i + 1] = lm.contextIds[2 * run + 1] as number;
      trigramIds[3 * i + 2] = lm.trigramWords[i] as number;
    }
  }
  return {
    bigramIds: lm.bigramIds,
    bigramCounts: new Uint32Array(buffer, 12, bigrams),
    trigramIds,
    trigramCounts: new Uint32Array(buffer, 12 + 4 * bigrams, trigrams),
  };
}

function asciiShadow(abbreviation: string): string {
  return abbreviation.replace(/Đ/g, 'D').replace(/đ/g, 'd');
}
