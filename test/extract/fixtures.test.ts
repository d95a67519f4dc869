// The extractor on the five sample plans, field by field, with the judge's
// scoring rules (scripts/lib/score-extraction.ts). Restoration is left out:
// these are the figures the raw text allows, and they may only rise once the
// restorer runs in front of the extractor.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/text.js';
import { extractPlan } from '../../src/extract/index.js';
import { planRecordJsonSchema } from '../../src/extract/json-schema.js';
import { PlanRecord } from '../../src/types.js';
import { scoreDocument } from '../../scripts/lib/score-extraction.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const samples = readdirSync(new URL('samples/', fixtures)).filter((f) => f.endsWith('.txt')).sort();

function gold(key: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`expected/${key}.json`, fixtures), 'utf8')) as Record<string, unknown>;
}

function extract(file: string): PlanRecord {
  const text = decodeText(readFileSync(new URL(`samples/${file}`, fixtures)), file);
  return PlanRecord.parse(extractPlan(text, { sample: file }));
}

const sampleFor = (key: string): string => samples.find((s) => s.startsWith(key))!;
const scored = (key: string) => scoreDocument(key, gold(key), extract(sampleFor(key)), key);

describe('clean samples', () => {
  for (const key of ['002', '004']) {
    it(`${key} is right on every field`, () => {
      const { fields } = scored(key);
      const wrong = Object.entries(fields).filter(([, v]) => v < 1);
      expect(wrong).toEqual([]);
    });
  }
});

describe('OCR samples, as their raw text allows', () => {
  // Fields that read right from the raw OCR already: structure, numbers, dates.
  const rightToday: Record<string, string[]> = {
    '000': [
      'documentType', 'documentNumber.text', 'issuer.level', 'issuedDate', 'emulation.period.from', 'emulation.period.to',
      'signer.position', 'signer.authority', 'legalBases', 'legalBases.documentType', 'legalBases.issuer', 'awardForms',
    ],
    '001': [
      'documentType', 'documentNumber.text', 'issuer.level', 'issuedDate', 'emulation.period.from', 'emulation.period.to',
      'signer.position', 'signer.authority', 'legalBases', 'legalBases.documentType', 'awardForms',
    ],
    '003': [
      'documentType', 'documentNumber.text', 'issuer.level', 'place', 'issuedDate', 'emulation.period.from',
      'emulation.period.to', 'signer.position', 'signer.authority', 'legalBases', 'legalBases.documentType',
      'targets', 'awardForms',
    ],
  };
  for (const [key, fields] of Object.entries(rightToday)) {
    it(`${key}: every cited document, the numbers and dates, the signature`, () => {
      const score = scored(key);
      expect(Object.fromEntries(fields.map((f) => [f, score.fields[f]]))).toEqual(Object.fromEntries(fields.map((f) => [f, 1])));
      expect(score.score).toBeGreaterThanOrEqual(0.55);
    });

    it(`${key}: the sections and groups come out in the right number`, () => {
      const record = extract(sampleFor(key));
      const expected = gold(key) as unknown as PlanRecord;
      expect(record.sections.map((s) => s.number)).toEqual(expected.sections.map((s) => s.number));
      expect(record.targets).toHaveLength(expected.targets.length);
      expect(record.objectives).toHaveLength(expected.objectives.length);
      expect(record.recipients).toHaveLength(expected.recipients.length);
    });
  }
});

describe('every record', () => {
  it('says where each value came from and which fields are missing', () => {
    for (const file of samples) {
      const record = extract(file);
      expect(record.provenance.title).toBeDefined();
      record.legalBases.forEach((_, i) => expect(record.provenance[`legalBases.${i}`]).toBeDefined());
      record.recipients.forEach((_, i) => expect(record.provenance[`recipients.${i}`]).toBeDefined());
      expect(record.missingFields.includes('title')).toBe(false);
      expect(record.missingFields.includes('objectives')).toBe(record.objectives.length === 0);
    }
  });
});

describe('texts that are not plans', () => {
  const texts = {
    novel: 'Chương một\n\nTrời vừa hửng sáng, cô bé đã ra đồng. Gió thổi lồng lộng trên cánh đồng lúa.\nNgười mẹ gọi với theo.',
    numbers: '1 2 3\n4 5 6\n7 8 9\n\n10 11 12',
    note: 'Nhớ mua rau.',
    decision: 'QUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật Thi đua, khen thưởng;\nĐiều 1. Tặng Giấy khen.',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`${name}: a valid record with a warning, no throw`, () => {
      const record = PlanRecord.parse(extractPlan(text, { sample: `${name}.txt` }));
      expect(record.warnings.some((w) => w.startsWith('not a plan'))).toBe(true);
      expect(record.documentType === null || record.documentType !== 'Kế hoạch').toBe(true);
    });
  }
});

describe('schema', () => {
  it('accepts every gold record with the added fields empty', () => {
    for (const file of readdirSync(new URL('expected/', fixtures)).filter((f) => f.endsWith('.json'))) {
      const { _unscored: _, ...record } = JSON.parse(readFileSync(new URL(`expected/${file}`, fixtures), 'utf8')) as Record<string, unknown>;
      const result = PlanRecord.safeParse({ ...record, outline: [], provenance: {}, missingFields: [], warnings: [] });
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('ships a JSON Schema with every field of the record', () => {
    const schema = planRecordJsonSchema() as { $schema: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toEqual(Object.keys(PlanRecord.shape));
    expect(schema.required).toContain('legalBases');
  });

  it('scores a gold record against itself as perfect', () => {
    for (const key of ['000', '001', '002', '003', '004']) expect(scoreDocument(key, gold(key), gold(key), key).score).toBe(1);
  });
});
