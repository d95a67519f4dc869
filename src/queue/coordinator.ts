// `vnplan batch DIR --out OUT --queue redis://…`: the local batch (src/batch)
// with its per-file work done by `vnplan worker`s instead of in this process.
// Everything else is the local batch's own code — the walk, the manifest and
// what it says is done, the atomic outputs, summary.csv, progress, Ctrl-C —
// so OUT has one writer and the same guarantees.
//
// Each file becomes one job whose id is its content hash + the resume key:
// enqueueing it again (a re-run after a crash, two paths with the same
// content) finds the job already there. Results are collected by polling the
// queue's finished jobs; a job is removed once its result is taken, so a
// coordinator killed before recording it finds the job again (or, if it was
// removed, redoes the file). Every few seconds the jobs still awaited are
// looked up one by one: one that finished is taken, one that is gone (Redis
// restarted without persistence) is enqueued again. Redis unreachable for
// longer than `unreachableMs` stops the run as a second Ctrl-C would: nothing
// half-written, the manifest true, a re-run resumes.
//
// One coordinator per queue (per Redis database): it also clears finished jobs
// nobody awaits at the end of a complete run.
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Queue, type Job } from 'bullmq';
import { runBatch, type BatchOptions, type BatchSummary, type ProcessorInput } from '../batch/index.js';
import { DEFAULT_DPI } from '../ocr/index.js';
import type { ProcessedFile, ProcessOptions } from '../pipeline.js';
import { VnplanError } from '../errors.js';
import { decodeResult, jobId, type JobData, type JobResult } from './codec.js';
import { closeWithin, parseQueueUrl, QUEUE_NAME, withTimeout, type QueueLocation } from './connection.js';

export interface QueuedBatchOptions extends Omit<BatchOptions, 'processFile'> {
  /** redis://HOST:PORT[/DB] */
  queue: string;
  /** Redis unanswering this long stops the run with QUEUE_UNAVAILABLE (default 60 s). */
  unreachableMs?: number;
  /** Attempts of a job that throws (a worker refusing it); stalls are counted by the workers. */
  attempts?: number;
}

/** Files queued and awaited at once (`--concurrency` of a queued batch): enough to keep many workers fed. */
export const DEFAULT_QUEUED_FILES = 256;
const DEFAULT_UNREACHABLE_MS = 60_000;
const CONNECT_MS = 5_000;
const POLL_MS = 200;
const SWEEP_MS = 2_000;
const FINISHED_PAGE = 1_000;

export async function runQueuedBatch(options: QueuedBatchOptions): Promise<BatchSummary> {
  const location = parseQueueUrl(options.queue);
  const jobs = await JobTracker.connect(location, options.unreachableMs ?? DEFAULT_UNREACHABLE_MS, options.attempts ?? 3);
  const abandon = options.abandon ? AbortSignal.any([options.abandon, jobs.lost]) : jobs.lost;
  // Every file in flight listens for it, and hundreds are in flight by design.
  setMaxListeners(0, abandon);
  try {
    const summary = await runBatch({
      ...options,
      concurrency: options.concurrency ?? DEFAULT_QUEUED_FILES,
      abandon,
      processFile: (path, processOptions, input) => jobs.process(path, processOptions, input),
    });
    if (jobs.lost.aborted) throw jobs.lost.reason;
    if (!summary.interrupted) await jobs.clearFinished();
    return summary;
  } finally {
    await jobs.close();
  }
}

interface Waiter {
  path: string;
  resolve(processed: ProcessedFile): void;
  reject(error: unknown): void;
}

interface Awaited {
  data: JobData;
  waiters: Waiter[];
}

type Outcome = { result: unknown } | { failedReason: string; attempts: number };

class JobTracker {
  readonly #awaited = new Map<string, Awaited>();
  readonly #lost = new AbortController();
  #lastAnswer = performance.now();
  #nextSweep = 0;
  #timer: NodeJS.Timeout | null = null;
  #closed = false;

  private constructor(
    private readonly queue: Queue<JobData, JobResult>,
    private readonly location: QueueLocation,
    private readonly unreachableMs: number,
    private readonly attempts: number,
  ) {
    this.#schedule();
  }

  static async connect(location: QueueLocation, unreachableMs: number, attempts: number): Promise<JobTracker> {
    // One retry per command: a poll fails fast while Redis is away and the
    // tracker, not ioredis, decides when it has been away too long.
    const queue = new Queue<JobData, JobResult>(QUEUE_NAME, { connection: { ...location.redis, maxRetriesPerRequest: 1 } });
    // A refused or unresolvable first connection fails at once; later trouble surfaces through the commands.
    const refused = new Promise<never>((_, reject) => queue.once('error', reject));
    queue.on('error', () => undefined);
    try {
      await withTimeout(Promise.race([queue.waitUntilReady(), refused]), CONNECT_MS, 'no answer');
    } catch (error) {
      await closeWithin(queue, 1_000);
      throw new VnplanError('QUEUE_UNAVAILABLE', location.label, `cannot reach Redis (${message(error)})`);
    }
    return new JobTracker(queue, location, unreachableMs, attempts);
  }

