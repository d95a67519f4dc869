// Header layouts met in documents from outside the development set (a place
// cut by a narrow table cell, a numbered city district, `Xã hội` inside a
// body's name), each on a short text written for this test.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

const letterhead = (organ: string[], dateLine: string[]) => [
  ...organ,
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-SLĐTBXH',
  ...dateLine,
  'KẾ HOẠCH',
  'Tổ chức tháng hành động vì người cao tuổi năm 2019',
  'Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009;',
];

describe('a body whose name holds `Xã hội`', () => {
  it('is no commune named Hội: the level and place come from the authority above', () => {
    const record = extract(letterhead(['UBND TỈNH NINH BÌNH', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], ['Ninh Bình, ngày 04 tháng 3 năm 2019']));
    expect(record.issuer.level).not.toBe('xã');
    expect(record.issuer.name).toMatch(/Xã hội/u);
    expect(record.issuer.locality).not.toBe('Hội');
  });

  it('still reads a commune whose registered name opens with Hội', () => {
    const record = extract(letterhead(['ỦY BAN NHÂN DÂN', 'XÃ HỘI HỢP'], ['Hội Hợp, ngày 04 tháng 3 năm 2019']));
    expect(record.issuer).toMatchObject({ level: 'xã', locality: 'Hội Hợp' });
  });
});

describe('a place name cut between its words by a table cell', () => {
  it('is joined when the whole is a registered place', () => {
    const record = extract(letterhead(['UBND TỈNH QUẢNG TRỊ', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], ['Quảng', 'Trị, ngày 27 tháng 12 năm 2016']));
    expect(record.place).toBe('Quảng Trị');
    expect(record.issuedDate).toBe('2016-12-27');
    expect(record.issuer.name).not.toMatch(/Quảng$/u);
  });

  it('is not joined to a word that makes no registered place', () => {
    const record = extract(letterhead(['UBND TỈNH QUẢNG TRỊ', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], ['Mẫu', 'Trị, ngày 27 tháng 12 năm 2016']));
    expect(record.place).toBe('Trị');
  });
});

describe('a numbered city district or ward as the place', () => {
  it('keeps its number', () => {
    expect(extract(letterhead(['UBND QUẬN 2', 'PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], ['Quận 2, ngày 11 tháng 01 năm 2008'])).place).toBe('Quận 2');
    expect(extract(letterhead(['UBND PHƯỜNG 5'], ['Phường 5, ngày 11 tháng 01 năm 2008'])).place).toBe('Phường 5');
  });

  it('takes no other figure for a place', () => {
    expect((extract(letterhead(['UBND QUẬN 2'], ['Số 2 Hà Nội, ngày 11 tháng 01 năm 2008'])).place ?? '')).not.toMatch(/\d/u);
  });
});
