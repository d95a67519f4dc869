// Builds the restoration tables in dictionaries/ from the raw data sets:
//   npm run build:dictionaries [-- --data DIR] [--dev-texts DIR]   (or VNPLAN_DATA=DIR)
// DIR defaults to ../shared/data. Inputs: corpus-vbpl (legal corpus) and
// corpus-local (laws, provincial documents, codified law, news; each source
// weighted, see SOURCE_WEIGHT) for counts of syllables, bigrams and trigrams,
// langdata-vie (Tesseract's word list and ranked bigrams), dvhcvn and
// dvhc-2025 (administrative-unit names before and after the 2025 reorganisation), dictionary-vi (Hunspell syllable inventory) and
// dictionaries/admin-terms.txt (curated terms).
// Corpus documents that share text with the project's samples, gold texts or
// the dev set's texts (--dev-texts, default ../shared/dev-plans/texts) are left
// out, so every evaluation stays held out.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tokenizeLine, type Token } from '../src/restore/tokenize.js';
import { casePattern, hasMarks, isSyllableShape, printedForm, stripMarks, syllableKey } from '../src/restore/vietnamese.js';
import { BACKWARD_LM_FILE, CLASS_TOKENS, LM_COUNTS_FILE, LM_FILE, TITLED_FILE, encodeCounts, encodeLanguageModel, type ClassToken } from '../src/restore/tables.js';
import { BACKWARD_LM_SETTINGS, compileLanguageModel, reversedCounts, type NgramCounts } from '../src/restore/lm.js';
import { encodeFourgrams, fourgramKey, FOURGRAM_MIN_COUNT, FOURGRAMS_FILE, type KeyedCounts } from '../src/restore/fourgrams.js';
import { HOLDOUT_DOCUMENT } from './lib/score-restoration.js';
import { keptDocuments, knownAbbreviations, lineIds, readJson, type CorpusPass } from './lib/corpus.js';
import { flagValue, rawDataDir } from './lib/flags.js';
import { CORPUS_TABLES, DICTIONARIES_DIR, FITTED_TABLES, MIN_CORPUS_SYLLABLE } from '../src/dictionaries.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = rawDataDir();
const dictDir = DICTIONARIES_DIR;
/**
 * --holdout: leave the tuning slice of the corpus (HOLDOUT_DOCUMENT) out of the
 * counts, so `scripts/eval-restore.ts --heldout` can tune on its text; --out
 * writes the tables to another folder (with the JSON tables they need);
 * --holdout-slice REGEX holds out the documents whose file name matches it
 * instead (`[13579]\.txt$`: half the corpus, so scripts/eval-names.ts has
 * names enough the model has not seen).
 */
const holdoutSlice = flagValue('--holdout-slice');
const holdout = process.argv.includes('--holdout') || holdoutSlice !== undefined;
const heldOutDocument = holdoutSlice === undefined ? HOLDOUT_DOCUMENT : new RegExp(holdoutSlice, 'u');
const devTexts = resolve(flagValue('--dev-texts') ?? join(dataDir, '..', 'dev-plans', 'texts'));
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? resolve(process.argv[outFlag + 1] ?? '') : dictDir;

/** Pseudo-counts of the sources that are not running text. */
const WEIGHT = { term: 20, name: 4, nameType: 2, tesseractTop: 8, tesseractFloor: 2 } as const;
/**
 * Weight of a document's counts by source (corpus-local's INDEX.tsv key).
 * Everyday administrative and local language (provincial documents, news)
 * counts more than national law, which the corpus already has plenty of;
 * chosen on the held-out slice (eval-restore --heldout).
 */
const SOURCE_WEIGHT: Readonly<Record<string, number>> = {
  ...{ vbpl: 2, hrm: 1, vlc: 1, pd: 2, nqb: 4, unc: 3 },
  // --weights vbpl=1,unc=2: other weights, to compare on the held-out slice.
  ...Object.fromEntries((flagValue('--weights') ?? '').split(',').filter(Boolean).map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])])),
};
/**
 * Pruning: n-grams whose weighted count is below these are dropped (names and terms are never below);
 * --min-counts B,T: other thresholds, to compare on the held-out slice.
 */
