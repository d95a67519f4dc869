// One file through every stage: input -> pages (text layer / OCR) -> restoration
// -> extraction. Each stage is a plain function; this module only threads the
// values through and records what each stage did in the plan record.
import { basename } from 'node:path';
import { setTimeout as afterTimers } from 'node:timers/promises';
import { inputFromBytes, readInput } from './input/index.js';
import { boundHeapGrowth, boundHeapGrowthToHeap } from './heap-growth.js';
import { hasUtf8Form, OffHeapText, textHead, textLength, utf8TextOf, withHeldText, UTF8_PIECE_BYTES, type LargeText, type LargeTextInPieces, type MaybeHeld } from './off-heap-text.js';
import { lineCount, lineEnds } from './text-lines.js';
import { readerOf, readPages, type OcrPool } from './ocr/index.js';
import type { EngineKind } from './ocr/engines/index.js';
import { restoreText, type RestoreOptions } from './restore/index.js';
import { extractPlan } from './extract/index.js';
import { reviewRecord } from './confidence/index.js';
import {
  PlanRecord,
  type DocumentText,
  type InputDocument,
  type ReadBy,
  type RestoredText,
  type SourceFacts,
} from './types.js';

export interface ProcessOptions {
  /** Shared OCR pool (batch); a document without one makes and closes its own. */
  pool?: OcrPool;
  /** Repair OCR garble and missing diacritics before extraction (default true). */
  restore?: boolean;
  /** Rasterisation resolution for image-only PDF pages. */
  dpi?: number;
  /**
   * What read a text file's text, when the caller knows (a text the project's
   * OCR stage wrote out earlier, as the eval's scan variant). Pages OCR'd here
   * tell it themselves (readerOf).
   */
  readBy?: ReadBy;
  /** The OCR engine of a pool made for this file (default tesseract.js). */
  ocrEngine?: EngineKind;
  /**
   * The file's bytes when the caller has read them already (a batch hashes
   * every input). The pipeline clears this option once the input is read, so
   * a big file's bytes are not held through restoration and extraction.
   */
  bytes?: Uint8Array;
  /**
   * The SHA-256 the caller knows the file by (a batch fingerprints every
   * input): a file read again here must give those bytes, else it changed
   * since and is an error naming it.
   */
  sha256?: string;
  /**
   * Keep restoration's correction log (default: for texts up to
   * MAX_LOGGED_TEXT_CHARS). Without it the counts stay and memory does not
   * grow with the changes of a very large text.
   */
  corrections?: boolean;
  /** Characters restoration works on at a time (default RESTORE_CHUNK_CHARS). */
  chunkChars?: number;
  /**
   * A text file on disk of more bytes (default LARGE_TEXT_BYTES) is never
   * held, but decoded again from it at each reading.
   */
  largeTextBytes?: number;
  /**
   * Bound V8's heap growth (heap-growth.ts) before restoring a text too big
   * for one chunk, as the command line does from the start (default true):
   * without it the heap swells with restoration's garbage to several times
   * the live data. False for a caller that sets V8's flags itself.
   */
  boundHeap?: boolean;
  /**
   * Where a text too big for one restoration chunk is written as it is
   * restored, and read back from (the batch: NAME.txt's temp file), asked for
   * only for such a text. With it, the restored text is never whole in
   * memory; nor is the text as read, when it is read again from its file
   * whenever it is read (a text file over LARGE_TEXT_BYTES).
   */
  restoredTextFile?: () => RestoredTextFile;
}

/** Restored chunks, joined by a line feed as they come, written out and read back. */
export interface RestoredTextFile extends LargeText {
  push(piece: string): void;
}

/**
 * Lines longer than this are wrapped at a space before restoration and
 * extraction. The longest line of a real plan we have seen is ~2,500
 * characters (a paragraph per line); longer lines come from files without line
 * breaks, on which the stages' work per line grows faster than its length.
 * Wrapped, a 5 MB single-line text costs about what 5 MB of lines do.
 */
export const MAX_LINE_CHARS = 4_000;
/**
 * Restoration reads lines longer than this in pieces cut at a space, joined
 * again afterwards (the text keeps its lines): its lattice work grows faster
 * than a line's length.
 */
