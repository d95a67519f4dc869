// What the review page says of each field of a real batch output: values,
// provenance lines, and the flags and confidences the record itself carries
// (`review`, `confidence`, written by the confidence stage) or that are derived.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/batch/manifest.js';
import { documentData } from '../../src/review/document-data.js';
import { documentId } from '../../src/review/sidecars.js';
import { batchOver, removeBatches, SAMPLE_002, SAMPLES } from './helpers.js';

let out: string;
const recordPath = () => join(out, SAMPLE_002.replace(/\.txt$/, '.json'));

async function data() {
  const entry = (await readManifest(join(out, 'manifest.jsonl'))).get(SAMPLE_002)!;
  return documentData(out, entry, documentId(SAMPLE_002));
}

beforeAll(async () => {
  ({ out } = await batchOver([join(SAMPLES, SAMPLE_002)]));
});
afterAll(removeBatches);

describe('document data', () => {
  it('gives each field its value and the lines it was read from, and the restored text by line', async () => {
    const record = JSON.parse(await readFile(recordPath(), 'utf8'));
    const doc = await data();
    const signer = doc.fields.find((f) => f.field === 'signer.name')!;
    expect(signer).toMatchObject({ label: 'Người ký', value: record.signer.name, lines: record.provenance.signer, flags: [], confidence: record.confidence?.signer ?? null });
    expect(doc.text.slice(signer.lines!.from - 1, signer.lines!.to).join('\n')).toContain(record.signer.name);
    expect(doc.fields.find((f) => f.field === 'legalBases.0.number')?.label).toBe('Căn cứ 1: số');
    expect(doc.original).not.toBeNull();
    expect(doc.flagged).toBe(doc.fields.filter((f) => f.flags.length > 0).length + record.warnings.length);
  });

  it("shows the record's own review reasons and confidences, for a field or the part it belongs to", async () => {
    const record = JSON.parse(await readFile(recordPath(), 'utf8'));
    record.review = [
      { field: 'signer', reason: 'under a stamp' },
      { field: 'issuedDate', reason: 'handwritten', detail: 'ngày viết tay' },
    ];
    record.confidence = { signer: 0.42, issuedDate: 0.9 };
    await writeFile(recordPath(), JSON.stringify(record));
    const doc = await data();
    expect(doc.fields.find((f) => f.field === 'signer.name')).toMatchObject({ confidence: 0.42, confidenceSource: 'record', flags: ['bị dấu che'] });
    expect(doc.fields.find((f) => f.field === 'issuedDate')).toMatchObject({ confidence: 0.9, flags: ['viết tay (ngày viết tay)'] });
    expect(doc.fields.find((f) => f.field === 'title')?.flags).toEqual([]);
  });
});
