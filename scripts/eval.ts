// npm run eval [-- --set samples|dev|genre|outside-NAME] [--variant clean|stripped|ocr|scan] [--strict] [--pred-dir DIR]
//                 [--no-restore] [--verbose] [--dir DIR]
// Runs the five samples (fixtures/samples vs fixtures/expected), the dev set
// (fixtures/dev-plans/texts vs fixtures/dev-plans/gold) and the genre set (fixtures/genre, documents
// written for the project in kinds and layouts the other two lack) and every set of real
// outside documents in fixtures/outside/NAME (named outside-NAME; each was scored once at
// first contact before any rule was made from it, see its SOURCES.md) through decoding,
// restoration and extraction as `vnplan extract` does, as written ("clean") and
// stripped of diacritics the way fixtures/dev-plans/strip.mjs strips them, and, for a set with an
// eng-ocr/ folder (the outside sets and the dev set), as old OCR without a Vietnamese model read
// its pages ("ocr": the texts rendered as scans and read by tesseract `eng` once, by
// scripts/make-eng-ocr.ts, and committed; the gold keeps the clean values, so the pipeline must
// restore them), and, for a set with a vie-ocr/ folder, as a real scanned archive reaches the project
// ("scan": the texts rendered as office scans and read by the project's own OCR stage with `vie`
// once, by scripts/make-vie-ocr.ts, and committed), and scores every run as the judge's scorer
// does, leniently and strictly.
// --dir DIR scores a folder kept outside the project instead (DIR/texts/NNN….txt against
//   DIR/gold/NNN….json, fields a gold record lists in `_unscored` left out, as in the dev set;
//   DIR/eng-ocr/NNN….txt and DIR/vie-ocr/NNN….txt, when there, as the ocr and scan variants).
// --pred-dir DIR keeps the records as DIR/<set>/<variant>/NNN….json, so
//   node ../shared/tools/score-extraction.mjs --gold <gold> --pred DIR/<set>/<variant> [--strict]
// prints the same figures. --strict prints the strict columns only.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VnplanError } from '../src/errors.js';
import { stripMarks } from '../src/marks.js';
import { processFile } from '../src/pipeline.js';
import { flagValue } from './lib/flags.js';
import { BASIS_PARTS, LISTS, SCALARS, scoreDocument, summarize, type Report } from './lib/score-extraction.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface SetPaths {
  texts: string;
  gold: string;
  /** The texts as eng OCR read them (scripts/make-eng-ocr.ts), when the set has them. */
  ocr: string | null;
  /** The texts scanned and read by the project's OCR with `vie` (scripts/make-vie-ocr.ts), when the set has them. */
  scan: string | null;
}
/** A set kept as DIR/texts and DIR/gold, with DIR/eng-ocr and DIR/vie-ocr when its texts were OCR'd. */
function setIn(dir: string): SetPaths {
  const folder = (name: string): string | null => (existsSync(join(dir, name)) ? join(dir, name) : null);
  return { texts: join(dir, 'texts'), gold: join(dir, 'gold'), ocr: folder('eng-ocr'), scan: folder('vie-ocr') };
}
const BUILT_IN: Record<string, SetPaths> = {
  samples: { texts: join(root, 'fixtures', 'samples'), gold: join(root, 'fixtures', 'expected'), ocr: null, scan: null },
  dev: setIn(join(root, 'fixtures', 'dev-plans')),
  genre: setIn(join(root, 'fixtures', 'genre')),
};
const outsideRoot = join(root, 'fixtures', 'outside');
for (const name of existsSync(outsideRoot) ? readdirSync(outsideRoot).sort() : []) {
  BUILT_IN[`outside-${name}`] = setIn(join(outsideRoot, name));
}
type SetName = string;
const SETS: Record<SetName, SetPaths> = { ...BUILT_IN };
const externalDir = flagValue('--dir');
if (process.argv.includes('--dir') && externalDir === undefined) throw new Error('--dir needs a folder');
if (externalDir !== undefined) {
  const dir = resolve(externalDir);
  for (const part of ['texts', 'gold']) {
    if (!existsSync(join(dir, part))) throw new Error(`--dir ${dir}: no ${part}/ folder in it`);
  }
  SETS[basename(dir)] = setIn(dir);
}
const VARIANTS = ['clean', 'stripped', 'ocr', 'scan'] as const;
function paths(set: SetName): SetPaths {
  const found = SETS[set];
  if (!found) throw new Error(`no set ${set}`);
  return found;
}
type Variant = (typeof VARIANTS)[number];
const MODES = ['lenient', 'strict'] as const;
type Mode = (typeof MODES)[number];

