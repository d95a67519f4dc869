// What the review page needs of a document beyond its record and text, written
// by the batch beside the record when the document is produced:
//   NAME.corrections.json  restoration's changes (line, from, to, confidence)
//                          and the lines that read otherwise before restoration
//                          (only those, and only in the part the page shows:
//                          the rest of the text would be a second copy of it);
//   NAME.layout.json       for OCR'd pages: where each text line lies on the
//                          page (from the OCR word boxes) and its page image,
//                          a small JPEG under OUT/index.files/pages/.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { DEFAULT_PAGE_LIMITS } from '../ocr/index.js';
import { loadPage, openPdf, renderPage } from '../ocr/pdf.js';
import { documentLayout, type PageBox } from '../searchable-pdf/layout.js';
import { MAX_LINE_CHARS, wrapLongLines } from '../pipeline.js';
import { lineEnds } from '../text-lines.js';
import { textHead, type MaybeHeld } from '../off-heap-text.js';
import type { DocumentText, RestoredText } from '../types.js';

/** The review page's own folder under OUT: its document data and page images. */
export const ASSETS_DIR = 'index.files';
/** Page images are made this wide: enough to read a line, small enough for a big batch. */
const PAGE_IMAGE_WIDTH = 1000;
/** PDF pages are rendered at this resolution before being brought to PAGE_IMAGE_WIDTH. */
const PAGE_RENDER_DPI = 100;

export interface CorrectionsLog {
  file: string;
  tokens: number;
  changed: number;
  corrections: RestoredText['corrections'];
  /**
   * The lines of the text before restoration (as read from the file, its text
   * layer or OCR) that differ from NAME.txt's, by NAME.txt's line number, among
   * the lines the review page shows (SHOWN_TEXT).
   */
  originalLines: { line: number; text: string }[];
}

/**
 * The review page shows a document's text up to this many lines or characters,
 * whichever comes first: a 50 MB text as a million lines makes a page no
 * browser opens and a batch-sized heap. The page says so; NAME.txt holds all.
 */
export const SHOWN_TEXT = { lines: 20_000, chars: 2_000_000 };

/** The first lines of `text` the review page shows, without splitting the rest; all of `text.split('\n')` when it fits. */
export function shownLines(text: string): string[] {
  const lines: string[] = [];
  let chars = 0;
  for (const [start, end] of lineEnds(text)) {
    if (lines.length >= SHOWN_TEXT.lines || chars >= SHOWN_TEXT.chars) break;
    lines.push(text.slice(start, end));
    chars += end - start + 1;
  }
  return lines;
}

/** The shown lines of the text as read that restoration changed, numbered as the restored text's (long lines are cut alike). */
function changedLines(original: MaybeHeld, restored: MaybeHeld): CorrectionsLog['originalLines'] {
  // a prefix a cut line's width past the shown part gives the same shown lines (wrapped alike), without a copy of a huge text
  const prefix = SHOWN_TEXT.chars + 2 * (MAX_LINE_CHARS + 1);
  const before = shownLines(wrapLongLines(textHead(original, prefix), MAX_LINE_CHARS));
  const after = shownLines(textHead(restored, prefix));
  return before.flatMap((text, i) => (text === after[i] ? [] : [{ line: i + 1, text }]));
}

export interface LayoutLog {
  pages: {
    pageNumber: number;
    skewDegrees: number;
    /** Relative to OUT, `/`-separated. */
    image: string | null;
    lines: { line: number; box: PageBox; confidence: number }[];
  }[];
}

/** Stable id of a document of the batch (its input path relative to DIR). */
export function documentId(relative: string): string {
  return createHash('sha256').update(relative).digest('hex').slice(0, 16);
}

export function sidecarPaths(recordPath: string): { corrections: string; layout: string } {
  const stem = recordPath.replace(/\.json$/, '');
  return { corrections: `${stem}.corrections.json`, layout: `${stem}.layout.json` };
}

