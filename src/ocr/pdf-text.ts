// A PDF's text layer, read within a budget. pdf.js parses a page's whole
// content stream to find its text, and in Node it does so on the thread that
// calls it: a page of a few KB compressed holding millions of operations (an
// "operator bomb") would hold that thread for minutes and gigabytes, and with
// it every other file of a batch. So the layer is read in a worker thread of
// its own (one per document, its pages one at a time) that is given a deadline
// per page and a heap limit, and is terminated when it passes either; a page
// whose text runs past a page's worth of characters is refused as well.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VnplanError, type ErrorCode } from '../errors.js';

export interface TextLayerBudget {
  /** Wall-clock time to read one page's text layer, ms (TOO_LARGE beyond). */
  maxMs: number;
  /** Characters of one page's text layer (TOO_LARGE beyond): a dense A4 page holds ~6,000. */
  maxChars: number;
  /** Heap of the reading thread, MB (TOO_LARGE beyond). */
  maxHeapMb: number;
}

// a dense page's layer is read in well under a second; the clock allows for a loaded machine
export const DEFAULT_TEXT_LAYER_BUDGET: TextLayerBudget = { maxMs: 20_000, maxChars: 200_000, maxHeapMb: 512 };

/** What the worker is started with. */
export interface TextWorkerData {
  bytes: Uint8Array;
  file: string;
  maxChars: number;
}

/** `ready` once the document is open (the clock of a page starts when it is asked for); then a page's raw layer text, or why it could not be read. */
export type TextWorkerReply = 'ready' | { pageNumber: number; text: string } | { pageNumber: number; error: { code: ErrorCode; reason: string } };

/**
 * The page's text layer as lines (empty for an image-only page), collected
 * chunk by chunk so that a page of text past `maxChars` is refused before it
 * is all in memory. Runs in the worker.
 */
export async function pageLayerText(page: PDFPageProxy, file: string, maxChars: number): Promise<string> {
  let text = '';
  const reader = page.streamTextContent().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const item of value.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    if (text.length > maxChars) {
      throw new VnplanError('TOO_LARGE', file, `the page's text layer holds more than ${maxChars.toLocaleString('en')} characters, the limit`, page.pageNumber);
    }
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The worker: compiled JavaScript beside this file; under tsx (tests,
 * scripts) the TypeScript source, loaded once tsx's hooks are registered in
 * the new thread (Node 20 applies no --import hook to a worker's own module).
 */
function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pdf-text-worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const module = new URL('./pdf-text-worker.ts', import.meta.url).href;
  const source = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(module)}); });`;
  return new Worker(source, { ...options, eval: true });
}

/**
 * Reads the text layers of one PDF's pages in a worker thread, one page at a
 * time, each within the budget. Made per document; `close` ends the thread.
 */
export class TextLayerReader {
  private worker: Worker | null = null;
  /** Settles when the thread has loaded and opened the document (rejects with `broken`). */
  private ready: Promise<void> = Promise.resolve();
  private readyWaiter: { resolve: () => void; reject: (error: VnplanError) => void } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** The page being read, if any. */
  private pending: { pageNumber: number; done: (text: string) => void; reject: (error: VnplanError) => void } | null = null;
  /** Set once the thread was ended over budget or failed: every later read gets it. */
  private broken: VnplanError | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly budget: TextLayerBudget = DEFAULT_TEXT_LAYER_BUDGET,
  ) {}

  /** Starts the thread ahead of the first read (it loads pdf.js and opens the document meanwhile). */
  start(): this {
    this.started();
    return this;
  }

  /** The raw text layer of page `pageNumber`; pages asked for at once are read one after another. */
  read(pageNumber: number): Promise<string> {
    const turn = this.queue.then(() => this.readNow(pageNumber));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private async readNow(pageNumber: number): Promise<string> {
    if (this.broken) throw this.broken;
    const worker = this.started();
    // starting the thread (and, under tsx, compiling its modules) is not the page's time
    await this.ready;
    return new Promise<string>((done, reject) => {
      const timer = setTimeout(
        () => this.end((page) => this.error('TOO_LARGE', `reading the page's text layer takes more than ${this.budget.maxMs / 1000} s, the limit`, page)),
        this.budget.maxMs,
      );
      const settle = () => {
        clearTimeout(timer);
        this.pending = null;
      };
      this.pending = {
        pageNumber,
        done: (text) => (settle(), done(text)),
        reject: (error) => (settle(), reject(error)),
      };
      worker.postMessage(pageNumber);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // a copy: the caller's bytes stay whole for pdf.js on this thread
    const bytes = this.bytes.slice();
    const data: TextWorkerData = { bytes, file: this.file, maxChars: this.budget.maxChars };
    const worker = startWorker({
      workerData: data,
      transferList: [bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: this.budget.maxHeapMb },
      stdout: false,
      stderr: false,
    });
    this.ready = new Promise<void>((resolve, reject) => (this.readyWaiter = { resolve, reject }));
    this.ready.catch(() => undefined); // its error is also every read's
    worker.on('message', (reply: TextWorkerReply) => {
      if (reply === 'ready') return this.readyWaiter?.resolve();
      const pending = this.pending;
      if (pending?.pageNumber !== reply.pageNumber) return;
      if ('text' in reply) pending.done(reply.text);
      else pending.reject(this.error(reply.error.code, reply.error.reason, reply.pageNumber));
    });
    worker.on('error', (error: Error) => {
      const code = (error as NodeJS.ErrnoException).code;
      this.end((page) =>
        code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? this.error('TOO_LARGE', `reading the page's text layer needs more than ${this.budget.maxHeapMb} MB, the limit`, page)
          : this.error('CORRUPT_PDF', `the page's text layer cannot be read (${error.message})`, page),
      );
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.end((page) => this.error('CORRUPT_PDF', `the page's text layer cannot be read (its reader ended with ${code})`, page));
    });
    this.worker = worker;
    return worker;
  }

  private error(code: ErrorCode, reason: string, page: number | undefined): VnplanError {
    return new VnplanError(code, this.file, reason, page);
  }

  /** The thread is done for: the page being read (and every later one) fails with the first reason. */
  private end(reason: (page: number | undefined) => VnplanError): void {
    this.broken ??= reason(this.pending?.pageNumber);
    this.pending?.reject(this.broken);
    this.readyWaiter?.reject(this.broken);
    void this.close();
  }
}
