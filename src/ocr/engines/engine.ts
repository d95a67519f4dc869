// The OCR engine seam: whatever reads a cleaned page image. The pool (pool.ts)
// starts engine instances, sends them pages one at a time, retires them after
// `recycleAfter` pages, on a failure or on a timeout; it never knows which
// engine it drives. One file per engine in this folder, chosen by
// `--ocr-engine` (index.ts).
import type { EngineIdentity, OcrWord } from '../../types.js';

export type { EngineIdentity } from '../../types.js';

export interface OcrLine {
  text: string;
  /** Mean confidence of its words, 0–100. */
  confidence: number;
  words: OcrWord[];
}

/** One page as an engine read it. */
export interface PageOcr {
  text: string;
  /** Mean word confidence 0–100. */
  confidence: number;
  words: OcrWord[];
  lines: OcrLine[];
  /** Size of the image read, pixels (the word boxes are in it). */
  imageSize?: { width: number; height: number };
}

/** One running instance: one page at a time. */
export interface OcrEngine {
  recognise(image: Uint8Array): Promise<PageOcr>;
  /** Ends the instance, also in the middle of a page (a timeout): that page's promise rejects. */
  terminate(): Promise<void>;
}

/** An engine as the pool sees it: its identity and how to start an instance. */
export interface EngineKind {
  readonly identity: EngineIdentity;
  start(): Promise<OcrEngine>;
}
