// npx tsx scripts/eval-names.ts [--tables DIR] [--slice REGEX] [--limit N] [--show] [--features FILE] [--data DIR]
// Measures signer names in stripped text beyond the few dozen of the eval sets:
// real full names from the corpora's running text (`đồng chí Nguyễn Văn An`,
// `ông Trần Đức Tuấn`, `Phó Chủ tịch Lê Thị Hà,` …: after a title or a
// position, a surname of the name tables, two or three capitalised syllables,
// then punctuation or a small word) of the documents the language model of
// `--tables` has not seen (`--slice`, default HOLDOUT_DOCUMENT: tables of
// `npm run build:dictionaries -- --holdout --out DIR`; for more names, two
// builds each holding out half, `--holdout-slice '[13579]\.txt$'` and
// `'[02468]\.txt$'`, each run with its slice). Each name is put as the signer
// under the signature block of a dev-set closing, the whole text stripped as
// fixtures/dev-plans/strip.mjs strips it, restored and extracted as the
// pipeline does. Counts the names right, wrong with no warning, and flagged
// (a `signer.name` warning: kept or left empty), and the reliability of names
// given without a warning; `--features FILE` writes each name's spellings'
// counts in the registers, to tune the rule of src/extract/signer.ts on.
// Reads ../shared/data (the corpora) at run time, like the build scripts; keeps nothing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPlan } from '../src/extract/index.js';
import { spellingsAt } from '../src/extract/gazetteer.js';
import { stripMarks } from '../src/marks.js';
import { loadRestorer } from '../src/restore/index.js';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';
import { flagValue, rawDataDir } from './lib/flags.js';
import { HOLDOUT_DOCUMENT } from './lib/score-restoration.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tablesDir = flagValue('--tables') ?? DICTIONARIES_DIR;
const limit = Number(flagValue('--limit') ?? Infinity);
const show = process.argv.includes('--show');
const slice = flagValue('--slice');
const heldOut = slice === undefined ? HOLDOUT_DOCUMENT : new RegExp(slice, 'u');
const featuresFile = flagValue('--features');
const features: string[] = [];

/** Surnames standing as a surname this many times in the name tables open a harvested name. */
const MIN_SURNAME = 20;

