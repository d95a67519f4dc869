// Extraction benchmark: one large unstructured text (the sample plans over and
// over, joined on one line, then wrapped as the pipeline wraps it) through
// extractPlan, reporting ms per MB. With `--baseline DIR` (another checkout of
// vnplan, e.g. a `git worktree` of main with node_modules linked in) the old
// and new extractor run alternately on the same text in this one process, and
// the report is their ratio, so machine load cancels out.
//   npx tsx scripts/bench-extract.ts [-- --mb 2 --rounds 3 --baseline ../wt-main]
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractPlan } from '../src/extract/index.js';
import { MAX_LINE_CHARS, wrapLongLines } from '../src/pipeline.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    baseline: { type: 'string' },
  },
});

type Extract = typeof extractPlan;

/** The sample plans, numbered copies, on one line until `bytes`. */
async function oneLineText(bytes: number): Promise<string> {
  const sampleDir = join(root, 'fixtures/samples');
  const names = (await readdir(sampleDir)).filter((n) => n.endsWith('.txt')).sort();
  const samples = await Promise.all(names.map((n) => readFile(join(sampleDir, n), 'utf8')));
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const part = `${samples[i % samples.length]}\nBản sao số ${i}\n`.split('\n').join(' ');
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return wrapLongLines(parts.join(' '), MAX_LINE_CHARS);
}

function timed(extract: Extract, text: string): { ms: number; json: string } {
  const start = performance.now();
  const record = extract(text, { sample: 'big.txt' });
  return { ms: performance.now() - start, json: JSON.stringify(record) };
}

const text = await oneLineText(Number(args.mb) * 1e6);
const mb = Buffer.byteLength(text) / 1e6;
const extractors: [string, Extract][] = [['this', extractPlan]];
if (args.baseline) {
  const url = pathToFileURL(resolve(args.baseline, 'src/extract/index.ts')).href;
  extractors.push(['baseline', ((await import(url)) as { extractPlan: Extract }).extractPlan]);
}
const best = new Map<string, number>();
const outputs = new Set<string>();
for (let round = 0; round < Number(args.rounds); round++) {
  for (const [name, extract] of round % 2 === 0 ? extractors : [...extractors].reverse()) {
    const { ms, json } = timed(extract, text);
    outputs.add(json);
    best.set(name, Math.min(best.get(name) ?? Infinity, ms));
    console.log(`round ${round + 1} ${name.padEnd(8)} ${(ms / mb).toFixed(0)} ms/MB`);
  }
}
const report = [...best].map(([name, ms]) => `${name} ${(ms / mb).toFixed(0)} ms/MB`).join(', ');
const ratio = args.baseline ? `; baseline/this = ${(best.get('baseline')! / best.get('this')!).toFixed(2)}x` : '';
console.log(`${mb.toFixed(1)} MB one-line text, best of ${args.rounds}: ${report}${ratio}; outputs ${outputs.size === 1 ? 'identical' : 'DIFFER'}`);
process.exitCode = outputs.size === 1 ? 0 : 1;
