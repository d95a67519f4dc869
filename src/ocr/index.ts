// PLACEHOLDER — replaced by the OCR work (issue 4).
import type { DocumentText, InputDocument } from '../types.js';

export interface OcrPoolOptions {
  /** Tesseract language(s): 'vie' (default), 'eng', 'vie+eng'. */
  lang: string;
  workers: number;
  /** Recycle a worker after this many pages so memory stays flat. */
  recycleAfter: number;
  pageTimeoutMs: number;
}

export interface OcrPool {
  close(): Promise<void>;
}

export function createOcrPool(_options?: Partial<OcrPoolOptions>): OcrPool {
  throw new Error('OCR pool not implemented yet');
}

export interface ReadPagesOptions {
  /** Shared pool; one is made (and closed) for this document when absent. */
  pool?: OcrPool;
  dpi?: number;
}

export async function readPages(doc: InputDocument, _options?: ReadPagesOptions): Promise<DocumentText> {
  if (doc.format === 'text') {
    return {
      path: doc.path,
      format: 'text',
      text: doc.text,
      pages: [{ pageNumber: 1, text: doc.text, method: 'text', confidence: null, dpi: null, skewDegrees: null }],
    };
  }
  throw new Error('OCR not implemented yet');
}
