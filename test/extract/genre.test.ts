// The body of a plan on the genre set written for the project (fixtures/genre,
// see its SOURCES.md): district, commune, school, Đoàn and Party plans of
// several years, and a letter. Every part the body parsers read must equal the
// archivist's record, field by field.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const dir = new URL('../../fixtures/genre/', import.meta.url);
const texts = readdirSync(new URL('texts/', dir)).filter((f) => f.endsWith('.txt')).sort();

interface Gold {
  legalBases: Record<string, string | null>[];
  emulation: unknown;
  objectives: string[];
  targets: unknown[];
  awardForms: unknown[];
  _unscored?: string[];
}

const BODY_FIELDS = ['emulation', 'objectives', 'targets', 'awardForms'] as const;

describe('genre set: the body of each document', () => {
  it('has documents, each with its gold record', () => {
    expect(texts.length).toBeGreaterThan(0);
    const golds = new Set(readdirSync(new URL('gold/', dir)).filter((f) => f.endsWith('.json')));
    expect(texts.filter((f) => !golds.has(f.replace(/\.txt$/u, '.json')))).toEqual([]);
  });

  for (const file of texts) {
    it(file, () => {
      const gold = JSON.parse(readFileSync(new URL(`gold/${file.replace(/\.txt$/u, '.json')}`, dir), 'utf8')) as Gold;
      const record = extractPlan(readFileSync(new URL(`texts/${file}`, dir), 'utf8'), { sample: file });
      const unscored = new Set(gold._unscored ?? []);
      const basisParts = ['documentType', 'number', 'date', 'issuer', 'subject'].filter((p) => !unscored.has(`legalBases.${p}`));
      const pick = (b: Record<string, unknown>) => Object.fromEntries(basisParts.map((p) => [p, b[p]]));
      expect(record.legalBases.map(pick)).toEqual(gold.legalBases.map(pick));
      for (const field of BODY_FIELDS) {
        if (!unscored.has(field)) expect({ [field]: record[field] }).toEqual({ [field]: gold[field] });
      }
    });
  }
});

/** The frame fields the archivist records; a field (or part) in `_unscored` is left open by FORMAT.md. */
const FRAME_FIELDS = [
  'documentType',
  'documentNumber.number',
  'documentNumber.symbol',
  'documentNumber.text',
  'issuer.name',
  'issuer.level',
  'issuer.locality',
  'place',
  'issuedDate',
  'title',
  'signer.name',
  'signer.position',
  'signer.authority',
  'recipients',
  'sections',
] as const;

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

describe('genre set: the frame of each document', () => {
  for (const file of texts) {
    it(file, () => {
      const gold = JSON.parse(readFileSync(new URL(`gold/${file.replace(/\.txt$/u, '.json')}`, dir), 'utf8')) as Gold;
      const record = extractPlan(readFileSync(new URL(`texts/${file}`, dir), 'utf8'), { sample: file });
      const unscored = new Set(gold._unscored ?? []);
      for (const path of FRAME_FIELDS) {
        if (unscored.has(path) || unscored.has(path.split('.')[0]!)) continue;
        // The scorer folds case (`Huyện Đoàn` = `Huyện đoàn`); nothing else is forgiven.
        const folded = (v: unknown): unknown => JSON.parse(JSON.stringify({ [path]: v ?? null }).toLowerCase());
        expect(folded(at(record, path))).toEqual(folded(at(gold, path)));
      }
    });
  }
});
