// `vnplan batch DIR --out OUT …`: argument parsing, Ctrl-C handling and the
// exit code around runBatch (src/batch). Exit codes: 0 every input ok or
// skipped, 1 some input failed (listed in the summary), 2 usage error, 130
// interrupted.
import { stat } from 'node:fs/promises';
import { isVnplanError, VnplanError } from '../errors.js';
import { parseCommandArgs, parseDpi } from './options.js';
import { BatchProgress, formatSummary, runBatch, type BatchSummary, type Processor } from '../batch/index.js';
import { DEFAULT_QUEUED_FILES, parseQueueUrl, runQueuedBatch } from '../queue/index.js';
import { EXIT } from './exit-codes.js';
import { OCR_ENGINE_HELP, ocrEngineOf } from './ocr-engine.js';
import { READ_BY_HELP, readByOf } from './read-by.js';
import type { ReadBy } from '../types.js';

const USAGE =
  'usage: vnplan batch DIR --out OUT [--concurrency N] [--force] [--include GLOB]… [--exclude GLOB]… [--no-restore] [--dpi N] [--pdf] [--ocr-engine NAME] [--read-by WHO] [--queue redis://HOST:PORT[/DB]]';

const HELP = `${USAGE}

  Every file under DIR (recursively; hidden files, OUT, and output folders of
  other runs — those holding a manifest.jsonl — excepted) whose content is
  text, PDF, PNG, JPEG, TIFF or WebP goes to OUT/<relative path without
  extension>.json (the plan record) and .txt (the restored text); files of one
  folder whose names differ only by extension keep it (x.pdf.json).
  OUT/manifest.jsonl gets one line per input, OUT/summary.csv one row per document.

  --out, -o DIR          output folder (required)
  --concurrency, -c N    files processed at once (default: number of cores)
  --force                redo every input; by default a re-run skips inputs
                         unchanged since an ok run, and retries failed ones
  --include GLOB         only inputs matching GLOB (repeatable; *.pdf matches at any depth)
  --exclude GLOB         leave out inputs matching GLOB (repeatable)
  --no-restore           extract from the text as it is
  --dpi N                rasterisation resolution of image-only PDF pages (default 300)
  --pdf                  also OUT/<name>.pdf for PDF and image inputs: the pages
                         as scanned under an invisible layer of the restored text
  ${OCR_ENGINE_HELP}
  ${READ_BY_HELP}
  --queue URL            redis://HOST:PORT[/DB]: hand the files to \`vnplan worker\`s
                         through this Redis instead of reading them here; this
                         command still writes every output. --concurrency is then
                         the files queued at once (default ${DEFAULT_QUEUED_FILES}).
  OUT/index.html is the review page (vnplan review OUT --serve to correct).

  OUT may not be DIR (under any name) nor hold inputs; symbolic links inside
  DIR are followed, loops, dangling links and links out of DIR are listed as
  failed. A re-run skips an input when it, the code, dictionaries/, the OCR
  engine and model, and the options above are all unchanged.

  Ctrl-C (or SIGTERM) once: take no new file, finish the running ones, write
  summary.csv. Twice: drop the running ones too. A full disk stops the run the
  same way, keeping what is done.
  Exit codes: 0 all inputs ok, 1 some failed (or the run stopped), 2 usage error,
  130 interrupted (143 on SIGTERM).`;

export interface BatchCommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The per-file work (tests slow it down); the real pipeline by default. */
  processFile?: Processor;
}

/** `vnplan batch …`; resolves to the process exit code. */
export async function runBatchCommand(
  argv: string[],
  io: BatchCommandIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const options = await parseBatchArgs(argv);
    if (options === 'help') {
      io.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    let stoppedBy: NodeJS.Signals | null = null;
    // Chosen before the run: a missing native tesseract is a usage error, not a failed file per scan.
    const ocrEngine = await ocrEngineOf(options.ocrEngineName);
    const summary = await withStopSignals(
      'vnplan batch',
      io.stderr,
      (signal, abandon) => {
        const batch = { ...options, signal, abandon, reporter: new BatchProgress({ stream: io.stderr }), ocrEngine };
        return options.queue === undefined ? runBatch({ ...batch, processFile: io.processFile }) : runQueuedBatch({ ...batch, queue: options.queue });
      },
      (name) => (stoppedBy = name),
    );
    io.stdout.write(formatSummary(summary));
    const code = exitCode(summary);
    return code === EXIT.INTERRUPTED && stoppedBy === 'SIGTERM' ? EXIT.TERMINATED : code;
  } catch (error) {
    // Bad flags, a missing DIR, an OUT that is DIR or holds it, or is locked by another run.
    if (!isVnplanError(error) || (error.code !== 'USAGE' && error.code !== 'OUTPUT_CONFLICT')) throw error;
    io.stderr.write(`vnplan batch: ${error.message}\n${USAGE}\n`);
    return EXIT.USAGE;
  }
}

