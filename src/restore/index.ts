// Restoration of Vietnamese text read by an OCR without a Vietnamese model, or
// stripped to ASCII: tokenise each line, let the detector pass clean lines
// through, decode the others (candidates from the channel model, bigram then
// trigram Viterbi), repair document symbols, restore case from the input and
// log every change with its line and confidence.
import type { Correction, ReadBy, RestoredText } from '../types.js';
import { calibrated, readCalibration, type Calibration } from './calibration.js';
import { CandidateIndex, type Candidate } from './candidates.js';
import { Channel, STRIPPED_CHANNEL, type ChannelCosts } from './channel.js';
import { readChannelCosts } from './channel-table.js';
import { BACKWARD_GATE, BACKWARD_WEIGHT, DISAMBIGUATOR_WEIGHT, FOURGRAM_PRIOR, FOURGRAM_WEIGHT, decodeSegment, newScratch, TransitionCache, type DecodeModel, type LatticePosition } from './decode.js';
import { judgeWords, wordFacts, type WordFacts } from './detector.js';
import { LostLetterIndex, lostBlockLetters, repairLostLetters, titledPairs, type LostLetterModel } from './lostletters.js';
import { cutGlued } from './glued.js';
import { NameModel, restoreNames } from './names.js';
import { BigramModel, SearchedTrigramModel, TrigramModel } from './lm.js';
import type { Disambiguator } from './disambiguator.js';
import type { FourgramCounts } from './fourgrams.js';
import { correctRealWords, documentPairs, HAMLET_WORDS, MIN_VARIANT_COUNT, nameSyllablesOf, type RealWordModel } from './realword.js';
import { composedCode, officialShadowsOf, repairAbbreviation, repairSymbol, shadowsOf, type SymbolGrammar } from './symbols.js';
import { ABBR_ID, BOUNDARY_ID, CLASS_TOKENS, NUMBER_ID, UNKNOWN_ID, readTables, type RawTables } from './tables.js';
import { DICTIONARIES_DIR } from '../dictionaries.js';
import { newToken, tokenizeLine, type Token } from './tokenize.js';
import { applyCase, casePattern, clearMemos, codePoints, hasMarks, stripMarks, syllableKey, type CasePattern } from './vietnamese.js';

export interface RestoreOptions {
  /**
   * What damaged the text: OCR garble (letters and marks misread) or marks
   * stripped (letters intact). By default read from the text itself.
   */
  damage?: 'auto' | 'ocr' | 'stripped';
  /**
   * What read the text, when known. 'vie-ocr', the project's OCR stage with
   * the Vietnamese model: that model reads a hook (dấu hỏi) as an acute or a
   * tilde (Tố chức, sửa đối) and puts one over an i (chỉ bộ), each a real
   * word, so the real-word corrector weighs those variants apart (realword.ts
   * hookConfusion). Unknown (a clean text, a text layer, another OCR), such a
   * word is as the document printed it, a typo of its own at worst, and left.
   */
  readBy?: ReadBy;
}

export interface Restorer {
  words: readonly string[];
  vocabulary: ReadonlyMap<string, number>;
  abbreviations: ReadonlySet<string>;
  candidates: CandidateIndex;
  /** Raw OCR garble, and text that only lost its marks. */
  channels: { ocr: Channel; stripped: Channel };
  model: DecodeModel;
  /** What the real-word corrector weighs a valid syllable's mark variants with. */
  realWords: RealWordModel;
  grammar: SymbolGrammar;
  /** Personal and place names (src/restore/names.ts). */
  names: NameModel;
  /** Letters a PDF's text layer lost with its font's Latin Extended Additional block (lostletters.ts). */
  lostLetters: LostLetterModel;
  /** Raw confidence of each rule -> share of its changes found right on held-out text. */
  calibration: Calibration;
  /** Lattice columns per distinct observed token (documents repeat their words), per channel (OCR, stripped) and Trust. */
  columns: Map<string, Column>[];
  /** The words a clerical abbreviation stands for (`v/v` về việc), as vocabulary ids: those the vocabulary holds. */
  clerical: ReadonlyMap<string, readonly number[]>;
  /** The one-candidate columns of boundaries, numbers, abbreviations and clerical words, shared so their transitions are cached. */
  fixedPositions: ReadonlyMap<number, LatticePosition>;
  /** The number the next lattice column is given (LatticePosition.column; the fixed columns hold the first ones). */
  nextColumn: number;
  /** −log P(capitalised | word) inside a sentence, per id (titledCostsOf): what a capital there says of the word. */
  titledCosts: Float32Array;
  /** Where a token that lost its spaces with its marks is cut into syllables (glued.ts), per lower-case skeleton; null: not glued. */
  cuts: Map<string, number[] | null>;
  /** The recipients' heading (Nơi nhận) as lower-case letters without marks, word by word. */
  recipientsHeading: readonly string[];
  /** What the detector and the damage guess need of a word, per distinct word as written. */
  facts(text: string): WordFacts & { unreadable: boolean };
  /** Restores one text with this restorer's tables; caches grow with the words it has seen. */
  restoreText(text: string, options?: RestoreOptions): RestoredText;
  /** Empties every per-token cache, as for a process that has seen no document. */
  clearCaches(): void;
}

/**
 * Cost of leaving an unknown word as it is: a foreign word or a name outside
 * the inventory may stay, a token the channel reads as a syllable almost
 * never does ("sach" is sạch). The language model gives the unknown-word class
 * a high probability (legal text is full of foreign words), hence the dear price.
 */
const KEEP_COST = 8;
const KEEP_READABLE_COST = 16;
/** Channel cost under which a candidate counts as a reading of the token. */
const READABLE = 1;
/**
 * Share of garbled words (invalid syllables, digits inside words) in the lines
 * to restore above which the text is read as OCR garble, not as stripped text.
 */
const GARBLE_SHARE = 0.05;
/**
 * Share of a document's words on right lines from which the document is right:
 * its other lines are tables, codes and foreign words, not damage (stripped
 * or raw-OCR documents have almost no right lines).
 */
const CLEAN_DOCUMENT_SHARE = 0.8;
/**
 * Share of a document's words on right lines under which the document is
 * damaged (stripped or raw OCR): there a line that passes with few marks is
 * restored too (detector.ts, `suspect`).
 */
const DAMAGED_DOCUMENT_SHARE = 0.5;
/**
 * Least calibrated confidence of a decoder change on a line that reads as right
 * Vietnamese (or in a right document): there a doubtful reading is more likely
 * the source's own spelling (a code, a typo) than damage, and is left as written.
 */
const RIGHT_LINE_CONFIDENCE = 0.9;
/** Confidence given to a symbol part repaired by the grammar. */
const SYMBOL_CONFIDENCE = 0.9;
/** An OCR'd page's em dash between spaced words (the genre's en dash) or guillemet opening a line (a bullet). */
const PUNCTUATION_CONFIDENCE = 0.95;

/**
 * Bounds of the per-token caches. They grow with the distinct words seen —
 * a plan has 2–3 thousand, the genre's vocabulary a few tens of thousands —
 * and with the pairs of lattice columns met: an archive of many documents, or
 * one 50 MB text of them, would grow them without end. Past either bound the
 * caches start again empty before the next text (a chunk, for a big one):
 * they only memoise, so what is restored is the same.
 */
export interface CacheBounds {
  /** Distinct words as written. */
  words: number;
  /** Transition costs (8 bytes each) in the decoder's cache. */
  transitions: number;
}

export const CACHE_BOUNDS: CacheBounds = { words: 50_000, transitions: 1 << 23 };

/** Characters an OCR without a Vietnamese model prints inside words, beside the inventory's letters. */
const PRINTED_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789¢€¥&@$%£§°ªºàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ';

/** Everything a restorer is built from: the language-model tables, the OCR channel and the confidence calibration. */
export interface RestorerTables {
  tables: RawTables;
  channel: ChannelCosts;
  calibration: Calibration;
  names: NameModel;
}