interface Options {
  sets: SetName[];
  variants: Variant[];
  modes: Mode[];
  predDir: string;
  keepPredictions: boolean;
  restore: boolean;
  verbose: boolean;
}

function choose<T extends string>(flag: string, all: readonly T[]): T[] {
  const value = flagValue(flag);
  if (value === undefined) return [...all];
  if (!(all as readonly string[]).includes(value)) throw new Error(`${flag} must be one of ${all.join(', ')}`);
  return [value as T];
}

function parseArgs(args: string[]): Options {
  if (args.includes('--pred-dir') && flagValue('--pred-dir') === undefined) throw new Error('--pred-dir needs a folder');
  const predDir = flagValue('--pred-dir');
  return {
    sets: externalDir !== undefined ? [basename(resolve(externalDir))] : choose('--set', Object.keys(BUILT_IN)),
    variants: choose('--variant', VARIANTS),
    modes: args.includes('--strict') ? ['strict'] : [...MODES],
    predDir: predDir ?? mkdtempSync(join(tmpdir(), 'vnplan-eval-')),
    keepPredictions: predDir !== undefined,
    restore: !args.includes('--no-restore'),
    verbose: args.includes('--verbose'),
  };
}

type Json = Record<string, unknown>;

/** Every text of a set through the pipeline; the records written to `outDir`, by file name. */
async function predict(set: SetName, variant: Variant, outDir: string, options: Options): Promise<Map<string, Json>> {
  mkdirSync(outDir, { recursive: true });
  const texts = readdirSync(paths(set).texts)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  // The stripped copies are files too, so they enter through input decoding like any user's file.
  // stripMarks gives strip.mjs's output byte for byte on these texts (test/extract/eval-strip.test.ts).
  let inputDir = paths(set).texts;
  if (variant === 'stripped') inputDir = mkdtempSync(join(tmpdir(), 'vnplan-eval-stripped-'));
  if (variant === 'ocr' || variant === 'scan') {
    const ocrDir = paths(set)[variant];
    if (ocrDir === null) throw new Error(`${set} has no ${variant === 'ocr' ? 'eng-ocr' : 'vie-ocr'}/ texts`);
    inputDir = ocrDir;
  }
  const records = new Map<string, Json>();
  try {
    for (const file of texts) {
      if (variant === 'stripped') {
        writeFileSync(join(inputDir, file), stripMarks(readFileSync(join(paths(set).texts, file), 'utf8')));
      }
      // A page OCR read nothing of is an empty file, which the pipeline refuses as a batch lists it: no record, scored as missed.
      // the scan texts are the project's OCR stage's output with `vie`: restored as the pipeline restores its OCR'd pages
      const readBy = variant === 'scan' ? 'vie-ocr' : undefined;
      const processed = await processFile(join(inputDir, file), { restore: options.restore, readBy }).catch((error: unknown) => {
        if (error instanceof VnplanError && error.code === 'EMPTY' && variant === 'scan') return null;
        throw error;
      });
      if (processed === null) {
        console.error(`${set} ${variant} ${file}: no text, no record`);
        continue;
      }
      const { record } = processed;
      const name = `${basename(file, '.txt')}.json`;
      writeFileSync(join(outDir, name), `${JSON.stringify(record, null, 2)}\n`);
      records.set(name, JSON.parse(JSON.stringify(record)) as Json);
    }
  } finally {
    if (variant === 'stripped') rmSync(inputDir, { recursive: true, force: true });
  }
  return records;
}

