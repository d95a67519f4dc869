// Stage 2: an InputDocument becomes page texts. Text files pass through; PDF
// pages are read from their text layer when it holds real text and OCR'd
// otherwise; image pages (PNG, JPEG, WebP, every page of a TIFF) are OCR'd.
// Each OCR'd page goes render -> clean (clean.ts) -> tesseract pool (pool.ts).
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Box, DocumentText, InputDocument, OcrWord, PageText, ReadBy } from '../types.js';
import { VnplanError } from '../errors.js';
import { scaleBox } from '../boxes.js';
import { withHeldText } from '../off-heap-text.js';
import { cleanGrey, cleanPage, cropClean, thresholdedPage, type CleanPage, type PageImage } from './clean.js';
import { fractionSlashes, rereadCodeWords } from './codes.js';
import { oppositeTurn, readingEvidence } from './orientation.js';
import { checkPageSizes, loadPage, openPdf, readTextLayer, renderPage, type TextLayer } from './pdf.js';
import { judgeTextLayer } from './text-layer.js';
import { dropMarginNotes, rateGluedPieces, readingOrder, respaceGlued, withoutWords } from './layout.js';
import { penWrittenFigures } from './handwriting.js';
import { starLines } from './stars.js';
import { createOcrPool, type OcrPool } from './pool.js';
import type { EngineKind, PageOcr } from './engines/engine.js';
import { mapLimited } from './limited.js';
import { identityLanguages } from './tesseract.js';
import { checkedImagePages } from './image-pages.js';
import { DEFAULT_TEXT_LAYER_BUDGET, TextLayerReader, type TextLayerBudget } from './pdf-text.js';

export { createOcrPool, DEFAULT_POOL_OPTIONS, type OcrPool, type OcrPoolOptions, type OcrRequest } from './pool.js';
export { estimateSkew } from './clean.js';
export { hasRealText } from './pdf.js';
export { DEFAULT_TEXT_LAYER_BUDGET, type TextLayerBudget } from './pdf-text.js';
export { judgeTextLayer } from './text-layer.js';
export { wordsByLine } from './layout.js';

