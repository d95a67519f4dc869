// What the review page says of each field of a real batch output: values,
// provenance lines, and the flags and confidences the record itself carries
// (`review`, `confidence`, written by the confidence stage) or that are derived.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/batch/manifest.js';
import { stripMarks } from '../../src/marks.js';
import { documentData } from '../../src/review/document-data.js';
import { documentId, SHOWN_TEXT } from '../../src/review/sidecars.js';
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

// a copy of the sample stripped of its marks: restoration changes most of its lines
describe('document data of a restored text', () => {
  let strippedOut: string;
  let strippedDir: string;
  const strippedRecord = () => join(strippedOut, SAMPLE_002.replace(/\.txt$/, '.json'));
  const strippedData = async () => documentData(strippedOut, (await readManifest(join(strippedOut, 'manifest.jsonl'))).get(SAMPLE_002)!, documentId(SAMPLE_002));

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vnplan-stripped-'));
    const input = join(folder, SAMPLE_002);
    await writeFile(input, stripMarks(await readFile(join(SAMPLES, SAMPLE_002), 'utf8')));
    ({ out: strippedOut, dir: strippedDir } = await batchOver([input]));
    await rm(folder, { recursive: true });
  });

  it('keeps of the text before restoration only the lines restoration changed, and gives the text back whole from them', async () => {
    const log = JSON.parse(await readFile(strippedRecord().replace(/\.json$/, '.corrections.json'), 'utf8'));
    const restored = (await readFile(strippedRecord().replace(/\.json$/, '.txt'), 'utf8')).split('\n');
    const input = await readFile(join(strippedDir, SAMPLE_002), 'utf8');
    expect(log.original).toBeUndefined();
    expect(log.originalLines.length).toBeGreaterThan(0);
    expect(log.originalLines.length).toBeLessThan(restored.length);
    for (const { line, text } of log.originalLines) expect(text).not.toBe(restored[line - 1]);
    const doc = await strippedData();
    expect(doc.original!.join('\n')).toBe(input);
    expect(doc.textLines).toBe(restored.length);
  });

  it('shows only the first lines of a huge text, says how many there are, and keeps the changes of those lines', async () => {
    const textPath = strippedRecord().replace(/\.json$/, '.txt');
    const restored = await readFile(textPath, 'utf8');
    const copies = Math.ceil((SHOWN_TEXT.lines * 1.5) / restored.split('\n').length);
    const huge = Array.from({ length: copies }, () => restored).join('\n');
    await writeFile(textPath, huge);
    const doc = await strippedData();
    const lines = huge.split('\n');
    expect(doc.textLines).toBe(lines.length);
    expect(doc.text).toEqual(lines.slice(0, SHOWN_TEXT.lines));
    expect(doc.original).toHaveLength(SHOWN_TEXT.lines);
    expect(doc.changes.length).toBeGreaterThan(0);
    expect(doc.changes.every((c) => c.line <= SHOWN_TEXT.lines)).toBe(true);
    await writeFile(textPath, restored);
  });
});