const [MIN_BIGRAM_COUNT = 1, MIN_TRIGRAM_COUNT = 1] = (flagValue('--min-counts') ?? '1,1').split(',').map(Number);
/** The trigram keys of src/restore/lm.ts hold ids below 2^13. */
const MAX_VOCABULARY = 8192;

const BOUNDARY = 0;
const classId = (c: ClassToken): number => CLASS_TOKENS.indexOf(c);

class Counts {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [...CLASS_TOKENS];
  readonly unigrams: number[] = CLASS_TOKENS.map(() => 0);
  /**
   * Per id, its weighted count inside a sentence (not after a boundary) and how much of it is
   * capitalised there (Sở, Báo, Thông tri of a name; số, bão rarely): restore-titled.tsv.
   */
  readonly inside: number[] = CLASS_TOKENS.map(() => 0);
  readonly titled: number[] = CLASS_TOKENS.map(() => 0);
  readonly bigrams = new Map<number, number>();
  /** Keyed (u·65536 + v)·65536 + w: below 2^48, exact in a double. */
  readonly trigrams = new Map<number, number>();
  /** Surface forms in the other tone placement (hòa for hoà), to print the usual one (printedForm). */
  readonly altForms = new Map<number, Map<string, number>>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(key, id);
      this.words.push(key);
      this.unigrams.push(0);
      this.inside.push(0);
      this.titled.push(0);
    }
    return id;
  }

  /** Trigrams are counted from running text and curated terms; ranked web bigrams have none. */
  addSequence(ids: number[], weight: number, withTrigrams = true): void {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? BOUNDARY;
      this.unigrams[id] = (this.unigrams[id] ?? 0) + weight;
      if (i > 0) {
        const key = (ids[i - 1] ?? BOUNDARY) * 65536 + id;
        this.bigrams.set(key, (this.bigrams.get(key) ?? 0) + weight);
        if (i > 1 && withTrigrams) {
          const key3 = ((ids[i - 2] ?? BOUNDARY) * 65536 + (ids[i - 1] ?? BOUNDARY)) * 65536 + id;
          this.trigrams.set(key3, (this.trigrams.get(key3) ?? 0) + weight);
        }
      }
    }
  }

  noteSurface(id: number, surface: string): void {
    const forms = this.altForms.get(id) ?? new Map<string, number>();
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
    this.altForms.set(id, forms);
  }
}

/** The counts as the language model takes them: sorted, ids interleaved, counts parallel. */
function ngramCounts(bigrams: readonly (readonly [number, number])[], trigrams: readonly (readonly [number, number, number, number])[]): NgramCounts {
  const bigramIds = new Uint16Array(bigrams.length * 2);
  bigrams.forEach(([key], i) => {
    bigramIds[2 * i] = Math.floor(key / 65536);
    bigramIds[2 * i + 1] = key % 65536;
  });
  return {
    bigramIds,
    bigramCounts: Uint32Array.from(bigrams, ([, c]) => Math.round(c)),
    trigramIds: Uint16Array.from(trigrams.flatMap(([u, v, w]) => [u, v, w])),
    trigramCounts: Uint32Array.from(trigrams, (t) => t[3]),
  };
}



/** Segments of LM ids of one line: punctuation ends a segment (boundary), as at run time; with `weight`, each word's capitals counted inside its sentence (Counts.titled). */
function lineToIds(counts: Counts, line: string, abbreviations: ReadonlySet<string>, abbrSeen: Map<string, number>, weight = 0): number[] {
  const wordId = (token: Token, before: number): number => {
    const key = syllableKey(token.text);
    if (!isSyllableShape(key) && !counts.ids.has(key)) return classId('<unk>');
    const id = counts.id(key);
    const lower = token.text.normalize('NFC').toLowerCase();
    if (lower !== key) counts.noteSurface(id, lower);
    if (before !== BOUNDARY && casePattern(token.text) !== 'upper') {
      counts.inside[id] = (counts.inside[id] ?? 0) + weight;
      if (casePattern(token.text) === 'title') counts.titled[id] = (counts.titled[id] ?? 0) + weight;
    }
    return id;
  };
  return lineIds(tokenizeLine(line, abbreviations), wordId, (text) => abbrSeen.set(text, (abbrSeen.get(text) ?? 0) + 1));
}


