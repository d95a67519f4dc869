// What the outside set state-2026b taught (commune and district bodies, documents
// before 2010), each on a short text written for this test: a citation whose
// line ends in a bracket before the issuer's own sentence, the hyphen older
// documents put after a heading's roman numeral, and a council's abbreviation
// parted at the dash of the name it stands for.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readMarker } from '../../src/extract/markers.js';
import { expandLetterhead } from '../../src/extract/organs.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'older.txt' });
const header = ['ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA', 'Số: 12/TB-UBND', 'An Hòa, ngày 07 tháng 10 năm 2023', 'THÔNG BÁO', 'Về việc treo cờ Tổ quốc'];

describe('a citation line that ends without a mark before the issuer speaks', () => {
  it('keeps the closing bracket that ends the subject', () => {
    const record = extract([
      ...header,
      'Thực hiện Thông báo số 491/TB-UBND ngày 06 tháng 10 năm 2023 của UBND quận Đống Đa về việc treo cờ chào mừng kỷ niệm ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2023)',
      'Uỷ ban nhân dân phường An Hòa thông báo như sau:',
    ]);
    expect(record.legalBases.map((b) => b.subject)).toEqual([
      'về việc treo cờ chào mừng kỷ niệm ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2023)',
    ]);
  });

  it('keeps a closing quote, and still leaves the issuer’s sentence and a line’s end mark out', () => {
    const quoted = extract([
      ...header,
      'Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2023 của UBND quận về việc hưởng ứng “Ngày hội đọc sách”',
      'Ủy ban nhân dân phường An Hòa thông báo như sau:',
    ]);
    expect(quoted.legalBases.map((b) => b.subject)).toEqual(['về việc hưởng ứng “Ngày hội đọc sách”']);
    const marked = extract([
      ...header,
      'Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2023 của UBND quận về việc tổ chức Ngày hội đọc sách;',
      'Ủy ban nhân dân phường An Hòa thông báo như sau:',
    ]);
    expect(marked.legalBases.map((b) => b.subject)).toEqual(['về việc tổ chức Ngày hội đọc sách']);
  });
});

describe('a roman heading with a hyphen for its dot', () => {
  it('reads `I- HÌNH THỨC …` and `II- Nội dung …` as headings', () => {
    expect(readMarker('I- HÌNH THỨC, NỘI DUNG THI ĐUA:')).toEqual({ kind: 'roman', value: 'I', rest: 'HÌNH THỨC, NỘI DUNG THI ĐUA:' });
    expect(readMarker('II– Nội dung thi đua')).toMatchObject({ kind: 'roman', value: 'II' });
    const record = extract([
      'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
      'Số: 28/HD-TĐKT',
      'Yên Bái, ngày 09 tháng 01 năm 2007',
      'HƯỚNG DẪN',
      'Tổ chức thực hiện công tác thi đua, khen thưởng',
      'Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30/9/2005 của Chính phủ quy định chi tiết thi hành Luật Thi đua, Khen thưởng;',
      'Ủy ban nhân dân tỉnh hướng dẫn như sau:',
      'I- HÌNH THỨC, NỘI DUNG THI ĐUA:',
      'Thi đua thường xuyên và thi đua theo đợt.',
      'II- KHEN THƯỞNG:',
      'Theo quy định của Luật.',
    ]);
    expect(record.sections).toEqual([
      { number: 'I', title: 'HÌNH THỨC, NỘI DUNG THI ĐUA' },
      { number: 'II', title: 'KHEN THƯỞNG' },
    ]);
  });

  it('reads no heading in a word with a hyphen, a hyphen without a space after it, or a small letter after it', () => {
    expect(readMarker('X-quang kỹ thuật số được trang bị')).toBeNull();
    expect(readMarker('IV-2 là mã của gói thầu')).toBeNull();
    expect(readMarker('V- quang cảnh buổi lễ')).toBeNull();
    expect(readMarker('A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC')).toBeNull();
  });
});

describe('an abbreviation parted at the dash of the name it stands for', () => {
  it('writes out `TĐ–KT` of a council’s letterhead', () => {
    expect(expandLetterhead('HỘI ĐỒNG TĐ–KT')).toBe('HỘI ĐỒNG Thi đua - Khen thưởng');
    expect(expandLetterhead('HỘI ĐỒNG TĐ - KT HUYỆN')).toBe('HỘI ĐỒNG Thi đua - Khen thưởng HUYỆN');
  });

  it('leaves two words that join into no abbreviation of the table, and a dash inside a word', () => {
    expect(expandLetterhead('TỰ DO - HẠNH PHÚC')).toBe('TỰ DO - HẠNH PHÚC');
    expect(expandLetterhead('PHÒNG VH-TT')).toBe('PHÒNG VH-TT');
    expect(expandLetterhead('BAN QLDA-ĐTXD')).toBe('BAN QLDA-ĐTXD');
  });
});
