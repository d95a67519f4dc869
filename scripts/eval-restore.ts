// Measures restoration on held-out text (the language model and the channel
// were never built from the samples or the gold):
//   npx tsx scripts/eval-restore.ts [--out DIR]
// - raw OCR of sample 001 against gold 001;
// - synthetic raw OCR of the clean samples 002 and 004 (rendered as scans and
//   read by tesseract.js `eng`: test/restore/fixtures/, made by
//   scripts/make-channel-pairs.ts --test-fixtures) against their text;
// - ASCII-stripped 002, 004 (clean samples) and gold 001 against their originals;
// - share of syllables (and lines) left unchanged on clean 002 and 004.
// Restored texts are written to DIR (default out/restore) so the shared scorer
// can be run on them: node ../shared/tools/score-restoration.mjs fixtures/gold-text/001.txt out/restore/001-raw.txt
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRestorer, restoreText } from '../src/restore/index.js';
import { stripMarks } from '../src/restore/vietnamese.js';
import { cleanFixture, sampleText, scoreRestoration } from './lib/score-restoration.js';

const flag = process.argv.indexOf('--out');
const outDir = resolve(flag > 0 ? (process.argv[flag + 1] ?? 'out/restore') : 'out/restore');
mkdirSync(outDir, { recursive: true });

const t0 = performance.now();
loadRestorer();
console.log(`tables loaded in ${(performance.now() - t0).toFixed(0)} ms`);

const gold001 = readFileSync('fixtures/gold-text/001.txt', 'utf8');
const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;

function evaluate(name: string, input: string, gold: string): number {
  const restored = restoreText(input);
  writeFileSync(join(outDir, `${name}.txt`), restored.text);
  const before = scoreRestoration(gold, input).syllableAccuracy;
  const after = scoreRestoration(gold, restored.text);
  console.log(
    `${name.padEnd(16)} syllable accuracy ${pct(after.syllableAccuracy)} (input ${pct(before)}), ` +
      `${after.goldSyllables} syllables, ${restored.changed} tokens changed`,
  );
  return after.syllableAccuracy;
}

evaluate('001-raw', sampleText('001'), gold001);
for (const id of ['002', '004']) {
  const ocr = join('test', 'restore', 'fixtures', `${id}-eng-ocr.txt`);
  if (existsSync(ocr)) evaluate(`${id}-eng-ocr`, readFileSync(ocr, 'utf8'), cleanFixture(id));
}
evaluate('001-gold-ascii', stripMarks(gold001.replace(/[⟦⟧]/g, '')), gold001);
for (const id of ['002', '004']) evaluate(`${id}-ascii`, stripMarks(cleanFixture(id)), cleanFixture(id));

for (const id of ['002', '004']) {
  const clean = cleanFixture(id);
  const restored = restoreText(clean);
  const score = scoreRestoration(clean, restored.text);
  const lines = clean.split('\n');
  const outLines = restored.text.split('\n');
  const same = lines.filter((l, i) => l === outLines[i]).length;
  console.log(
    `${id}-clean        unchanged syllables ${pct(score.syllableAccuracy)}, lines byte-identical ${same}/${lines.length}, ` +
      `${restored.changed} tokens changed`,
  );
  writeFileSync(join(outDir, `${id}-clean.txt`), restored.text);
}

for (const file of readdirSync('fixtures/samples').filter((f) => /^00[03]_/.test(f))) {
  const restored = restoreText(readFileSync(join('fixtures/samples', file), 'utf8'));
  writeFileSync(join(outDir, `${file.slice(0, 3)}-raw.txt`), restored.text);
  console.log(`${file.slice(0, 3)}-raw          no gold: ${restored.changed}/${restored.tokens} tokens changed`);
}
