// The number line as real paper gives it to OCR: a colon read as a semicolon,
// figures too small to read. It is never taken for a line of the organ block
// (OCR's `Số` is near `Sở`, the head of a department): the issuer stays the
// lower organ of the letterhead, the superior organ's line above it left out.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'paper.txt' });
const rest = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lục Ba, ngày 22 tháng 01 năm 2024', 'KẾ HOẠCH', 'Phát động đợt thi đua cao điểm năm 2024'];
const commune = { name: 'Ủy ban nhân dân xã Lục Ba', level: 'xã', locality: 'Lục Ba' };

describe('the number line of a scanned letterhead', () => {
  it('reads `Số;` (the colon read as a semicolon) as the number, not as an organ', () => {
    const record = extract(['UBND HUYỆN ĐẠI TỪ', 'ỦY BAN NHÂN DÂN XÃ LỤC BA', 'Số; 66/KH-UBND', ...rest]);
    expect(record.documentNumber).toEqual({ number: '66', symbol: 'KH-UBND', text: '66/KH-UBND' });
    expect(record.issuer).toEqual(commune);
  });

  it('keeps a number line whose symbol cannot be read out of the organ block, and says so', () => {
    const record = extract(['UBND HUYỆN ĐẠI TỪ', 'ỦY BAN NHÂN DÂN XÃ LỤC BA', 'Số: 6б/KН-UВND', ...rest]);
    expect(record.documentNumber).toEqual({ number: null, symbol: null, text: null });
    expect(record.issuer).toEqual(commune);
    expect(record.warnings).toContain('documentNumber: line 3 is the number line but its number and symbol cannot be read');
  });

  it('the two columns squashed on each line: the organ block is the left column, its lower organ the issuer', () => {
    const record = extract([
      'UBND HUYỆN ĐẠI TỪ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'ỦY BAN NHÂN DÂN XÃ LỤC BA          Độc lập - Tự do - Hạnh phúc',
      'Số: 66/KH-UBND          Lục Ba, ngày 22 tháng 01 năm 2024',
      ...rest.slice(3),
    ]);
    expect(record.issuer).toEqual(commune);
    expect(record).toMatchObject({ place: 'Lục Ba', issuedDate: '2024-01-22', documentNumber: { text: '66/KH-UBND' } });
  });

  it('a department (`SỞ`) is still an organ, under its province', () => {
    const record = extract(['UBND TỈNH NGHỆ AN', 'SỞ Y TẾ', 'Số: 12/KH-SYT', 'Nghệ An, ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH', 'Phòng, chống dịch bệnh năm 2024']);
    expect(record.issuer).toEqual({ name: 'Sở Y tế tỉnh Nghệ An', level: 'tỉnh', locality: 'Nghệ An' });
    expect(record.warnings.filter((w) => w.startsWith('documentNumber'))).toEqual([]);
  });
});
