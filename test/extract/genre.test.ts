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
  it('has the seven documents, each with its gold record', () => {
    expect(texts).toHaveLength(7);
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