export const RESTORE_PIECE_CHARS = 1_000;
/**
 * Restoration works on chunks of about this many characters, cut at a blank
 * line (else at a line end), so memory follows the chunk, not the file: a plan
 * (20–100 K characters) is one chunk, a 50 MB text a few hundred.
 */
export const RESTORE_CHUNK_CHARS = 256_000;
/**
 * Texts up to this size keep restoration's correction log (the confidence
 * stage, the signer's marks and the review desk read it); a larger one — an
 * export of many documents, not one — keeps the counts only, so memory does
 * not grow with its changes.
 */
export const MAX_LOGGED_TEXT_CHARS = 4_000_000;
/**
 * Extraction reads a text up to this size, cut at a line end: a document —
 * the longest plan we know of is ~100,000 characters — is read whole, while an
 * archive pasted into one file is read for its first documents, and the work
 * and memory of extraction (objects per line and per paragraph) stop growing
 * with it. The record says where it stopped; the restored text holds all.
 */
export const MAX_EXTRACTED_TEXT_CHARS = 4_000_000;

export interface ProcessedFile {
  document: DocumentText;
  restored: RestoredText;
  record: PlanRecord;
}

/** The text stages alone: a file's pages, read or OCR'd, then restored. */
export async function restoreFile(
  path: string,
  options: ProcessOptions = {},
): Promise<Pick<ProcessedFile, 'document' | 'restored'> & { readBy: ReadBy | undefined }> {
  const chunkChars = options.chunkChars ?? RESTORE_CHUNK_CHARS;
  const source = await readSource(path, options, chunkChars);
  if ('held' in source) {
    // the text is never a string, as read nor as restored: the stages after read what they need of it in pieces
    const { held } = source;
    if (options.boundHeap !== false) boundHeapGrowth();
    const written = options.restoredTextFile?.();
    const pieces = written ?? new OffHeapText('\n');
    const keepCorrections = options.corrections ?? held.wrappedLength <= MAX_LOGGED_TEXT_CHARS;
    // a held text is a text file: only its caller knows what read it
    // between chunks the bound follows the heap: a small one may grow by HEAP_GROWTH_FLOOR_BYTES, not 30 % of itself
    const between = options.boundHeap !== false ? (): void => boundHeapGrowthToHeap() : undefined;
    const { same, ...restored } = await stepsTurning(restoreLines(held.wrappedLines(), chunkChars, RESTORE_PIECE_CHARS, keepCorrections, pieces, { readBy: options.readBy }), between);
    // written out, the restored text is the file's, changed or not; held, a text restoration left as it was is not held twice
    const text = written ?? (same && !held.wraps ? held.original : (pieces as OffHeapText).held());
    const document = await readPages(withHeldText({ ...held.input }, held.original), { pool: options.pool, dpi: options.dpi, engine: options.ocrEngine });
    return { document, restored: typeof text === 'string' ? { ...restored, text } : withHeldText(restored, text), readBy: options.readBy };
  }
  const { document } = source;
  const readBy = options.readBy ?? readerOf(document);
  const text = wrapLongLines(document.text, MAX_LINE_CHARS);
  if (options.restore === false) return { document, restored: { text, corrections: [], tokens: 0, changed: 0 }, readBy };
  const keepCorrections = options.corrections ?? text.length <= MAX_LOGGED_TEXT_CHARS;
  const restored = await stepsTurning(restoringInChunks(text, chunkChars, RESTORE_PIECE_CHARS, keepCorrections, { readBy }));
  return { document, restored, readBy };
}

type TextInput = Extract<InputDocument, { format: 'text' }>;

/**
 * A large text held outside the heap (holdLargeText), else the file's pages
 * read (OCR'd where needed). In a function of its own, so that no frame still
 * running during restoration keeps the input: a register of the caller's
 * frame that once held it kept the whole text alive as a string (or a PDF's
 * bytes), whatever variable was cleared.
 */
async function readSource(path: string, options: ProcessOptions, chunkChars: number): Promise<{ held: HeldText } | { document: DocumentText }> {
  const input = await inputOf(path, options);
  const held = options.restore === false ? null : holdLargeText(input, chunkChars);
  if (held !== null) return { held };
  return { document: await readPages(input, { pool: options.pool, dpi: options.dpi, engine: options.ocrEngine }) };
}

