// Distributed batch benchmark: the same generated text archive through a local
// batch, then through `vnplan batch --queue` with 1 and with 2 `vnplan worker`
// processes, on a throw-away redis-server. Prints files/min and the ratios.
//   npx tsx scripts/bench-queue.ts [-- --texts 200 --worker-concurrency 1]
// Workers are started and warmed up (a few files of their own) before each
// timed run, so the figures are steady-state throughput, not start-up.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { runBatch, type BatchSummary } from '../src/batch/index.js';
import { runQueuedBatch } from '../src/queue/index.js';
import { RedisServer } from './lib/redis-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    texts: { type: 'string', default: '200' },
    'worker-concurrency': { type: 'string', default: '1' },
  },
});
const texts = Number(args.texts);
const workerConcurrency = Number(args['worker-concurrency']);

/** `count` variants of the samples, each its own content; `tag` keeps archives apart (no shared job ids). */
async function archive(dir: string, count: number, tag: string): Promise<string> {
  const sampleDir = join(root, 'fixtures/samples');
  const samples = await Promise.all(
    (await readdir(sampleDir)).filter((n) => n.endsWith('.txt')).sort().map((n) => readFile(join(sampleDir, n), 'utf8')),
  );
  const folder = join(dir, tag);
  for (let i = 0; i < count; i++) {
    const path = join(folder, String(Math.floor(i / 50)), `Kế hoạch ${String(i).padStart(4, '0')}.txt`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${samples[i % samples.length]}\nBản sao ${tag} số ${i}\n`);
  }
  return folder;
}

function startWorkers(n: number, url: string): ChildProcess[] {
  return Array.from({ length: n }, () =>
    spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'worker', '--queue', url, '--concurrency', String(workerConcurrency)], {
      cwd: root,
      stdio: 'ignore',
    }),
  );
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map((w) => new Promise<void>((done) => {
      w.once('close', () => done());
      w.kill('SIGINT');
    })),
  );
}

function rate(summary: BatchSummary): number {
  return (summary.ok / summary.seconds) * 60;
}

const work = await mkdtemp(join(tmpdir(), 'vnplan-bench-queue-'));
const redis = await RedisServer.start();
try {
  const results: { run: string; summary: BatchSummary }[] = [];
  const local = await runBatch({ inputDir: await archive(work, texts, 'local'), outDir: join(work, 'out-local'), concurrency: 2 });
  results.push({ run: 'local batch, --concurrency 2', summary: local });
  for (const n of [1, 2]) {
    const client = new Redis(redis.port, '127.0.0.1');
    await client.flushall();
    client.disconnect();
    const workers = startWorkers(n, redis.url);
    try {
      // Warm-up: every worker loads its dictionaries before the clock starts.
      await runQueuedBatch({ inputDir: await archive(work, 4 * n * workerConcurrency, `warm${n}`), outDir: join(work, `out-warm${n}`), queue: redis.url });
      const summary = await runQueuedBatch({ inputDir: await archive(work, texts, `queued${n}`), outDir: join(work, `out-queued${n}`), queue: redis.url });
      results.push({ run: `--queue, ${n} worker process${n > 1 ? 'es' : ''} (--concurrency ${workerConcurrency})`, summary });
    } finally {
      await stopWorkers(workers);
    }
  }
  const base = rate(results[1]!.summary);
  console.log(`${texts} text files; ${process.env.HOSTNAME ?? ''} load average ${(await readFile('/proc/loadavg', 'utf8').catch(() => '?')).split(' ').slice(0, 3).join(' ')}`);
  console.log('| run | ok | failed | s | files/min | vs 1 worker |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { run, summary } of results) {
    console.log(`| ${run} | ${summary.ok} | ${summary.failed.length} | ${summary.seconds.toFixed(1)} | ${rate(summary).toFixed(0)} | ${(rate(summary) / base).toFixed(2)} |`);
  }
} finally {
  await redis.stop();
  await rm(work, { recursive: true, force: true });
}
