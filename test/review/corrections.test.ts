// Corrections laid over a real record: the schema decides what a field may hold,
// and summary.csv rows carry the corrected values and the checked mark.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryRow, SUMMARY_HEADER } from '../../src/batch/summary-csv.js';
import { applyCorrections, correctedRecord, textLeaves, withField, type Reviewed } from '../../src/review/corrections.js';
import { processFile } from '../../src/pipeline.js';
import { SAMPLE_002, SAMPLES } from './helpers.js';

const { record } = await processFile(join(SAMPLES, SAMPLE_002));

function reviewed(corrections: Reviewed['corrections'], checked = false): Reviewed {
  return { document: '002.txt', sourceSha256: null, checked, checkedAt: checked ? '2026-01-01T00:00:00Z' : null, corrections };
}

describe('corrections', () => {
  it('lists every text leaf of the contract fields, not the added ones', () => {
    const fields = textLeaves(record).map((l) => l.field);
    expect(fields).toContain('title');
    expect(fields).toContain('issuer.name');
    expect(fields).toContain('legalBases.0.number');
    expect(fields.some((f) => f.startsWith('outline') || f.startsWith('provenance') || f.startsWith('warnings'))).toBe(false);
  });

  it('takes a value the schema accepts and refuses one it does not', () => {
    const ok = withField(record, 'issuedDate', '2024-01-23');
    expect('record' in ok && ok.record.issuedDate).toBe('2024-01-23');
    const badDate = withField(record, 'issuedDate', '23/01/2024');
    expect('error' in badDate).toBe(true);
    expect('error' in withField(record, 'legalBases.99.number', 'x')).toBe(true);
    expect('error' in withField(record, 'restoration.changed', 'x')).toBe(true);
    // the record passed in is never changed
    expect(record.issuedDate).not.toBe('2024-01-23');
  });

  it('applies corrections in order, the last one of a field winning, and sets aside those that no longer fit', () => {
    const result = correctedRecord(
      record,
      reviewed([
        { field: 'title', oldValue: record.title, newValue: 'Tên thứ nhất', at: '2026-01-01T00:00:00Z' },
        { field: 'title', oldValue: 'Tên thứ nhất', newValue: 'Tên đã sửa', at: '2026-01-01T00:01:00Z' },
        { field: 'legalBases.42.number', oldValue: null, newValue: '1', at: '2026-01-01T00:02:00Z' },
      ]),
    );
    expect(result.record.title).toBe('Tên đã sửa');
    expect(result.unapplied.map((c) => c.field)).toEqual(['legalBases.42.number']);
  });

  it('gives summary.csv the corrected value and the checked mark', () => {
    const plain = summaryRow('002.txt', record);
    const corrected = summaryRow(
      '002.txt',
      record,
      reviewed([{ field: 'signer.name', oldValue: record.signer.name, newValue: 'Nguyễn Văn A', at: '2026-01-01T00:00:00Z' }], true),
    );
    const column = (name: (typeof SUMMARY_HEADER)[number]) => SUMMARY_HEADER.indexOf(name);
    expect(plain[column('Người ký')]).toBe(record.signer.name);
    expect(plain[column('Đã kiểm tra')]).toBe('Chưa');
    expect(corrected[column('Người ký')]).toBe('Nguyễn Văn A');
    expect(corrected[column('Đã kiểm tra')]).toBe('Có');
    expect(applyCorrections(record, null)).toEqual(record);
  });
});
