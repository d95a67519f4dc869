// PDF pages through pdfjs-dist (legacy build: the modern one needs DOMMatrix,
// which Node lacks). A page whose text layer holds real text is read as it is,
// like OCRmyPDF's --skip-text; the others are rendered to pixels for OCR.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VnplanError } from '../errors.js';
import { vietnameseEncodings } from '../input/encodings/index.js';
import type { EncodingFacts } from '../types.js';
import type { PageImage } from './clean.js';
import type { TextLayerReader } from './pdf-text.js';

export interface PdfLimits {
  /** More pages than this is not a plan (TOO_LARGE). */
  maxPages: number;
  /** Largest page accepted once rendered at the chosen DPI, pixels (TOO_LARGE). */
  maxPixels: number;
}

/**
 * What one page's rendering may cost. A content stream can hold millions of
 * drawing operations (an "operator bomb": a few KB compressed), which pdf.js
 * would list and draw for minutes and gigabytes; a scanned page is a handful
 * of operations, a dense vector page some 50,000.
 */
export interface RenderBudget {
  /** Drawing operations listed or drawn (TOO_LARGE beyond). */
  maxOperators: number;
  /** Wall-clock time of the rendering, ms (TOO_LARGE beyond). */
  maxMs: number;
}

export const DEFAULT_RENDER_BUDGET: RenderBudget = { maxOperators: 500_000, maxMs: 60_000 };

/** A page counts as text when its layer has this many letters: a lone page number or stamp does not. */
const MIN_TEXT_LAYER_LETTERS = 20;
/** …and when at most this share of its characters are U+FFFD or private-use code points (a font with no Unicode map). */
const MAX_UNMAPPED_SHARE = 0.05;

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * The engine's own built-ins that pdf.js's legacy build replaces, for the whole
 * process, with core-js polyfills written in JavaScript (it forces them on
 * Node 20's V8): `Array.prototype.push` (every push of the restorer then calls
 * a JavaScript function), `JSON.parse` (a parser in JavaScript), `JSON.stringify`
 * and `Function.prototype.toString`. Taken when this module loads, before pdf.js
 * is; pdf.js needs none of the replacements (they follow proposals and
 * corner cases of non-writable lengths it never meets), while the built-ins it
 * adds (`Promise.withResolvers`, `Uint8Array.prototype.toHex`…) stay.
 */
const ENGINE_BUILT_INS = [
  [Array.prototype, 'push', Array.prototype.push],
  [JSON, 'parse', JSON.parse],
  [JSON, 'stringify', JSON.stringify],
  [Function.prototype, 'toString', Function.prototype.toString],
] as const;

/** Puts back the engine's built-ins: after pdf.js is imported, and after its first document (its fake worker, pdf.worker.mjs, polyfills again). */
function keepEngineBuiltIns(): void {
  for (const [owner, name, builtIn] of ENGINE_BUILT_INS) {
    Object.defineProperty(owner, name, { value: builtIn, writable: true, configurable: true, enumerable: false });
  }
}

/** `owned`: the bytes are the caller's to give away (else pdf.js gets a copy). */
export async function openPdf(bytes: Uint8Array, file: string, limits: PdfLimits, owned = false): Promise<PDFDocumentProxy> {
  // Imported when a PDF is first read: a text file is read, restored and extracted without pdf.js.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  keepEngineBuiltIns();
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given
    data: owned ? bytes : bytes.slice(),
    standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
    cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
    cMapPacked: true,
    wasmUrl: join(PDFJS_ROOT, 'wasm') + '/',
    isEvalSupported: false,
    verbosity: 0, // errors only: a damaged xref table is reported by our own error, not a console warning
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(error, file);
  } finally {
    keepEngineBuiltIns();
  }
  if (doc.numPages === 0) {
    await doc.destroy();
    throw new VnplanError('CORRUPT_PDF', file, 'the PDF has no pages');
  }
  if (doc.numPages > limits.maxPages) {
    await doc.destroy();
    throw new VnplanError('TOO_LARGE', file, `${doc.numPages} pages, the limit is ${limits.maxPages}`);
  }
  return doc;
}

function openError(error: unknown, file: string): VnplanError {
  const name = error instanceof Error ? error.name : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new VnplanError('ENCRYPTED_PDF', file, 'the PDF is encrypted and needs a password');
  return new VnplanError('CORRUPT_PDF', file, `the PDF cannot be read (${reason})`);
}

export async function loadPage(doc: PDFDocumentProxy, pageNumber: number, file: string): Promise<PDFPageProxy> {
  try {
    return await doc.getPage(pageNumber);
  } catch (error) {
    throw pageError(error, file, pageNumber);
  }
}

export interface TextLayer {
  text: string;
  /** Set when the layer was a legacy Vietnamese encoding read as Windows-1252 and was read again. */
  encoding?: EncodingFacts;
}

