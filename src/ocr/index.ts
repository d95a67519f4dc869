// Stage 2: an InputDocument becomes page texts. Text files pass through; PDF
// pages are read from their text layer when it holds real text and OCR'd
// otherwise; image pages (PNG, JPEG, WebP, every page of a TIFF) are OCR'd.
// Each OCR'd page goes render -> clean (clean.ts) -> tesseract pool (pool.ts).
import sharp from 'sharp';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentText, InputDocument, PageText } from '../types.js';
import { VnplanError } from '../errors.js';
import { cleanPage, type PageImage } from './clean.js';
import { checkPageSizes, hasRealText, loadPage, openPdf, readTextLayer, renderPage } from './pdf.js';
import { createOcrPool, type OcrPool } from './pool.js';
import { mapLimited } from './limited.js';

export { createOcrPool, DEFAULT_POOL_OPTIONS, type OcrPool, type OcrPoolOptions, type OcrRequest } from './pool.js';
export { estimateSkew } from './clean.js';
export { hasRealText } from './pdf.js';

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
}

interface PageContext {
  file: string;
  pool: () => OcrPool;
  limits: PageLimits;
}

export async function readPages(doc: InputDocument, options: ReadPagesOptions = {}): Promise<DocumentText> {
  if (doc.format === 'text') return joinPages(doc.path, 'text', [textPage(doc.text)]);
  const dpi = checkedDpi(options.dpi ?? DEFAULT_DPI);
  const pool = lazyPool(options.pool);
  const context: PageContext = { file: doc.path, pool: pool.get, limits: { ...DEFAULT_PAGE_LIMITS, ...options.limits } };
  try {
    const pages = doc.format === 'pdf' ? await readPdfPages(doc.bytes, dpi, context) : await readImagePages(doc.bytes, context);
    return joinPages(doc.path, doc.format, pages);
  } finally {
    await pool.close();
  }
}

/** The shared pool, or one of our own made on first use (and closed by us): a PDF of text-layer pages never starts OCR. */
function lazyPool(shared: OcrPool | undefined): { get: () => OcrPool; close: () => Promise<void> } {
  let own: OcrPool | null = null;
  return {
    get: () => shared ?? (own ??= createOcrPool()),
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

function textPage(text: string): PageText {
  return { pageNumber: 1, text, method: 'text', confidence: null, dpi: null, skewDegrees: null };
}

function joinPages(path: string, format: DocumentText['format'], pages: PageText[]): DocumentText {
  return { path, format, pages, text: pages.map((page) => page.text).join('\n\n') };
}

/**
 * Pages in flight per document: one being prepared while the pool reads the
 * others. More would only hold rendered pages (35 MB each at 300 dpi) in memory.
 */
function pagesInFlight(pool: OcrPool): number {
  return pool.options.workers + 1;
}

async function readPdfPages(bytes: Uint8Array, dpi: number, context: PageContext): Promise<PageText[]> {
  const pdf = await openPdf(bytes, context.file, context.limits);
  try {
    await checkPageSizes(pdf, dpi, context.file, context.limits.maxPixels);
    const numbers = Array.from({ length: pdf.numPages }, (_, i) => i + 1);
    // making the pool starts no worker: a PDF of text-layer pages still never runs OCR
    const inFlight = pagesInFlight(context.pool());
    return await mapLimited(numbers, inFlight, (pageNumber) => readPdfPage(pdf, pageNumber, dpi, context));
  } finally {
    await pdf.destroy();
  }
}

async function readPdfPage(pdf: PDFDocumentProxy, pageNumber: number, dpi: number, context: PageContext): Promise<PageText> {
  const page = await loadPage(pdf, pageNumber, context.file);
  try {
    const layer = await readTextLayer(page, context.file);
    if (hasRealText(layer)) {
      return { pageNumber, text: layer, method: 'text-layer', confidence: null, dpi: null, skewDegrees: null };
    }
    const image = await renderPage(pdf, page, dpi, context.file, context.limits.maxPixels);
    return await ocrPage(image, pageNumber, dpi, context);
  } finally {
    page.cleanup();
  }
}

async function readImagePages(bytes: Uint8Array, context: PageContext): Promise<PageText[]> {
  const count = await imagePageCount(bytes, context);
  if (count > context.limits.maxPages) {
    throw new VnplanError('TOO_LARGE', context.file, `${count} pages, the limit is ${context.limits.maxPages}`);
  }
  const indexes = Array.from({ length: count }, (_, i) => i);
  return mapLimited(indexes, pagesInFlight(context.pool()), (index) =>
    ocrPage({ kind: 'encoded', bytes, index }, index + 1, null, context),
  );
}

/** Pages of a multi-page TIFF; 1 for every other image (an animated WebP is read as its first frame). */
async function imagePageCount(bytes: Uint8Array, context: PageContext): Promise<number> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    return meta.format === 'tiff' ? (meta.pages ?? 1) : 1;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new VnplanError('CORRUPT_IMAGE', context.file, `the image cannot be decoded (${reason})`, 1);
  }
}

async function ocrPage(image: PageImage, pageNumber: number, dpi: number | null, context: PageContext): Promise<PageText> {
  const clean = await cleanPage(image, { file: context.file, page: pageNumber, dpi, maxPixels: context.limits.maxPixels });
  const ocr = await context.pool().recognize({ image: clean.image, file: context.file, page: pageNumber });
  return {
    pageNumber,
    text: ocr.text.trim(),
    method: 'ocr',
    confidence: ocr.confidence,
    dpi: clean.dpi,
    skewDegrees: clean.skewDegrees,
    words: ocr.words,
    imageSize: ocr.imageSize,
  };
}
