// `vnplan worker` (the command: its signals, messages and exit code) as a
// child process the tests can kill -9, with every file slowed down so a kill
// or a stop lands mid-file:
//   node --import tsx test/queue/helpers/worker.ts URL CONCURRENCY LOCK_MS DELAY_MS LOG
// LOG gets `<pid> start <relative>` and `<pid> done <relative>` per file.
import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Processor } from '../../../src/batch/index.js';
import { runWorkerCommand } from '../../../src/cli/worker.js';
import { processFile } from '../../../src/pipeline.js';

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

// --lock-seconds takes whole seconds; the tests' locks are whole seconds too.
const code = await runWorkerCommand(['--queue', queue, '--concurrency', concurrency, '--lock-seconds', String(Number(lockMs) / 1000)], {
  stdout: process.stdout,
  stderr: process.stderr,
  processFile: slowed,
});
// As src/cli/main.ts: a worker that left files in hand must not wait for them.
process.exit(code);
