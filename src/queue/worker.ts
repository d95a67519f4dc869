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
//
// Told to stop, a worker takes no new job and finishes those in hand, unless
// Redis stops answering meanwhile (a result it cannot hand back is lost work
// anyway) or it is told twice: then it leaves them, unfinished, to the lock's
// lapse and another worker, and says which it left.
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker, type Job } from 'bullmq';
import { fingerprint } from '../batch/fingerprint.js';
import { resumeKey, type OutputOptions, type Processor } from '../batch/index.js';
import type { ProcessedFile } from '../pipeline.js';
import { detectFormat } from '../input/index.js';
import { createOcrPool, type OcrPool } from '../ocr/index.js';
import type { EngineKind } from '../ocr/engines/index.js';
import { processFile } from '../pipeline.js';
import { decodeJobData, errorResult, okResult, type JobData, type JobResult } from './codec.js';
import { closeWithin, parseQueueUrl, QUEUE_NAME, redisAnswers, type QueueLocation } from './connection.js';

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
  /**
   * Why the worker stopped without finishing the files in hand (Redis not answering, a second signal); null when it
   * finished them and handed their results back.
   */
  leftBecause: string | null;
  /** The files (relative paths) it had in hand when it left them: each goes to another worker once its lock lapses. */
  left: string[];
}

export const DEFAULT_LOCK_MS = 60_000;

/**
 * How often, at most, a worker looks for files whose worker stopped renewing their lock. BullMQ hands a file on at the
 * first check after its lock ran out, so with checks `lockMs` apart (BullMQ's pairing) a lost worker's file waited up
 * to twice its lock; a check finds nothing to move while the lock is renewed, so checking more often costs a live
 * worker nothing (it is one script on Redis).
 */
const STALL_CHECK_MS = 5_000;

/**
 * A stopping worker asks Redis for a PONG this often while its files finish, and gives up after this many missed in a
 * row: a result it cannot hand back is lost work either way, and a finished file's result waits for Redis for ever
 * (commands queue while the connection is away), so BullMQ's close() would never return (taskforcesh/bullmq#4656).
 */
const ANSWER_MS = 5_000;
const PROBE_EVERY_MS = 1_000;
const MISSES_TO_LEAVE = 2;
/** Letting go of the connections of a worker that leaves its files. */
const RELEASE_MS = 2_000;

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const location = parseQueueUrl(options.queue);
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const files = new FileWorker(options.processFile ?? processFile, options.ocrEngine);
  const summary: WorkerSummary = { ok: 0, failed: 0, leftBecause: null, left: [] };
  /** Job id → relative path, from the start of a file until Redis has its result. */
  const inHand = new Map<string, string>();
  const worker = new Worker<JobData, JobResult>(
    QUEUE_NAME,
    (job) => {
      if (job.id !== undefined) inHand.set(job.id, job.data.relative);
      return files.run(job);
    },
    {
      // BullMQ's blocking connection must wait out a Redis restart, not fail the command.
      connection: { ...location.redis, maxRetriesPerRequest: null },
      concurrency: options.concurrency ?? Math.max(2, availableParallelism()),
      lockDuration: lockMs,
      stalledInterval: Math.min(lockMs, STALL_CHECK_MS),
      maxStalledCount: MAX_STALLS,
      autorun: false,
    },
  );
  worker.on('completed', (job, result) => {
    if (job.id !== undefined) inHand.delete(job.id);
    if (result.status === 'ok') summary.ok++;
    else summary.failed++;
    options.log?.(`${job.data.relative}: ${result.status === 'ok' ? 'ok' : `${result.code} ${result.reason}`}`);
  });
  worker.on('failed', (job, error) => {
    if (job?.id !== undefined) inHand.delete(job.id);
    options.log?.(`${job?.data.relative ?? '?'}: attempt failed: ${error.message}`);
  });
  // Connection trouble is retried by BullMQ; say so rather than crash on an unhandled 'error'.
  worker.on('error', (error) => options.log?.(`queue ${location.label}: ${error.message}`));

  // Aborted, with the reason, when the worker gives up on the files in hand.
  const leave = new AbortController();
  let closing: Promise<void> | null = null;
  const stop = () => {
    closing ??= worker.close();
    void leaveIfRedisIsGone(location, closing, leave);
  };
  const abandon = () => leave.abort('dropped on a second signal');
  options.signal?.addEventListener('abort', stop, { once: true });
  options.abandon?.addEventListener('abort', abandon, { once: true });
  if (options.abandon?.aborted) abandon();
  else if (options.signal?.aborted) stop();
  const left = new Promise<void>((resolve) => leave.signal.addEventListener('abort', () => resolve(), { once: true }));
  try {
    const ran = closing === null ? worker.run().then(() => (closing ??= worker.close())) : closing;
    await Promise.race([ran, left]);
  } finally {
    options.signal?.removeEventListener('abort', stop);
    options.abandon?.removeEventListener('abort', abandon);
    if (leave.signal.aborted) {
      summary.leftBecause = String(leave.signal.reason);
      summary.left = [...inHand.values()].sort();
      // The files' locks are no longer renewed: another worker's stalled-job check takes each once its lock lapses.
      await closeWithin({ close: () => worker.close(true), disconnect: () => worker.disconnect() }, RELEASE_MS);
    }
    await files.close(leave.signal.aborted);
  }
  return summary;
}

/** From a stop on, until the worker has closed: leave the files in hand once Redis stops answering. */
async function leaveIfRedisIsGone(location: QueueLocation, closing: Promise<void>, leave: AbortController): Promise<void> {
  let closed = false;
  void closing.finally(() => (closed = true)).catch(() => undefined);
  for (let misses = 0; !closed && !leave.signal.aborted; ) {
    misses = (await redisAnswers(location, ANSWER_MS)) ? 0 : misses + 1;
    if (closed || leave.signal.aborted) return;
    if (misses >= MISSES_TO_LEAVE) {
      leave.abort(`Redis at ${location.label} does not answer`);
      return;
    }
    await Promise.race([closing.catch(() => undefined), sleep(PROBE_EVERY_MS, undefined, { ref: false })]);
  }
}

/** The pipeline side of a worker: one OCR pool for all its jobs, made when the first scan arrives. */
class FileWorker {
  #pool: OcrPool | null = null;

  /** This worker's resume key per output options (restore, dpi, readBy), computed once each. */
  readonly #keys = new Map<string, Promise<string>>();

  constructor(
    private readonly process: Processor,
    private readonly engine: EngineKind | undefined,
  ) {}

  #keyFor(options: OutputOptions): Promise<string> {
    const id = `${options.restore}/${options.dpi}/${options.readBy}`;
    let key = this.#keys.get(id);
    if (!key) this.#keys.set(id, (key = resumeKey(options, { engine: this.engine?.identity })));
    return key;
  }

  async run(job: Job<JobData, JobResult>): Promise<JobResult> {
    const data = decodeJobData(job.data);
    // Thrown, not returned: another worker (with the right version) may take the retry.
    const key = await this.#keyFor({ restore: data.restore, dpi: data.dpi, readBy: data.readBy });
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
        { pool, restore: data.restore, dpi: data.dpi, readBy: data.readBy, sha256: fp.sha256 },
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
