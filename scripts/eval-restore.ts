// Measures restoration on held-out text (the language model and the channel
// were never built from the samples or the gold):
//   npx tsx scripts/eval-restore.ts [--out DIR]
// - raw OCR of sample 001 against gold 001;
// - synthetic raw OCR of the clean samples 002 and 004 (rendered as scans and
//   read by tesseract.js `eng`: test/restore/fixtures/, made by
//   scripts/make-channel-pairs.ts --test-fixtures) against their text;
// - ASCII-stripped 002, 004 (clean samples) and gold 001 against their originals;
// - share of syllables (and lines) left unchanged on clean 002 and 004.
// - with --heldout TABLES [--data DIR]: ASCII-stripped text of the corpus'
//   tuning slice (HOLDOUT_DOCUMENT), restored with tables built without it
//   (npm run build:dictionaries -- --holdout --out TABLES); the figure weights
//   are tuned on, so the samples stay a confirmation only.
// - with --vie TABLES [--pairs DIR] [--grid] [--show]: held-out pages OCR'd by
//   Tesseract vie (scripts/make-vie-pairs.ts) before and after restoration, and
//   the share of clean held-out text the real-word corrector leaves unchanged.
// Restored texts are written to DIR (default out/restore) so the shared scorer
// can be run on them: node ../shared/tools/score-restoration.mjs fixtures/gold-text/001.txt out/restore/001-raw.txt
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRestorer, restoreText } from '../src/restore/index.js';
import { REAL_WORD_SETTINGS } from '../src/restore/realword.js';
import { stripMarks } from '../src/restore/vietnamese.js';
import { withHeadings } from './make-vie-pairs.js';
import { HOLDOUT_DOCUMENT, cleanFixture, lcs, sampleText, scoreRestoration, syllables } from './lib/score-restoration.js';
import { rawDataDir } from './lib/flags.js';

const vieFlag = process.argv.indexOf('--vie');
if (vieFlag > 0) {
  evaluateVie(resolve(process.argv[vieFlag + 1] ?? ''));
  process.exit(0);
}

const heldoutFlag = process.argv.indexOf('--heldout');
if (heldoutFlag > 0) {
  evaluateHeldOut(resolve(process.argv[heldoutFlag + 1] ?? ''));
  process.exit(0);
}

/** Stripped lines of the tuning slice, about SYLLABLES_PER_DOCUMENT from each held-out document. */
function pct(x: number): string {
  return `${(100 * x).toFixed(2)} %`;
}

function evaluateHeldOut(tables: string): void {
  const SYLLABLES_PER_DOCUMENT = 5000;
  const data = rawDataDir();
  const dir = join(data, 'corpus-vbpl');
  const start = performance.now();
  loadRestorer(tables);
  console.log(`held-out tables ${tables} loaded in ${(performance.now() - start).toFixed(0)} ms`);
  let goldAll = '';
  for (const file of readdirSync(dir).filter((f) => HOLDOUT_DOCUMENT.test(f)).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').normalize('NFC').split('\n');
    // Every k-th line of running text, so a long law is sampled from end to end.
    const prose = lines.filter((l) => syllables(l).length >= 6);
    const total = prose.reduce((n, l) => n + syllables(l).length, 0);
    const every = Math.max(1, Math.round(total / SYLLABLES_PER_DOCUMENT));
    goldAll += prose.filter((_, i) => i % every === 0).join('\n') + '\n';
  }
  const input = stripMarks(goldAll);
  const restored = restoreText(input, { damage: 'stripped' });
  writeFileSync(join(heldOutOutDir(), 'heldout-ascii.txt'), restored.text);
  writeFileSync(join(heldOutOutDir(), 'heldout-gold.txt'), goldAll);
  // Line by line (restoration keeps every line): the same LCS as the scorer's, without its quadratic cost over 30k syllables.
  const goldLines = goldAll.split('\n');
  const outLines = restored.text.split('\n');
  let matched = 0;
  let total = 0;
  goldLines.forEach((line, i) => {
    const gold = syllables(line);
    total += gold.length;
    matched += lcs(gold, syllables(outLines[i] ?? ''));
  });
  console.log(`heldout-ascii    syllable accuracy ${(100 * matched / Math.max(1, total)).toFixed(2)} %, ${total} syllables`);
}

/**
 * Real-word errors of OCR with the Vietnamese model, on held-out pages
 * (scripts/make-vie-pairs.ts): syllable accuracy of the OCR as read and as
 * restored, and the share of clean held-out text (the pages' truth, and lines
 * of every held-out document with headings in capitals) left unchanged.
 * --grid tries settings of the real-word corrector (REAL_WORD_SETTINGS).
 */
