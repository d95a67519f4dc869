// The distributed batch across machines: workers on two other hosts (network
// namespaces, each behind its own link; see helpers/hosts.ts) reach Redis only
// over the network and read the archive from the shared file system, as
// `vnplan worker` on other machines of an office does. One host's link is then
// cut mid-file, the way a machine drops off the network without dying.
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { QUEUE_NAME, runQueuedBatch } from '../../src/queue/index.js';
import { buildTextArchive } from '../batch/helpers/archive.js';
import { RedisServer, redisInstalled } from '../../scripts/lib/redis-server.js';
import { Hosts, hostsUnavailable, onHost, type Host } from './helpers/hosts.js';
import { expectEachDoneOnce, inputsOf, jobsLeft, outputFiles, spawnWorker, stopWorker, waitFor, workerLog } from './helpers/run.js';

const unavailable = redisInstalled() ? hostsUnavailable() : 'redis-server is not installed';
if (unavailable !== null) console.warn(`multi-host queue tests skipped: ${unavailable}`);

// Two workers start (each loads the pipeline) and a lease expires in each test.
const HOST_TEST_MS = 240_000;

let hosts: Hosts;
let redis: RedisServer;
let scratch: string;
const made: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (unavailable !== null) return;
  hosts = Hosts.create(2);
  redis = await RedisServer.start(hosts.all.map((h) => h.gateway));
  scratch = await mkdtemp(join(tmpdir(), 'vnplan-hosts-'));
  made.push(scratch);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await redis?.stop();
  hosts?.destroy();
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

async function archive(count: number): Promise<string> {
  const dir = await buildTextArchive(count);
  made.push(dir);
  return dir;
}

/** Whether a TCP connection from `host` to `address:port` opens. */
function connects(host: Host, address: string, port: number): boolean {
  const probe = `require('node:net').connect(${port}, '${address}').on('connect', () => process.exit(0)).on('error', () => process.exit(3))`;
  const [command, args] = onHost(host, process.execPath, ['-e', probe]);
  return spawnSync(command, args, { timeout: 20_000 }).status === 0;
}

/** The addresses the queue's workers are connected from, as Redis sees them. */
async function workerAddresses(): Promise<string[]> {
  const queue = new Queue(QUEUE_NAME, { connection: { host: '127.0.0.1', port: redis.port } });
  try {
    return [...new Set((await queue.getWorkers()).map((w) => String(w.addr).replace(/:\d+$/u, '')))].sort();
  } finally {
    await queue.close();
  }
}

describe.skipIf(unavailable !== null)('vnplan worker on other hosts (network namespaces over veth links, a real redis-server)', () => {
  it('runs the batch on two hosts that reach Redis only over their links, and writes the OUT a local batch writes', async () => {
    const [a, b] = hosts.all as [Host, Host];
    // A host's loopback is its own: a worker there cannot reach this machine's Redis but over its link.
    expect(connects(a, '127.0.0.1', redis.port)).toBe(false);
    expect(connects(a, a.gateway, redis.port)).toBe(true);

    const dir = await archive(8);
    const log = join(scratch, 'two-hosts.log');
    const workers = [a, b].map((host) =>
      spawnWorker(children, redis.urlOn(host.gateway), log, { host, concurrency: 1, delayMs: 400 }),
    );
    try {
      await waitFor('a worker on each host', async () => (await workerAddresses()).length === 2);
      expect(await workerAddresses()).toEqual([a.address, b.address].sort());

      const queued = await runQueuedBatch({ inputDir: dir, outDir: join(scratch, 'two-hosts'), queue: redis.url });
      expect([queued.ok, queued.failed.length]).toEqual([8, 0]);
      const local = await runBatch({ inputDir: dir, outDir: join(scratch, 'two-hosts-local'), concurrency: 2 });
      expect([local.ok, local.failed.length]).toEqual([8, 0]);
      const [mine, theirs] = await Promise.all([outputFiles(join(scratch, 'two-hosts-local')), outputFiles(join(scratch, 'two-hosts'))]);
      expect([...theirs.keys()]).toEqual([...mine.keys()]);
      for (const [name, content] of mine) expect(theirs.get(name), name).toBe(content);
    } finally {
      await Promise.all(workers.map((w) => stopWorker(w)));
    }
    const donePids = new Set((await workerLog(log)).filter((e) => e.event === 'done').map((e) => e.pid));
    expect(donePids).toEqual(new Set(workers.map((w) => w.process.pid)));
    expect(await jobsLeft(redis.port)).toBe(0);
  }, HOST_TEST_MS);

  it('hands the file of a host cut off the network to the other host: every file recorded once, the late result refused', async () => {
    const [a, b] = hosts.all as [Host, Host];
    const dir = await archive(8);
    const out = join(scratch, 'cut-link');
    const log = join(scratch, 'cut-link.log');
    const stranded = spawnWorker(children, redis.urlOn(a.gateway), log, { host: a, concurrency: 1, lockMs: 3000, delayMs: 2500 });
    const survivor = spawnWorker(children, redis.urlOn(b.gateway), log, { host: b, concurrency: 1, delayMs: 100 });
    try {
      await waitFor('a worker on each host', async () => (await workerAddresses()).length === 2);
      const batch = runQueuedBatch({ inputDir: dir, outDir: out, queue: redis.url });
      await waitFor('the first host to start a file', async () => (await workerLog(log)).some((e) => e.pid === stranded.process.pid));
      hosts.cut(a);
      const summary = await batch;
      expect([summary.ok, summary.failed.length]).toEqual([8, 0]);
      // The link comes back while the cut host still holds its file: its result must not count twice.
      hosts.mend(a);
      await waitFor('the cut host to finish its file', async () =>
        (await workerLog(log)).some((e) => e.pid === stranded.process.pid && e.event === 'done'),
      );
    } finally {
      hosts.mend(a);
      await Promise.all([stopWorker(stranded), stopWorker(survivor)]);
    }
    const events = await workerLog(log);
    const orphan = events.find((e) => e.pid === stranded.process.pid)!.relative;
    expect(events).toContainEqual({ pid: survivor.process.pid, event: 'done', relative: orphan });
    await expectEachDoneOnce(out, await inputsOf(dir));
    expect(await jobsLeft(redis.port)).toBe(0);
  }, HOST_TEST_MS);
});