  /** Aborted when Redis has not answered for `unreachableMs`; its reason is the error to report. */
  get lost(): AbortSignal {
    return this.#lost.signal;
  }

  process(path: string, options: ProcessOptions, input: ProcessorInput): Promise<ProcessedFile> {
    const id = jobId(input.sha256, input.resumeKey);
    return new Promise<ProcessedFile>((resolve, reject) => {
      const known = this.#awaited.get(id);
      if (known) {
        known.waiters.push({ path, resolve, reject });
        return;
      }
      const data: JobData = { path, relative: input.relative, sha256: input.sha256, size: input.size, resumeKey: input.resumeKey, restore: options.restore ?? true, dpi: options.dpi ?? DEFAULT_DPI, readBy: options.readBy };
      this.#awaited.set(id, { data, waiters: [{ path, resolve, reject }] });
      void this.#enqueue(id, data);
    });
  }

  /** Finished jobs nobody awaits (their files were recorded by a run that died before removing them). */
  async clearFinished(): Promise<void> {
    await Promise.all([this.queue.clean(0, 0, 'completed'), this.queue.clean(0, 0, 'failed')]).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    await closeWithin(this.queue, 2_000);
  }

  async #enqueue(id: string, data: JobData): Promise<void> {
    try {
      await this.queue.add('file', data, {
        jobId: id,
        attempts: this.attempts,
        backoff: { type: 'exponential', delay: 1_000 },
      });
    } catch {
      // Redis away: the sweep enqueues it again once it answers.
    }
  }

  #schedule(): void {
    if (this.#closed) return;
    this.#timer = setTimeout(() => void this.#poll().finally(() => this.#schedule()), POLL_MS);
  }

  async #poll(): Promise<void> {
    if (this.#awaited.size === 0) {
      this.#lastAnswer = performance.now();
      return;
    }
    try {
      const [completed, failed] = await Promise.all([
        this.queue.getJobs(['completed'], 0, FINISHED_PAGE - 1),
        this.queue.getJobs(['failed'], 0, FINISHED_PAGE - 1),
      ]);
      for (const job of completed) await this.#take(job, { result: job.returnvalue });
      for (const job of failed) await this.#take(job, { failedReason: job.failedReason, attempts: job.attemptsMade });
      if (performance.now() >= this.#nextSweep) {
        await this.#sweep();
        this.#nextSweep = performance.now() + SWEEP_MS;
      }
      this.#lastAnswer = performance.now();
    } catch (error) {
      const silent = performance.now() - this.#lastAnswer;
      if (silent > this.unreachableMs && !this.#lost.signal.aborted) {
        this.#lost.abort(
          new VnplanError(
            'QUEUE_UNAVAILABLE',
            this.location.label,
            `Redis has not answered for ${Math.round(silent / 1000)} s (${message(error)}); stopped — the files in the manifest are done, re-run to resume`,
          ),
        );
      }
    }
  }

  /** Every awaited job looked up: a finished one taken, a vanished one enqueued again. */
  async #sweep(): Promise<void> {
    for (const [id, awaited] of [...this.#awaited]) {
      const state = await this.queue.getJobState(id);
      if (state === 'unknown') await this.#enqueue(id, awaited.data);
      else if (state === 'completed' || state === 'failed') {
        const job = await this.queue.getJob(id);
        if (job) await this.#take(job, state === 'completed' ? { result: job.returnvalue } : { failedReason: job.failedReason, attempts: job.attemptsMade });
      }
    }
  }

  async #take(job: Job<JobData, JobResult>, outcome: Outcome): Promise<void> {
    const id = job.id;
    const awaited = id === undefined ? undefined : this.#awaited.get(id);
    if (id === undefined || awaited === undefined) return;
    this.#awaited.delete(id);
    for (const waiter of awaited.waiters) {
      try {
        if ('failedReason' in outcome) {
          throw new VnplanError('JOB_FAILED', waiter.path, `failed on every attempt (${outcome.attempts}): ${outcome.failedReason}`);
        }
        waiter.resolve(decodeResult(outcome.result, awaited.data.path, waiter.path));
      } catch (error) {
        waiter.reject(error);
      }
    }
    // After the waiters have it: a coordinator killed before its manifest line redoes the file, never loses it.
    await job.remove().catch(() => undefined);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