/** The id sequences of the corpus' lines, one after another with -1 between them: what the 4-grams are counted from once the vocabulary is known. */
class LineLog {
  ids = new Int32Array(1 << 20);
  length = 0;

  add(ids: readonly number[]): void {
    if (ids.length < 4) return;
    while (this.length + ids.length + 1 > this.ids.length) {
      const grown = new Int32Array(2 * this.ids.length);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids.set(ids, this.length);
    this.length += ids.length;
    this.ids[this.length++] = -1;
  }
}

/** Sorted keys seen FOURGRAM_MIN_COUNT times or more, with their counts. */
function keyedCounts(all: Float64Array): KeyedCounts {
  const sorted = all.sort();
  const keys: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i >= FOURGRAM_MIN_COUNT) {
      keys.push(sorted[i] as number);
      counts.push(j - i);
    }
    i = j;
  }
  return { keys: Float64Array.from(keys), counts: Uint32Array.from(counts) };
}

/** The corpus' 4-grams in the vocabulary's ids (`newId`), and their three-word contexts (keyed with a first id 0). */
function fourgramCounts(lines: LineLog, newId: Int32Array): { fourgrams: KeyedCounts; contexts: KeyedCounts } {
  const grams = new Float64Array(lines.length);
  const contexts = new Float64Array(lines.length);
  let n = 0;
  const ids = lines.ids;
  for (let i = 3; i < lines.length; i++) {
    const a = ids[i - 3] as number;
    const b = ids[i - 2] as number;
    const c = ids[i - 1] as number;
    const d = ids[i] as number;
    if (a < 0 || b < 0 || c < 0 || d < 0) continue;
    const na = newId[a] as number;
    const nb = newId[b] as number;
    const nc = newId[c] as number;
    const nd = newId[d] as number;
    if (na < 0 || nb < 0 || nc < 0 || nd < 0) continue;
    grams[n] = fourgramKey(na, nb, nc, nd);
    contexts[n++] = fourgramKey(0, na, nb, nc);
  }
  return { fourgrams: keyedCounts(grams.subarray(0, n)), contexts: keyedCounts(contexts.subarray(0, n)) };
}

function countCorpus(counts: Counts, abbreviations: ReadonlySet<string>, abbrSeen: Map<string, number>, lines: LineLog): string[] {
  const pass: CorpusPass = { excluded: [], mostShared: 0 };
  for (const { path, source, text } of keptDocuments(dataDir, devTexts, holdout ? heldOutDocument : null, pass)) {
    const weight = SOURCE_WEIGHT[source];
    if (weight === undefined) throw new Error(`${path}: source '${source}' has no weight in SOURCE_WEIGHT`);
    for (const line of text.split('\n')) {
      const ids = lineToIds(counts, line, abbreviations, abbrSeen, weight);
      counts.addSequence(ids, weight);
      lines.add(ids);
    }
  }
  console.log(`largest overlap of a kept corpus document with an evaluated text: ${(100 * pass.mostShared).toFixed(1)} %`);
  return pass.excluded;
}

/**
 * Syllable ids of a short term, or null when one of its words is no syllable
 * (or not in `allowed`). Place names may hold words of minority languages that
 * no Vietnamese syllable has the shape of (Đắk, Krông): `anyWord` takes them.
 */
function termIds(counts: Counts, term: string, allowed?: ReadonlySet<string>, anyWord = false): number[] | null {
  const words = term.match(/\p{L}+/gu) ?? [];
  const ids: number[] = [];
  for (const word of words) {
    const key = syllableKey(word);
    if ((!anyWord && !isSyllableShape(key)) || (allowed && !allowed.has(key))) return null;
    ids.push(counts.id(key));
  }
  return ids;
}

interface Unit { name: string; type: string; level2s?: Unit[]; level3s?: Unit[] }