/** Reads the tables of `dir` (default: the package's dictionaries/; another for tables built with part of the corpus held out). */
export function readRestorerTables(dir = DICTIONARIES_DIR): RestorerTables {
  // The name tables come from the registers, not the corpus: a held-out build has the package's own.
  return { tables: readTables(dir), channel: readChannelCosts(dir), calibration: readCalibration(dir), names: NameModel.read() };
}

/** A restorer over the tables of `dir`: each call builds a new one (about half a second), with its own caches. */
export function loadRestorer(dir = DICTIONARIES_DIR): Restorer {
  return createRestorer(readRestorerTables(dir));
}

let shared: Restorer | null = null;

/** The restorer of the package's own tables, built on first use and kept for the process (the pipeline's). */
export function defaultRestorer(): Restorer {
  return (shared ??= loadRestorer());
}

/** Restores with the default restorer: the pipeline's entry point. */
export function restoreText(text: string, options: RestoreOptions = {}): RestoredText {
  return defaultRestorer().restoreText(text, options);
}

export function createRestorer({ tables, channel, calibration, names }: RestorerTables, bounds: CacheBounds = CACHE_BOUNDS): Restorer {
  const lm = new BigramModel(tables.lm);
  const vocabulary = new Map<string, number>();
  tables.words.forEach((w, id) => {
    if (id >= CLASS_TOKENS.length) vocabulary.set(syllableKey(w), id);
  });
  const logPrior = Float32Array.from(tables.unigramCounts, (c) => Math.log(c + 0.5));
  const candidates = new CandidateIndex(tables.words, CLASS_TOKENS.length, logPrior);
  const readBackward = tables.backwardLm;
  let backward: SearchedTrigramModel | undefined;
  const readFourgrams = tables.fourgrams;
  let fourgrams: FourgramCounts | undefined;
  const readDisambiguator = tables.disambiguator;
  let disambiguator: Disambiguator | undefined;
  const model: DecodeModel = {
    lm,
    trigram: new TrigramModel(lm, tables.lm),
    // Read at the first text that lost its marks (the only one that asks it), and searched where it lies: loading
    // OCR'd and clean text never reads it, and the few lookups per doubtful word need no hashed tables.
    backward: () => (backward ??= new SearchedTrigramModel(readBackward())),
    backwardWeight: BACKWARD_WEIGHT,
    backwardGate: BACKWARD_GATE,
    fourgrams: () => (fourgrams ??= readFourgrams()),
    fourgramWeight: FOURGRAM_WEIGHT,
    fourgramPrior: FOURGRAM_PRIOR,
    disambiguator: () => (disambiguator ??= readDisambiguator()),
    disambiguatorWeight: DISAMBIGUATOR_WEIGHT,
    namePairs: tables.namePairs,
    transitions: new TransitionCache(),
    scratch: newScratch(),
  };
  // Mark variants per syllable id (same skeleton): what the real-word corrector weighs.
  const variantsById = tables.words.map((w, id) => (id < CLASS_TOKENS.length ? [] : candidates.variants(w)));
  const columns = Array.from({ length: 6 }, () => new Map<string, Column>());
  const clerical = new Map(
    [...CLERICAL].flatMap(([abbreviation, words]) => {
      const ids = words.split(' ').map((w) => vocabulary.get(syllableKey(w)));
      return ids.every((id) => id !== undefined) ? [[abbreviation, ids as number[]] as const] : [];
    }),
  );
  // Each id once (clerical words repeat: về of v/v and V/v): a column's number is its index here.
  const fixedIds = [...new Set([BOUNDARY_ID, NUMBER_ID, ABBR_ID, ...[...clerical.values()].flat()])];
  const fixedPositions = new Map(fixedIds.map((id, column): [number, LatticePosition] => [id, { candidates: [{ id, cost: 0 }], column, capitalised: false }]));
  const factsByText = new Map<string, WordFacts & { unreadable: boolean }>();
  const isSyllable = (key: string): boolean => vocabulary.has(key);
  const ocrChannel = new Channel(channel);
  const strippedChannel = new Channel(STRIPPED_CHANNEL);
  // Letter costs of every character an OCR or a stripped text prints, against every letter of the inventory.
  const printed = new Set([...tables.words.slice(CLASS_TOKENS.length).join(''), ...PRINTED_CHARACTERS]);
  ocrChannel.prepare(printed);
  strippedChannel.prepare(printed);
  let lostLetterIndex: LostLetterIndex | undefined;
  const restorer: Restorer = {
    words: tables.words,
    vocabulary,
    abbreviations: tables.abbreviations,
    candidates,
    channels: { ocr: ocrChannel, stripped: strippedChannel },
    model,
    realWords: {
      lm,
      words: tables.words,
      vocabulary,
      namePairs: tables.namePairs,
      variants: (id) => variantsById[id] ?? [],
      placeWords: new Set([...tables.placeWords, ...HAMLET_WORDS].flatMap((w) => vocabulary.get(syllableKey(w)) ?? [])),
      nameSyllables: nameSyllablesOf(names, vocabulary),
      counts: tables.unigramCounts,
    },
    calibration,
    columns,
    clerical,
    fixedPositions,
    nextColumn: fixedPositions.size,
    cuts: new Map(),
    recipientsHeading: stripMarks(tables.recipientsHeading).toLowerCase().split(/\s+/),
    titledCosts: titledCostsOf(tables.insideCounts, tables.titledCounts),
    facts: (text) => {
      let facts = factsByText.get(text);
      if (!facts) {
        // No channel but OCR garble explains digits inside a word or a skeleton no syllable has.
        const unreadable = /\d/.test(text) || !candidates.hasSkeleton(stripMarks(text).toLowerCase());
        facts = { ...wordFacts(text, isSyllable), unreadable };
        factsByText.set(text, facts);
      }
      return facts;
    },
    restoreText: (text, options = {}) => {
      if (factsByText.size > bounds.words || model.transitions.size > bounds.transitions) restorer.clearCaches();
      // A text layer that lost its block letters is a damage of its own: its gaps are filled first,
      // then the text is read as any other (its words may still have lost marks or be misread).
      if ((options.damage ?? 'auto') !== 'auto' || !lostBlockLetters(text, restorer.lostLetters)) return restoreWith(restorer, text, options);
      const repaired = repairLostLetters(text, restorer.lostLetters, restorer.model.trigram);
      const restored = restoreWith(restorer, repaired.text, options);
      const filled = repaired.corrections.map((c) => ({ ...c, confidence: round(calibrated(restorer.calibration, c.rule, c.confidence)) }));
      const corrections = [...filled, ...restored.corrections].sort((a, b) => a.line - b.line);
      return { ...restored, corrections, changed: restored.changed + repaired.corrections.length };
    },
    clearCaches: () => {
      factsByText.clear();
      candidates.clearCache();
      clearMemos();
      for (const byText of columns) byText.clear();
      // the columns' numbers are free again with the cache that keyed matrices by them
      restorer.nextColumn = fixedPositions.size;
      restorer.cuts.clear();
      // a new cache, not the old one emptied: its chunks are let go
      model.transitions = new TransitionCache();
    },
    lostLetters: {
      // Built for the first text that lost its block letters: right text never needs it (~90 ms of loading).
      get index() {
        // The restorer's keys, not the tables: no closure holds the tables, so what only they hold is let go once indexed.
        return (lostLetterIndex ??= new LostLetterIndex(restorer.candidates.keys, CLASS_TOKENS.length));
      },
      vocabulary,
      titledPairs: titledPairs(tables.organNames),
    },
    grammar: {
      documentTypes: tables.documentTypes,
      organs: tables.organs,
      known: tables.abbreviations,
      shadows: shadowsOf(tables.abbreviations),
      officialShadows: officialShadowsOf(tables.documentTypes, tables.organs),
    },
    names,
  };
  return restorer;
}

interface WordSlot {
  line: number;
  token: Token;
  /** Candidates of the lattice; the last one is the token itself when it is no known syllable. */
  candidates: Candidate[];
  /** The number of the column the candidates are (LatticePosition.column). */
  column: number;
  keepIndex: number;
  /** The case the token is written in (its column's), which the reading chosen is given. */
  casing: CasePattern;
  capitalised: boolean;
  trust: Trust;
  /** The token this slot is a piece of, when it was cut (gluedSlots): its piece's index. */
  glued?: { whole: GluedWord; index: number };
}

