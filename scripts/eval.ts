// npm run eval [-- --pred-dir DIR] [--no-restore] [--verbose]
// Runs every sample of fixtures/samples through decoding, restoration and
// extraction, writes the records (a temp dir unless --pred-dir), and scores
// them against fixtures/expected as the judge's scorer does, printing the
// same per-document, per-field and overall lines.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile } from '../src/pipeline.js';
import { formatReport, scoreDocument, summarize } from './lib/score-extraction.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const samplesDir = join(root, 'fixtures', 'samples');
const goldDir = join(root, 'fixtures', 'expected');

interface Options {
  predDir: string;
  restore: boolean;
  verbose: boolean;
}

function parseArgs(args: string[]): Options {
  const at = args.indexOf('--pred-dir');
  const predDir = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && predDir === undefined) throw new Error('--pred-dir needs a folder');
  return {
    predDir: predDir ?? mkdtempSync(join(tmpdir(), 'vnplan-eval-')),
    restore: !args.includes('--no-restore'),
    verbose: args.includes('--verbose'),
  };
}

/** One sample through the whole pipeline, as `vnplan extract` runs it; the record's file name. */
async function predict(file: string, options: Options): Promise<string> {
  const { record } = await processFile(join(samplesDir, file), { restore: options.restore });
  const name = `${basename(file, '.txt')}.json`;
  writeFileSync(join(options.predDir, name), `${JSON.stringify(record, null, 2)}\n`);
  return name;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(options.predDir, { recursive: true });
  const samples = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const predictions: string[] = [];
  for (const file of samples) predictions.push(await predict(file, options));
  const golds = readdirSync(goldDir)
    .filter((f) => /^\d{3}.*\.json$/.test(f))
    .sort();
  const documents = golds.map((g) => {
    const key = g.slice(0, 3);
    const gold = JSON.parse(readFileSync(join(goldDir, g), 'utf8')) as Record<string, unknown>;
    const name = predictions.find((p) => p.startsWith(key)) ?? null;
    const pred = name ? (JSON.parse(readFileSync(join(options.predDir, name), 'utf8')) as Record<string, unknown>) : null;
    return scoreDocument(key, gold, pred, name);
  });
  if (options.verbose) for (const d of documents) for (const miss of d.misses) console.log(`  ${miss}`);
  for (const line of formatReport(summarize(documents))) console.log(line);
  // On stderr, so stdout is line for line what the judge's scorer prints.
  console.error(`predictions: ${options.predDir}${options.restore ? '' : ' (without restoration)'}`);
}

await main();