/** Administrative-unit names: n-grams inside each name, and with the type word ("xã Lục Ba"). */
function countNames(counts: Counts): Set<number> {
  const data = readJson<{ data: Unit[] }>(join(dataDir, 'dvhcvn', 'dvhcvn.json')).data;
  const namePairs = new Set<number>();
  const visit = (unit: Unit): void => {
    const bare = unit.name.startsWith(unit.type) ? unit.name.slice(unit.type.length).trim() : unit.name;
    const nameIds = termIds(counts, bare, undefined, true);
    const typeIds = termIds(counts, unit.type.replace(' Trung ương', ''));
    if (nameIds && nameIds.length > 0) {
      counts.addSequence(nameIds, WEIGHT.name);
      for (let i = 1; i < nameIds.length; i++) namePairs.add((nameIds[i - 1] ?? 0) * 65536 + (nameIds[i] ?? 0));
      // "huyện Đại Từ" and "xã Đại Tự" differ only with the type word before them: count it with the whole name.
      if (typeIds) counts.addSequence([...typeIds, ...nameIds], WEIGHT.nameType);
    }
    for (const child of [...(unit.level2s ?? []), ...(unit.level3s ?? [])]) visit(child);
  };
  for (const province of data) visit(province);
  // The units after the 2025 reorganisation (new provinces and communes, many with new names).
  type Unit2025 = { short: string; type: string; nso?: { name?: string } };
  const reorganised = readJson<{ provinces: (Unit2025 & { communes: Unit2025[] })[] }>(join(dataDir, 'dvhc-2025', 'units.json')).provinces;
  for (const province of reorganised) {
    for (const unit of [province, ...province.communes]) {
      visit({ name: unit.short, type: unit.type });
      // The statistics office's spelling where it differs (Phó Bảng / Phố Bảng): documents write either.
      const other = unit.nso?.name?.replace(new RegExp(`^${unit.type}\\s+`, 'iu'), '');
      if (other && other !== unit.short) visit({ name: other, type: unit.type });
    }
  }
  return namePairs;
}

/** Counts the curated terms; returns their syllable ids (kept in the inventory however rare elsewhere: rôn of băng rôn). */
function countTerms(counts: Counts): { syllables: Set<number>; abbreviations: Set<string> } {
  const lines = readFileSync(join(dictDir, 'admin-terms.txt'), 'utf8').split('\n');
  const termSyllables = new Set<number>();
  const abbreviations = new Set<string>();
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    // A term's abbreviation in parentheses (Đoàn đại biểu Quốc hội (ĐBQH)) is one of the genre's, however rare in the corpus.
    for (const [, abbreviation] of line.matchAll(/\((\p{Lu}{2,})\)/gu)) if (abbreviation) abbreviations.add(abbreviation);
    for (const part of line.split(/[,.;()–-]/)) {
      const ids = termIds(counts, part);
      if (ids && ids.length > 0) counts.addSequence([BOUNDARY, ...ids, BOUNDARY], WEIGHT.term);
      for (const id of ids ?? []) termSyllables.add(id);
    }
  }
  return { syllables: termSyllables, abbreviations };
}

/**
 * How many times more often the corpus must write a web pair's letters with other marks for the pair to
 * be stripped text (--stripped-web-share N: another, to compare on the held-out slice).
 */
const STRIPPED_WEB_SHARE = Number(flagValue('--stripped-web-share') ?? 20);