function restoreWith(restorer: Restorer, text: string, options: RestoreOptions): RestoredText {
  const lines = text.split('\n');
  const tokenized = lines.map((line) => tokenizeLine(line, restorer.abbreviations));
  const verdicts = tokenized.map((tokens) => judgeWords(tokens, restorer.facts));
  const passed = verdicts.map((v) => v.restore);
  const damaged = cleanShare(restorer, tokenized, passed) < DAMAGED_DOCUMENT_SHARE;
  // A heading whose spaces went with its marks is all abbreviations to the detector (KEHOACH, CONGHOA XAHOI).
  const restorable = verdicts.map((v, i) => v.restore || (damaged && (v.suspect || (tokenized[i] ?? []).some((t) => cutOf(restorer, t, null) !== null))));

  const damage = options.damage ?? 'auto';
  const ocr = damage === 'auto' ? garbleShare(restorer, tokenized, restorable) > GARBLE_SHARE : damage === 'ocr';
  const channel = ocr ? restorer.channels.ocr : restorer.channels.stripped;
  // A line that reads as right Vietnamese keeps every valid word and code, and so does every line of a
  // document that is right but for a few lines (tables, codes, foreign words); text that only lost marks keeps its marked words.
  const clean = cleanShare(restorer, tokenized, restorable) >= CLEAN_DOCUMENT_SHARE;
  const trusted = verdicts.map((v) => (v.trustMarked || clean ? Trust.Valid : channel === restorer.channels.stripped ? Trust.Marked : Trust.None));
  const cut = decodeLines(restorer, channel, tokenized, restorable, trusted);
  correctLines(restorer, tokenized, restorable, verdicts.map((v) => v.trustMarked), options.readBy === 'vie-ocr');
  // A line that writes its marks writes Đ where it means Đ: its free abbreviations stand (DV is not ĐV
  // there), and so do its codes of letters and digits (PO43 of a chemist's table, not "ngay25").
  const markless = restorable.map((r, i) => r && !verdicts[i]?.trustMarked && !clean);
  repairSymbols(restorer, tokenized, markless, cut);
  restoreListLetters(tokenized, markless);
  restoreNumberLines(tokenized, markless);
  if (ocr) {
    restoreSpacedDashes(tokenized);
    restoreNumberWords(tokenized);
    restorePrintedNumerals(tokenized);
    joinSplitSymbols(restorer.grammar, tokenized);
    restoreBullets(tokenized);
  }
  // Names where the genre puts them (signer block, đồng chí …, places after their type word), read as names.
  const isSyllable = (key: string): boolean => restorer.vocabulary.has(key);
  const textOf = (token: Token): string => token.replacement?.text ?? token.text;
  const confidenceOf = (token: Token): number => {
    const replacement = token.replacement;
    return replacement ? calibrated(restorer.calibration, replacement.rule, replacement.confidence) : 1;
  };
  // A right line (or a right document's: HO CHI MINH of a letterhead printed without marks) asks a name the decoder's bar.
  let rightTokens: Set<Token> | null = null;
  for (const change of restoreNames({ model: restorer.names, channel, misreadings: restorer.channels.ocr, candidates: restorer.candidates, words: restorer.words, isSyllable, abbreviations: restorer.abbreviations, tokenized, restorable, textOf, confidenceOf })) {
    if (change.text !== change.token.text && calibrated(restorer.calibration, 'name', change.confidence) < RIGHT_LINE_CONFIDENCE) {
      rightTokens ??= new Set(tokenized.flatMap((tokens, i) => (trusted[i] === Trust.Valid ? tokens : [])));
      if (rightTokens.has(change.token)) continue;
    }
    change.token.replacement = change.text === change.token.text ? undefined : { text: change.text, confidence: change.confidence, rule: 'name' };
  }

  const corrections: Correction[] = [];
  let tokens = 0;
  // The output's pieces in order, joined once: a `+=` per token made a string per token (a cons cell, or a
  // copy while the line is short) for the collector, and the lines were copied again when joined.
  const pieces: string[] = [];
  // Indexed, as cleanShare: a closure per line and a lookup per token of every text.
  for (let i = 0; i < tokenized.length; i++) {
    const lineTokens = tokenized[i] as Token[];
    if (i > 0) pieces.push('\n');
    for (let k = 0; k < lineTokens.length; k++) {
      const token = lineTokens[k] as Token;
      if (token.kind === 'word' || token.kind === 'number' || token.kind === 'symbol' || token.kind === 'abbr') tokens++;
      const replacement = token.replacement;
      pieces.push(replacement?.text ?? token.text);
      if (replacement) {
        const confidence = round(calibrated(restorer.calibration, replacement.rule, replacement.confidence));
        corrections.push({ line: i + 1, from: token.text, to: replacement.text, confidence, rule: replacement.rule });
      }
      // A word the OCR glued to a number ("ngay25") gets its space back.
      const next = lineTokens[k + 1];
      if (markless[i] && next && next.start === token.start + token.text.length && isGlued(token, next)) pieces.push(' ');
    }
  }
  return { text: pieces.join(''), corrections, tokens, changed: corrections.length, rawOcr: ocr };
}

/** Share of a document's words on lines the detector passes as right. */
function cleanShare(restorer: Restorer, tokenized: readonly Token[][], restorable: readonly boolean[]): number {
  let words = 0;
  let clean = 0;
  // Indexed loops over every token of a text: a `for … of` makes an iterator result per token here.
  tokenized.forEach((tokens, line) => {
    for (let k = 0; k < tokens.length; k++) {
      if ((tokens[k] as Token).kind !== 'word') continue;
      words++;
      if (!restorable[line]) clean++;
    }
  });
  return words === 0 ? 0 : clean / words;
}

/** Share of the words to restore that no channel but OCR garble explains. */
function garbleShare(restorer: Restorer, tokenized: readonly Token[][], restorable: readonly boolean[]): number {
  let words = 0;
  let garbled = 0;
  tokenized.forEach((tokens, line) => {
    if (!restorable[line]) return;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.kind !== 'word') continue;
      words++;
      if (restorer.facts(token.text).unreadable) garbled++;
    }
  });
  return words === 0 ? 0 : garbled / words;
}

function isGlued(a: Token, b: Token): boolean {
  return (a.kind === 'word' && b.kind === 'number' && /^\d/.test(b.text)) || (a.kind === 'number' && /\d$/.test(a.text) && b.kind === 'word');
}

/**
 * Decodes runs of restorable lines as one stream, so a sentence broken over
 * lines keeps its context. Punctuation is a boundary token inside the stream,
 * as in the counts: the trigram still sees the word before a comma
 * ("phòng, ban, ngành"). Blank and clean lines end a segment.
 */
