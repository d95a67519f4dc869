// npx tsx scripts/eval-paper.ts [--root DIR] — the real-paper fixtures
// (fixtures/scans/paper_*) through the whole pipeline: character error of the
// page text before restoration against the printed text, and each header and
// signer field against the paper (right / empty / flagged for review / wrong
// without a flag), and how many right fields the review list sends a person to
// check all the same (`checks`: needless work). `--root` runs another checkout's src/ (an older commit, for
// a before/after figure) on this checkout's fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { flagValue } from './lib/flags.js';
import { judgeFields } from './lib/letter-spec.js';

const ROOT = join(import.meta.dirname, '..');
const SCANS = join(ROOT, 'fixtures/scans');
/** Every page image or PDF the scan maker wrote for real paper (the .txt files are their references). */
const FIXTURES = readdirSync(SCANS).filter((name) => /^paper_.*\.(jpg|pdf)$/.test(name));
/** The fixtures whose number and day are written in by pen (scripts/make-scans.ts). */
const HANDWRITTEN = new Set(['paper_colour.jpg', 'paper_greypen.jpg']);

interface Pipeline {
  processFile(path: string, options: { pool: unknown }): Promise<{ document: { text: string }; record: { review?: { field: string }[] } }>;
}
interface Ocr {
  createOcrPool(options: { workers: number }): { close(): Promise<void> };
}

const code = resolve(flagValue('--root') ?? ROOT);
const { processFile } = (await import(join(code, 'src/pipeline.js'))) as Pipeline;
const { createOcrPool } = (await import(join(code, 'src/ocr/index.js'))) as Ocr;
const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const pool = createOcrPool({ workers: 1 });
const totals = { right: 0, empty: 0, flagged: 0, wrong: 0, checks: 0 };
console.log(`code: ${code}`);
console.log('fixture                 CER     right empty flagged wrong checks');
try {
  for (const name of FIXTURES) {
    // the handwritten number and day are not print: the reference of the pages written on by pen leaves them blank
    const reference = fold(readFileSync(join(SCANS, HANDWRITTEN.has(name) ? 'paper_hand.txt' : 'paper.txt'), 'utf8'));
    const { document, record } = await processFile(join(SCANS, name), { pool });
    const outcome = judgeFields(record, distance);
    const cer = distance(fold(document.text), reference) / reference.length;
    const reviewed = new Set((record.review ?? []).map((r) => r.field));
    const checks = outcome.right.filter((path) => reviewed.has(path.split('.')[0]!));
    for (const key of ['right', 'empty', 'flagged', 'wrong'] as const) totals[key] += outcome[key].length;
    totals.checks += checks.length;
    console.log(
      `${name.padEnd(22)} ${(cer * 100).toFixed(2).padStart(6)} %  ${String(outcome.right.length).padStart(4)} ${String(outcome.empty.length).padStart(5)} ${String(outcome.flagged.length).padStart(7)} ${String(outcome.wrong.length).padStart(5)} ${String(checks.length).padStart(6)}  ${[...outcome.wrong, ...checks.map((c) => `checked: ${c}`)].join(' | ')}`,
    );
  }
} finally {
  await pool.close();
}
console.log(`total fields: right ${totals.right}, empty ${totals.empty}, flagged ${totals.flagged}, wrong without a flag ${totals.wrong}; right but sent for review ${totals.checks}`);
