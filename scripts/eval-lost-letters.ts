// Syllable accuracy of the lost-letter repair (src/restore/lostletters.ts): right
// texts whose letters of U+1EA0–U+1EF9 are deleted the way an old PDF's text
// layer loses them (deleteBlockLetters), then restored as the pipeline does;
// and the reliability of the rule's confidence: its changes binned by
// confidence, with the share right in each bin.
//   npx tsx scripts/eval-lost-letters.ts [--dir DIR]   (default fixtures/dev-plans/texts)
//   npx tsx scripts/eval-lost-letters.ts --calibrate [--dir DIR]
// --calibrate fits the rule's confidence curve on DIR's texts (raw scores, the
// restorer built without the rule's curve) and writes it into
// dictionaries/restore-calibration.json, leaving every other rule's curve as
// it is. The curve is fitted on the genre texts (`--dir fixtures/genre/texts`,
// never in the language model's counts) and checked on the dev plans.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CALIBRATION_FILE, fitCalibration, readCalibration, reliabilityTable } from '../src/restore/calibration.js';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';
import { loadRestorer } from '../src/restore/index.js';
import { deleteBlockLetters } from '../src/restore/lostletters.js';
import { flagValue } from './lib/flags.js';
import { changeOutcomes, scoreRestoration, type ChangeOutcome } from './lib/score-restoration.js';

const dir = resolve(flagValue('--dir') ?? 'fixtures/dev-plans/texts');
const calibrate = process.argv.includes('--calibrate');
const restorer = loadRestorer();
if (calibrate) delete restorer.calibration['lost-letter'];
let syllables = 0;
let damagedRight = 0;
let repairedRight = 0;
const outcomes: ChangeOutcome[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const gold = readFileSync(join(dir, file), 'utf8').normalize('NFC');
  const damaged = deleteBlockLetters(gold);
  const restored = restorer.restoreText(damaged);
  const before = scoreRestoration(gold, damaged);
  const after = scoreRestoration(gold, restored.text);
  const lost = restored.corrections.filter((c) => c.rule === 'lost-letter');
  // The damage keeps the lines: each change is judged on its line (the scorer's LCS is quadratic).
  const goldLines = gold.split('\n');
  const outLines = restored.text.split('\n');
  for (const line of new Set(lost.map((c) => c.line))) {
    const own = lost.filter((c) => c.line === line).map((c) => ({ ...c, line: 1 }));
    outcomes.push(...changeOutcomes(goldLines[line - 1] ?? '', { text: outLines[line - 1] ?? '', corrections: own, tokens: 0, changed: own.length }));
  }
  console.log(`${file.padEnd(28)} ${(100 * before.syllableAccuracy).toFixed(2).padStart(6)} % -> ${(100 * after.syllableAccuracy).toFixed(2).padStart(6)} %  (${lost.length} lost-letter changes)`);
  syllables += after.goldSyllables;
  damagedRight += before.syllableAccuracy * after.goldSyllables;
  repairedRight += after.syllableAccuracy * after.goldSyllables;
}
console.log(`all: ${(100 * damagedRight / syllables).toFixed(2)} % of ${syllables} syllables as damaged -> ${(100 * repairedRight / syllables).toFixed(2)} % restored`);

const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;
console.log(`lost-letter changes, by ${calibrate ? 'raw' : 'calibrated'} confidence:`);
for (const row of reliabilityTable(outcomes)) {
  if (row.count > 0) console.log(`  confidence ${row.from.toFixed(2)}–${row.to.toFixed(2)}  ${pct(row.accuracy).padStart(8)} right  ${String(row.count).padStart(6)} changes`);
}
const sure = outcomes.filter((o) => o.confidence >= 0.9);
console.log(`changes at confidence >= 0.9: ${pct(sure.filter((o) => o.right).length / Math.max(1, sure.length))} right (${sure.length} of ${outcomes.length} changes)`);
const words = outcomes.filter((o) => o.from.trim() === '');
console.log(`one-letter words put back: ${words.filter((o) => o.right).length} right of ${words.length}`);

if (calibrate) {
  const curve = fitCalibration(outcomes);
  const calibration = { ...readCalibration(DICTIONARIES_DIR), 'lost-letter': curve };
  writeFileSync(join(DICTIONARIES_DIR, CALIBRATION_FILE), JSON.stringify(calibration) + '\n');
  console.log(`lost-letter curve ${JSON.stringify(curve.confidence)} written to ${join(DICTIONARIES_DIR, CALIBRATION_FILE)}`);
}