interface Run {
  variant: Variant;
  mode: Mode;
  report: Report;
}

function score(set: SetName, records: Map<string, Json>, strict: boolean): Report {
  const golds = readdirSync(paths(set).gold)
    .filter((f) => /^\d{3}.*\.json$/.test(f))
    .sort();
  const names = [...records.keys()];
  return summarize(
    golds.map((g) => {
      const key = g.slice(0, 3);
      const gold = JSON.parse(readFileSync(join(paths(set).gold, g), 'utf8')) as Json;
      const name = names.find((p) => p.startsWith(key)) ?? null;
      return scoreDocument(key, gold, name ? records.get(name)! : null, name, strict);
    }),
  );
}

const pct = (v: number | undefined): string => (v === undefined ? '—' : (100 * v).toFixed(1));

/** A Markdown table: one row per document, then per field, one column per run. */
function table(set: SetName, runs: Run[]): string[] {
  const head = `| ${set} | ${runs.map((r) => `${r.variant} ${r.mode}`).join(' | ')} |`;
  const rule = `| --- | ${runs.map(() => '---:').join(' | ')} |`;
  const keys = runs[0]!.report.documents.map((d) => d.key);
  // The scorer's own order of fields, whichever document happened to score a field first.
  const order = [
    ...SCALARS.map(([f]) => f),
    ...Object.keys(LISTS).flatMap((f) => (f === 'legalBases' ? [f, ...BASIS_PARTS.map(([p]) => `${f}.${p}`)] : [f])),
  ];
  const fields = order.filter((f) => runs.some((r) => f in r.report.fieldMeans));
  const docRow = (key: string): string => {
    const name = runs.map((r) => r.report.documents.find((d) => d.key === key)?.pred).find(Boolean) ?? key;
    return `| ${name.replace(/\.json$/, '')} | ${runs.map((r) => pct(r.report.documents.find((d) => d.key === key)?.score)).join(' | ')} |`;
  };
  return [
    head,
    rule,
    ...keys.map(docRow),
    `| **field score** | ${runs.map((r) => `**${(100 * r.report.overall).toFixed(2)}**`).join(' | ')} |`,
    '',
    `| ${set}: field | ${runs.map((r) => `${r.variant} ${r.mode}`).join(' | ')} |`,
    rule,
    ...fields.map((f) => `| \`${f}\` | ${runs.map((r) => pct(r.report.fieldMeans[f])).join(' | ')} |`),
    '',
  ];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  for (const set of options.sets) {
    const runs: Run[] = [];
    // The ocr and scan variants where the set has their OCR texts; a set without them keeps its other columns.
    for (const variant of options.variants.filter((v) => (v !== 'ocr' && v !== 'scan') || paths(set)[v] !== null)) {
      const records = await predict(set, variant, join(options.predDir, set, variant), options);
      for (const mode of options.modes) {
        const report = score(set, records, mode === 'strict');
        runs.push({ variant, mode, report });
        if (options.verbose) {
          console.log(`${set} ${variant} ${mode}:`);
          for (const d of report.documents) for (const miss of d.misses) console.log(`  ${miss}`);
        }
      }
    }
    if (runs.length > 0) for (const line of table(set, runs)) console.log(line);
  }
  // On stderr, so stdout holds only the tables.
  if (options.keepPredictions) console.error(`predictions: ${options.predDir}/<set>/<variant>`);
  else rmSync(options.predDir, { recursive: true, force: true });
  if (!options.restore) console.error('(without restoration)');
}

await main();