function decodeLines(
  restorer: Restorer,
  channel: Channel,
  tokenized: readonly Token[][],
  restorable: readonly boolean[],
  trusted: readonly Trust[],
): ReadonlySet<Token> {
  let slots: (WordSlot | number)[] = [];
  const cut = new Set<Token>();
  // Only text that lost its marks: an OCR'd page's short lines are as often garble cut off as ends (eng-OCR of unseen pages lost syllables).
  // Its lines' texts are joined back only there: an OCR'd text never reads them.
  const paragraphEnd = channel === restorer.channels.stripped ? paragraphEnds(tokenized.map((tokens) => tokens.map((t) => t.text).join('').trim())) : null;
  const recipient = recipientLines(restorer, tokenized);
  // The backward model's second opinion on text that lost its marks, where it was tuned (held-out slice);
  // OCR'd text keeps the forward model alone (its garble was not measured with it).
  const backwardWeight = channel === restorer.channels.stripped ? restorer.model.backwardWeight : 0;
  const flush = (): void => {
    while (slots[slots.length - 1] === BOUNDARY_ID) slots.pop();
    if (slots.some((s) => typeof s !== 'number')) decodeSlots(restorer, slots, cut, backwardWeight);
    slots = [];
  };
  tokenized.forEach((tokens, line) => {
    const first = tokens.findIndex((t) => t.kind !== 'space');
    if (!restorable[line] || first < 0) return flush();
    // A line of one letter ("A", "c") is a list or appendix marker, not a syllable.
    const marker = oneLetterLine(tokens);
    const headed = capitalsLine(tokens);
    // A line opening in lower case goes on with its sentence, a heading in capitals with its title, and
    // a line after a lone word with its phrase (a letterhead laid out in a table: CỘNG / HÒA XÃ HỘI, Hà / Nội).
    const opening = tokens[first];
    const goesOn = opening?.kind === 'word' && (casePattern(opening.text) === 'lower' || goesOnAfter(tokenized[line - 1] ?? [], headed));
    if (line > 0 && !goesOn && paragraphEnd?.[line - 1] === true && slots.length > 0 && slots[slots.length - 1] !== BOUNDARY_ID) slots.push(BOUNDARY_ID);
    // Slots of this line so far: a word after one of them, not after a boundary, is inside its sentence (as the counts of capitals see it).
    const lineStart = slots.length;
    // A recipient's line opens with the head of an organ's name (Sở, Báo, Ban): its capital says as much as inside a sentence.
    const firstWord = recipient[line] ? tokens.find((t) => t.kind === 'word') : undefined;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.kind === 'space') continue;
      let pieces: WordSlot[] | null;
      const clerical = token.kind === 'abbr' ? restorer.clerical.get(token.text.toLowerCase()) : undefined;
      if (token.kind === 'punct') {
        if (slots.length > 0 && slots[slots.length - 1] !== BOUNDARY_ID) slots.push(BOUNDARY_ID);
      }
      else if ((headed ? k !== first : insideCapitals(tokens, k)) && trusted[line] !== Trust.Valid && (classOrSyllable(restorer, token) || garbledCapitals(restorer, channel, token))) {
        slots.push(ambiguousSlot(restorer, channel, line, token, trusted[line] ?? Trust.None));
      }
      else if (token.kind === 'number') slots.push(NUMBER_ID);
      else if (clerical) slots.push(...clerical);
      else if ((pieces = gluedSlots(restorer, channel, line, tokens, k, trusted[line] ?? Trust.None))) slots.push(...pieces);
      else if (token.kind === 'abbr' || token.kind === 'symbol' || marker || (!headed && definedAbbreviation(tokens, k))) slots.push(ABBR_ID);
      else slots.push(wordSlot(restorer, printedBarredD(restorer, channel, tokens, k, trusted[line]) ? restorer.channels.ocr : channel, line, token, trusted[line] ?? Trust.None, token === firstWord || (slots.length > lineStart && opensCapitals(slots[slots.length - 1]))));
    }
  });
  flush();
  return cut;
}

/** A line whose one word is one letter ("A", "c"). */
function oneLetterLine(tokens: readonly Token[]): boolean {
  let word: Token | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') continue;
    if (word) return false;
    word = token;
  }
  return word !== undefined && codePoints(word.text) === 1;
}

/** Whether a line opening in capitals goes on from the line `before`: it held fewer than two words, or (a line in capitals, `headed`) only words in capitals. */
function goesOnAfter(before: readonly Token[], headed: boolean): boolean {
  let words = 0;
  let upper = true;
  for (let k = 0; k < before.length; k++) {
    const token = before[k] as Token;
    if (token.kind !== 'word') continue;
    words++;
    upper &&= casePattern(token.text) === 'upper';
  }
  return words < 2 || (headed && upper);
}

/** What opens an item of a list of recipients: a dash (or an en dash typed for one), a plus, a bullet. */
const LIST_DASHES: ReadonlySet<string> = new Set(['-', '–', '+', '•']);

/**
 * The lines of a document's list of recipients (NĐ 30/2020 Phụ lục I: Nơi nhận): each line opening
 * with a dash or a plus after the heading, blank lines between them, up to the first other line.
 * Each item names an organ or a person (Sở Tài chính; Báo và Phát thanh, Truyền hình tỉnh; UBND xã).
 */
function recipientLines(restorer: Restorer, tokenized: readonly Token[][]): boolean[] {
  const heading = restorer.recipientsHeading;
  let inList = false;
  return tokenized.map((tokens) => {
    const first = tokens.find((t) => t.kind !== 'space');
    if (!first) return false;
    if (first.kind === 'word' && opensWith(tokens, heading)) {
      inList = true;
      return false;
    }
    inList &&= first.kind === 'punct' && LIST_DASHES.has(first.text);
    return inList;
  });
}

/**
 * The line's first words, without marks and in lower case, are `words` (the recipients' heading), read
 * token by token: asked of every line of a decoded text, where copying the line's words into arrays first
 * was garbage for the collector at each line.
 */
function opensWith(tokens: readonly Token[], words: readonly string[]): boolean {
  let matched = 0;
  for (let k = 0; k < tokens.length && matched < words.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') continue;
    if (stripMarks(token.text).toLowerCase() !== words[matched]) return false;
    matched++;
  }
  return matched === words.length;
}

/**
 * After this slot, a capital word opens a run of capitals inside its sentence: the slot is no boundary
 * and no capitalised word. A name's or an organ's later words (Hồ Thị Nguyên Thảo) are the name
 * model's and the name pairs': there the capital says only that the run goes on.
 */
function opensCapitals(slot: WordSlot | number | undefined): boolean {
  return slot !== undefined && slot !== BOUNDARY_ID && (typeof slot === 'number' || !slot.capitalised);
}

/**
 * A line break is a paragraph's end (a boundary of the decoder's stream) after
 * a line clearly shorter than the page's full lines: a page printed or OCR'd
 * line by line wraps a sentence over lines of about one width, and its short
 * lines are headings, list items, table cells and the ends of paragraphs; a
 * text written a paragraph per line has few full lines and ends nearly each one.
 * Per line of the text (its tokens' texts joined, trimmed): whether a break after it ends a paragraph.
 */
function paragraphEnds(lines: readonly string[]): boolean[] {
  // Each line's length counted once, for the page's full line and for its own end.
  const counts = lines.map((l) => codePoints(l));
  const lengths = counts.filter((n) => n > 0).sort((a, b) => a - b);
  const full = lengths[Math.floor(PARAGRAPH_WIDTH_QUANTILE * (lengths.length - 1))] ?? 0;
  return counts.map((n) => n < PARAGRAPH_END_SHARE * full);
}

/** Which quantile of a text's line lengths is its full line, and the share of it below which a line ends its paragraph. */
const PARAGRAPH_WIDTH_QUANTILE = 0.9;
const PARAGRAPH_END_SHARE = 0.75;

/**
 * The clerical abbreviations of the genre stand for fixed words (V/v về việc opens a letter's trích yếu,
 * Đ/c đồng chí, K/g kính gửi, B/c báo cáo): the decoder reads the words after them in the context of
 * those words, not of the abbreviation class (mostly document symbols: "<abbr> hướng dẫn").
 */
const CLERICAL: ReadonlyMap<string, string> = new Map([['v/v', 'về việc'], ['đ/c', 'đồng chí'], ['d/c', 'đồng chí'], ['k/g', 'kính gửi'], ['b/c', 'báo cáo']]);

/**
 * A word in capitals alone in parentheses on a line not in capitals is the
 * abbreviation of the words before it ("oxy hòa tan (DO)"), not a syllable.
 */
function definedAbbreviation(tokens: readonly Token[], k: number): boolean {
  // The parentheses first: every word of a decoded line is asked, and few stand in them.
  let before = k - 1;
  while (tokens[before]?.kind === 'space') before--;
  if (tokens[before]?.text !== '(') return false;
  let after = k + 1;
  while (tokens[after]?.kind === 'space') after++;
  if (tokens[after]?.text !== ')') return false;
  const token = tokens[k] as Token;
  return codePoints(token.text) >= 2 && casePattern(token.text) === 'upper';
}

/** A token's lattice column and where its own reading sits in it (-1: none, it is a known syllable). */
interface Column {
  candidates: Candidate[];
  /** Its number (LatticePosition.column). */
  id: number;
  keepIndex: number;
  /** The case the token is written in: a column is keyed by the text as written, and this saves asking the case's memo per token. */
  casing: CasePattern;
}

