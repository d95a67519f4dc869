// Syllable accuracy of the lost-letter repair (src/restore/lostletters.ts): right
// texts whose letters of U+1EA0–U+1EF9 are deleted the way an old PDF's text
// layer loses them (deleteBlockLetters), then restored as the pipeline does.
//   npx tsx scripts/eval-lost-letters.ts [--dir DIR]   (default fixtures/dev-plans/texts)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRestorer } from '../src/restore/index.js';
import { deleteBlockLetters } from '../src/restore/lostletters.js';
import { flagValue } from './lib/flags.js';
import { scoreRestoration } from './lib/score-restoration.js';

const dir = resolve(flagValue('--dir') ?? 'fixtures/dev-plans/texts');
const restorer = loadRestorer();
let syllables = 0;
let damagedRight = 0;
let repairedRight = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const gold = readFileSync(join(dir, file), 'utf8').normalize('NFC');
  const damaged = deleteBlockLetters(gold);
  const restored = restorer.restoreText(damaged);
  const before = scoreRestoration(gold, damaged);
  const after = scoreRestoration(gold, restored.text);
  const lost = restored.corrections.filter((c) => c.rule === 'lost-letter').length;
  console.log(`${file.padEnd(28)} ${(100 * before.syllableAccuracy).toFixed(2).padStart(6)} % -> ${(100 * after.syllableAccuracy).toFixed(2).padStart(6)} %  (${lost} lost-letter changes)`);
  syllables += after.goldSyllables;
  damagedRight += before.syllableAccuracy * after.goldSyllables;
  repairedRight += after.syllableAccuracy * after.goldSyllables;
}
console.log(`all: ${(100 * damagedRight / syllables).toFixed(2)} % of ${syllables} syllables as damaged -> ${(100 * repairedRight / syllables).toFixed(2)} % restored`);
