// Values old OCR (tesseract `eng`, no Vietnamese model) and the restoration after it get wrong, put right by
// what the rest of the document says: a citation's symbol names its type in the Party's numbering (HD 36).
// Texts written for the tests.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const plan = (basis: string, rawOcr = false) =>
  extractPlan(
    ['ĐẢNG ỦY XÃ AN PHÚ', 'CHI BỘ THÔN 3', 'Số: 05-KH/CB', 'An Phú, ngày 10 tháng 3 năm 2023', 'KẾ HOẠCH', 'tổ chức đại hội chi bộ nhiệm kỳ 2023 - 2025', basis, 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'),
    { sample: 'ocr-context.txt', rawOcr },
  );

describe('a citation whose words and symbol disagree on the type', () => {
  it('`Thông tư số 07-TT/TU`: the Party numbering names a Thông tri, whose TT the words misread', () => {
    const record = plan('Thực hiện Thông tư số 07-TT/TU ngày 28/9/2022 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội chi bộ;', true);
    expect(record.legalBases.map((b) => [b.documentType, b.number])).toEqual([['Thông tri', '07-TT/TU']]);
  });

  it('a Thông tư in the state numbering stays a Thông tư', () => {
    const record = plan('Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức văn bản;');
    expect(record.legalBases.map((b) => [b.documentType, b.number])).toEqual([['Thông tư', '01/2011/TT-BNV']]);
  });

  it('a Party type the words name is kept, whatever other type shares its letters (`Quy định số 24-QĐ/TW`)', () => {
    const record = plan('Thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương;');
    expect(record.legalBases.map((b) => [b.documentType, b.number])).toEqual([['Quy định', '24-QĐ/TW']]);
  });
});
