#!/usr/bin/env node
// vnplan: the command line. Each subcommand parses its own arguments and
// resolves to an exit code; this file only dispatches and turns errors into
// one clear line on stderr.
import { isVnplanError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import { VERSION } from '../version.js';
import { boundHeapGrowth } from '../heap-growth.js';
import { tuneForColdStarts } from './v8-tuning.js';

const USAGE = `vnplan ${VERSION} — Vietnamese administrative plans (Kế hoạch) to clean text and JSON

Usage:
  vnplan extract FILE [-o OUT.json] [--text OUT.txt] [--pdf OUT.pdf] [--no-restore] [--dpi N] [--ocr-engine NAME] [--read-by WHO]
      Read FILE (text, PDF with or without a text layer, PNG/JPEG/TIFF/WebP
      scan), OCR what needs it, restore the Vietnamese text and print the plan
      record as JSON (or write it to OUT.json; - is stdout). --text also writes
      the text; --pdf a searchable PDF (the page images under an invisible text
      layer). An output that is FILE itself (or a link to it) is refused.
      --ocr-engine auto|tesseract.js|tesseract: who reads scans (default
      tesseract.js; tesseract = the native CLI ≥ 5; auto = native when found).
      --read-by auto|vie-ocr: what read a text FILE (or a text layer) before
      vnplan: vie-ocr = Tesseract's Vietnamese model, whose misreadings (a hook
      read as an acute: Tố chức) restoration then weighs; default auto.
  vnplan restore FILE [-o OUT.txt] [--log OUT.json] [--read-by WHO]
      Print FILE's text with OCR garble and missing diacritics repaired, line
      breaks kept; --log writes the corrections {line, from, to, confidence}.
  vnplan batch DIR --out OUT [--concurrency N] [--force] [--include GLOB] [--exclude GLOB] [--pdf] [--read-by WHO]
      Every supported file under DIR to OUT/<relative path>.json and .txt,
      with OUT/manifest.jsonl, OUT/summary.csv and the review page
      OUT/index.html; resumes by default. --pdf: searchable PDFs of scans too.
      --queue redis://HOST:PORT[/DB] hands the files to workers on other machines.
  vnplan worker --queue redis://HOST:PORT[/DB] [--concurrency N]
      Run the files a \`batch --queue\` coordinator enqueues, until stopped.
  vnplan review OUT [--serve [--port N]] [--open]
      Print the path of a batch's review page; --serve serves it on
      127.0.0.1, where fields are corrected and documents marked checked
      (OUT/<name>.reviewed.json; summary.csv follows).
  vnplan schema
      Print the JSON Schema of the plan record.

Exit codes: 0 success, 1 a file could not be processed, 2 usage error (an output
that is an input included), 130 interrupted, 143 terminated (SIGTERM).`;

// Each command's module is imported when that command runs: importing them all
// (the queue's client, the review server, OCR and PDF libraries) cost a cold
// `vnplan restore` about as much CPU as loading restoration's tables.
const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  extract: async (argv) => (await import('./commands.js')).runExtractCommand(argv),
  restore: async (argv) => (await import('./commands.js')).runRestoreCommand(argv),
  batch: async (argv) => (await import('./batch.js')).runBatchCommand(argv),
  worker: async (argv) => (await import('./worker.js')).runWorkerCommand(argv),
  review: async (argv) => (await import('./review.js')).runReviewCommand(argv),
  schema: async (argv) => (await import('./commands.js')).runSchemaCommand(argv),
};

async function main(argv: string[]): Promise<number> {
  tuneForColdStarts();
  // the process is ours: its heap follows what is live (a 50 MB text's garbage is collected as it comes)
  boundHeapGrowth();
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.OK;
  }
  const run = COMMANDS[command];
  if (run === undefined) {
    process.stderr.write(`vnplan: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT.USAGE;
  }
  try {
    return await run(rest);
  } catch (error) {
    if (isVnplanError(error)) {
      process.stderr.write(`vnplan ${command}: ${error.message}\n`);
      return error.code === 'USAGE' || error.code === 'OUTPUT_CONFLICT' ? EXIT.USAGE : EXIT.FAILED;
    }
    throw error;
  }
}

// A reader that stops early (`vnplan restore BIG | head`) closes the pipe: that
// is the reader's choice, not a failure, so the process ends quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.OK);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    // An interrupted batch has already written a consistent manifest; pages
    // still queued in OCR workers must not keep the process alive.
    if (code === EXIT.INTERRUPTED || code === EXIT.TERMINATED) process.exit(code);
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vnplan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.FAILED;
  },
);
