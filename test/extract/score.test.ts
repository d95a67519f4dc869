// The eval's port of the judge's scorer: lenient allowances, --strict, and the
// gold's _unscored list (legal-basis parts included).
import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../scripts/lib/score-extraction.js';

const gold = {
  title: 'Kế hoạch tổ chức các hoạt động kỷ niệm ngày thành lập Đoàn năm 2024',
  recipients: ['Ban Thường vụ Huyện đoàn Krông Pắc', 'Lưu: VT'],
  legalBases: [{ documentType: 'Luật', number: null, date: '2022-06-15', issuer: null, subject: 'Thi đua, khen thưởng' }],
  _unscored: ['legalBases.subject'],
};
// One wrong mark in the title and one in a recipient: right for a reader, wrong for an archivist.
const pred = {
  title: 'Kế hoạch tổ chức các hoạt động kỷ niệm ngày thành lập Đoàn năm 2O24',
  recipients: ['Ban Thường vụ Huyện đoàn Krông Pác', 'Lưu: VT.'],
  legalBases: [{ documentType: 'Luật', number: null, date: '2022-06-15', issuer: 'Quốc hội', subject: 'anything' }],
};

describe('scoreDocument', () => {
  it('allows near titles and recipients leniently, not strictly', () => {
    const lenient = scoreDocument('201', gold, pred, '201.json');
    const strict = scoreDocument('201', gold, pred, '201.json', true);
    expect(lenient.fields.title).toBe(1);
    expect(strict.fields.title).toBe(0);
    expect(lenient.fields.recipients).toBe(1);
    expect(strict.fields.recipients).toBeCloseTo(0.5);
  });
  it('skips the legal-basis parts the gold leaves unscored, and scores the others', () => {
    const score = scoreDocument('201', gold, pred, '201.json');
    expect(score.fields).not.toHaveProperty(['legalBases.subject']);
    expect(score.fields['legalBases.issuer']).toBe(0);
    expect(score.fields['legalBases.documentType']).toBe(1);
  });
});
