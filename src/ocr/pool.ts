// A pool of OCR engine instances (engines/: tesseract.js by default) shared by every file of a run: pages of
// different files wait in one queue (first come, first served) and run on the
// next free worker. A worker is retired after `recycleAfter` pages, because the
// WebAssembly heap only grows, and when a page overruns its time, because a
// stuck worker cannot be interrupted any other way.
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { VnplanError } from '../errors.js';
import { DEFAULT_MODEL, type OcrModel } from './tesseract.js';
import type { EngineKind, OcrEngine, PageOcr } from './engines/engine.js';
import { tesseractJsEngine } from './engines/tesseract-js.js';

export interface OcrPoolOptions {
  /** Tesseract language(s): 'vie' (default), 'eng', 'vie+eng'. */
  lang: string;
  /** Workers running at once (default: one per core, see README "OCR throughput"). */
  workers: number;
  /** Recycle a worker after this many pages so memory stays flat. */
  recycleAfter: number;
  /** Time one page may take before its worker is ended and replaced (OCR_TIMEOUT). */
  pageTimeoutMs: number;
  model: OcrModel;
  /** The engine; default tesseract.js reading `lang` with `model`. */
  engine?: EngineKind;
}

export interface OcrRequest {
  /** Encoded page image (PNG, PNM, JPEG…) as tesseract reads it. */
  image: Uint8Array;
  /** File and 1-based page, for error messages. */
  file: string;
  page: number;
}

export interface OcrPool {
  readonly options: Readonly<OcrPoolOptions>;
  /** The engine's identity, for the record's `source`. */
  readonly engine: EngineKind['identity'];
  /** Pages recognised so far, by all workers. */
  readonly pagesRecognised: number;
  /** Workers started so far, first starts, recycling and replacements included. */
  readonly workersStarted: number;
  recognize(request: OcrRequest): Promise<PageOcr>;
  /** Waits for the pages already queued, then ends every worker. */
  close(): Promise<void>;
}

export const DEFAULT_POOL_OPTIONS: OcrPoolOptions = {
  lang: 'vie',
  workers: Math.max(1, availableParallelism()),
  // a worker starts in ~0.5 s and reads a page in ~4 s: recycling every 20 pages costs < 1 %
  recycleAfter: 20,
  // ten times a normal page on a busy two-core machine
  pageTimeoutMs: 90_000,
  model: DEFAULT_MODEL,
};

interface Slot {
  worker: Promise<OcrEngine> | null;
  pages: number;
}

export function createOcrPool(options: Partial<OcrPoolOptions> = {}): OcrPool {
  return new TesseractPool({ ...DEFAULT_POOL_OPTIONS, ...options });
}

class TesseractPool implements OcrPool {
  private readonly queue: PQueue;
  private readonly idle: Slot[];
  private readonly slots: Slot[];
  private recognised = 0;
  private started = 0;
  private closed = false;
  private readonly kind: EngineKind;

  constructor(readonly options: Readonly<OcrPoolOptions>) {
    this.kind = options.engine ?? tesseractJsEngine(options.lang, options.model);
    const size = Math.max(1, Math.floor(options.workers));
    this.queue = new PQueue({ concurrency: size });
    // Workers start lazily, on the first page a slot runs: a document whose
    // pages all have a text layer never pays for one.
    this.slots = Array.from({ length: size }, () => ({ worker: null, pages: 0 }));
    this.idle = [...this.slots];
  }

  get engine(): EngineKind['identity'] {
    return this.kind.identity;
  }

  get pagesRecognised(): number {
    return this.recognised;
  }

  get workersStarted(): number {
    return this.started;
  }

  recognize(request: OcrRequest): Promise<PageOcr> {
    if (this.closed) {
      return Promise.reject(new VnplanError('OCR_FAILED', request.file, 'the OCR pool is closed', request.page));
    }
    return this.queue.add(() => this.runOnIdleSlot(request));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue.onIdle();
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private async runOnIdleSlot(request: OcrRequest): Promise<PageOcr> {
    // the queue runs at most `slots.length` jobs, so a slot is always free here
    const slot = this.idle.pop()!;
    try {
      const worker = await this.workerOf(slot, request);
      const result = await this.withTimeout(worker.recognise(request.image), request);
      this.recognised++;
      if (++slot.pages >= this.options.recycleAfter) await this.retire(slot);
      return result;
    } catch (error) {
      // after a failure the worker's state is unknown: start afresh
      await this.retire(slot);
      throw error instanceof VnplanError ? error : ocrFailed(error, request);
    } finally {
      this.idle.push(slot);
    }
  }

  private workerOf(slot: Slot, request: OcrRequest): Promise<OcrEngine> {
    if (slot.worker === null) {
      this.started++;
      slot.worker = this.kind.start();
    }
    return slot.worker.catch((error: unknown) => {
      slot.worker = null;
      throw new VnplanError('OCR_FAILED', request.file, `the OCR engine did not start: ${message(error)}`, request.page);
    });
  }

  private withTimeout(work: Promise<PageOcr>, request: OcrRequest): Promise<PageOcr> {
    const ms = this.options.pageTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new VnplanError('OCR_TIMEOUT', request.file, `OCR took longer than ${Math.round(ms / 1000)} s`, request.page));
      }, ms);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  /** Ends the slot's worker (if any); the next page on this slot starts a new one. */
  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.pages = 0;
    if (worker === null) return;
    await worker.then(
      (w) => w.terminate(),
      () => undefined, // it never started: nothing to end
    );
  }
}

function ocrFailed(error: unknown, request: OcrRequest): VnplanError {
  return new VnplanError('OCR_FAILED', request.file, `OCR failed: ${message(error)}`, request.page);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
