import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/extract/header.js';
import { toLines } from '../../src/extract/lines.js';

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
