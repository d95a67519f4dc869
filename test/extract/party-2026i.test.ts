// Patterns met in an unseen set (party-2026i), each on the real lines of its
// document (NĐ 30/2020 Phụ lục I and Hướng dẫn 36-HD/VPTW: a basis is
// `<loại> số … ngày … của <cơ quan> về <trích yếu>`; what follows its full stop
// is a citation only when it names what it cites).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

describe('a sentence after a basis’s full stop that opens with an unnumbered document’s name', () => {
  // party-2026i 274 (Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Công văn 664-CV/HNDTW, 2014).
  const header = [
    'HỘI NÔNG DÂN VIỆT NAM',
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    '*',
    'Số 664 - CV/HNDTW',
    '    V/v: đề cử Nông dân tiêu biểu tham gia bình chọn danh hiệu: “Nông dân Việt nam xuất sắc năm 2014”',
    'Hà Nội, ngày 20  tháng 7  năm 2014',
    ' Kính gửi:   - Hội Nông dân các tỉnh, thành phố',
  ];
  const basis =
    'Căn cứ Thông báo số 656 – TB/HNDTW  ngày  18 tháng 7 năm 2013 của Thường trực Trung ương Hội Nông dân Việt Nam về việc phê duyệt tổ chức chương trình Bình chọn và trao danh hiệu “Nông dân Việt Nam xuất sắc năm 2013” và giao cho Báo Nông thôn Ngày nay là đơn vị chủ trì thực hiện hằng năm.';

  it('reads the sentence about the programme as prose, not a second basis', () => {
    const bases = extract([
      ...header,
      `${basis} Chương trình Bình chọn Danh hiệu “Nông dân Việt Nam xuất sắc” sẽ được tiến hành thường niên và Lễ trao tặng được tổ chức vào dịp kỷ niệm ngày Hội Nông dân Việt Nam (14/10) hằng năm.`,
      'Trung ương Hội nông dân Việt Nam yêu cầu Hội Nông dân các tỉnh, thành phố lựa chọn giới thiệu, đề cử các nông dân tiêu biểu.',
    ]).legalBases;
    expect(bases.map((b) => b.number)).toEqual(['656-TB/HNDTW']);
    expect(bases[0]?.issuer).toBe('Thường trực Trung ương Hội Nông dân Việt Nam');
  });

  it('still reads a numbered, dated document after the full stop as one more basis', () => {
    const bases = extract([
      ...header,
      `${basis} Công văn số 1126-CV/HNDTW ngày 12/11/2019 của Ban Thường vụ Trung ương Hội về việc tuyên dương điển hình tiên tiến.`,
      'Trung ương Hội nông dân Việt Nam yêu cầu Hội Nông dân các tỉnh, thành phố lựa chọn giới thiệu, đề cử các nông dân tiêu biểu.',
    ]).legalBases;
    expect(bases.map((b) => b.number)).toEqual(['656-TB/HNDTW', '1126-CV/HNDTW']);
  });
});