export interface PageLimits {
  /** A document with more pages is refused (TOO_LARGE). */
  maxPages: number;
  /** A page with more pixels (as rendered, or as stored in an image) is refused (TOO_LARGE). */
  maxPixels: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = {
  maxPages: 500,
  // A2 at 300 dpi is 35 Mpx; anything past 60 Mpx is a poster or a decompression bomb
  maxPixels: 60_000_000,
};

export const DEFAULT_DPI = 300;
const DPI_RANGE = { min: 72, max: 600 };

export interface ReadPagesOptions {
  /** Shared pool; one is made (and closed) for this document when absent. */
  pool?: OcrPool;
  /** Rasterisation resolution for image-only PDF pages (default 300). */
  dpi?: number;
  limits?: Partial<PageLimits>;
  /** The engine of a pool made here (default tesseract.js); a shared pool has its own. */
  engine?: EngineKind;
  /** What reading one page's text layer may cost (default DEFAULT_TEXT_LAYER_BUDGET). */
  textLayerBudget?: Partial<TextLayerBudget>;
}

interface PageContext {
  file: string;
  pool: () => OcrPool;
  limits: PageLimits;
  textLayerBudget: TextLayerBudget;
}

export async function readPages(doc: InputDocument, options: ReadPagesOptions = {}): Promise<DocumentText> {
  if (doc.format === 'text') return textDocument(doc);
  const dpi = checkedDpi(options.dpi ?? DEFAULT_DPI);
  const pool = lazyPool(options.pool, options.engine);
  const context: PageContext = {
    file: doc.path,
    pool: pool.get,
    limits: { ...DEFAULT_PAGE_LIMITS, ...options.limits },
    textLayerBudget: { ...DEFAULT_TEXT_LAYER_BUDGET, ...options.textLayerBudget },
  };
  try {
    const pages = doc.format === 'pdf' ? await readPdfPages(doc.bytes, dpi, context) : await readImagePages(doc.bytes, context);
    const document = joinPages(doc.path, doc.format, pages);
    return pages.some((p) => p.method === 'ocr') ? { ...document, ocrEngine: context.pool().engine } : document;
  } finally {
    await pool.close();
  }
}

/**
 * Whether most of a document's text was OCR'd here with the Vietnamese model:
 * restoration then weighs that model's misreadings (RestoreOptions.readBy). A
 * text layer's pages or a text file are as their author wrote them; a document
 * mostly of those keeps its few OCR'd pages' words too.
 */
function readByVieModel(document: DocumentText): boolean {
  if (!identityLanguages(document.ocrEngine?.model ?? '').includes('vie')) return false;
  const letters = (pages: PageText[]): number => pages.reduce((n, page) => n + page.text.length, 0);
  return 2 * letters(document.pages.filter((page) => page.method === 'ocr')) > letters(document.pages);
}

/** What read a document's pages: the Vietnamese model (readByVieModel), else OCR of any page, else none (its author's text). */
export function readerOf(document: DocumentText): ReadBy | undefined {
  if (readByVieModel(document)) return 'vie-ocr';
  return document.pages.some((page) => page.method === 'ocr') ? 'ocr' : undefined;
}

/** The shared pool, or one of our own made on first use (and closed by us): a PDF of text-layer pages never starts OCR. */
function lazyPool(shared: OcrPool | undefined, engine: EngineKind | undefined): { get: () => OcrPool; close: () => Promise<void> } {
  let own: OcrPool | null = null;
  return {
    get: () => shared ?? (own ??= createOcrPool({ engine })),
    close: async () => {
      await own?.close();
    },
  };
}

function checkedDpi(dpi: number): number {
  if (!Number.isFinite(dpi) || dpi < DPI_RANGE.min || dpi > DPI_RANGE.max) {
    throw new VnplanError('USAGE', null, `--dpi must be between ${DPI_RANGE.min} and ${DPI_RANGE.max}, got ${dpi}`);
  }
  return Math.round(dpi);
}

/** A text file's one page; a big text held outside the heap stays there (its page and document decode it when read). */
function textDocument(doc: Extract<InputDocument, { format: 'text' }>): DocumentText {
  const encoding = doc.encoding && { encoding: doc.encoding };
  const page = { pageNumber: 1, method: 'text', confidence: null, dpi: null, skewDegrees: null } as const;
  if (doc.utf8) return withHeldText({ path: doc.path, format: 'text' as const, pages: [withHeldText({ ...page }, doc.utf8)], warnings: [], ...encoding }, doc.utf8);
  return { ...joinPages(doc.path, 'text', [{ ...page, text: doc.text }]), ...encoding };
}

function joinPages(path: string, format: DocumentText['format'], pages: PageText[]): DocumentText {
  const document: DocumentText = {
    path,
    format,
    pages,
    text: pages.map((page) => page.text).join('\n\n'),
    warnings: pages.flatMap((page) => page.warnings ?? []),
  };
  const encoding = layerEncoding(pages);
  return encoding ? { ...document, encoding } : document;
}

/** The legacy encoding text-layer pages were read again from, with the pages it was found on. */
function layerEncoding(pages: readonly PageText[]): DocumentText['encoding'] {
  const converted = pages.flatMap((page) => (page.encoding ? [{ page: page.pageNumber, encoding: page.encoding }] : []));
  const first = converted[0];
  if (!first) return undefined;
  const names = [...new Set(converted.map((c) => c.encoding.name))];
  const notes = [...new Set(converted.flatMap((c) => c.encoding.notes))];
  return {
    name: first.encoding.name,
    via: 'mis-decoded',
    notes: [`text layer read again from ${names.join(', ')} on page(s) ${converted.map((c) => c.page).join(', ')}`, ...notes],
  };
}

/**
 * Pages in flight per document: one being prepared while the pool reads the
 * others. More would only hold rendered pages (35 MB each at 300 dpi) in memory.
 */
function pagesInFlight(pool: OcrPool): number {
  return pool.options.workers + 1;
}

async function readPdfPages(bytes: Uint8Array, dpi: number, context: PageContext): Promise<PageText[]> {
  // its thread starts now, loading pdf.js while this one opens the document
  const reader = new TextLayerReader(bytes, context.file, context.textLayerBudget).start();
  try {
    const pdf = await openPdf(bytes, context.file, context.limits);
    try {
      await checkPageSizes(pdf, dpi, context.file, context.limits.maxPixels);
      const numbers = Array.from({ length: pdf.numPages }, (_, i) => i + 1);
      // every layer first (a fraction of a second a page), so the thread ends before minutes of OCR
      const layers: TextLayer[] = [];
      for (const pageNumber of numbers) layers.push(await readTextLayer(reader, pageNumber));
      await reader.close();
      // making the pool starts no worker: a PDF of text-layer pages still never runs OCR
      const inFlight = pagesInFlight(context.pool());
      return await mapLimited(numbers, inFlight, (pageNumber) => readPdfPage(pdf, layers[pageNumber - 1]!, pageNumber, dpi, context));
    } finally {
      await pdf.destroy();
    }
  } finally {
    await reader.close();
  }
}

async function readPdfPage(pdf: PDFDocumentProxy, layer: TextLayer, pageNumber: number, dpi: number, context: PageContext): Promise<PageText> {
  const verdict = judgeTextLayer(layer.text);
  if (verdict.trusted) {
    const read: PageText = { pageNumber, text: layer.text, method: 'text-layer', confidence: null, dpi: null, skewDegrees: null };
    return layer.encoding ? { ...read, encoding: layer.encoding } : read;
  }
  const page = await loadPage(pdf, pageNumber, context.file);
  try {
    const image = await renderPage(pdf, page, dpi, context.file, context.limits.maxPixels);
    const read = await ocrPage(image, pageNumber, dpi, context);
    if (verdict.reason === null) return read;
    // like OCRmyPDF --redo-ocr: the layer is dropped, the page image read again
    const warning = `text layer of page ${pageNumber} not trusted (${verdict.reason}): the page was OCR'd instead`;
    return { ...read, textLayerRejected: verdict.reason, warnings: [warning, ...(read.warnings ?? [])] };
  } finally {
    page.cleanup();
  }
}

async function readImagePages(bytes: Uint8Array, context: PageContext): Promise<PageText[]> {
  const count = await checkedImagePages(bytes, context.file, context.limits);
  const indexes = Array.from({ length: count }, (_, i) => i);
  return mapLimited(indexes, pagesInFlight(context.pool()), (index) =>
    ocrPage({ kind: 'encoded', bytes, index }, index + 1, null, context),
  );
}

async function ocrPage(image: PageImage, pageNumber: number, dpi: number | null, context: PageContext): Promise<PageText> {
  const { clean, ocr } = await uprightReading(image, pageNumber, dpi, context);
  const handwriting = clean.inkMarks
    .filter((m) => m.kind === 'handwriting')
    .map(({ box }) => scaleBox(box, clean));
  const reread = async (box: Box): Promise<OcrWord[]> =>
    (await context.pool().recognize({ image: cropClean(clean, box), file: context.file, page: pageNumber })).words;
  const spaced = await rateGluedPieces(respaceGlued(ocr.text.trim(), ocr.words), reread, handwriting);
  const coded = await rereadCodeWords(fractionSlashes(spaced), reread);
  const block = dropMarginNotes(coded.text, coded.words, clean.width);
  const grey = cleanGrey(clean);
  const ordered = starLines(grey, readingOrder(block.text, block.words, clean.width));
  // what OCR made of pen figures told from print by their shape is left out, as coloured ink is faded out before OCR
  const pen = penWrittenFigures(grey, ordered.text, ordered.words);
  const { text, words } = withoutWords(ordered.text, ordered.words, (w) => pen.some((m) => mostlyInside(w.bbox, m.box, clean)));
  const confidence = pageConfidence(words);
  return {
    pageNumber,
    text,
    method: 'ocr',
    confidence,
    dpi: clean.dpi,
    skewDegrees: clean.skewDegrees,
    words,
    imageSize: { width: clean.width, height: clean.height },
    inkMarks: [...clean.inkMarks, ...pen],
    ...(clean.placement && { placement: clean.placement }),
    preparation: block.marginNotes?.length ? [...clean.preparation, `margin notes dropped: ${block.marginNotes.map((n) => `"${n}"`).join(', ')}`] : clean.preparation,
    warnings: pageWarnings(pageNumber, text, confidence, clean),
  };
}

/**
 * The page cleaned and read, the right way up. The ink's up-or-down signal
 * (orientation.ts) is weak on Vietnamese print, whose marks above and dots,
 * `g`, `y` and `p` below fill both ends of a line: an upright page was once
 * turned upside down. So a page the ink would turn is also read turned the
 * other way round (not at all against 180°, 270° against 90°), and the turn
 * is kept only when its reading holds more confidently read Vietnamese
 * syllables (orientation.ts readingEvidence); a tie leaves the page unturned.
 */
async function uprightReading(image: PageImage, pageNumber: number, dpi: number | null, context: PageContext): Promise<{ clean: CleanPage; ocr: PageOcr }> {
  const options = { file: context.file, page: pageNumber, dpi, maxPixels: context.limits.maxPixels };
  const read = (page: CleanPage): Promise<PageOcr> => context.pool().recognize({ image: page.image, file: context.file, page: pageNumber });
  const { clean, ocr } = await readThroughGrain(await cleanPage(image, options), read);
  const turn = clean.placement?.turn ?? 0;
  if (turn === 0) return { clean, ocr };
  const other = await cleanPage(image, { ...options, turn: oppositeTurn(turn) });
  const otherOcr = await read(other);
  const evidence = readingEvidence(ocr.words);
  const otherEvidence = readingEvidence(otherOcr.words);
  if (evidence > otherEvidence) return { clean, ocr };
  const against = other.placement?.turn ? `turned ${other.placement.turn}°` : 'as it stood';
  const note = `the ink's turn of ${turn}° refused: the page read ${against} held more Vietnamese syllables (${otherEvidence.toFixed(0)} against ${evidence.toFixed(0)})`;
  return { clean: { ...other, preparation: [...other.preparation, note] }, ocr: otherOcr };
}

/**
 * A page that read as no text, read again thresholded between its ink and its paper (clean.ts thresholdedPage),
 * where it has ink apart from its grain; the second reading is kept when it holds more letters. The page's clean
 * image is then the thresholded one, so words read again alone are cropped from what was read.
 */
async function readThroughGrain(clean: CleanPage, read: (page: CleanPage) => Promise<PageOcr>): Promise<{ clean: CleanPage; ocr: PageOcr }> {
  const ocr = await read(clean);
  const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;
  const sharp = letters(ocr.text) < MIN_PAGE_LETTERS ? thresholdedPage(clean) : null;
  if (sharp === null) return { clean, ocr };
  const again = await read(sharp);
  return letters(again.text) > letters(ocr.text) ? { clean: sharp, ocr: again } : { clean, ocr };
}

/** Whether at least half of a word's box (pixels) lies in a mark's box (page fractions). */
function mostlyInside(word: Box | undefined, mark: Box, size: { width: number; height: number }): boolean {
  if (!word) return false;
  const inPixels = scaleBox(mark, size);
  const x = Math.min(word.x1, inPixels.x1) - Math.max(word.x0, inPixels.x0);
  const y = Math.min(word.y1, inPixels.y1) - Math.max(word.y0, inPixels.y0);
  return x > 0 && y > 0 && x * y >= ((word.x1 - word.x0) * (word.y1 - word.y0)) / 2;
}

/**
 * Mean word confidence weighted by word length: tesseract's own page figure
 * counts a confident ':' like a long word, and says 95 for a page where it
 * found nothing. 0 when no word was read.
 */
export function pageConfidence(words: readonly OcrWord[]): number {
  let weighted = 0;
  let characters = 0;
  for (const word of words) {
    const length = [...word.text].length;
    weighted += word.confidence * length;
    characters += length;
  }
  return characters === 0 ? 0 : Math.round((weighted / characters) * 10) / 10;
}

/** Fewer letters than this on a page is no text: a page number, a stamp's rim, specks read as marks. */
const MIN_PAGE_LETTERS = 10;
/** A page read with less confidence than this is mostly guessed. */
const LOW_PAGE_CONFIDENCE = 60;

function pageWarnings(pageNumber: number, text: string, confidence: number, clean: CleanPage): string[] {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const done = clean.preparation.length ? ` (after: ${clean.preparation.join(', ')})` : '';
  if (letters < MIN_PAGE_LETTERS) {
    const found = letters === 0 ? 'OCR read no letters' : `OCR read only ${letters} letters`;
    return [`no text found on page ${pageNumber}: ${found} at ${clean.dpi} dpi${done}`];
  }
  if (confidence < LOW_PAGE_CONFIDENCE) {
    return [`low OCR confidence on page ${pageNumber}: ${confidence} of 100 at ${clean.dpi} dpi${done}; the text is partly guessed`];
  }
  return [];
}