export function exitCode(summary: BatchSummary): number {
  if (summary.interrupted) return EXIT.INTERRUPTED;
  return summary.failed.length > 0 || summary.stoppedBy !== null || summary.summaryCsvError !== null || summary.reviewPageError !== null ? EXIT.FAILED : EXIT.OK;
}

interface BatchArgs {
  inputDir: string;
  outDir: string;
  concurrency?: number;
  force: boolean;
  include: string[];
  exclude: string[];
  pdf: boolean;
  restore: boolean;
  dpi?: number;
  queue?: string;
  ocrEngineName?: string;
  readBy: ReadBy | undefined;
}

const BATCH_OPTIONS = {
  out: { type: 'string', short: 'o' },
  concurrency: { type: 'string', short: 'c' },
  force: { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'no-restore': { type: 'boolean' },
  dpi: { type: 'string' },
  queue: { type: 'string' },
  'ocr-engine': { type: 'string' },
  'read-by': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  pdf: { type: 'boolean' },
} as const;

async function parseBatchArgs(argv: string[]): Promise<BatchArgs | 'help'> {
  const { values, positionals } = parseCommandArgs(argv, BATCH_OPTIONS);
  if (values.help) return 'help';
  const [inputDir, ...extra] = positionals;
  if (inputDir === undefined) throw new VnplanError('USAGE', null, 'DIR is missing');
  if (extra.length > 0) throw new VnplanError('USAGE', null, `one DIR at a time (got ${positionals.join(', ')})`);
  if (values.out === undefined) throw new VnplanError('USAGE', null, '--out OUT is required');
  const info = await stat(inputDir).catch(() => null);
  if (!info?.isDirectory()) throw new VnplanError('USAGE', inputDir, 'no such folder');
  // Checked here, so a mistyped URL is a usage error before any work.
  if (values.queue !== undefined) parseQueueUrl(values.queue);
  return {
    inputDir,
    outDir: values.out,
    concurrency: values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency),
    force: values.force === true,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    pdf: values.pdf === true,
    restore: values['no-restore'] !== true,
    dpi: parseDpi(values.dpi),
    queue: values.queue,
    ocrEngineName: values['ocr-engine'],
    readBy: readByOf(values['read-by']),
  };
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new VnplanError('USAGE', null, `--concurrency takes a whole number from 1 to 256 (got "${value}")`);
  }
  return n;
}

/**
 * Run `work` with SIGINT (Ctrl-C) and SIGTERM (what systemd and Docker send)
 * turned into two signals: the first stops taking new files, the second
 * abandons the running ones. Either way the lock is released and summary.csv
 * written. The default handlers (kill) are back once the work is over.
 */
export async function withStopSignals<T>(
  command: string,
  stderr: NodeJS.WritableStream,
  work: (signal: AbortSignal, abandon: AbortSignal) => Promise<T>,
  received: (name: NodeJS.Signals) => void,
): Promise<T> {
  const stop = new AbortController();
  const abandon = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (!stop.signal.aborted) {
      received(name);
      stderr.write(`\n${command}: ${name} — stopping; running files finish (${name === 'SIGINT' ? 'Ctrl-C' : name} again to drop them)\n`);
      stop.abort();
    } else {
      stderr.write(`\n${command}: dropping running files\n`);
      abandon.abort();
    }
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const name of signals) process.on(name, onSignal);
  try {
    return await work(stop.signal, abandon.signal);
  } finally {
    for (const name of signals) process.off(name, onSignal);
  }
}
