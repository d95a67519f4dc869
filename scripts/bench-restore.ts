// Benchmark of restoration on one core:
//   npm run bench:restore [-- --rounds N]
// - load time of the dictionaries (first load in this process);
// - syllables per second restoring raw OCR (samples 000, 001, 003) and
//   ASCII-stripped text (002, 004), cold (candidate cache emptied before every
//   round, as for documents never seen) and warm;
// - the same texts through the tokeniser alone, in the same process: the
//   machine is noisy, so the throughput is also given as a ratio to it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRestorer, restoreText } from '../src/restore/index.js';
import { tokenizeLine } from '../src/restore/tokenize.js';
import { stripMarks } from '../src/restore/vietnamese.js';
import { cleanFixture, syllables } from './lib/score-restoration.js';

const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 5;

const loadStart = performance.now();
const restorer = loadRestorer();
const loadMs = performance.now() - loadStart;

const raw = readdirSync('fixtures/samples')
  .filter((f) => /^00[013]_/.test(f))
  .map((f) => readFileSync(join('fixtures/samples', f), 'utf8'));
const stripped = ['002', '004'].map((id) => stripMarks(cleanFixture(id)));

/** Median syllables per second of `run` over the texts. */
function measure(texts: readonly string[], run: (text: string) => void, before: () => void = () => {}): number {
  const total = texts.reduce((n, t) => n + syllables(t).length, 0);
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    before();
    const start = performance.now();
    for (const text of texts) run(text);
    rates.push(total / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

const tokenizeOnly = (text: string): void => {
  for (const line of text.split('\n')) tokenizeLine(line, restorer.abbreviations);
};
const cold = (): void => restorer.clearCaches();

// One untimed pass so the JIT has compiled the hot paths.
for (const text of [...raw, ...stripped]) restoreText(text);

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`dictionaries loaded in ${loadMs.toFixed(0)} ms`);
for (const [name, texts] of [['raw OCR', raw], ['ASCII-stripped', stripped]] as const) {
  const baseline = measure(texts, tokenizeOnly);
  const coldRate = measure(texts, (t) => restoreText(t), cold);
  const warmRate = measure(texts, (t) => restoreText(t));
  console.log(
    `${name.padEnd(15)} cold ${fmt(coldRate)} syll/s, warm ${fmt(warmRate)} syll/s; ` +
      `tokenise-only ${fmt(baseline)} syll/s (cold = ${(coldRate / baseline).toFixed(3)} of it)`,
  );
}
