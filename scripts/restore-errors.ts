// Every error of the restoration of ASCII-stripped dev-set texts, grouped by
// kind, to see which classes are worth attacking (issue 9):
//   npx tsx scripts/restore-errors.ts [--tables DIR] [--dev-texts DIR] [--list] [--pairs N]
// A stripped line has the gold's syllables one for one, so gold and output are
// compared syllable by syllable (the judge's LCS where the counts differ).
// Kinds: the letter đ lost or added; the tone mark only; the vowel's mark
// (â ă ê ô ơ ư) with or without the tone; a token that is no Vietnamese
// syllable (abbreviation, code); the line all in capitals (a heading) and a
// title-case word (a name) are counted apart, as they are decoded with less context.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRestorer } from '../src/restore/index.js';
import { isSyllableShape, stripMarks, syllableKey } from '../src/restore/vietnamese.js';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';
import { canonicalTones, lcsMatched } from './lib/score-restoration.js';
import { flagValue } from './lib/flags.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** The syllable's letters without its tone (vowel marks and đ kept). */
function toneless(s: string): string {
  return s.normalize('NFD').replace(TONES, '').normalize('NFC');
}

function kind(gold: string, got: string): string {
  const g = gold.toLowerCase();
  const o = got.toLowerCase();
  if (!isSyllableShape(syllableKey(stripMarks(g)))) return 'not a syllable (abbreviation, code)';
  if (g.includes('đ') !== o.includes('đ')) return 'đ lost or added';
  if (toneless(g) === toneless(o)) return 'tone only';
  const tone = (s: string): string => (s.normalize('NFD').match(TONES) ?? []).join('');
  return tone(g) === tone(o) ? 'vowel mark only' : 'vowel mark and tone';
}

const tokens = (line: string): string[] => canonicalTones(line).match(/[\p{L}\p{N}]+/gu) ?? [];

const restorer = loadRestorer(resolve(flagValue('--tables') ?? DICTIONARIES_DIR));
const devDir = resolve(flagValue('--dev-texts') ?? '../shared/dev-plans/texts');
if (!existsSync(devDir)) throw new Error(`${devDir}: no dev-set texts (--dev-texts DIR)`);

interface Error {
  doc: string;
  line: number;
  gold: string;
  got: string;
  kind: string;
  capitalLine: boolean;
  titleCase: boolean;
  context: string;
}
const errors: Error[] = [];
let total = 0;
for (const file of readdirSync(devDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
  const gold = readFileSync(join(devDir, file), 'utf8').normalize('NFC');
  const out = restorer.restoreText(stripMarks(gold)).text.split('\n');
  gold.split('\n').forEach((line, i) => {
    const g = tokens(line);
    const o = tokens(out[i] ?? '');
    total += g.length;
    const letters = line.replace(/[^\p{L}]/gu, '');
    const capitalLine = letters.length >= 8 && letters === letters.toUpperCase();
    const pairs: [string, string, number][] = [];
    if (g.length === o.length) g.forEach((w, k) => pairs.push([w, o[k] as string, k]));
    else {
      const matched = lcsMatched(o.map((w) => w.toLowerCase()), g.map((w) => w.toLowerCase()));
      g.forEach((w, k) => pairs.push([w, matched[k] ? w : '∅', k]));
    }
    for (const [w, got, k] of pairs) {
      if (w.toLowerCase() === got.toLowerCase()) continue;
      const context = g.slice(Math.max(0, k - 3), k + 4).join(' ');
      errors.push({ doc: file.slice(0, 3), line: i + 1, gold: w, got, kind: kind(w, got), capitalLine, titleCase: /^\p{Lu}\p{Ll}/u.test(w), context });
    }
  });
}

const count = <T>(items: T[], key: (t: T) => string): [string, number][] => {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
console.log(`${errors.length} errors in ${total} syllables (${((100 * (total - errors.length)) / total).toFixed(2)} % by position)`);
console.log('-- by kind');
for (const [k, n] of count(errors, (e) => e.kind)) console.log(`  ${String(n).padStart(5)}  ${k}`);
console.log('-- by place');
for (const [k, n] of count(errors, (e) => (e.capitalLine ? 'line in capitals' : e.titleCase ? 'title-case word' : 'lower-case running text'))) console.log(`  ${String(n).padStart(5)}  ${k}`);
console.log('-- by document');
for (const [k, n] of count(errors, (e) => e.doc)) console.log(`  ${String(n).padStart(5)}  ${k}`);
console.log('-- most frequent confusions (gold -> output)');
for (const [k, n] of count(errors, (e) => `${e.gold.toLowerCase()} -> ${e.got.toLowerCase()}`).slice(0, Number(flagValue('--pairs') ?? 60))) console.log(`  ${String(n).padStart(5)}  ${k}`);
if (process.argv.includes('--list')) {
  console.log('-- every error');
  for (const e of errors) console.log(`  ${e.doc}:${e.line}  ${e.gold} -> ${e.got}  [${e.kind}${e.capitalLine ? ', capitals' : ''}]  … ${e.context} …`);
}