/**
 * A text file of more than one restoration chunk, kept outside the JavaScript
 * heap — held as UTF-8, or read again from its file (RereadText) — while it
 * is restored and after: the collector lets the heap grow with what it holds,
 * so what is restored chunk by chunk beside one heap copy of a 50 MB text
 * peaks far above what it does beside none, and two whole copies (as read and
 * as restored) once held the peak. Null for anything else, and for a text a
 * byte form would not give back (a lone surrogate, or one a hard wrap makes).
 */
export function holdLargeText(input: InputDocument, chunkChars: number, pieceBytes = UTF8_PIECE_BYTES): HeldText | null {
  if (input.format !== 'text' || textLength(input) <= chunkChars) return null;
  const original = input.utf8 ?? utf8TextOf(input.text);
  const wrapping = original && wrappingOf(original, pieceBytes);
  if (!original || !wrapping) return null;
  const fields = { path: input.path, format: input.format, byteLength: input.byteLength, ...(input.encoding && { encoding: input.encoding }) };
  return new HeldText(fields, original, wrapping.wraps, wrapping.length, pieceBytes);
}

/** What wrapLongLines makes of a large text, read a piece at a time: its length, and whether it cuts any line; null when a hard cut splits a surrogate pair. */
function wrappingOf(text: LargeTextInPieces, pieceBytes: number): { wraps: boolean; length: number } | null {
  // a text whose first reading found no line to wrap is not read again for it
  if (text.longestLine !== undefined && text.longestLine <= MAX_LINE_CHARS) return { wraps: false, length: text.length };
  let wraps = false;
  let length = 0;
  for (const piece of text.pieces(pieceBytes)) {
    const wrapped = wrapLongLines(piece, MAX_LINE_CHARS);
    if (wrapped !== piece && !hasUtf8Form(wrapped)) return null;
    wraps ||= wrapped !== piece;
    length += wrapped.length;
  }
  return { wraps, length };
}

export class HeldText {
  constructor(
    readonly input: Omit<TextInput, 'text' | 'utf8'>,
    /** The text as read. */
    readonly original: LargeTextInPieces,
    /** Whether any line is longer than MAX_LINE_CHARS, to be wrapped before restoration. */
    readonly wraps: boolean,
    /** The length of the text with its long lines wrapped. */
    readonly wrappedLength: number,
    /** Bytes decoded at a time, of a text held as UTF-8. */
    private readonly pieceBytes: number,
  ) {}

  /** The lines of the text, long ones wrapped, one piece read (and wrapped: pieces end after a line feed) at a time. */
  *wrappedLines(): Generator<string> {
    // a piece ends after a line feed: what follows its last one starts the next piece's first line
    let carried = '';
    for (const read of this.original.pieces(this.pieceBytes)) {
      const piece = this.wraps ? wrapLongLines(read, MAX_LINE_CHARS) : read;
      const ends = [...lineEnds(piece)];
      for (let k = 0; k < ends.length; k++) {
        const [start, end] = ends[k]!;
        const line = (k === 0 ? carried : '') + piece.slice(start, end);
        if (k < ends.length - 1) yield line;
        else carried = line;
      }
    }
    yield carried;
  }
}

/** The input, from the bytes the caller read (let go of here) or from the file. */
function inputOf(path: string, options: ProcessOptions): Promise<InputDocument> {
  const bytes = options.bytes;
  options.bytes = undefined;
  return bytes === undefined ? readInput(path, undefined, options.sha256, options.largeTextBytes) : inputFromBytes(path, bytes, undefined, options.largeTextBytes);
}

/** Every line longer than `max` cut into lines of at most `max`, at the last space when there is one. */
export function wrapLongLines(text: string, max: number): string {
  if (!hasLineLongerThan(text, max)) return text;
  return text
    .split('\n')
    .map((line) => (line.length > max ? cutLine(line, max).pieces.join('\n') : line))
    .join('\n');
}

/** A line in pieces of at most `max`; `separators[k]` is what stood between piece k and k+1 (a space, or nothing at a hard cut). */
function cutLine(line: string, max: number): { pieces: string[]; separators: string[] } {
  const pieces: string[] = [];
  const separators: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    // no space in reach (a blob without spaces): cut at the limit
    const cut = space > 0 ? space : max;
    pieces.push(rest.slice(0, cut));
    separators.push(space > 0 ? ' ' : '');
    rest = rest.slice(space > 0 ? cut + 1 : cut);
  }
  pieces.push(rest);
  return { pieces, separators };
}

