// `vnplan worker --queue redis://HOST:PORT[/DB] [--concurrency N] [--lock-seconds N]`:
// runs the files a `vnplan batch --queue` coordinator enqueues until stopped.
// Ctrl-C once: take no new file, finish the running ones; twice, or once with
// Redis not answering: drop them (they go to another worker after
// --lock-seconds), name them, and exit 130 (143 on SIGTERM).
import { isVnplanError, VnplanError } from '../errors.js';
import type { Processor } from '../batch/index.js';
import { DEFAULT_LOCK_MS, runWorker, type WorkerSummary } from '../queue/index.js';
import { withStopSignals } from './batch.js';
import { EXIT } from './exit-codes.js';
import { parseCommandArgs } from './options.js';
import { OCR_ENGINE_HELP, ocrEngineOf } from './ocr-engine.js';

const USAGE = 'usage: vnplan worker --queue redis://HOST:PORT[/DB] [--concurrency N] [--lock-seconds N] [--ocr-engine NAME]';

const HELP = `${USAGE}

  Takes files from the queue a \`vnplan batch DIR --out OUT --queue URL\`
  coordinator fills, runs the pipeline on each and returns the record and the
  text through the queue; the coordinator writes OUT. Reads each file at the
  path the coordinator saw it: mount the archive at the same path everywhere.
  Runs until stopped; one line per file on stderr.

  --queue URL            the coordinator's redis://HOST:PORT[/DB] (required)
  --concurrency, -c N    files at once, sharing one OCR pool (default: number of cores)
  --lock-seconds N       a file whose worker stops answering for this long is
                         handed to another worker (default ${DEFAULT_LOCK_MS / 1000})
  ${OCR_ENGINE_HELP}
                         The coordinator must be given the same engine.

  Ctrl-C (or SIGTERM) once: take no new file, finish the running ones, exit 0.
  Twice, or once while Redis does not answer: drop them (another worker takes
  each once its lock lapses), name them, exit 130 (143 on SIGTERM).`;

export interface WorkerCommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The per-file work (tests slow it down); the real pipeline by default. */
  processFile?: Processor;
}

const WORKER_OPTIONS = {
  queue: { type: 'string' },
  concurrency: { type: 'string', short: 'c' },
  'lock-seconds': { type: 'string' },
  'ocr-engine': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runWorkerCommand(argv: string[], io: WorkerCommandIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    const { values, positionals } = parseCommandArgs(argv, WORKER_OPTIONS);
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length > 0) throw new VnplanError('USAGE', null, `no arguments besides options (got ${positionals.join(', ')})`);
    if (values.queue === undefined) throw new VnplanError('USAGE', null, '--queue URL is required');
    const queue = values.queue;
    const concurrency = values.concurrency === undefined ? undefined : wholeNumber('--concurrency', values.concurrency, 1, 256);
    const lockSeconds = values['lock-seconds'] === undefined ? undefined : wholeNumber('--lock-seconds', values['lock-seconds'], 1, 3600);
    const ocrEngine = await ocrEngineOf(values['ocr-engine']);
    const log = (line: string) => void io.stderr.write(`${line}\n`);
    let stoppedBy: NodeJS.Signals | null = null;
    const summary = await withStopSignals(
      'vnplan worker',
      io.stderr,
      (signal, abandon) =>
        runWorker({
          queue,
          concurrency,
          lockMs: lockSeconds === undefined ? undefined : lockSeconds * 1000,
          signal,
          abandon,
          log,
          ocrEngine,
          processFile: io.processFile,
        }),
      (name) => (stoppedBy = name),
    );
    if (summary.leftBecause !== null) io.stderr.write(`vnplan worker: ${leftMessage(summary, lockSeconds ?? DEFAULT_LOCK_MS / 1000)}\n`);
    io.stdout.write(`Stopped: ${summary.ok} files ok, ${summary.failed} with errors, ${summary.left.length} left unfinished\n`);
    if (summary.leftBecause === null) return EXIT.OK;
    return stoppedBy === 'SIGINT' ? EXIT.INTERRUPTED : EXIT.TERMINATED;
  } catch (error) {
    if (!isVnplanError(error) || error.code !== 'USAGE') throw error;
    io.stderr.write(`vnplan worker: ${error.message}\n${USAGE}\n`);
    return EXIT.USAGE;
  }
}

function leftMessage(summary: WorkerSummary, lockSeconds: number): string {
  const files = summary.left.length === 0 ? 'no file was in hand' : `left ${summary.left.length} unfinished file(s) to another worker, each once its lock lapses (${lockSeconds} s): ${summary.left.join(', ')}`;
  return `stopped without finishing: ${summary.leftBecause}; ${files}`;
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new VnplanError('USAGE', null, `${flag} takes a whole number from ${min} to ${max} (got "${value}")`);
  }
  return n;
}
