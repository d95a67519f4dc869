// `vnplan worker` as a child process the tests can kill -9, with every file
// slowed down so a kill lands mid-file:
//   node --import tsx test/queue/helpers/worker.ts URL CONCURRENCY LOCK_MS DELAY_MS LOG
// LOG gets `<pid> start <relative>` and `<pid> done <relative>` per file.
import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Processor } from '../../../src/batch/index.js';
import { processFile } from '../../../src/pipeline.js';
import { runWorker } from '../../../src/queue/index.js';

const args = process.argv.slice(2);
if (args.length !== 5) throw new Error('usage: worker.ts URL CONCURRENCY LOCK_MS DELAY_MS LOG');
const [queue, concurrency, lockMs, delayMs, log] = args as [string, string, string, string, string];

const slowed: Processor = async (path, options, input) => {
  appendFileSync(log, `${process.pid} start ${input.relative}\n`);
  const result = await processFile(path, options);
  await sleep(Number(delayMs));
  appendFileSync(log, `${process.pid} done ${input.relative}\n`);
  return result;
};

const stop = new AbortController();
process.once('SIGTERM', () => stop.abort());
await runWorker({ queue, concurrency: Number(concurrency), lockMs: Number(lockMs), processFile: slowed, signal: stop.signal });
