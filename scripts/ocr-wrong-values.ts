// npx tsx scripts/ocr-wrong-values.ts DIR [--variant ocr] [--text]
// Lists every wrong non-empty value of the records `npm run eval -- --variant ocr --pred-dir DIR` kept
// (DIR/<set>/<variant>/NNN….json), against each set's gold: a value an archivist would trust and have to
// find wrong, which the project counts worse than an empty one. A value is wrong when it is filled and not
// exactly the gold's after the judge's folding (the strict scorer's test; an empty value is a miss, not
// counted). Counted fields are the non-text ones: every scalar but the title and the chủ đề, and of the
// legal bases each predicted basis matching no gold one (its number or date wrong) and, of matched ones,
// the type and issuer. `--text` adds the free-text fields (title, chủ đề, basis subjects) where the lenient
// scorer fails them too. Grouped by field, each value with its gold, whether the record flags it for
// review, the kind of difference (marks only, a letter or two off, other), and whether the clean text's
// record (DIR/<set>/clean, when kept) holds the same wrong value: a reading of the genre, not of the OCR.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagValue } from './lib/flags.js';
import { SCALARS, listScore, LISTS } from './lib/score-extraction.js';
import { fold, levenshtein, similarity, stripMarks } from './lib/textnorm.js';

type Json = Record<string, unknown>;
const root = fileURLToPath(new URL('..', import.meta.url));
const predDir = process.argv[2];
if (predDir === undefined || predDir.startsWith('--')) throw new Error('usage: ocr-wrong-values.ts DIR [--variant ocr] [--text]');
const variant = flagValue('--variant') ?? 'ocr';
const withText = process.argv.includes('--text');
const TEXT_SCALARS = new Set(['title', 'emulation.theme']);

/** The gold folder of an eval set by its name (as scripts/eval.ts names them). */
function goldDir(set: string): string | null {
  const dir =
    set === 'dev'
      ? join(root, 'fixtures', 'dev-plans', 'gold')
      : set.startsWith('outside-')
        ? join(root, 'fixtures', 'outside', set.slice('outside-'.length), 'gold')
        : null;
  return dir !== null && existsSync(dir) ? dir : null;
}

const get = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o === null || o === undefined ? undefined : (o as Json)[k]), obj);
const filled = (v: unknown): boolean => v !== null && v !== undefined && fold(v) !== '';

function kind(gold: unknown, pred: unknown): string {
  if (!filled(gold)) return 'gold empty';
  const g = fold(gold)!;
  const p = fold(pred)!;
  if (stripMarks(g) === stripMarks(p)) return 'marks';
  return levenshtein(g, p) <= 2 ? 'letters' : 'other';
}

interface Wrong {
  set: string;
  doc: string;
  field: string;
  gold: unknown;
  pred: unknown;
  flagged: boolean;
  kind: string;
  /** The clean text's record holds the same value. */
  clean: boolean;
}

/** A review item or warning of the record that names this field (or a field holding it). */
function flaggedIn(record: Json, path: string): boolean {
  const review = Array.isArray(record.review) ? (record.review as Json[]) : [];
  const names = review.map((r) => String(r.field));
  const warnings = Array.isArray(record.warnings) ? (record.warnings as string[]) : [];
  return (
    names.some((f) => path === f || path.startsWith(`${f}.`) || f.startsWith(`${path}.`)) ||
    warnings.some((w) => w.startsWith(`${path}:`) || w.startsWith(`${path} `))
  );
}