function surnames(): Set<string> {
  const rows = readFileSync(join(root, 'dictionaries', 'names-persons.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  return new Set(rows.map((l) => l.split('\t')).filter((r) => Number(r[1]) >= MIN_SURNAME).map((r) => r[0]!));
}

/**
 * What stands before a person's name in running text: a title of address
 * (`đồng chí`, `ông`, `bà`, `Đ/c`), an academic title (`TS.`, `PGS,TS`), or a
 * position (`Chủ tịch`, `Phó Giám đốc`, `Bộ trưởng`). A name after anything
 * else may be a street's or a school's (`đường Nguyễn Thị Minh Khai`).
 */
const PERSON_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Đđ]/c|Đ\/C|GS|PGS|TS|ThS|Ths|BS|[Tt]iến sĩ|[Tt]hạc sĩ|[Gg]iáo sư|` +
    String.raw`[Cc]hủ tịch|[Gg]iám đốc|[Bb]ộ trưởng|[Tt]hứ trưởng|[Tt]hủ tướng|[Bb]í thư|[Tt]rưởng [Bb]an|[Tt]rưởng phòng|[Cc]hánh [Vv]ăn phòng|[Hh]iệu trưởng|[Cc]hủ nhiệm|[Cc]ục trưởng|[Vv]ụ trưởng|[Vv]iện trưởng|[Tt]ổng [Bb]í thư)[.,]?\s$`,
  'u',
);

/** Distinct full names of the held-out documents (three or four syllables after a PERSON_BEFORE word), each with how many documents name it. */
function harvest(): Map<string, number> {
  const known = surnames();
  // One syllable: a capital, small letters, one group of vowels (`Trọngmong`, glued by a crawl, is two).
  const syllable = String.raw`\p{Lu}[^\P{Ll}aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]*[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+[^\P{Ll}aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]*`;
  const pattern = new RegExp(String.raw`(?<![\p{L}])(${syllable})((?: ${syllable}){2,3})(?=[,.;:)]| \p{Ll}|$)`, 'gmu');
  const names = new Map<string, number>();
  for (const corpus of ['corpus-vbpl', 'corpus-local']) {
    const dir = join(rawDataDir(), corpus);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => heldOut.test(f))) {
      const seen = new Set<string>();
      for (const m of readFileSync(join(dir, file), 'utf8').normalize('NFC').matchAll(pattern)) {
        if (known.has(m[1]!) && PERSON_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index))) seen.add(`${m[1]}${m[2]}`);
      }
      for (const name of seen) names.set(name, (names.get(name) ?? 0) + 1);
    }
  }
  return names;
}

/** The dev set's texts whose signer's name stands alone on its line, that line replaced by a marker. */
function templates(): string[] {
  const dir = join(root, 'fixtures', 'dev-plans');
  return readdirSync(join(dir, 'texts')).sort().flatMap((file) => {
    const lines = readFileSync(join(dir, 'texts', file), 'utf8').split('\n');
    const record = JSON.parse(readFileSync(join(dir, 'gold', file.replace(/\.txt$/u, '.json')), 'utf8')) as { signer?: { name?: string | null } };
    const at = lines.findLastIndex((l) => l.trim() === record.signer?.name);
    return at < 0 ? [] : [lines.map((l, i) => (i === at ? '\u0000' : l)).join('\n')];
  });
}

type Outcome = 'right' | 'wrong' | 'flagged-kept-right' | 'flagged-kept-wrong' | 'flagged-empty' | 'missed';

const restorer = loadRestorer(tablesDir);
const forms = templates();
console.log(`closings: ${forms.length} of the dev set`);
const harvested = harvest();
console.log(`names harvested: ${harvested.size}`);
const names = [...harvested].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).slice(0, limit);
const counts: Record<Outcome, number> = { right: 0, wrong: 0, 'flagged-kept-right': 0, 'flagged-kept-wrong': 0, 'flagged-empty': 0, missed: 0 };
// The names given wrong without a warning: what the promise missed.
const wrongs = new Map<string, number>();
names.forEach(([name], i) => {
  // Each name under one of the closings, in turn: signed `CHỦ TỊCH`, `KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`, `TM. …`.
  const text = stripMarks(forms[i % forms.length]!.replace('\u0000', name));
  const restored = restorer.restoreText(text);
  const record = extractPlan(restored.text, { sample: 'names', corrections: restored.corrections });
  const flagged = record.warnings.some((w) => w.startsWith('signer.name'));
  const got = record.signer.name;
  const outcome: Outcome =
    got === null ? (flagged ? 'flagged-empty' : 'missed') : got === name ? (flagged ? 'flagged-kept-right' : 'right') : flagged ? 'flagged-kept-wrong' : 'wrong';
  counts[outcome]++;
  if (outcome === 'wrong') wrongs.set(`${name} → ${got}`, 1);
  if (got !== null) {
    const words = got.split(' ');
    const gold = name.split(' ');
    const syllables = words.map((word, k) => {
      const position = k === 0 ? 'surname' : k === words.length - 1 ? 'given' : 'middle';
      const other = position === 'middle' ? 'given' : position === 'given' ? 'middle' : null;
      const at = spellingsAt(word, position);
      const otherAt = other === null ? [] : spellingsAt(word, other);
      return { word, position, right: word === gold[k], counts: at.map((s) => s.count), other: otherAt.map((s) => s.count) };
    });
    features.push(JSON.stringify({ name, got, flagged, syllables }));
  }
  if (show && outcome !== 'right') console.log(`${outcome}\t${name}\t${got ?? '—'}\t${record.warnings.filter((w) => w.startsWith('signer.name')).join(' | ')}`);
});
const total = names.length;
const unflagged = counts.right + counts.wrong;
const pct = (n: number, of: number): string => (of ? ((100 * n) / of).toFixed(1) : '—');
console.log(`names: ${total} distinct full names of the held-out slice, tables ${tablesDir}`);
for (const [k, v] of Object.entries(counts)) console.log(`${k}\t${v}\t${pct(v, total)} %`);
console.log(`right without a warning, of names given without one: ${counts.right}/${unflagged} = ${pct(counts.right, unflagged)} %`);
console.log(`filled and right, of all: ${counts.right + counts['flagged-kept-right']}/${total} = ${pct(counts.right + counts['flagged-kept-right'], total)} %`);
if (!show) for (const w of [...wrongs.keys()].slice(0, 40)) console.log(`  ${w}`);
if (featuresFile !== undefined) writeFileSync(featuresFile, `${features.join('\n')}\n`);