/** What a decoded line keeps as written. */
const enum Trust {
  /** Nothing: raw OCR, whose few marked words are mostly wrong ("vé" for "về"). */
  None = 0,
  /** Its valid words with marks: text that lost its marks in places. */
  Marked = 1,
  /** Every valid word, and every code in capitals and digits (A03, PO): a line of right Vietnamese with a few faults. */
  Valid = 2,
}

/** A code or an abbreviation outside the tables: capitals and digits only (A03, 1A, BVT). */
const CODE = /^[\p{Lu}\d]{2,}$/u;

function wordSlot(restorer: Restorer, channel: Channel, line: number, token: Token, trust: Trust, inside = false): WordSlot {
  // Columns per channel and trust, keyed by the token as written: one lookup for a token seen before.
  const byText = restorer.columns[(channel === restorer.channels.ocr ? 0 : 3) + trust] as Map<string, Column>;
  // A capital inside a sentence of text that lost its marks says something of the word (Sở, Báo, Thông tri; rarely số, bão).
  const titled = inside && channel === restorer.channels.stripped && casePattern(token.text) === 'title' && codePoints(token.text) > 1;
  const cacheKey = titled ? `\u0001${token.text}` : token.text;
  let column = byText.get(cacheKey);
  if (!column) {
    const key = syllableKey(token.text);
    const id = restorer.vocabulary.get(key);
    const pinned = id !== undefined && (trust === Trust.Valid || (trust === Trust.Marked && hasMarks(token.text)));
    let candidates: Candidate[];
    if (pinned) candidates = [{ id, cost: 0 }];
    // A code, a list letter (điểm a, b, c), or a name outside the inventory written with its marks (Lạch Bạng), on a right line.
    else if (trust === Trust.Valid && (CODE.test(token.text) || codePoints(token.text) === 1 || (casePattern(token.text) === 'title' && hasMarks(token.text)))) {
      candidates = [{ id: UNKNOWN_ID, cost: 0 }];
    }
    else {
      candidates = restorer.candidates.lookup(key, channel, trust !== Trust.Valid);
      // A small đ keeps its bar on the ascender, which eng prints d: a lower-case b or p is no đ (công bố, vào bờ, dự bị).
      candidates = /^[bp]/u.test(token.text) ? candidates.filter((c) => c.barredD !== true) : [...candidates];
      if (id === undefined) {
        const readable = (candidates[0]?.cost ?? Infinity) < READABLE;
        candidates.push({ id: UNKNOWN_ID, cost: readable ? KEEP_READABLE_COST : KEEP_COST });
      }
      if (titled) candidates = withTitledCosts(restorer.titledCosts, candidates);
    }
    column = { candidates, id: restorer.nextColumn++, keepIndex: pinned ? 0 : id === undefined ? candidates.length - 1 : -1, casing: casePattern(token.text) };
    byText.set(cacheKey, column);
  }
  return { line, token, candidates: column.candidates, column: column.id, keepIndex: column.keepIndex, casing: column.casing, capitalised: column.casing !== 'lower', trust };
}

/**
 * Nats per nat of −log P(capitalised | word, inside a sentence) added to a reading of a word written with
 * a capital inside its sentence, beside the cheapest such reading's. Held-out slice, stripped (errors of
 * 200,820 syllables): none 3400, weight 1 3372, 2 3457, 0.5 3355, 0.7 3348, 0.85 3363 (pseudo-count 20),
 * with every capital word inside a sentence; only on the first of a run of capitals (opensCapitals) 3376.
 */
const TITLED_WEIGHT = 0.7;
/** Pseudo-count of the corpus-wide share of capitals inside a sentence, smoothing each word's own (weight 0.7: 20 3348, 50 3344). */
const TITLED_PRIOR_COUNT = 50;

/** −log P(capitalised | id, inside a sentence) per id, smoothed toward the corpus-wide share (class tokens: 0). */
function titledCostsOf(inside: Float64Array, titled: Float64Array): Float32Array {
  let all = 0;
  let capitalised = 0;
  for (let id = CLASS_TOKENS.length; id < inside.length; id++) {
    all += inside[id] as number;
    capitalised += titled[id] as number;
  }
  const share = capitalised / Math.max(1, all);
  return Float32Array.from(inside, (n, id) => (id < CLASS_TOKENS.length ? 0 : -Math.log(((titled[id] as number) + TITLED_PRIOR_COUNT * share) / (n + TITLED_PRIOR_COUNT))));
}

/** The candidates with their capital's cost (titledCosts), counted from the cheapest syllable's: the token kept as written pays none. */
function withTitledCosts(costs: Float32Array, candidates: readonly Candidate[]): Candidate[] {
  let least = Infinity;
  for (const c of candidates) if (c.id >= CLASS_TOKENS.length) least = Math.min(least, costs[c.id] as number);
  return candidates.map((c) => (c.id < CLASS_TOKENS.length ? c : { id: c.id, cost: c.cost + TITLED_WEIGHT * ((costs[c.id] as number) - least) }));
}

/**
 * The slots of a token that lost its spaces with its marks (BANHANH: ban hành), one per syllable
 * (glued.ts), or null for any other token. Only in text that lost its marks (a right line's
 * unknown word is the source's own) and never for an abbreviation of the tables.
 */
function gluedSlots(restorer: Restorer, channel: Channel, line: number, tokens: readonly Token[], k: number, trust: Trust): WordSlot[] | null {
  if (channel !== restorer.channels.stripped || trust === Trust.Valid) return null;
  const token = tokens[k] as Token;
  const ends = cutOf(restorer, token, () => standsApart(restorer, tokens, k));
  if (!ends) return null;
  const whole: GluedWord = { token, texts: [], confidences: [] };
  return ends.map((end, index) => {
    const from = index === 0 ? 0 : (ends[index - 1] as number);
    const piece = newToken('word', token.text.slice(from, end), token.start + from);
    return { ...wordSlot(restorer, channel, line, piece, trust), glued: { whole, index } };
  });
}

/** Small letters, or one capital before them: a word of running text. */
const RUNNING_WORD = /^\p{L}\p{Ll}+$/u;