/** Tesseract's web bigrams carry ranks only: a Zipf-like pseudo-count, kept to valid syllables. */
function countTesseractBigrams(counts: Counts, allowed: ReadonlySet<string>): number {
  const lines = readFileSync(join(dataDir, 'langdata-vie', 'vie.word.bigrams'), 'utf8').split('\n').map((l) => l.normalize('NFC'));
  // Web text without its marks ("cong ty", "tong cong"): a pair with an unmarked word is left out when the
  // corpus writes the same letters with other marks STRIPPED_WEB_SHARE times as often or more (công ty),
  // else the decoder would keep stripped words in its contexts; "tham gia" stays.
  const skeletonOf = counts.words.map((w) => stripMarks(w));
  const mostWritten = new Map<string, number>();
  for (const [key, c] of counts.bigrams) {
    const pair = `${skeletonOf[Math.floor(key / 65536)] ?? ''} ${skeletonOf[key % 65536] ?? ''}`;
    mostWritten.set(pair, Math.max(mostWritten.get(pair) ?? 0, c));
  }
  let used = 0;
  lines.forEach((line, rank) => {
    const ids = termIds(counts, line, allowed);
    if (!ids || ids.length !== 2 || line.trim().split(/\s+/).length !== 2) return;
    const written = counts.bigrams.get((ids[0] ?? 0) * 65536 + (ids[1] ?? 0)) ?? 0;
    const unmarkedWord = (line.match(/\p{L}+/gu) ?? []).some((w) => !hasMarks(w));
    const pair = `${skeletonOf[ids[0] ?? 0] ?? ''} ${skeletonOf[ids[1] ?? 0] ?? ''}`;
    if (unmarkedWord && (mostWritten.get(pair) ?? 0) >= STRIPPED_WEB_SHARE * Math.max(1, written)) return;
    // Never below a floor: these pairs are few per word but cover everyday words the legal corpus lacks.
    const weight = Math.max(WEIGHT.tesseractFloor, Math.round(WEIGHT.tesseractTop / (1 + rank / 2000)));
    counts.addSequence(ids, weight, false);
    used++;
  });
  return used;
}

function inventory(): string[] {
  const dic = readFileSync(join(root, 'node_modules', 'dictionary-vi', 'index.dic'), 'utf8');
  return dic.split('\n').slice(1).map((l) => syllableKey(l.split('/')[0] ?? '')).filter(isSyllableShape);
}

