// The corpora the restoration tables are counted from (corpus-vbpl, corpus-local), as the table builders
// read them: which documents are kept (the tuning slice held out on request, every document that copies an
// evaluated text left out) and how a line becomes the language model's ids.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MIN_MARKED_SHARE } from '../../src/restore/detector.js';
import { type Token } from '../../src/restore/tokenize.js';
import { BOUNDARY_ID, NUMBER_ID, ABBR_ID } from '../../src/restore/tables.js';
import { hasMarks, isSyllableShape, stripMarks, syllableKey } from '../../src/restore/vietnamese.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A corpus document that holds this share of one sample's 8-syllable shingles
 * is a copy of it and held out. Common legal phrases ("Ủy ban Mặt trận Tổ quốc
 * Việt Nam các tổ chức") make 1–3 % in unrelated laws.
 */
export const OVERLAP_LIMIT = 0.05;

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The abbreviations of document types and organs (dictionaries' JSON tables): what the tokeniser keeps whole. */
export function knownAbbreviations(dictDir: string): Set<string> {
  const types = readJson<{ types: { abbr: string | null }[] }>(join(dictDir, 'document-types.json')).types;
  const organs = readJson<{ organs: { abbr: string }[] }>(join(dictDir, 'organs.json')).organs;
  return new Set([...types.flatMap((t) => (t.abbr ? [t.abbr] : [])), ...organs.map((o) => o.abbr)]);
}

/** Least syllables of a line before its share of marked ones says whether its marks were lost. */
const MIN_JUDGED_SYLLABLES = 3;

/**
 * A line of Vietnamese written without its marks ("tong cong", a stripped
 * table or a telex-less page): counted, its n-grams would make the decoder keep
 * unmarked readings in their contexts. Judged as the detector judges a line.
 */
function unmarked(tokens: readonly Token[]): boolean {
  let syllables = 0;
  let marked = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || !isSyllableShape(syllableKey(token.text))) continue;
    syllables++;
    if (hasMarks(token.text)) marked++;
  }
  return syllables >= MIN_JUDGED_SYLLABLES && marked < MIN_MARKED_SHARE * syllables;
}

/**
 * Ids of one tokenised line: punctuation ends a segment (a boundary), as at run time; a number and an
 * abbreviation are their classes; each word's id is `wordId`'s (given the id before it). Empty for a line
 * that lost its marks. `abbreviation` hears each abbreviation the tokeniser kept whole.
 */
export function lineIds(tokens: readonly Token[], wordId: (token: Token, before: number) => number, abbreviation?: (text: string) => void): number[] {
  if (unmarked(tokens)) return [];
  const ids: number[] = [BOUNDARY_ID];
  for (const token of tokens) {
    switch (token.kind) {
      case 'space':
        break;
      case 'punct':
        if (ids[ids.length - 1] !== BOUNDARY_ID) ids.push(BOUNDARY_ID);
        break;
      case 'number':
        ids.push(NUMBER_ID);
        break;
      case 'symbol':
        ids.push(ABBR_ID);
        break;
      case 'abbr':
        ids.push(ABBR_ID);
        abbreviation?.(token.text);
        break;
      case 'word':
        ids.push(wordId(token, ids[ids.length - 1] as number));
    }
  }
  if (ids[ids.length - 1] !== BOUNDARY_ID) ids.push(BOUNDARY_ID);
  return ids;
}

function shingles(text: string): Set<string> {
  const words = stripMarks(text).toLowerCase().match(/\p{L}+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '));
  return out;
}

/** Shingles of each text the project evaluates on: the samples, the gold texts and the dev set's texts (`devTexts`). */
function evaluatedShingles(devTexts: string): Set<string>[] {
  if (!existsSync(devTexts)) throw new Error(`${devTexts}: dev-set texts not found (--dev-texts DIR): the corpus cannot be checked against them`);
  const out: Set<string>[] = [];
  for (const dir of [join(ROOT, 'fixtures/samples'), join(ROOT, 'fixtures/gold-text'), devTexts]) {
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.txt')) out.push(shingles(readFileSync(join(dir, file), 'utf8')));
    }
  }
  return out;
}

/** Largest share of one evaluated text's shingles found in this document. */
function overlap(text: string, evaluated: Set<string>[]): number {
  const own = shingles(text);
  let most = 0;
  for (const sample of evaluated) {
    let shared = 0;
    for (const s of sample) if (own.has(s)) shared++;
    most = Math.max(most, shared / Math.max(1, sample.size));
  }
  return most;
}

/** Every corpus document with its source key: corpus-vbpl, then corpus-local by its INDEX.tsv. */
function corpusDocuments(dataDir: string): { path: string; file: string; source: string }[] {
  const vbpl = join(dataDir, 'corpus-vbpl');
  const local = join(dataDir, 'corpus-local');
  const documents = readdirSync(vbpl).filter((f) => /^\d+\.txt$/.test(f)).sort().map((file) => ({ path: join(vbpl, file), file, source: 'vbpl' }));
  for (const row of readFileSync(join(local, 'INDEX.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, , , source] = row.split('\t');
    if (file && source) documents.push({ path: join(local, file), file, source });
  }
  return documents;
}

/** What a pass over the corpus left out, and how close the closest kept document came to an evaluated text. */
export interface CorpusPass {
  excluded: string[];
  mostShared: number;
}

/**
 * The kept corpus documents (text in NFC) in a fixed order: not those whose file name `heldOut` matches (the
 * tuning slice, when given), nor those holding OVERLAP_LIMIT of an evaluated text's shingles (noted in `pass`).
 */
export function* keptDocuments(dataDir: string, devTexts: string, heldOut: RegExp | null, pass: CorpusPass): Generator<{ path: string; file: string; source: string; text: string }> {
  const evaluated = evaluatedShingles(devTexts);
  for (const document of corpusDocuments(dataDir)) {
    if (heldOut?.test(document.file)) continue;
    const text = readFileSync(document.path, 'utf8').normalize('NFC');
    const share = overlap(text, evaluated);
    if (share >= OVERLAP_LIMIT) {
      pass.excluded.push(`${document.source}/${document.file} (${(100 * share).toFixed(0)} % of an evaluated text)`);
      continue;
    }
    pass.mostShared = Math.max(pass.mostShared, share);
    yield { ...document, text };
  }
}
