// Port of the judge's score-extraction.mjs: the same fields, thresholds and
// matching; a mean per document, then the mean of the documents. Strict mode
// (the judge's --strict) drops every similarity allowance: a value counts only
// when it equals the gold after folding.
import { fold, similarity } from './textnorm.js';

type Json = Record<string, unknown>;

const get = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o === null || o === undefined ? undefined : (o as Json)[k]), obj);

/** Scalar fields: exact after folding (threshold 1), or similarity for long free text. */
export const SCALARS: [string, number][] = [
  ['documentType', 1], ['documentNumber.number', 1], ['documentNumber.symbol', 1], ['documentNumber.text', 1],
  ['issuer.name', 1], ['issuer.level', 1], ['issuer.locality', 1], ['place', 1], ['issuedDate', 1],
  ['title', 0.9], ['emulation.theme', 0.9], ['emulation.period.from', 1], ['emulation.period.to', 1],
  ['signer.name', 1], ['signer.position', 1], ['signer.authority', 1],
];

type Same = (g: unknown, p: unknown, strict: boolean) => boolean;
const field = (v: unknown, k: string): unknown => (v === null || v === undefined ? undefined : (v as Json)[k]);

/** Equal after folding, or (lenient only) similar enough. */
function near(a: unknown, b: unknown, threshold: number, strict: boolean): boolean {
  return strict || threshold >= 1 ? fold(a) === fold(b) : similarity(a, b) >= threshold;
}

/** List fields: how a gold item and a predicted item are judged the same. */
export const LISTS: Record<string, Same> = {
  legalBases: (g, p) => fold(field(g, 'number')) === fold(field(p, 'number')) && fold(field(g, 'date')) === fold(field(p, 'date')),
  targets: (g, p, strict) => near(field(g, 'group'), field(p, 'group'), 0.85, strict),
  awardForms: (g, p, strict) =>
    fold(field(g, 'form')) === fold(field(p, 'form')) &&
    near(field(g, 'grantedBy') ?? '', field(p, 'grantedBy') ?? '', 0.85, strict),
  objectives: (g, p, strict) => near(g, p, 0.9, strict),
  recipients: (g, p, strict) => near(g, p, 0.9, strict),
  sections: (g, p, strict) =>
    fold(field(g, 'number')) === fold(field(p, 'number')) && near(field(g, 'title'), field(p, 'title'), 0.9, strict),
};

/** Within a matched legal basis, these parts are scored too. */
export const BASIS_PARTS: [string, number][] = [['documentType', 1], ['issuer', 0.85], ['subject', 0.85]];

export function scalarOk(g: unknown, p: unknown, threshold: number, strict = false): boolean {
  if (g === null || g === undefined) return p === null || p === undefined || fold(p) === '';
  if (p === null || p === undefined) return false;
  return near(g, p, threshold, strict);
}

export interface ListScore {
  tp: number;
  gold: number;
  pred: number;
  f1: number;
  pairs: [unknown, unknown][];
}

export function listScore(goldList: unknown, predList: unknown, same: Same, strict = false): ListScore {
  const gold = Array.isArray(goldList) ? goldList : [];
  const pred = Array.isArray(predList) ? predList : [];
  const used = new Set<number>();
  const pairs: [unknown, unknown][] = [];
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && same(g, p, strict));
    if (j >= 0) {
      used.add(j);
      pairs.push([g, pred[j]]);
    }
  }
  const tp = pairs.length;
  const precision = pred.length ? tp / pred.length : gold.length ? 0 : 1;
  const recall = gold.length ? tp / gold.length : pred.length ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, gold: gold.length, pred: pred.length, f1, pairs };
}

export interface DocumentScore {
  key: string;
  /** File name of the prediction, null when there was none. */
  pred: string | null;
  fields: Record<string, number>;
  /** What went wrong, one line per missed field (the judge's --verbose lines). */
  misses: string[];
  score: number;
}

/** Scores one prediction (null: none was made) against its gold record. */
export function scoreDocument(
  key: string,
  gold: Json,
  pred: Json | null,
  predName: string | null,
  strict = false,
): DocumentScore {
  const unscored = new Set(Array.isArray(gold._unscored) ? (gold._unscored as string[]) : []);
  const fields: Record<string, number> = {};
  const misses: string[] = [];
  const predicted = pred ?? {};
  for (const [path, threshold] of SCALARS) {
    if (unscored.has(path)) continue;
    const ok = pred ? scalarOk(get(gold, path), get(predicted, path), threshold, strict) : false;
    fields[path] = ok ? 1 : 0;
    if (!ok) misses.push(`${key} ${path}: gold=${JSON.stringify(get(gold, path))} pred=${JSON.stringify(get(predicted, path))}`);
  }
  for (const [name, same] of Object.entries(LISTS)) {
    if (unscored.has(name)) continue;
    const s = listScore(get(gold, name), get(predicted, name), same, strict);
    fields[name] = s.f1;
    if (s.f1 < 1) misses.push(`${key} ${name}: ${s.tp} of ${s.gold} gold matched, ${s.pred} predicted`);
    if (name === 'legalBases') {
      for (const [part, threshold] of BASIS_PARTS) {
        if (unscored.has(`legalBases.${part}`)) continue;
        const oks = s.pairs.map(([g, p]) => scalarOk(field(g, part), field(p, part), threshold, strict));
        fields[`legalBases.${part}`] = s.gold ? oks.filter(Boolean).length / s.gold : s.pred ? 0 : 1;
      }
    }
  }
  const values = Object.values(fields);
  return { key, pred: predName, fields, misses, score: values.reduce((a, b) => a + b, 0) / values.length };
}

export interface Report {
  documents: DocumentScore[];
  /** Mean of each field over the documents, rounded to 3 places as the judge rounds. */
  fieldMeans: Record<string, number>;
  /** Mean of the document scores, rounded to 4 places. */
  overall: number;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function summarize(documents: DocumentScore[]): Report {
  const perField: Record<string, number[]> = {};
  for (const d of documents) for (const [k, v] of Object.entries(d.fields)) (perField[k] ??= []).push(v);
  return {
    documents,
    fieldMeans: Object.fromEntries(Object.entries(perField).map(([k, v]) => [k, +mean(v).toFixed(3)])),
    overall: +mean(documents.map((d) => d.score)).toFixed(4),
  };
}

/** The judge's plain-text report, line for line. */
export function formatReport(report: Report): string[] {
  return [
    ...report.documents.map((d) => `${d.key}  ${d.pred ?? '(no prediction)'}  ${(100 * d.score).toFixed(1)}%`),
    ...Object.entries(report.fieldMeans).map(([k, v]) => `  ${k.padEnd(26)} ${(100 * v).toFixed(1)}%`),
    `field score: ${(100 * report.overall).toFixed(2)}%`,
  ];
}