function main(): void {
  const t0 = Date.now();
  const counts = new Counts();
  const abbreviations = knownAbbreviations(dictDir);
  const abbrSeen = new Map<string, number>();
  const dictionary = new Set(inventory());
  for (const key of dictionary) counts.id(key);
  // Names first: the corpus then counts their minority-language words (Đắk, Krông) as syllables.
  const namePairs = countNames(counts);
  const lines = new LineLog();
  const excluded = countCorpus(counts, abbreviations, abbrSeen, lines);
  // The inventory: dictionary syllables, and corpus syllables seen often enough to be real.
  const inventorySet = new Set(counts.words.filter((w, id) => id >= CLASS_TOKENS.length && (dictionary.has(w) || (counts.unigrams[id] ?? 0) >= MIN_CORPUS_SYLLABLE)));
  const { syllables: terms, abbreviations: termAbbreviations } = countTerms(counts);
  // Web text has unmarked words ("va", "hoc"): its bigrams may only join syllables of the inventory.
  const tesseract = countTesseractBigrams(counts, inventorySet);

  // Syllables of administrative-unit names stay even when rare elsewhere.
  const nameIds = new Set([...namePairs].flatMap((key) => [Math.floor(key / 65536), key % 65536]));
  const keep = counts.words.map((w, id) => id < CLASS_TOKENS.length || inventorySet.has(w) || nameIds.has(id) || terms.has(id));
  const newId = new Int32Array(counts.words.length).fill(-1);
  const vocab: string[] = [];
  keep.forEach((k, id) => {
    if (!k) return;
    newId[id] = vocab.length;
    vocab.push(id < CLASS_TOKENS.length ? `${counts.words[id]}\t${counts.unigrams[id]}` : `${printedForm(counts.words[id] ?? '', counts.altForms.get(id))}\t${counts.unigrams[id]}`);
  });

  if (vocab.length > MAX_VOCABULARY) throw new Error(`vocabulary of ${vocab.length} syllables: more than the ${MAX_VOCABULARY} ids the language model can key (raise MIN_CORPUS_SYLLABLE)`);
  const remap = (key: number): number => {
    const a = newId[Math.floor(key / 65536)] ?? -1;
    const b = newId[key % 65536] ?? -1;
    return a < 0 || b < 0 ? -1 : a * 65536 + b;
  };
  const bigrams = [...counts.bigrams]
    .filter(([key, c]) => c >= MIN_BIGRAM_COUNT || namePairs.has(key))
    .map(([key, c]) => [remap(key), c] as const)
    .filter(([key]) => key >= 0)
    .sort((a, b) => a[0] - b[0]);
  const trigrams: (readonly [number, number, number, number])[] = [];
  for (const [key, c] of counts.trigrams) {
    if (c < MIN_TRIGRAM_COUNT) continue;
    const u = newId[Math.floor(key / 2 ** 32)] ?? -1;
    const v = newId[Math.floor(key / 65536) % 65536] ?? -1;
    const w = newId[key % 65536] ?? -1;
    if (u >= 0 && v >= 0 && w >= 0) trigrams.push([u, v, w, Math.round(c)]);
  }
  trigrams.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const names = [...namePairs].map(remap).filter((k) => k >= 0).sort((a, b) => a - b);
  const corpusAbbreviations = [...new Set([...[...abbrSeen].filter(([, n]) => n >= 3).map(([a]) => a), ...termAbbreviations])].filter((a) => !abbreviations.has(a)).sort();

  mkdirSync(outDir, { recursive: true });
  if (outDir !== dictDir) {
    for (const file of ['document-types.json', 'organs.json', 'admin-levels.json', 'plan-vocabulary.json', FITTED_TABLES.channel]) copyFileSync(join(dictDir, file), join(outDir, file));
  }
  writeFileSync(join(outDir, CORPUS_TABLES.vocabulary), vocab.join('\n') + '\n');
  // Per id of the vocabulary: its count inside a sentence of running text, and the capitalised part of it.
  const titled = [...newId].flatMap((to, id) => (to < 0 ? [] : [`${Math.round(counts.inside[id] ?? 0)}\t${Math.round(counts.titled[id] ?? 0)}`]));
  writeFileSync(join(outDir, TITLED_FILE), titled.join('\n') + '\n');
  // The model's log-probabilities are computed here, once, so loading does no arithmetic per entry;
  // the counts stay beside them (test/restore/lm.test.ts recomputes the model from them).
  const ngrams = ngramCounts(bigrams, trigrams);
  const unigramCounts = vocab.map((row) => Number(row.slice(row.indexOf('\t') + 1)));
  writeFileSync(join(outDir, LM_FILE), gzipSync(encodeLanguageModel(compileLanguageModel(unigramCounts, ngrams)), { level: 9 }));
  // The same counts read right to left: the decoder weighs its paths by both directions.
  writeFileSync(join(outDir, BACKWARD_LM_FILE), gzipSync(encodeLanguageModel(compileLanguageModel(unigramCounts, reversedCounts(ngrams), BACKWARD_LM_SETTINGS)), { level: 9 }));
  writeFileSync(join(outDir, LM_COUNTS_FILE), gzipSync(encodeCounts(ngrams), { level: 9 }));
  const fourgrams = fourgramCounts(lines, newId);
  writeFileSync(join(outDir, FOURGRAMS_FILE), gzipSync(encodeFourgrams(fourgrams.fourgrams, fourgrams.contexts), { level: 9 }));
  writeFileSync(join(outDir, CORPUS_TABLES.names), names.map((k) => `${Math.floor(k / 65536)}\t${k % 65536}`).join('\n') + '\n');
  writeFileSync(join(outDir, CORPUS_TABLES.abbreviations), corpusAbbreviations.join('\n') + '\n');

  console.log(`data: ${dataDir}${holdout ? ' (tuning slice held out)' : ''}, tables written to ${outDir}`);
  console.log(`held out corpus documents: ${excluded.length ? excluded.join(', ') : 'none'}`);
  console.log(`vocabulary ${vocab.length} (dictionary-vi ${dictionary.size}), bigrams ${bigrams.length}, trigrams ${trigrams.length}, name pairs ${names.length}`);
  console.log(`corpus 4-grams seen ${FOURGRAM_MIN_COUNT} times or more ${fourgrams.fourgrams.keys.length}, their contexts ${fourgrams.contexts.keys.length}`);
  console.log(`curated term syllables ${terms.size}, Tesseract bigrams used ${tesseract}, corpus abbreviations ${corpusAbbreviations.length}`);
  console.log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
