// Reads the committed restoration tables of dictionaries/ (built by
// scripts/build-dictionaries.ts). Plain TSV and one gzip'd TSV: no parser
// beyond split, so loading stays well under a second.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DICTIONARIES_DIR, readDocumentTypes, readOrgans } from '../dictionaries.js';

/** Ids 0..3 of the language model: boundary (<s>), number, abbreviation or symbol, unknown word. */
export const CLASS_TOKENS = ['<s>', '<num>', '<abbr>', '<unk>'] as const;
export type ClassToken = (typeof CLASS_TOKENS)[number];
export const BOUNDARY_ID = 0;
export const NUMBER_ID = 1;
export const ABBR_ID = 2;
export const UNKNOWN_ID = 3;

/** Bigram and trigram counts, binary (see decodeNgrams), gzip'd. */
export const LM_FILE = 'restore-lm.bin.gz';
export const LM_MAGIC = 0x564e4c4d;

export interface RawTables {
  /** Display form of each id (class tokens first). */
  words: string[];
  unigramCounts: Float64Array;
  /** Bigrams sorted by (first, second): ids interleaved, counts parallel. */
  bigramIds: Uint16Array;
  bigramCounts: Uint32Array;
  /** Trigrams sorted by (u, v, w): ids interleaved, counts parallel. */
  trigramIds: Uint16Array;
  trigramCounts: Uint32Array;
  /** Bigrams that are (part of) an administrative-unit name, as first * 65536 + second. */
  namePairs: Set<number>;
  abbreviations: Set<string>;
  documentTypes: string[];
  organs: string[];
  /** Last word of each administrative level (xã, phường, huyện, phố of thành phố …): a place's name follows it. */
  placeWords: string[];
}

export function readTables(dir = DICTIONARIES_DIR): RawTables {
  const file = (name: string): string => join(dir, name);
  if (!existsSync(file('restore-vocab.tsv'))) {
    throw new Error(`restoration tables missing in ${dir}: run npm run build:dictionaries`);
  }
  const vocabLines = readFileSync(file('restore-vocab.tsv'), 'utf8').split('\n').filter(Boolean);
  const words = vocabLines.map((l) => l.slice(0, l.indexOf('\t')));
  const unigramCounts = Float64Array.from(vocabLines, (l) => Number(l.slice(l.indexOf('\t') + 1)));

  const ngrams = decodeNgrams(gunzipSync(readFileSync(file(LM_FILE))));

  const namePairs = new Set<number>();
  for (const row of readFileSync(file('restore-names.tsv'), 'utf8').split('\n')) {
    const [a, b] = row.split('\t');
    if (a && b) namePairs.add(Number(a) * 65536 + Number(b));
  }

  const documentTypes = [...new Set(readDocumentTypes(dir).flatMap((t) => (t.abbr ? [t.abbr] : [])))];
  const organAbbrs = [...new Set(readOrgans(dir).map((o) => o.abbr))];
  // The corpus also writes official abbreviations without their Đ (ND for NĐ, HDND):
  // those ASCII shadows are misspellings to repair, not abbreviations of their own.
  const official = new Set([...documentTypes, ...organAbbrs]);
  const shadows = new Set([...official].map(asciiShadow).filter((a) => !official.has(a)));
  const corpusAbbreviations = readFileSync(file('restore-abbreviations.txt'), 'utf8').split('\n').filter((a) => a && !shadows.has(a));
  const abbreviations = new Set([...documentTypes, ...organAbbrs, ...corpusAbbreviations]);

  const levels = (JSON.parse(readFileSync(file('admin-levels.json'), 'utf8')) as { levels: { name: string }[] }).levels;
  const placeWords = levels.map((l) => l.name.split(' ').pop() ?? l.name);

  return {
    words, unigramCounts, ...ngrams, namePairs, abbreviations,
    documentTypes, organs: organAbbrs, placeWords,
  };
}

/** Header (magic, bigram count, trigram count), then the count arrays (uint32), then the id arrays (uint16). */
function decodeNgrams(bytes: Buffer): Pick<RawTables, 'bigramIds' | 'bigramCounts' | 'trigramIds' | 'trigramCounts'> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const [magic, bigrams = 0, trigrams = 0] = new Uint32Array(buffer, 0, 3);
  if (magic !== LM_MAGIC) throw new Error(`${LM_FILE}: not a restoration language model`);
  let offset = 12;
  const take = <T>(make: (offset: number) => T, bytesUsed: number): T => {
    const value = make(offset);
    offset += bytesUsed;
    return value;
  };
  const bigramCounts = take((o) => new Uint32Array(buffer, o, bigrams), 4 * bigrams);
  const trigramCounts = take((o) => new Uint32Array(buffer, o, trigrams), 4 * trigrams);
  const bigramIds = take((o) => new Uint16Array(buffer, o, 2 * bigrams), 4 * bigrams);
  const trigramIds = take((o) => new Uint16Array(buffer, o, 3 * trigrams), 6 * trigrams);
  return { bigramCounts, trigramCounts, bigramIds, trigramIds };
}

function asciiShadow(abbreviation: string): string {
  return abbreviation.replace(/Đ/g, 'D').replace(/đ/g, 'd');
}