/** Characters a word of running text may stand beside: a space, a line's edge, a sentence's punctuation. */
const BEFORE_WORD = /^[\s("“]*$/u;
const AFTER_WORD = /^[\s,;)"”]*$/u;
const STOPS = /^[.:!?]$/u;

/**
 * Whether the word at k stands as a word of Vietnamese running text does: apart, not inside an address
 * (`sonla.gov.vn`, `a@b`) or a code, and beside syllables (a foreign name stands beside foreign words:
 * `Mekong Festival`, which the counts would read Mê Kông).
 */
function standsApart(restorer: Restorer, tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1]?.text ?? '';
  // A stop ends a sentence before a space or the line's end; before a letter it is an address's dot.
  const ends = STOPS.test(after) && AFTER_WORD.test(tokens[k + 2]?.text ?? '');
  if (!BEFORE_WORD.test(tokens[k - 1]?.text ?? '') || !(AFTER_WORD.test(after) || ends)) return false;
  return [tokenBefore(tokens, k), tokenAfter(tokens, k)].every(
    (neighbour) => neighbour?.kind !== 'word' || restorer.candidates.variants(stripMarks(neighbour.text).toLowerCase()).length > 0,
  );
}

/**
 * Where a token without marks, no syllable and no abbreviation of the tables, is cut into syllables (glued.ts), or
 * null: a heading's word in capitals (KEHOACH), or, where `apart` is given, a word of running text glued on the page
 * itself (an old export's `Uyban nhan dan`, `dangvien`, `coquan`) when it stands apart as such a word does.
 */
function cutOf(restorer: Restorer, token: Token, apart: (() => boolean) | null): number[] | null {
  if ((token.kind !== 'word' && token.kind !== 'abbr') || restorer.abbreviations.has(token.text) || hasMarks(token.text)) return null;
  const capitals = casePattern(token.text) === 'upper';
  if (!capitals && (apart === null || !RUNNING_WORD.test(token.text))) return null;
  const skeleton = token.text.toLowerCase();
  // A token some syllable's marks would make (`khuan`: khuẩn) is that word, not two glued ones (khu ăn).
  if (restorer.vocabulary.has(skeleton) || restorer.candidates.variants(skeleton).length > 0) return null;
  let ends = restorer.cuts.get(skeleton);
  if (ends === undefined) {
    ends = cutGlued(skeleton, { candidates: restorer.candidates, lm: restorer.model.lm });
    restorer.cuts.set(skeleton, ends);
  }
  return ends !== null && (capitals || (apart?.() ?? false)) ? ends : null;
}

/** A token cut into syllables (gluedSlots): the reading and confidence of each piece as the decoder gives them. */
interface GluedWord {
  token: Token;
  texts: string[];
  confidences: number[];
}

/**
 * A token in capitals that both a class and a syllable explain: an abbreviation of
 * the tables that is a syllable without marks (DA dự án, TU Tỉnh ủy, PA) or a Roman
 * numeral that is one (VI, XI). On a line in capitals that lost its marks, it is as
 * likely a word of the title (ĐA CHIỀU, TỪ NĂM, VÌ MỘT) as the class: the language
 * model, which counts both, decides in context (KHÓA XI, LẦN THỨ VI keep the numeral).
 */
function classOrSyllable(restorer: Restorer, token: Token): boolean {
  if (token.kind !== 'abbr' && token.kind !== 'number') return false;
  if (codePoints(token.text) < 2 || casePattern(token.text) !== 'upper' || hasMarks(token.text)) return false;
  if (token.kind === 'number' && !/^[IVX]+$/.test(token.text)) return false;
  return restorer.vocabulary.has(syllableKey(token.text));
}

/**
 * A word in capitals that OCR without the Vietnamese model garbled past every syllable (`NHÀ NUGC`, `HQC PHÍ`, `CHẤT
 * LUQNG`: its Ư, Ọ, Ợ read as U+G, Q) looks like an abbreviation to the tokeniser; inside a line in capitals on such a
 * page, one that no table knows and the channel reads as syllables is read as the other class-or-syllable tokens are:
 * the abbreviation stays unless the model prefers a word by more than its class's emission cost.
 */
function garbledCapitals(restorer: Restorer, channel: Channel, token: Token): boolean {
  if (channel !== restorer.channels.ocr || token.kind !== 'abbr' || codePoints(token.text) < 2 || casePattern(token.text) !== 'upper') return false;
  if (restorer.abbreviations.has(token.text) || restorer.grammar.known.has(token.text)) return false;
  return restorer.candidates.lookup(syllableKey(token.text), channel, true).length > 0;
}

/**
 * The language model counts a class (<abbr>: every abbreviation and document symbol; <num>: every number),
 * a syllable by itself: reading a token as its class also costs −log P(token | class), as in a class
 * model. Measured on the corpus (its tokenisation, 102 k abbreviation and symbol tokens, 829 k numbers):
 * the abbreviations that are syllables (DA, TU, PA) stand about 1 in 15,000 of their class (e^−9.6),
 * the numeral VI 1 in 640 numbers (e^−6.5; XI e^−8.2, so VI's share is the cheaper, conservative one).
 */
const SYLLABLE_ABBREVIATION_EMISSION_COST = 9.6;
const ROMAN_EMISSION_COST = 6.5;

/** The column of a `classOrSyllable` token: its syllable readings and the class it was read as. */
function ambiguousSlot(restorer: Restorer, channel: Channel, line: number, token: Token, trust: Trust): WordSlot {
  // Cached beside the word columns (one array per token text keeps the transition cache small), under a key no word has.
  const byText = restorer.columns[(channel === restorer.channels.ocr ? 0 : 3) + trust] as Map<string, Column>;
  const key = `\u0000${token.kind}\u0000${token.text}`;
  let column = byText.get(key);
  if (!column) {
    const keep: Candidate = token.kind === 'number' ? { id: NUMBER_ID, cost: ROMAN_EMISSION_COST } : { id: ABBR_ID, cost: SYLLABLE_ABBREVIATION_EMISSION_COST };
    const candidates = [...restorer.candidates.lookup(syllableKey(token.text), channel, trust !== Trust.Valid), keep];
    column = { candidates, id: restorer.nextColumn++, keepIndex: candidates.length - 1, casing: casePattern(token.text) };
    byText.set(key, column);
  }
  return { line, token, candidates: column.candidates, column: column.id, keepIndex: column.keepIndex, casing: column.casing, capitalised: true, trust };
}

/** Decodes one segment into its tokens' replacements; the tokens it cut into words (gluedSlots) go into `cut`. */
function decodeSlots(restorer: Restorer, slots: readonly (WordSlot | number)[], cut: Set<Token>, backwardWeight: number): void {
  // A word slot is its own lattice position; numbers, abbreviations and boundaries share fixed ones.
  const positions: LatticePosition[] = slots.map((slot) => (typeof slot === 'number' ? restorer.fixedPositions.get(slot)! : slot));
  const reading = decodeSegment(positions, restorer.model, backwardWeight);
  if (!reading) return;
  const wholes = new Set<GluedWord>();
  for (let t = 0; t < slots.length; t++) {
    const slot = slots[t] as WordSlot | number;
    const index = reading.indices[t] as number;
    if (typeof slot !== 'number' && slot.glued) {
      // A piece of a cut token: read whatever it is, and written back with its token (the pieces joined by spaces).
      const id = slot.candidates[index]?.id ?? UNKNOWN_ID;
      slot.glued.whole.texts[slot.glued.index] = id === UNKNOWN_ID ? slot.token.text : applyCase(restorer.words[id] ?? slot.token.text, slot.casing);
      slot.glued.whole.confidences[slot.glued.index] = reading.confidence(t);
      wholes.add(slot.glued.whole);
      continue;
    }
    if (typeof slot === 'number' || index === slot.keepIndex) continue;
    const confidence = reading.confidence(t);
    if (slot.trust === Trust.Valid && calibrated(restorer.calibration, 'decoder', confidence) < RIGHT_LINE_CONFIDENCE) continue;
    const id = slot.candidates[index]?.id ?? UNKNOWN_ID;
    // On a right line a syllable the corpora hardly print is no word the page meant (`ngun`, a text layer's lost
    // `nguyên`, is no `ngủn`): the source's own spelling stands, as the real-word corrector's variants ask.
    if (slot.trust === Trust.Valid && (restorer.realWords.counts[id] ?? 0) < MIN_VARIANT_COUNT) continue;
    const restored = applyCase(restorer.words[id] ?? slot.token.text, slot.casing);
    if (restored !== slot.token.text) slot.token.replacement = { text: restored, confidence, rule: 'decoder' };
  }
  for (const whole of wholes) {
    // A heading in capitals lost its spaces with its marks (a crawl's, as the dev set's glued line): they are put back.
    // A word of running text was glued on the page itself (an old export: `Uỷban nhân dân`), so only its marks are.
    const spacing = RUNNING_WORD.test(whole.token.text) ? '' : ' ';
    whole.token.replacement = { text: whole.texts.join(spacing), confidence: Math.min(...whole.confidences), rule: 'decoder' };
    cut.add(whole.token);
  }
}

/**
 * Real-word mark errors (a valid syllable with the wrong marks, as an OCR with
 * a Vietnamese model makes them): every word of a line the detector passed as
 * clean, and the words kept as read (pinned) on a mostly-clean decoded line.
 */
function correctLines(
  restorer: Restorer,
  tokenized: readonly Token[][],
  restorable: readonly boolean[],
  trusted: readonly boolean[],
  readByVieModel: boolean,
): void {
  const textOf = (token: Token): string => token.replacement?.text ?? token.text;
  const ownPairs = documentPairs(restorer.realWords, tokenized.filter((_, line) => !restorable[line] || trusted[line]), textOf);
  tokenized.forEach((tokens, line) => {
    if (restorable[line] && !trusted[line]) return;
    const eligible = restorable[line] ? (token: Token): boolean => token.replacement === undefined && hasMarks(token.text) : (): boolean => true;
    for (const change of correctRealWords(restorer.realWords, tokens, eligible, textOf, readByVieModel, ownPairs)) {
      change.token.replacement = { text: change.text, confidence: change.confidence, rule: 'real-word' };
    }
  });
}

/**
 * Symbols (30/0D-TTq) are repaired on every line: the grammar only maps
 * misreadings to known forms. A free abbreviation (HDND) only on a line that
 * lost its marks: on a right line nothing proves it is not another abbreviation.
 */
function repairSymbols(restorer: Restorer, tokenized: readonly Token[][], markless: readonly boolean[], cut: ReadonlySet<Token>): void {
  tokenized.forEach((tokens, line) => {
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      let repaired = token.text;
      if (token.kind === 'symbol') {
        repaired = repairSymbol(token.text, restorer.grammar);
        // A title in capitals writes TTG for TTg: a repair of case alone is none there.
        if (repaired.toUpperCase() === token.text && capitalsLine(tokens)) repaired = token.text;
        // A symbol that writes Đ on a right line wrote its D on purpose (40/CT-BGD-ĐT): no mark to restore.
        if (!markless[line] && /Đ/u.test(token.text) && stripMarks(repaired) === stripMarks(token.text)) repaired = token.text;
      }
      // A token the decoder cut into words (gluedSlots) is words, no abbreviation.
      else if (token.kind === 'abbr' && markless[line] && !cut.has(token)) repaired = repairAbbreviation(token.text, restorer.grammar.organs, restorer.grammar);
      // On a line that lost its marks, a code is also read as official codes glued together (QDUBND: QĐ + UBND).
      if (markless[line] && (token.kind === 'symbol' || (token.kind === 'abbr' && !cut.has(token)))) {
        repaired = repaired.replace(/\p{Lu}[\p{Lu}\p{Ll}]*/gu, (part) => composedCode(part, restorer.grammar) ?? part);
      }
      if (repaired !== token.text) token.replacement = { text: repaired, confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
    }
  });
}

/**
 * The letters of a list run a) b) c) d) đ) e) (NĐ 30/2020 Phụ lục I: điểm);
 * stripped of its marks, đ) is a second d): a list letter `d` on a line that
 * lost its marks, whose list's letter before it was `d` too, is đ.
 */
function restoreListLetters(tokenized: readonly Token[][], markless: readonly boolean[]): void {
  let previous = '';
  tokenized.forEach((tokens, line) => {
    const first = tokens.find((t) => t.kind !== 'space');
    if (!first || first.kind !== 'number' || !/^\p{Ll}$/u.test(first.text)) return;
    if (first.text === 'd' && previous === 'd' && markless[line]) {
      first.replacement = { text: 'đ', confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
      previous = 'đ';
    }
    else previous = first.text;
  });
}

/**
 * A document's number and symbol open their line with `Số` (NĐ 30/2020 Phụ lục I mục II.4: `Số: 15/KH-UBND`;
 * Hướng dẫn 36-HD/VPTW: `Số 432-TB/VPTW`); stripped of its marks, that `So` before a number or a symbol
 * is `Số`, whatever the next line makes of it in the decoder's context (`Sở … Hà Nội`).
 */
function restoreNumberLines(tokenized: readonly Token[][], markless: readonly boolean[]): void {
  tokenized.forEach((tokens, line) => {
    if (!markless[line]) return;
    const solid = tokens.filter((t) => t.kind !== 'space');
    const [first, second, third] = solid;
    if (first?.kind !== 'word' || first.text.toLowerCase() !== 'so') return;
    const number = second?.kind === 'punct' && second.text === ':' ? third : second;
    if (number?.kind !== 'number' && number?.kind !== 'symbol') return;
    if (!/^\d/u.test(number.text) || first.replacement?.text.toLowerCase() === 'số') return;
    first.replacement = { text: applyCase('số', casePattern(first.text)), confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
  });
}

/**
 * A list item's bullet (`•`) as an OCR without the Vietnamese model prints it: a guillemet (`«`, `»`), which opens no
 * line of Vietnamese text (its quotes are “ ”). At a line's head, before a space, it is that bullet.
 */
function restoreBullets(tokenized: readonly Token[][]): void {
  for (const tokens of tokenized) {
    const first = tokens.findIndex((t) => t.kind !== 'space');
    const bullet = tokens[first];
    if (bullet?.kind === 'punct' && (bullet.text === '«' || bullet.text === '»') && tokens[first + 1]?.kind === 'space') {
      bullet.replacement = { text: '•', confidence: PUNCTUATION_CONFIDENCE, rule: 'punctuation' };
    }
  }
}

/**
 * A symbol an OCR without the Vietnamese model split at a space (NĐ 30/2020 Phụ lục I: `number/year/TYPE-ORGAN`,
 * a law's `number/year/QH` with the Quốc hội's term): its term read apart (`43/2019/QH 14`), its type cut in two
 * (`02/2007/TT LT-BCA-…`: TTLT, the joint circular of Phụ lục III), or its type's Đ lost to a space (`170/2003/N -CP`,
 * `3134/2008/Q -UBND`: the type of those letters and Đ, as that OCR prints no Đ). Joined where the grammar makes
 * one symbol of the pieces; the pieces after the first are emptied, their text now in it.
 */
function joinSplitSymbols(grammar: SymbolGrammar, tokenized: readonly Token[][]): void {
  const types = new Set(grammar.documentTypes);
  const textOf = (t: Token): string => t.replacement?.text ?? t.text;
  const join = (tokens: readonly Token[], from: number, to: number, text: string): void => {
    tokens[from]!.replacement = { text, confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
    for (let k = from + 1; k <= to; k++) tokens[k]!.replacement = { text: '', confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
  };
  for (const tokens of tokenized) {
    tokens.forEach((token, k) => {
      if (token.kind !== 'symbol' || tokens[k + 1]?.kind !== 'space') return;
      const symbol = textOf(token);
      const next = tokens[k + 2];
      if (next === undefined) return;
      if (/\/(?:UBTV)?QH$/u.test(symbol) && next.kind === 'number' && /^\d{1,2}$/u.test(next.text)) return join(tokens, k, k + 2, symbol + next.text);
      const typePart = /^\d+[a-z]?\/(?:19|20)\d\d\/(\p{Lu}{1,3})$/u.exec(symbol)?.[1];
      if (typePart === undefined) return;
      const rest = /^(\p{Lu}+)(-\S+)$/u.exec(textOf(next));
      if (next.kind === 'symbol' && rest && types.has(typePart + rest[1]!)) return join(tokens, k, k + 2, symbol + rest[1]! + rest[2]!);
      const organ = tokens[k + 3];
      if (next.kind !== 'punct' || next.text !== '-' || (organ?.kind !== 'abbr' && organ?.kind !== 'symbol')) return;
      if (types.has(`${typePart}Đ`)) join(tokens, k, k + 3, `${symbol}Đ-${textOf(organ)}`);
    });
  }
}

// A number and its symbol: the state's `15/KH-UBND`, `64/2014/NĐ-CP`, and the Party's `01-KH/ĐTN` (HD 36: số-loại/cơ
// quan), its dash spaced as OCR reads it (`01 - KH/ĐTN`).
const NUMBER_WITH_SYMBOL = /^\d{1,5}(?:\/\d{4})?\/\p{Lu}|^\d{1,5}\s*[-–]\s*\p{Lu}{1,5}\s*\/\s*\p{Lu}/u;

/**
 * `số` before a document's number and symbol (NĐ 30/2020 Phụ lục I: `Nghị định số 64/2014/NĐ-CP`, `Số: 15/KH-UBND`)
 * as an OCR without the Vietnamese model prints it: its ố as one or two digits (`s6`, `s8`, `S06`) and its S as a
 * dollar sign (`$6`, `$5`). Right before a number with its symbol (`64/2014/NĐ-CP`, `008/CĐ-UBND`) that is `số`,
 * which no decoder reading of the scrap gives; capitalised where the line opens with it or a colon follows (the
 * label `Số:` of a letterhead squashed onto one line: `BAN CHẤP HÀNH ĐOÀN XÃ … $6: 01 - KH/ĐTN`).
 */
// Made once: a regular-expression literal is a new object each time it is evaluated, here once per token of an OCR'd text.
const SHORT_NUMBER = /^\d{1,2}$/u;
const S_NUMBER = /^[sS]\d{1,2}$/u;

function restoreNumberWords(tokenized: readonly Token[][]): void {
  for (const tokens of tokenized) {
    const first = tokens.findIndex((t) => t.kind !== 'space');
    tokens.forEach((token, k) => {
      const dollar = token.kind === 'punct' && token.text === '$' && tokens[k + 1]?.kind === 'number' && SHORT_NUMBER.test(tokens[k + 1]!.text);
      if (!dollar && !(token.kind === 'word' && S_NUMBER.test(token.text))) return;
      let next = k + (dollar ? 2 : 1);
      const label = tokens[next]?.kind === 'punct' && tokens[next]!.text === ':';
      if (label) next++;
      const rest = tokens.slice(next + 1, next + 8).map((t) => t.text).join('');
      if (tokens[next]?.kind !== 'space' || !NUMBER_WITH_SYMBOL.test(rest)) return;
      token.replacement = { text: k === first || label ? 'Số' : 'số', confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
      if (dollar) tokens[k + 1]!.replacement = { text: '', confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
    });
  }
}

/**
 * An OCR without the Vietnamese model reads the genre's spaced en dash (`năm học 2020 – 2021`, `Độc lập – Tự do`,
 * `Thi đua – Khen thưởng`: the dash Word types between spaced words) as an em dash, which Vietnamese
 * administrative text does not set between words (NĐ 30/2020 Phụ lục I writes ranges and pairs with `-` or `–`).
 * On such a page an em dash with a space and a word or number on each side is that en dash, and so is a tilde
 * (`BỘ LAO ĐỘNG ~ THƯƠNG BINH VÀ XÃ HỘI`), which the genre never sets between words; one touching a word or
 * standing alone (a rule line under a heading, `———`, `~-——`) is left.
 */
/**
 * Letters an OCR without the Vietnamese model prints as digits, where the genre says what stands there.
 * A part's numeral (NĐ 30/2020 Phụ lục I: the parts of a text are numbered I, II, III and titled in capitals;
 * Hướng dẫn 36-HD/VPTW the same) printed with ones (`111. NỘI DUNG`, `11- ĐỐI TƯỢNG`): a line that opens with
 * `11` or `111`, a dot, dash or colon and words all in capitals is that part's heading, whose numbers no
 * list of items reaches. And `tổ chức`, the genre's commonest verb, printed with its T lost and its ổ as a 6
 * (`6 chức`, `6 chitc`): a lone 6 before the word the decoder read as chức is tổ.
 */
const OFFICE_WORDS = new Set(['danh', 'vụ', 'năng', 'trách', 'sắc']);

function restorePrintedNumerals(tokenized: readonly Token[][]): void {
  const textOf = (t: Token): string => t.replacement?.text ?? t.text;
  for (const tokens of tokenized) {
    // Most lines print neither numeral: they are passed before their tokens are sorted.
    if (!tokens.some((t) => t.text === '6' || t.text === '11' || t.text === '111')) continue;
    const solid = tokens.filter((t) => t.kind !== 'space');
    const [numeral, mark, ...rest] = solid;
    const words = rest.filter((t) => t.kind === 'word' || t.kind === 'abbr');
    if ((numeral?.text === '11' || numeral?.text === '111') && mark?.kind === 'punct' && /^[.:\-–]$/u.test(mark.text) && words.length > 0 && words.every((t) => textOf(t) === textOf(t).toUpperCase())) {
      numeral.replacement = { text: numeral.text.replaceAll('1', 'I'), confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
    }
    solid.forEach((token, k) => {
      const next = solid[k + 1];
      if (token.text !== '6' || next?.kind !== 'word' || textOf(next).toLowerCase() !== 'chức' || tokens[tokens.indexOf(token) + 1]?.kind !== 'space') return;
      // Six posts or duties (6 chức danh, 6 chức vụ) are counted, not organised.
      const after = solid[k + 2];
      if (after !== undefined && OFFICE_WORDS.has(textOf(after).toLowerCase())) return;
      token.replacement = { text: applyCase(k === 0 ? 'Tổ' : 'tổ', casePattern(textOf(next))), confidence: SYMBOL_CONFIDENCE, rule: 'symbol' };
    });
  }
}

function restoreSpacedDashes(tokenized: readonly Token[][]): void {
  const spoken = (t: Token | undefined): boolean => t?.kind === 'word' || t?.kind === 'number' || t?.kind === 'abbr' || t?.kind === 'symbol';
  for (const tokens of tokenized) {
    tokens.forEach((token, k) => {
      if (token.kind !== 'punct' || (token.text !== '—' && token.text !== '~')) return;
      if (tokens[k - 1]?.kind !== 'space' || tokens[k + 1]?.kind !== 'space' || !spoken(tokens[k - 2]) || !spoken(tokens[k + 2])) return;
      token.replacement = { text: '–', confidence: PUNCTUATION_CONFIDENCE, rule: 'punctuation' };
    });
  }
}

/** A word in capitals opening with the P or B that eng OCR prints for a capital Đ (PANG, PONG, PINH). */
const PRINTED_BARRED_D = /^[PB][A-Z]+$/;

/**
 * A capital Đ printed P or B beside a word in capitals (a title's `CÔNG TÁC CỦA PANG ĐOÀN`) on a page that eng
 * OCR printed so plainly the whole reads as text that only lost its marks (fresh-2026b 703): no text that only lost
 * its marks writes a bare P before a vowel (Vietnamese writes ph), nor a B no syllable has, so the token is a line's
 * own OCR garble and is read with the OCR channel's Đ readings, the language model deciding between them and the
 * token as printed. A right line's (Trust.Valid) tokens are kept out.
 */
function printedBarredD(restorer: Restorer, channel: Channel, tokens: readonly Token[], k: number, trust: Trust | undefined): boolean {
  if (channel !== restorer.channels.stripped || trust === Trust.Valid) return false;
  const token = tokens[k] as Token;
  // The tables' abbreviations are tokens of their own kind (tokenize.ts) and never come here; an organ's or a type's code may.
  if (!PRINTED_BARRED_D.test(token.text) || restorer.grammar.known.has(token.text)) return false;
  const skeleton = token.text.toLowerCase();
  if (skeleton.startsWith('b') && restorer.candidates.variants(skeleton).length > 0) return false;
  if (!restorer.candidates.hasSkeleton(`d${skeleton.slice(1)}`)) return false;
  return capitalWord(tokenBefore(tokens, k)) || capitalWord(tokenAfter(tokens, k));
}

/**
 * The token at k stands between two words in capitals of its line (a title in capitals after the place and
 * date on one line: `THÔNG TƯ QUY ĐỊNH`, `ĐƠN VỊ HÀNH CHÍNH`): it is read as on a line in capitals.
 */
function insideCapitals(tokens: readonly Token[], k: number): boolean {
  return capitalWord(tokenBefore(tokens, k)) && capitalWord(tokenAfter(tokens, k));
}

/** The token before the token at k, past spaces (asked per token: no array of both). */
function tokenBefore(tokens: readonly Token[], k: number): Token | undefined {
  let before = k - 1;
  while (tokens[before]?.kind === 'space') before--;
  return tokens[before];
}

function tokenAfter(tokens: readonly Token[], k: number): Token | undefined {
  let after = k + 1;
  while (tokens[after]?.kind === 'space') after++;
  return tokens[after];
}

function capitalWord(token: Token | undefined): boolean {
  // The case first: most words are in small letters, answered by a scan, before the code points' regular expression.
  return token?.kind === 'word' && casePattern(token.text) === 'upper' && codePoints(token.text) > 1;
}

function capitalsLine(tokens: readonly Token[]): boolean {
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') continue;
    if (casePattern(token.text) !== 'upper') return false;
    words++;
  }
  return words >= 2;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