/**
 * The page's text layer, one line per text line (empty for an image-only
 * page), read by `reader` within its budget (pdf-text.ts). A PDF made from a
 * TCVN3 / VNI document whose fonts carry no Unicode map extracts as
 * `KÕ ho¹ch` / `Keá hoaïch`: such a layer is read again in its legacy
 * encoding (src/input/encodings).
 */
export async function readTextLayer(reader: TextLayerReader, pageNumber: number): Promise<TextLayer> {
  const text = await reader.read(pageNumber);
  return vietnameseEncodings().repairMisdecoded(text) ?? { text };
}

/** Real text, not an empty layer, a page number, or glyphs without a Unicode map. */
export function hasRealText(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_TEXT_LAYER_LETTERS) return false;
  const visible = text.replace(/\s/g, '').length;
  const unmapped = text.match(/[\uFFFD\p{Co}]/gu)?.length ?? 0;
  return unmapped <= visible * MAX_UNMAPPED_SHARE;
}

/** pdf.js types its canvas as the DOM's; in Node it is the factory's @napi-rs/canvas. */
type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

interface CanvasAndContext {
  canvas: { width: number; height: number };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

/**
 * Every page's size at `dpi`, checked before any page is read: a document with
 * one absurd page fails at once instead of after minutes of OCR on the others.
 */
export async function checkPageSizes(doc: PDFDocumentProxy, dpi: number, file: string, maxPixels: number): Promise<void> {
  for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
    const page = await loadPage(doc, pageNumber, file);
    rasterSize(page, dpi, file, maxPixels);
  }
}

function rasterSize(page: PDFPageProxy, dpi: number, file: string, maxPixels: number): { width: number; height: number } {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  if (width * height > maxPixels) {
    const inches = `${(viewport.width / dpi).toFixed(1)}×${(viewport.height / dpi).toFixed(1)} in`;
    throw new VnplanError('TOO_LARGE', file, `the page is ${inches}, ${width}×${height} pixels at ${dpi} dpi, past the limit of ${(maxPixels / 1e6).toFixed(0)} megapixels`, page.pageNumber);
  }
  return { width, height };
}

/** The page rendered at `dpi` as raw RGBA pixels, within `budget`. */
export async function renderPage(
  doc: PDFDocumentProxy,
  page: PDFPageProxy,
  dpi: number,
  file: string,
  maxPixels: number,
  budget: RenderBudget = DEFAULT_RENDER_BUDGET,
): Promise<PageImage> {
  const { width, height } = rasterSize(page, dpi, file, maxPixels);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const factory = doc.canvasFactory as CanvasFactory;
  const target = factory.create(width, height);
  const started = Date.now();
  let overBudget: VnplanError | null = null;
  const over = (reason: string) => (overBudget ??= new VnplanError('TOO_LARGE', file, reason, page.pageNumber));
  const tooManyOperators = () =>
    over(`the page's drawing has more than ${budget.maxOperators.toLocaleString('en')} operations, the limit; not rendered`);
  try {
    const task = page.render({
      canvas: target.canvas as unknown as RenderCanvas,
      viewport,
      // called with the index of every operation drawn
      operationsFilter: (index: number) => {
        if (index < budget.maxOperators) return true;
        tooManyOperators();
        return false;
      },
    });
    // called between slices of drawing: the place to stop a render over budget
    task.onContinue = (next: () => void) => {
      if (listedOperators(task) > budget.maxOperators) tooManyOperators();
      if (Date.now() - started > budget.maxMs) over(`the page takes more than ${budget.maxMs / 1000} s to render, the limit`);
      if (overBudget) task.cancel();
      else next();
    };
    await task.promise.catch((error: unknown) => {
      throw overBudget ?? error;
    });
    const rgba = target.context.getImageData(0, 0, width, height).data;
    return { kind: 'raw', pixels: new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height, channels: 4 };
  } catch (error) {
    throw pageError(error, file, page.pageNumber);
  } finally {
    factory.destroy(target);
  }
}

/**
 * Operations pdf.js has listed for the render so far. The list grows faster
 * than it is drawn, so this is what bounds memory; pdf.js exposes it only on
 * the internal task (0 if that changes: the drawn count and the clock still hold).
 */
function listedOperators(task: unknown): number {
  const internal = (task as { _internalRenderTask?: { operatorList?: { fnArray?: { length: number } } } | null })._internalRenderTask;
  return internal?.operatorList?.fnArray?.length ?? 0;
}

function pageError(error: unknown, file: string, pageNumber: number): VnplanError {
  if (error instanceof VnplanError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new VnplanError('CORRUPT_PDF', file, `the page cannot be read (${reason})`, pageNumber);
}