/**
 * restoreText over chunks of `chunkChars`, long lines read in pieces of
 * `pieceChars`; the text keeps its lines, corrections are numbered by them.
 * Each chunk restored is pushed to `texts`, joined by a line feed; `same`
 * says restoration changed nothing (the text given is the text). A step per
 * chunk: the caller may let the event loop turn between them.
 */
export function* restoreLines(
  lines: Iterable<string>,
  chunkChars: number,
  pieceChars: number,
  keepCorrections: boolean,
  texts: { push(piece: string): void },
  options: RestoreOptions = {},
): Generator<void, Omit<RestoredText, 'text'> & { same: boolean }> {
  const corrections: RestoredText['corrections'] = [];
  let tokens = 0;
  let changed = 0;
  let rawOcr = false;
  let firstLine = 0;
  let same = true;
  for (const chunk of chunksOf(lines, chunkChars)) {
    const pieces = inPieces(chunk, pieceChars);
    const restored = restoreText(pieces.lines.join('\n'), options);
    const out = pieces.rejoin(restored.text.split('\n')).join('\n');
    same &&= out === chunk.join('\n');
    texts.push(out);
    if (keepCorrections) {
      for (const c of restored.corrections) corrections.push({ ...c, line: pieces.owner[c.line - 1]! + 1 + firstLine });
    }
    tokens += restored.tokens;
    changed += restored.changed;
    rawOcr ||= restored.rawOcr === true;
    firstLine += chunk.length;
    yield;
  }
  return { corrections, tokens, changed, rawOcr, same };
}

/** Every step of `steps` at once, and what the last returns. */
function allSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Every step of `steps`, the event loop turning between two (its timers and
 * I/O run: a step's work is the longest it is held), `between` called after
 * each, and what the last returns. A timer, not an immediate: one queued while
 * the loop polls runs before it comes back to the timers due.
 */
async function stepsTurning<T>(steps: Generator<void, T>, between?: () => void): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    between?.();
    await afterTimers(0);
  }
}

/** restoreLines of a text held as one string (the text itself when nothing changed). */
export function restoreInChunks(
  text: string,
  chunkChars = RESTORE_CHUNK_CHARS,
  pieceChars = RESTORE_PIECE_CHARS,
  keepCorrections = true,
  options: RestoreOptions = {},
): RestoredText {
  return allSteps(restoringInChunks(text, chunkChars, pieceChars, keepCorrections, options));
}

/** restoreInChunks a step per chunk. */
function* restoringInChunks(text: string, chunkChars: number, pieceChars: number, keepCorrections: boolean, options: RestoreOptions): Generator<void, RestoredText> {
  const texts = new OffHeapText('\n');
  const { same, ...restored } = yield* restoreLines(linesOf(text), chunkChars, pieceChars, keepCorrections, texts, options);
  // a text restoration left as it was is not held twice
  return { ...restored, text: same ? text : texts.join() };
}

/** Lines with every long one cut into pieces; `owner` maps a piece to its line, `rejoin` undoes the cut. */
function inPieces(lines: string[], pieceChars: number): { lines: string[]; owner: number[]; rejoin: (pieces: string[]) => string[] } {
  if (!lines.some((line) => line.length > pieceChars)) return { lines, owner: lines.map((_, i) => i), rejoin: (pieces) => pieces };
  const pieces: string[] = [];
  const owner: number[] = [];
  const separators: string[] = [];
  lines.forEach((line, index) => {
    const cut = cutLine(line, pieceChars);
    cut.pieces.forEach((piece, k) => {
      pieces.push(piece);
      owner.push(index);
      separators.push(k === 0 ? '' : cut.separators[k - 1]!);
    });
  });
  const rejoin = (restored: string[]) => {
    const out: string[] = [];
    restored.forEach((piece, i) => {
      if (i === 0 || owner[i] !== owner[i - 1]) out.push(piece);
      else out[out.length - 1] += separators[i]! + piece;
    });
    return out;
  };
  return { lines: pieces, owner, rejoin };
}