function evaluateVie(tables: string): void {
  loadRestorer(tables);
  const pairsFlag = process.argv.indexOf('--pairs');
  const pairsDir = resolve(pairsFlag > 0 ? (process.argv[pairsFlag + 1] ?? '') : 'out/vie-pairs');
  const pages = readdirSync(pairsDir).filter((f) => f.endsWith('.ocr.txt')).sort().map((f) => ({
    ocr: readFileSync(join(pairsDir, f), 'utf8'),
    truth: readFileSync(join(pairsDir, f.replace('.ocr.', '.truth.')), 'utf8'),
  }));
  const data = rawDataDir();
  const dir = join(data, 'corpus-vbpl');
  let clean = '';
  for (const file of readdirSync(dir).filter((f) => HOLDOUT_DOCUMENT.test(f)).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').normalize('NFC').split('\n').map((l) => l.trim()).filter((l) => syllables(l).length >= 2);
    const every = Math.max(1, Math.round(lines.length / 250));
    clean += withHeadings(lines.filter((_, i) => i % every === 0)).join('\n') + '\n';
  }
  const cleanSyllables = syllables(clean).length;
  const cleanLines = clean.split('\n');
  const saved = { ...REAL_WORD_SETTINGS };
  // The restorer with the corrector off: what the corrector's own changes are measured against.
  Object.assign(REAL_WORD_SETTINGS, { upperGain: Infinity, lowerGain: Infinity });
  const baseline = restoreText(clean).text.split('\n');
  const truthBaseline = pages.map((page) => restoreText(page.truth).text);
  Object.assign(REAL_WORD_SETTINGS, saved);
  const run = (label: string): void => {
    let before = 0;
    let after = 0;
    let total = 0;
    let changed = 0;
    let truthKept = 0;
    let truthCorrector = 0;
    pages.forEach((page, p) => {
      const restored = restoreText(page.ocr);
      const gold = syllables(page.truth);
      total += gold.length;
      before += lcs(gold, syllables(page.ocr));
      after += lcs(gold, syllables(restored.text));
      changed += restored.changed;
      const again = syllables(restoreText(page.truth).text);
      truthKept += lcs(gold, again);
      truthCorrector += lcs(syllables(truthBaseline[p] ?? ''), again);
    });
    const outLines = restoreText(clean).text.split('\n');
    let cleanKept = 0;
    let correctorKept = 0;
    let falseChanges = 0;
    const shown: string[] = [];
    cleanLines.forEach((line, i) => {
      const out = syllables(outLines[i] ?? '');
      cleanKept += lcs(syllables(line), out);
      const base = syllables(baseline[i] ?? '');
      const same = lcs(base, out);
      correctorKept += same;
      if (same < base.length) falseChanges += base.length - same;
      if (same < base.length) shown.push(`  ${baseline[i]}\n  -> ${outLines[i]}`);
    });
    console.log(
      `${label}: vie-ocr ${pct(before / total)} -> ${pct(after / total)} (${pages.length} pages, ${total} syllables, ${changed} changed); ` +
        `clean pages unchanged ${pct(truthKept / total)} (corrector ${pct(truthCorrector / total)}); ` +
        `clean held-out unchanged ${pct(cleanKept / cleanSyllables)} (corrector ${(100 * correctorKept / cleanSyllables).toFixed(3)} %: ${falseChanges} changed of ${cleanSyllables} syllables)`,
    );
    if (process.argv.includes('--show')) console.log(shown.join('\n'));
  };
  if (!process.argv.includes('--grid')) return run('settings');
  for (const upperGain of [3, 4, 6, 8]) {
    for (const lowerGain of [8, 12, 16]) {
      for (const sideGain of [-2, -1, 0]) {
        Object.assign(REAL_WORD_SETTINGS, { upperGain, lowerGain, sideGain });
        run(`upper ${upperGain} lower ${lowerGain} side ${sideGain}`);
      }
    }
  }
  Object.assign(REAL_WORD_SETTINGS, saved);
  Object.assign(REAL_WORD_SETTINGS, { upperGain: Infinity, lowerGain: Infinity });
  run('corrector off');
}

function heldOutOutDir(): string {
  const flag = process.argv.indexOf('--out');
  const dir = resolve(flag > 0 ? (process.argv[flag + 1] ?? 'out/restore') : 'out/restore');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const flag = process.argv.indexOf('--out');
const outDir = resolve(flag > 0 ? (process.argv[flag + 1] ?? 'out/restore') : 'out/restore');
mkdirSync(outDir, { recursive: true });

const t0 = performance.now();
const tablesFlag = process.argv.indexOf('--tables');
if (tablesFlag > 0) loadRestorer(resolve(process.argv[tablesFlag + 1] ?? ''));
else loadRestorer();
console.log(`tables loaded in ${(performance.now() - t0).toFixed(0)} ms`);

const gold001 = readFileSync('fixtures/gold-text/001.txt', 'utf8');

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
