// The distributed batch against a real redis-server started here: the same
// OUT as a local batch; a worker killed mid-file; the coordinator killed and
// re-run; Redis restarted (and gone) mid-run. Workers that must be killable
// run as child processes (test/queue/helpers/worker.ts, the real worker with
// every file slowed down); text fixtures keep the pipeline itself fast.
import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readManifest, runBatch } from '../../src/batch/index.js';
import { isVnplanError } from '../../src/errors.js';
import { fakeEngine } from '../../src/ocr/engines/index.js';
import { runQueuedBatch, runWorker } from '../../src/queue/index.js';
import { PlanRecord } from '../../src/types.js';
import { buildTextArchive } from '../batch/helpers/archive.js';
import { manifestLines, tempFiles } from '../batch/helpers/inspect.js';
import { spawnBatch } from '../batch/helpers/spawn.js';
import { RedisServer, redisInstalled } from '../../scripts/lib/redis-server.js';
import { expectEachDoneOnce, inputsOf, jobsLeft, outputFiles, spawnWorker, stopWorker, waitFor, workerLog, type WorkerChild } from './helpers/run.js';

const hasRedis = redisInstalled();
let redis: RedisServer;
let scratch: string;
const made: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  redis = await RedisServer.start();
  scratch = await mkdtemp(join(tmpdir(), 'vnplan-queue-'));
  made.push(scratch);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await redis?.stop();
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

beforeEach(async () => {
  if (!hasRedis) return;
  const client = new Redis(redis.port, '127.0.0.1');
  await client.flushall();
  client.disconnect();
});

async function archive(count: number): Promise<string> {
  const dir = await buildTextArchive(count);
  made.push(dir);
  return dir;
}

