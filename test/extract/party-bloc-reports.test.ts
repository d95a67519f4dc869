import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/extract/header.js';
import { opensPreamble, readLegalBases } from '../../src/extract/legal-bases.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';

const header = (lines: string[]) => readHeader(toLines(lines.join('\n')));

// Hướng dẫn 36-HD/VPTW: a Party body that is no territory (Đảng ủy Khối các cơ quan …) heads its documents with its
// own name; `cơ quan` there is a noun, not the district level `quận` written without its mark.
describe('a Party bloc committee letterhead', () => {
  it('keeps `CƠ QUAN` a noun in a name written with marks, and spells out TW', () => {
    const h = header(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW', '*', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 08 tháng 01 năm 2021']);
    expect(h.letterhead).toMatchObject({ name: 'Đảng ủy Khối các cơ quan Trung ương', level: null, locality: null });
  });

  it('still reads a district written without marks where the whole line lost them', () => {
    const h = header(['DANG UY KHOI CAC CO QUAN QUAN BA DINH', 'DANG CONG SAN VIET NAM', 'Ha Noi, ngay 08 thang 01 nam 2021']);
    expect(h.letterhead?.level).toBe('quận');
  });
});

const bases = (...lines: string[]) => readLegalBases(paragraphs(toLines(lines.join('\n')), opensPreamble)).map((b) => b.basis);
const keys = (...lines: string[]) => bases(...lines).map((b) => [b.documentType, b.number, b.date]);

// Hướng dẫn 36-HD/VPTW: a Party plan cites one document after another with commas, `số …, ngày …`, types in small letters.
describe('a Party preamble citing a second document after a quoted subject', () => {
  it('opens the dated citation after `”,` as a basis of its own', () => {
    const found = bases(
      'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về “Đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng”, kế hoạch số 41-KH/HU, ngày 16/6/2020 về tổ chức đại hội đảng bộ huyện; Đảng ủy xã xây dựng kế hoạch như sau:',
    );
    expect(found.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Chỉ thị', '35-CT/TW', '2019-05-30'],
      ['Kế hoạch', '41-KH/HU', '2020-06-16'],
    ]);
    expect(found[0]!.subject).toBe('về “Đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng”');
  });

  it('leaves an undated citation after the quote inside the subject', () => {
    expect(
      keys('Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về “Đại hội đảng bộ các cấp”, kế hoạch số 41-KH/HU về tổ chức đại hội;'),
    ).toEqual([['Chỉ thị', '35-CT/TW', '2019-05-30']]);
  });
});