const wrongs: Wrong[] = [];
for (const set of readdirSync(predDir).sort()) {
  const gold = goldDir(set);
  const dir = join(predDir, set, variant);
  if (gold === null || !existsSync(dir)) continue;
  const preds = readdirSync(dir).filter((f) => f.endsWith('.json'));
  for (const g of readdirSync(gold).filter((f) => /^\d{3}.*\.json$/.test(f)).sort()) {
    const name = preds.find((p) => p.startsWith(g.slice(0, 3)));
    if (name === undefined) continue;
    const goldRecord = JSON.parse(readFileSync(join(gold, g), 'utf8')) as Json;
    const record = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;
    const cleanFile = join(predDir, set, 'clean', name);
    const cleanRecord = variant !== 'clean' && existsSync(cleanFile) ? (JSON.parse(readFileSync(cleanFile, 'utf8')) as Json) : null;
    const unscored = new Set(Array.isArray(goldRecord._unscored) ? (goldRecord._unscored as string[]) : []);
    const add = (field: string, goldValue: unknown, predValue: unknown, flagPath: string, cleanValue: unknown, label = ''): void => {
      wrongs.push({
        set,
        doc: g.slice(0, 3),
        field,
        gold: goldValue ?? null,
        pred: `${String(predValue)}${label}`,
        flagged: flaggedIn(record, flagPath),
        kind: kind(goldValue, predValue),
        clean: cleanRecord !== null && fold(cleanValue) === fold(predValue),
      });
    };
    for (const [path, threshold] of SCALARS) {
      if (unscored.has(path) || (TEXT_SCALARS.has(path) && !withText)) continue;
      const p = get(record, path);
      const gv = get(goldRecord, path);
      if (!filled(p) || fold(p) === fold(gv)) continue;
      if (TEXT_SCALARS.has(path) && filled(gv) && similarity(gv, p) >= threshold) continue;
      add(path, gv, p, path, get(cleanRecord, path));
    }
    if (unscored.has('legalBases')) continue;
    const goldBases = Array.isArray(goldRecord.legalBases) ? (goldRecord.legalBases as Json[]) : [];
    const predBases = Array.isArray(record.legalBases) ? (record.legalBases as Json[]) : [];
    const { pairs } = listScore(goldBases, predBases, LISTS.legalBases!);
    const cleanBases = Array.isArray(cleanRecord?.legalBases) ? (cleanRecord.legalBases as Json[]) : [];
    const cited = (b: Json | undefined): string | null => (b === undefined ? null : `${String(b.number)} ${String(b.date)}`);
    for (const [k, p] of predBases.entries()) {
      const pair = pairs.find(([, q]) => q === p);
      const twin = cleanBases.find((b) => LISTS.legalBases!(b, p, true));
      if (pair === undefined) {
        // The gold basis it was meant to be: the same number, else the same date.
        const near = goldBases.find((b) => filled(b.number) && fold(b.number) === fold(p.number)) ?? goldBases.find((b) => filled(b.date) && b.date === p.date);
        add('legalBases (unmatched)', cited(near), cited(p), `legalBases.${k}`, cited(twin));
        continue;
      }
      const g = pair[0] as Json;
      for (const part of ['documentType', 'issuer', ...(withText ? ['subject'] : [])]) {
        if (unscored.has(`legalBases.${part}`)) continue;
        if (!filled(p[part]) || fold(p[part]) === fold(g[part])) continue;
        if (part === 'subject' && filled(g[part]) && similarity(g[part], p[part]) >= 0.85) continue;
        add(`legalBases.${part}`, g[part], p[part], `legalBases.${k}.${part}`, twin?.[part], `  [${cited(p)}]`);
      }
    }
  }
}

const fields = [...new Set(wrongs.map((w) => w.field))];
for (const field of fields) {
  const group = wrongs.filter((w) => w.field === field);
  console.log(`## ${field} (${group.length}, ${group.filter((w) => w.flagged).length} flagged)`);
  for (const w of group) {
    const notes = [w.kind, ...(w.flagged ? ['flagged'] : []), ...(w.clean ? ['clean too'] : [])];
    console.log(`${w.set.replace('outside-', '')} ${w.doc} [${notes.join(', ')}] ${JSON.stringify(w.pred)} ← gold ${JSON.stringify(w.gold)}`);
  }
  console.log('');
}
const bySet = new Map<string, number>();
for (const w of wrongs) bySet.set(w.set, (bySet.get(w.set) ?? 0) + 1);
console.log(`per set: ${[...bySet].map(([s, n]) => `${s.replace('outside-', '')} ${n}`).join(', ')}`);
const own = wrongs.filter((w) => !w.clean);
console.log(
  `wrong non-empty ${variant} values${withText ? ' (with text fields)' : ''}: ${wrongs.length} (${wrongs.filter((w) => w.flagged).length} flagged for review); ` +
    `not in the clean text's records: ${own.length} (${own.filter((w) => w.flagged).length} flagged)`,
);