describe.skipIf(!hasRedis)('vnplan batch --queue (BullMQ on a real redis-server)', () => {
  it('writes the same outputs, manifest and summary.csv as a local batch, and a re-run resumes', async () => {
    const dir = await archive(6);
    // Same content at a second path: one job, two records each naming its own file.
    await mkdir(join(dir, 'dup'));
    await copyFile(join(dir, '0/bản sao 000.txt'), join(dir, 'dup/cùng nội dung.txt'));
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken/empty.txt'), '');
    await writeFile(join(dir, 'broken/blob.bin'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const local = join(scratch, 'same-local');
    const queued = join(scratch, 'same-queued');

    const expected = await runBatch({ inputDir: dir, outDir: local, concurrency: 2 });
    const stop = new AbortController();
    const worker = runWorker({ queue: redis.url, concurrency: 2, signal: stop.signal });
    try {
      const got = await runQueuedBatch({ inputDir: dir, outDir: queued, queue: redis.url });
      expect([got.ok, got.skipped, got.failed.length]).toEqual([7, 0, 2]);
      expect([got.ok, got.failed.length]).toEqual([expected.ok, expected.failed.length]);
      expect(got.failed).toEqual(expect.arrayContaining(expected.failed));

      const [a, b] = await Promise.all([outputFiles(local), outputFiles(queued)]);
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [name, content] of a) expect(b.get(name), name).toBe(content);
      expect(JSON.parse(b.get('dup/cùng nội dung.json')!).sample).toBe('cùng nội dung.txt');

      const timeless = (m: Map<string, unknown>) =>
        new Map([...m].map(([k, e]) => [k, { ...(e as object), seconds: 0, finishedAt: '' }]));
      expect(timeless(await readManifest(join(queued, 'manifest.jsonl')))).toEqual(
        timeless(await readManifest(join(local, 'manifest.jsonl'))),
      );

      const again = await runQueuedBatch({ inputDir: dir, outDir: queued, queue: redis.url });
      expect([again.ok, again.skipped, again.failed.length]).toEqual([0, 7, 2]);
      expect(await jobsLeft(redis.port)).toBe(0);
    } finally {
      stop.abort();
      await worker;
    }
  });

  it('carries --read-by to the workers: their resume key and restoration are the coordinator\'s', async () => {
    // Tesseract's Vietnamese model read this text's `Tổ chức` as `Tố chức` (test/cli/cli.test.ts, vnplan --read-by)
    const dir = await mkdtemp(join(tmpdir(), 'vnplan-queue-read-by-'));
    made.push(dir);
    await copyFile(join(import.meta.dirname, '../../fixtures/outside/party-2026f/vie-ocr/245_hnd-tinh-hanam-hoithi-2021.txt'), join(dir, '245.txt'));
    const local = join(scratch, 'read-by-local');
    const queued = join(scratch, 'read-by-queued');
    await runBatch({ inputDir: dir, outDir: local, readBy: 'vie-ocr' });
    const stop = new AbortController();
    const worker = runWorker({ queue: redis.url, signal: stop.signal });
    try {
      const got = await runQueuedBatch({ inputDir: dir, outDir: queued, queue: redis.url, readBy: 'vie-ocr' });
      expect([got.ok, got.failed.length]).toEqual([1, 0]);
      const [a, b] = await Promise.all([outputFiles(local), outputFiles(queued)]);
      expect(b.get('245.txt')).toBe(a.get('245.txt'));
      expect(b.get('245.txt')!.split('\n')).toContain('Tổ chức Hội thi Nhà nông đua tài tỉnh Hà Nam năm 2022');
    } finally {
      stop.abort();
      await worker;
    }
  });

  it('hands the file of a worker killed with -9 to another worker: every file recorded exactly once', async () => {
    const dir = await archive(8);
    const out = join(scratch, 'kill-worker');
    const log = join(scratch, 'kill-worker.log');
    const doomed = spawnWorker(children, redis.url, log, { concurrency: 1, lockMs: 5000, delayMs: 1500 });
    const batch = runQueuedBatch({ inputDir: dir, outDir: out, queue: redis.url });
    await waitFor('the first worker to start a file', async () => (await workerLog(log)).some((e) => e.pid === doomed.process.pid));
    doomed.process.kill('SIGKILL');
    await doomed.exited;
    const heir = spawnWorker(children, redis.url, log, { concurrency: 2, delayMs: 100 });
    try {
      const summary = await batch;
      expect([summary.ok, summary.failed.length]).toEqual([8, 0]);
    } finally {
      await stopWorker(heir);
    }
    const events = await workerLog(log);
    const orphan = events.find((e) => e.pid === doomed.process.pid)!.relative;
    expect(events.filter((e) => e.pid === doomed.process.pid && e.event === 'done')).toEqual([]);
    expect(events).toContainEqual({ pid: heir.process.pid, event: 'start', relative: orphan });
    expect(events).toContainEqual({ pid: heir.process.pid, event: 'done', relative: orphan });
    // A queue with leases runs a file at least once (a worker too busy to renew
    // its lock in time loses the file to the next one); what counts is that the
    // batch records each exactly once.
    expect(new Set(events.filter((e) => e.event === 'done').map((e) => e.relative))).toEqual(new Set(await inputsOf(dir)));
    await expectEachDoneOnce(out, await inputsOf(dir));
    expect(await jobsLeft(redis.port)).toBe(0);
  });

  it('loses and duplicates nothing when the coordinator is killed with -9 and run again', async () => {
    const dir = await archive(12);
    const out = join(scratch, 'kill-coordinator');
    const worker = spawnWorker(children, redis.url, join(scratch, 'kill-coordinator.log'), { concurrency: 2, delayMs: 300 });
    try {
      // src/ under tsx, as the workers run it: the same resume key
      const first = spawnBatch('main', [dir, '--out', out, '--queue', redis.url], {}, 'src');
      children.push(first.process);
      await waitFor('three recorded files', async () => (await readManifest(join(out, 'manifest.jsonl'))).size >= 3);
      first.process.kill('SIGKILL');
      await first.exited;
      const second = await spawnBatch('main', [dir, '--out', out, '--queue', redis.url], {}, 'src').exited;
      expect(second.code, second.stdout + second.stderr).toBe(0);
    } finally {
      await stopWorker(worker);
    }
    await expectEachDoneOnce(out, await inputsOf(dir));
    const csv = await readFile(join(out, 'summary.csv'), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(13);
    expect(await jobsLeft(redis.port)).toBe(0);
  });

  it('finishes the run when Redis restarts empty mid-run', async () => {
    const dir = await archive(10);
    const out = join(scratch, 'redis-restart');
    const worker = spawnWorker(children, redis.url, join(scratch, 'redis-restart.log'), { concurrency: 2, delayMs: 400 });
    try {
      const batch = runQueuedBatch({ inputDir: dir, outDir: out, queue: redis.url });
      await waitFor('two recorded files', async () => (await readManifest(join(out, 'manifest.jsonl'))).size >= 2);
      await redis.restart();
      const summary = await batch;
      expect([summary.ok, summary.failed.length]).toEqual([10, 0]);
    } finally {
      await stopWorker(worker);
    }
    await expectEachDoneOnce(out, await inputsOf(dir));
  });

  it('stops with a clear error when Redis is gone, leaves OUT whole, and a re-run finishes', async () => {
    const dir = await archive(8);
    const out = join(scratch, 'redis-gone');
    const worker = spawnWorker(children, redis.url, join(scratch, 'redis-gone.log'), { concurrency: 1, delayMs: 500 });
    try {
      const batch = runQueuedBatch({ inputDir: dir, outDir: out, queue: redis.url, unreachableMs: 2_000 });
      await waitFor('a recorded file', async () => (await readManifest(join(out, 'manifest.jsonl'))).size >= 1);
      await redis.stop();
      const error: unknown = await batch.then(() => null, (e: unknown) => e);
      expect(isVnplanError(error) && error.code).toBe('QUEUE_UNAVAILABLE');
      expect(String(error)).toMatch(/Redis has not answered .* re-run to resume/);
      const recorded = await manifestLines(out);
      expect(recorded.length).toBeLessThan(8);
      for (const line of recorded) {
        expect(line.status).toBe('ok');
        PlanRecord.parse(JSON.parse(await readFile(join(out, line.json!), 'utf8')));
      }
      expect(await tempFiles(out)).toEqual([]);

      await redis.start();
      const rerun = await runQueuedBatch({ inputDir: dir, outDir: out, queue: redis.url });
      expect([rerun.ok + rerun.skipped, rerun.failed.length]).toEqual([8, 0]);
    } finally {
      await redis.start().catch(() => undefined);
      await stopWorker(worker);
    }
    await expectEachDoneOnce(out, await inputsOf(dir));
  });

  it('a worker told to stop while Redis is gone leaves its file in hand to another worker and exits 143, naming it', async () => {
    const dir = await archive(3);
    const out = join(scratch, 'worker-stopped-redis-gone');
    const log = join(scratch, 'worker-stopped-redis-gone.log');
    // Its file would take a minute: a worker that waited for it would log it done.
    const stranded = spawnWorker(children, redis.url, log, { concurrency: 1, lockMs: 5000, delayMs: 60_000 });
    const batch = runQueuedBatch({ inputDir: dir, outDir: out, queue: redis.url });
    batch.catch(() => undefined); // awaited below; a failed expectation before that must not leave it unhandled
    let heir: WorkerChild | null = null;
    try {
      await waitFor('the worker to start a file', async () => (await workerLog(log)).some((e) => e.pid === stranded.process.pid));
      await redis.stop();
      stranded.process.kill('SIGTERM');
      const exit = (await stranded.exited) as { code: number | null; signal: string | null; stderr: string };
      const inHand = (await workerLog(log)).find((e) => e.pid === stranded.process.pid)!.relative;
      expect([exit.code, exit.signal], exit.stderr).toEqual([143, null]);
      expect(exit.stderr).toContain(
        `vnplan worker: stopped without finishing: Redis at ${redis.url} does not answer; left 1 unfinished file(s) to another worker, each once its lock lapses (5 s): ${inHand}\n`,
      );
      expect((await workerLog(log)).filter((e) => e.event === 'done')).toEqual([]);

      // Redis back (empty: the coordinator queues its files again), and another worker does them all.
      await redis.start();
      heir = spawnWorker(children, redis.url, log, { concurrency: 2, delayMs: 100 });
      const summary = await batch;
      expect([summary.ok, summary.failed.length]).toEqual([3, 0]);
    } finally {
      await redis.start().catch(() => undefined);
      if (heir) await stopWorker(heir);
    }
    await expectEachDoneOnce(out, await inputsOf(dir));
    expect(await jobsLeft(redis.port)).toBe(0);
  });

  it('records a job that fails every attempt as failed, with the reason (a worker on another OCR engine refuses it)', async () => {
    const dir = await archive(2);
    const stop = new AbortController();
    const worker = runWorker({ queue: redis.url, concurrency: 2, signal: stop.signal, ocrEngine: fakeEngine() });
    try {
      const summary = await runQueuedBatch({ inputDir: dir, outDir: join(scratch, 'refused'), queue: redis.url, attempts: 2 });
      expect(summary.ok).toBe(0);
      expect(summary.failed).toHaveLength(2);
      for (const failed of summary.failed) {
        expect(failed.code).toBe('JOB_FAILED');
        expect(failed.error).toMatch(/failed on every attempt \(2\): this worker runs pipeline .* \(OCR engine fake 1\), the batch wants/);
        expect(failed.error).toContain(join(dir, failed.path));
      }
      expect(await jobsLeft(redis.port)).toBe(0);
    } finally {
      stop.abort();
      await worker;
    }
  });

  it('refuses to start when Redis cannot be reached', async () => {
    const dir = await archive(1);
    const error: unknown = await runQueuedBatch({ inputDir: dir, outDir: join(scratch, 'nowhere'), queue: 'redis://127.0.0.1:1' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isVnplanError(error) && error.code).toBe('QUEUE_UNAVAILABLE');
    expect(String(error)).toMatch(/redis:\/\/127\.0\.0\.1:1.*cannot reach Redis/);
  });
});
