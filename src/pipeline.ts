// One file through every stage: input -> pages (text layer / OCR) -> restoration
// -> extraction. Each stage is a plain function; this module only threads the
// values through and records what each stage did in the plan record.
import { basename } from 'node:path';
import { readInput } from './input/index.js';
import { readPages, type OcrPool } from './ocr/index.js';
import type { EngineKind } from './ocr/engines/index.js';
import { restoreText } from './restore/index.js';
import { extractPlan } from './extract/index.js';
import { reviewRecord } from './confidence/index.js';
import {
  PlanRecord,
  type DocumentText,
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
  /** The OCR engine of a pool made for this file (default tesseract.js). */
  ocrEngine?: EngineKind;
}

export interface ProcessedFile {
  document: DocumentText;
  restored: RestoredText;
  record: PlanRecord;
}

/** The text stages alone: a file's pages, read or OCR'd, then restored. */
export async function restoreFile(
  path: string,
  options: ProcessOptions = {},
): Promise<Pick<ProcessedFile, 'document' | 'restored'>> {
  const input = await readInput(path);
  const document = await readPages(input, { pool: options.pool, dpi: options.dpi, engine: options.ocrEngine });
  const restored =
    options.restore === false
      ? { text: document.text, corrections: [], tokens: 0, changed: 0 }
      : restoreText(document.text);
  return { document, restored };
}

export async function processFile(path: string, options: ProcessOptions = {}): Promise<ProcessedFile> {
  const { document, restored } = await restoreFile(path, options);
  const extracted = extractPlan(restored.text, { sample: basename(path) });
  const extractedRecord = PlanRecord.parse({
    ...extracted,
    source: sourceFacts(document),
    restoration: {
      tokens: restored.tokens,
      changed: restored.changed,
      changeRate: restored.tokens === 0 ? 0 : restored.changed / restored.tokens,
    },
  });
  // confidence per field, the review list, page warnings; handwritten or unreadable values dropped
  const record = PlanRecord.parse(reviewRecord(extractedRecord, document, restored));
  return { document, restored, record };
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
