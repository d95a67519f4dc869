// `vnplan worker`: takes files from the queue, runs the pipeline on each and
// hands the record and the text back through the queue; it writes nothing
// itself (the coordinator is OUT's only writer). Any number of these, on any
// machine that mounts the archive at the path the coordinator walked.
//
// A worker holds a lock on each job it runs and renews it while it works; a
// worker that dies (kill -9, a lost machine) stops renewing, and once
// `lockMs` has run out another worker's stalled-job check (every 5 s at most)
// hands the job to the next free worker. A job stalled more than `MAX_STALLS` times, or refused on every
// attempt, ends failed and the coordinator records the reason.
import { availableParallelism } from 'node:os';
import { Worker, type Job } from 'bullmq';
import { fingerprint } from '../batch/fingerprint.js';
import { resumeKey, type Processor } from '../batch/index.js';
import type { ProcessedFile } from '../pipeline.js';
import { detectFormat } from '../input/index.js';
import { createOcrPool, type OcrPool } from '../ocr/index.js';
import type { EngineKind } from '../ocr/engines/index.js';
import { processFile } from '../pipeline.js';
import { decodeJobData, errorResult, okResult, type JobData, type JobResult } from './codec.js';
import { parseQueueUrl, QUEUE_NAME } from './connection.js';

/** Stalls (a worker gone mid-file) a job survives; one more and it is recorded failed. */
export const MAX_STALLS = 2;

export interface WorkerOptions {
  /** redis://HOST:PORT[/DB] */
  queue: string;
  /** Files at once (default: the number of cores, at least 2); they share one OCR pool. */
  concurrency?: number;
  /** A job whose worker has not renewed its lock for this long goes to another worker (default 60 s). */
  lockMs?: number;
  /** Take no new job; running ones finish. */
  signal?: AbortSignal;
  /** Also drop running jobs: they stall and another worker (or the next start) redoes them. */
  abandon?: AbortSignal;
  /** The per-file work; the real pipeline unless a test slows it down. */
  processFile?: Processor;
  /** One line per finished job. */
  log?: (line: string) => void;
  /** The OCR engine (default tesseract.js): the coordinator's must be the same, it is in the job's resume key. */
  ocrEngine?: EngineKind;
}

export interface WorkerSummary {
  ok: number;
  failed: number;
}

export const DEFAULT_LOCK_MS = 60_000;

/**
 * How often, at most, a worker looks for files whose worker stopped renewing their lock. BullMQ hands a file on at the
 * first check after its lock ran out, so with checks `lockMs` apart (BullMQ's pairing) a lost worker's file waited up
 * to twice its lock; a check finds nothing to move while the lock is renewed, so checking more often costs a live
 * worker nothing (it is one script on Redis).
 */
const STALL_CHECK_MS = 5_000;

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const location = parseQueueUrl(options.queue);
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const files = new FileWorker(options.processFile ?? processFile, options.ocrEngine);
  const summary: WorkerSummary = { ok: 0, failed: 0 };
  const worker = new Worker<JobData, JobResult>(QUEUE_NAME, (job) => files.run(job), {
    // BullMQ's blocking connection must wait out a Redis restart, not fail the command.
    connection: { ...location.redis, maxRetriesPerRequest: null },
    concurrency: options.concurrency ?? Math.max(2, availableParallelism()),
    lockDuration: lockMs,
    stalledInterval: Math.min(lockMs, STALL_CHECK_MS),
    maxStalledCount: MAX_STALLS,
    autorun: false,
  });
  worker.on('completed', (job, result) => {
    if (result.status === 'ok') summary.ok++;
    else summary.failed++;
    options.log?.(`${job.data.relative}: ${result.status === 'ok' ? 'ok' : `${result.code} ${result.reason}`}`);
  });
  worker.on('failed', (job, error) => options.log?.(`${job?.data.relative ?? '?'}: attempt failed: ${error.message}`));
  // Connection trouble is retried by BullMQ; say so rather than crash on an unhandled 'error'.
  worker.on('error', (error) => options.log?.(`queue ${location.label}: ${error.message}`));
  const stop = () => void worker.close();
  const abandon = () => void worker.close(true);
  options.signal?.addEventListener('abort', stop, { once: true });
  options.abandon?.addEventListener('abort', abandon, { once: true });
  try {
    if (!options.signal?.aborted) await worker.run();
    await worker.close(options.abandon?.aborted === true);
  } finally {
    options.signal?.removeEventListener('abort', stop);
    options.abandon?.removeEventListener('abort', abandon);
    await files.close(options.abandon?.aborted === true);
  }
  return summary;
}

/** The pipeline side of a worker: one OCR pool for all its jobs, made when the first scan arrives. */
class FileWorker {
  #pool: OcrPool | null = null;

  /** This worker's resume key per output options (restore, dpi), computed once each. */
  readonly #keys = new Map<string, Promise<string>>();

  constructor(
    private readonly process: Processor,
    private readonly engine: EngineKind | undefined,
  ) {}

  #keyFor(restore: boolean, dpi: number): Promise<string> {
    const id = `${restore}/${dpi}`;
    let key = this.#keys.get(id);
    if (!key) this.#keys.set(id, (key = resumeKey({ restore, dpi }, { engine: this.engine?.identity })));
    return key;
  }

  async run(job: Job<JobData, JobResult>): Promise<JobResult> {
    const data = decodeJobData(job.data);
    // Thrown, not returned: another worker (with the right version) may take the retry.
    const key = await this.#keyFor(data.restore, data.dpi);
    if (data.resumeKey !== key) {
      const engine = this.engine ? `${this.engine.identity.name} ${this.engine.identity.version}` : 'default';
      throw new Error(
        `this worker runs pipeline ${key} (OCR engine ${engine}), the batch wants ${data.resumeKey}: ` +
          'give the worker the same vnplan version and --ocr-engine as the coordinator',
      );
    }
    let processed: ProcessedFile;
    try {
      const fp = await fingerprint(data.path);
      // The file was edited after it was queued: its record would be filed under the old content.
      if (fp.sha256 !== data.sha256) throw new Error(`${data.path}: the file changed after it was queued; re-run the batch`);
      const format = detectFormat(fp.head);
      const pool = format === null || format === 'text' ? undefined : (this.#pool ??= createOcrPool({ engine: this.engine }));
      processed = await this.process(
        data.path,
        { pool, restore: data.restore, dpi: data.dpi, sha256: fp.sha256 },
        { relative: data.relative, size: fp.size, sha256: fp.sha256, resumeKey: data.resumeKey },
      );
    } catch (error) {
      return errorResult(error);
    }
    return okResult(processed);
  }

  async close(abandon: boolean): Promise<void> {
    const closing = this.#pool?.close();
    if (abandon) closing?.catch(() => undefined);
    else await closing;
  }
}