export interface SidecarSource {
  outDir: string;
  /** Input path relative to DIR. */
  relative: string;
  /** The input file, read again for page images. */
  inputPath: string;
  /** OUT/NAME.json. */
  recordPath: string;
  document: DocumentText;
  restored: RestoredText;
  signal?: AbortSignal;
}

export async function writeReviewSidecars(source: SidecarSource): Promise<void> {
  const paths = sidecarPaths(source.recordPath);
  const log: CorrectionsLog = {
    file: source.relative,
    tokens: source.restored.tokens,
    changed: source.restored.changed,
    corrections: source.restored.corrections,
    originalLines: changedLines(source.document, source.restored),
  };
  await writeFileAtomic(paths.corrections, `${JSON.stringify(log)}\n`, { signal: source.signal });
  // only OCR'd pages have line boxes: a text file's (maybe huge) text is not split into lines for none
  const layouts = source.document.pages.some((p) => p.method === 'ocr') ? documentLayout(source.document, source.restored.text) : [];
  if (layouts.length === 0) {
    await rm(paths.layout, { force: true });
    return;
  }
  const id = documentId(source.relative);
  const images = await pageImages(source, layouts.map((l) => l.pageNumber));
  const pages: LayoutLog['pages'] = [];
  for (const layout of layouts) {
    const jpeg = images.get(layout.pageNumber);
    const image = jpeg ? `${ASSETS_DIR}/pages/${id}-p${layout.pageNumber}.jpg` : null;
    if (jpeg && image) await writeFileAtomic(join(source.outDir, ...image.split('/')), jpeg, { signal: source.signal });
    pages.push({
      pageNumber: layout.pageNumber,
      skewDegrees: layout.skewDegrees,
      image,
      lines: layout.lines.map(({ line, box, confidence }) => ({ line, box: rounded(box), confidence })),
    });
  }
  await writeFileAtomic(paths.layout, `${JSON.stringify({ pages } satisfies LayoutLog)}\n`, { signal: source.signal });
}

/** The outputs of an earlier version of a document that no longer describe it. */
export async function removeReviewSidecars(recordPath: string): Promise<void> {
  const paths = sidecarPaths(recordPath);
  await Promise.all([rm(paths.corrections, { force: true }), rm(paths.layout, { force: true })]);
}

/** Small JPEGs of the given pages, as the OCR saw them (turned upright by EXIF, PDF pages as rendered). */
async function pageImages(source: SidecarSource, pageNumbers: number[]): Promise<Map<number, Uint8Array>> {
  const bytes = new Uint8Array(await readFile(source.inputPath));
  const images = new Map<number, Uint8Array>();
  const jpeg = (image: Sharp) => image.resize({ width: PAGE_IMAGE_WIDTH, withoutEnlargement: true }).jpeg({ quality: 70 }).toBuffer();
  if (source.document.format === 'pdf') {
    const pdf = await openPdf(bytes, source.inputPath, DEFAULT_PAGE_LIMITS);
    try {
      for (const pageNumber of pageNumbers) {
        const page = await loadPage(pdf, pageNumber, source.inputPath);
        try {
          const raw = await renderPage(pdf, page, PAGE_RENDER_DPI, source.inputPath, DEFAULT_PAGE_LIMITS.maxPixels);
          if (raw.kind !== 'raw') continue;
          images.set(pageNumber, await jpeg(sharp(raw.pixels, { raw: { width: raw.width, height: raw.height, channels: raw.channels } }).flatten({ background: '#ffffff' })));
        } finally {
          page.cleanup();
        }
      }
    } finally {
      await pdf.destroy();
    }
  } else {
    for (const pageNumber of pageNumbers) {
      images.set(pageNumber, await jpeg(sharp(bytes, { page: pageNumber - 1, limitInputPixels: false }).autoOrient()));
    }
  }
  return images;
}

function rounded(box: PageBox): PageBox {
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return { x0: r(box.x0), y0: r(box.y0), x1: r(box.x1), y1: r(box.y1) };
}