/**
 * The lines in chunks, cut after a blank line once a chunk is full, or after
 * any line at twice the size. Only the chunk at hand is held as lines: a 50 MB
 * text is never a million strings at once.
 */
function* chunksOf(lines: Iterable<string>, chunkChars: number): Generator<string[]> {
  let chunk: string[] = [];
  let size = 0;
  for (const line of lines) {
    chunk.push(line);
    size += line.length + 1;
    if ((size >= chunkChars && line.trim() === '') || size >= 2 * chunkChars) {
      yield chunk;
      chunk = [];
      size = 0;
    }
  }
  if (size > 0) yield chunk;
}

/** The lines of `text`, what split('\n') gives, one at a time. */
function* linesOf(text: string): Generator<string> {
  for (const [start, end] of lineEnds(text)) yield text.slice(start, end);
}

function hasLineLongerThan(text: string, max: number): boolean {
  for (const [start, end] of lineEnds(text)) if (end - start > max) return true;
  return false;
}

export async function processFile(path: string, options: ProcessOptions = {}): Promise<ProcessedFile> {
  const { document, restored, readBy } = await restoreFile(path, options);
  const read = extractedPart(restored, MAX_EXTRACTED_TEXT_CHARS);
  // A text no reader was named for that restoration took for raw OCR was read by OCR too.
  const rawOcr = restored.rawOcr === true;
  const extracted = extractPlan(read.text, { sample: basename(path), corrections: restored.corrections, rawOcr, readBy: readBy ?? (rawOcr ? 'ocr' : undefined) });
  const extractedRecord = PlanRecord.parse({
    ...extracted,
    source: sourceFacts(document),
    restoration: {
      tokens: restored.tokens,
      changed: restored.changed,
      changeRate: restored.tokens === 0 ? 0 : restored.changed / restored.tokens,
    },
  });
  if (restored.changed > 0 && restored.corrections.length === 0) {
    extractedRecord.warnings.push(`restoration changed ${restored.changed} tokens of a text too large to log them: fields are not checked against its changes`);
  }
  const lostLetters = restored.corrections.filter((c) => c.rule === 'lost-letter').length;
  if (lostLetters > 0) {
    extractedRecord.warnings.push(
      `the text layer lost every letter of U+1EA0–U+1EF9 (ạ ả ấ … ỹ: its font lacked them): ${lostLetters} words were restored at their gaps (rule lost-letter); check the values read from them`,
    );
  }
  if (read.lines !== null) {
    extractedRecord.warnings.push(
      `the text is ${textLength(restored)} characters, far more than a document: fields were read from its first ${read.lines} lines (${read.text.length} characters); the restored text holds all of it`,
    );
  }
  // confidence per field, the review list, page warnings; handwritten or unreadable values dropped
  const record = PlanRecord.parse(reviewRecord(extractedRecord, document, restored));
  return { document, restored, record };
}

/** The text, or its lines up to `maxChars` and their count when it is longer (of a held text, only that much is decoded). */
export function extractedPart(source: MaybeHeld, maxChars: number): { text: string; lines: number | null } {
  if (textLength(source) <= maxChars) return { text: source.text, lines: null };
  // the line feed after the last whole line, else a line longer than the limit is read to it
  const text = textHead(source, maxChars + 1);
  const end = text.lastIndexOf('\n', maxChars);
  const part = text.slice(0, end > 0 ? end : maxChars);
  return { text: part, lines: lineCount(part) };
}

function sourceFacts(document: DocumentText): SourceFacts {
  const ocrPages = document.pages.filter((p) => p.method === 'ocr');
  const confidences = ocrPages.flatMap((p) => (p.confidence === null ? [] : [p.confidence]));
  const dpis = document.pages.flatMap((p) => (p.dpi === null ? [] : [p.dpi]));
  return {
    format: document.format,
    pages: document.pages.length,
    pageMethods: document.pages.map((p) => p.method),
    meanOcrConfidence: confidences.length
      ? Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 10) / 10
      : null,
    dpi: dpis.length ? Math.max(...dpis) : null,
    skewCorrected: ocrPages.flatMap((p) => (p.skewDegrees === null ? [] : [p.skewDegrees])),
    ...(document.encoding && { encoding: document.encoding }),
    ...(document.ocrEngine && { ocrEngine: document.ocrEngine }),
  };
}
