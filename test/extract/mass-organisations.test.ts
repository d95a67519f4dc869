import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/extract/header.js';
import { toLines } from '../../src/extract/lines.js';
import { readSymbol } from '../../src/extract/symbols.js';

// The Đoàn's own rules on its documents put ĐOÀN TNCS HỒ CHÍ MINH where the State puts the quốc hiệu.
describe('a Youth Union letterhead', () => {
  it('names the central committee as the Đoàn’s, with its symbol spelled as the tables do', () => {
    const header = readHeader(
      toLines(['BAN CHẤP HÀNH TRUNG ƯƠNG        ĐOÀN TNCS HỒ CHÍ MINH', '***', 'Số: 12-CTr/TWĐTN-VP       Hà Nội, ngày 2 tháng 3 năm 2022'].join('\n')),
    );
    expect(header.letterhead).toMatchObject({ name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', level: 'trung ương' });
    expect(header.documentNumber).toMatchObject({ number: '12', text: '12-CTr/TWĐTN-VP' });
  });

  it('leaves a Party central committee and a provincial Đoàn body as they are', () => {
    const party = readHeader(toLines(['BAN CHẤP HÀNH TRUNG ƯƠNG        ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 7-CT/TW       Hà Nội, ngày 2 tháng 3 năm 2022'].join('\n')));
    expect(party.letterhead?.name).toBe('Ban Chấp hành Trung ương');
    const province = readHeader(
      toLines(['BCH ĐOÀN TỈNH AN GIANG        ĐOÀN TNCS HỒ CHÍ MINH', 'Số: 40-KH/TĐTN-VP       An Giang, ngày 2 tháng 3 năm 2022'].join('\n')),
    );
    expect(province.letterhead?.name).not.toContain('Trung ương');
  });

  it('restores the marks of a mass organisation’s code typed without them', () => {
    expect(readSymbol(': 31-KH/TWDTN-CTTN')).toMatchObject({ symbol: 'KH/TWĐTN-CTTN' });
    expect(readSymbol(': 5/KH-HLHPNVN')).toMatchObject({ symbol: 'KH-HLHPNVN' });
  });
});

describe('a body the organs table names whole', () => {
  it('reads no commune inside its name (XÃ HỘI of Lao động - Thương binh và Xã hội)', () => {
    const header = readHeader(toLines(['BỘ LAO ĐỘNG - THƯƠNG', 'BINH VÀ XÃ HỘI', 'Số: 9/2010/TT-BLĐTBXH', 'Hà Nội, ngày 2 tháng 3 năm 2010'].join('\n')));
    expect(header.letterhead).toMatchObject({ name: 'Bộ Lao động - Thương binh và Xã hội', level: 'trung ương', locality: null });
  });
});
