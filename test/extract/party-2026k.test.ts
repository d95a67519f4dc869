// Patterns met in an unseen set (party-2026k: a commune Đảng ủy, a school's Chi bộ, a college's Công đoàn, Liên đội
// and Đoàn plans from school and commune sites), each on the real lines of its document and beside a case the rule
// must leave alone (NĐ 30/2020 Phụ lục I and Hướng dẫn 36-HD/VPTW: the type name alone on its line, the trích yếu a
// phrase under it, each căn cứ `<loại> … của <cơ quan>` on its line; NĐ 98/2023 Điều 3: a movement has its name).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

// party-2026k 288 (Liên đội trường TH Quảng Thạch, 2017): no number line, no date line, the type in sentence case.
const lienDoi = [
  'HỘI ĐỒNG ĐỘI HUYỆN QUẢNG TRẠCH                    ĐỘI TNTP HỒ CHÍ MINH   ',
  'Liên đội trường TH Quảng  Thạch',
  'Kế hoạch',
  'Công tác Đội và phong trào thiếu nhi năm học 2017 – 2018',
  'Thực hiện Chương trình công tác Đội và phong trào thiếu nhi năm học 2017 – 2018 của Hội đồng Đội tỉnh Quảng Bình;',
];

describe('a type name alone on its line in sentence case, with no date line', () => {
  it('is the type line, and the line under it the trích yếu', () => {
    const record = extract(lienDoi);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('Công tác Đội và phong trào thiếu nhi năm học 2017 – 2018');
  });

  it('is not a line that goes on after the type’s name', () => {
    const record = extract([lienDoi[0]!, lienDoi[1]!, 'Kế hoạch năm học của Liên đội được triển khai như sau', lienDoi[4]!]);
    expect(record.title).not.toBe('Công tác Đội và phong trào thiếu nhi năm học 2017 – 2018');
    expect(record.title ?? '').not.toMatch(/^Kế hoạch$/u);
  });
});

// party-2026k 287 (Công đoàn trường Cao đẳng Công nghiệp Thái Nguyên, 2021), the page kept from its first sentence.
const union = [
  '     Hưng ứng lời kêu gọi của Tổng Bí thư Nguyễn Phú Trọng ngày 29/7/2021, các ý kiến lãnh đạo, ch đạo của các đồng chí lãnh đạo Đảng, Nhà nước, phát động phong trào thi đua đặc biệt “C nước đoàn kết, chung sức, đồng lòng thi đua phòng, chng và chiến thắng đại dịch Covid-19 " của Thủ tướng Chính phủ. ',
  '     Căn cứ Kế hoạch số 391/KH-CĐCT ngày 13/9/2021 của Công đoàn Công thương Việt Nam về tổ chức phong trào thi đua "Công nhân viên chức, lao động nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid - 19". Ban Chấp hành công đoàn trường Cao đẳng Công nghiệp Thái nguyên xây dựng kế hoạch tổ chức phong trào thi đua như sau:',
  'Phong trào thi đua "Công nhân viên chức, lao động nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid - 19"',
];

describe('a page that begins at its first sentence, with no type line and no date line', () => {
  it('takes no sentence of the body for the trích yếu, nor the movement it tells of for its own', () => {
    const record = extract(union);
    expect(record.title).toBeNull();
    expect(record.emulation.theme).not.toMatch(/đoàn kết, chung sức/u);
  });

  it('still reads a trích yếu standing above the preamble', () => {
    const record = extract(['Tổ chức các hoạt động chào mừng Năm Thanh niên 2011', union[1]!]);
    expect(record.title).toBe('Tổ chức các hoạt động chào mừng Năm Thanh niên 2011');
  });
});

describe('a plan issued to organise a movement whose name opens the body', () => {
  it('names that movement its theme', () => {
    expect(extract(union).emulation.theme).toBe('Công nhân viên chức, lao động nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid - 19');
  });

  it('names none where the issuing clause organises no movement', () => {
    const record = extract([
      'Căn cứ kế hoạch số 203-KH/ĐTN, ngày 04/02/2021 của Huyện Đoàn Mỹ Tú về việc thực hiện Tháng Thanh niên năm 2021; Ban Thường vụ Đoàn trường xây dựng kế hoạch Tháng Thanh niên năm 2021 như sau:',
      '“Tự hào truyền thống Đoàn TNCS Hồ Chí Minh”',
    ]);
    expect(record.emulation.theme).toBeNull();
  });
});

// party-2026k 286 (Đảng ủy xã Cẩm Hà, Kế hoạch 18-KH/Đ, 2022).
const commune = [
  'ĐẢNG BỘ HUYỆN CẨM XUYÊN',
  'ĐẢNG UỶ XÃ CẨM HÀ',
  '*',
  'Số: 18 - KH/Đ',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Cẩm Hà,  ngày 02 tháng 8 năm 2022',
  'KẾ HOẠCH',
  'Đại hội các Chi bộ và kiện toàn Ban cán sự các thôn nhiệm kỳ 2022- 2025',
  '          Căn cứ Điều lệ Đảng Cộng sản Việt Nam,',
  '          Căn cứ Quy định số 24 - QĐ/TW ngày 20/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;       ',
  '          Căn cứ Quyết định số 99 - QĐ/TW ngày 30/5/2012 của Ban Bí thư về ban hành Quy định chế độ chi hoạt động công tác đảng của tổ chức cơ sở đảng, đảng bộ cấp trên trực tiếp cơ sở. Chương trình công tác toàn khóa của Ban Chấp hành Đảng bộ xã khóa XXX, nhiệm kỳ 2020 - 20205',
  '        Ban Thường vụ Đảng uỷ xã Cẩm Hà thống nhất xây dựng kế hoạch tổ chức Đại hội các Chi bộ, kiện toàn Ban Cán sự Thôn nhiệm kỳ 2022 - 2025 như sau:',
  '1. Mục đích, yêu cầu',
];

describe('a document named with its issuer after a full stop, ending the căn cứ line', () => {
  it('is one more basis, the stop a slip for `;`', () => {
    const bases = extract(commune).legalBases;
    expect(bases.map((b) => [b.documentType, b.number])).toEqual([
      ['Điều lệ', null],
      ['Quy định', '24-QĐ/TW'],
      ['Quyết định', '99-QĐ/TW'],
      ['Chương trình', null],
    ]);
  });

  it('ends before the issuer’s own clause on the next line, `Ban Thường vụ … thống nhất xây dựng kế hoạch …`', () => {
    const last = extract(commune).legalBases.at(-1)!;
    expect(last.issuer ?? '').not.toMatch(/Ban Thường vụ/u);
    expect(last.subject ?? '').not.toMatch(/Ban Thường vụ/u);
    // The collective body's `thống nhất` before its verb, under a numbered basis whose line ends without a mark.
    const numbered = extract([
      ...commune.slice(0, 8),
      '          Căn cứ Kế hoạch số 56-KH/ĐU ngày 19/8/2022 của Đảng ủy xã Cẩm Hà về việc tổ chức đại hội chi bộ nhiệm kỳ 2022 - 2025',
      commune[11]!,
    ]).legalBases;
    expect(numbered.map((b) => b.subject)).toEqual(['về việc tổ chức đại hội chi bộ nhiệm kỳ 2022 - 2025']);
  });

  it('is still a sentence about a document where it runs to a stop of its own (party-2026i 274)', () => {
    const bases = extract([
      'Căn cứ Thông báo số 656 – TB/HNDTW  ngày  18 tháng 7 năm 2013 của Thường trực Trung ương Hội Nông dân Việt Nam về việc phê duyệt tổ chức chương trình Bình chọn và trao danh hiệu “Nông dân Việt Nam xuất sắc năm 2013” và giao cho Báo Nông thôn Ngày nay là đơn vị chủ trì thực hiện hằng năm. Chương trình Bình chọn Danh hiệu “Nông dân Việt Nam xuất sắc” sẽ được tiến hành thường niên và Lễ trao tặng được tổ chức vào dịp kỷ niệm ngày Hội Nông dân Việt Nam (14/10) hằng năm.',
    ]).legalBases;
    expect(bases.map((b) => b.number)).toEqual(['656-TB/HNDTW']);
  });
});

describe('two documents joined by `cũng như`', () => {
  // party-2026k 291 (Đoàn trường THCS&THPT Long Hưng, 2021).
  const line =
    'Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2021 cũng như Chương trình công tác Đoàn và phong trào Thanh niên trường học năm học 2020-2021; căn cứ vào tình hình thực tế của đơn vị, Ban Thường vụ Đoàn trường THCS&THPT Long Hưng xây dựng kế hoạch Tháng Thanh niên năm 2021 với chủ đề “Tự hào truyền thống Đoàn TNCS Hồ Chí Minh”, cụ thể như sau:';

  it('are two bases, the connective in neither', () => {
    expect(extract([line]).legalBases.map((b) => [b.documentType, b.subject])).toEqual([
      ['Chương trình', 'công tác Đoàn và phong trào thanh thiếu nhi năm 2021'],
      ['Chương trình', 'công tác Đoàn và phong trào Thanh niên trường học năm học 2020-2021'],
    ]);
  });

  it('leaves one document whose name has `và` in it', () => {
    const bases = extract(['Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2021; Ban Thường vụ Đoàn trường xây dựng kế hoạch như sau:']).legalBases;
    expect(bases.map((b) => b.subject)).toEqual(['công tác Đoàn và phong trào thanh thiếu nhi năm 2021']);
  });
});

describe('a type name the page cut short before `số` and a symbol naming it', () => {
  // party-2026k 292 (Đoàn trường THPT chuyên Nguyễn Huệ, 2011): `kế` for `kế hoạch`.
  const line =
    'Căn cứ Thông báo số 380/TB/TW ngày 23/9/2010 của Ban Bí thư Trung ương Đảng về Năm Thanh niên 2011; căn cứ kế số 113 - KH/TNHN về Năm Thanh niên của Thành đoàn Hà Nội, các định hướng của Thành Đoàn về khởi động Năm Thanh niên; Chương trình công tác Đoàn và phong trào thanh thiếu nhi Thủ đô năm 2011, Ban chấp hành Đoàn trường xây dựng Kế hoạch Tổ chức các hoạt động chào mừng Năm Thanh niên –Tháng thanh niên 2011 Và kỷ niệm 80 năm Đoàn TNCS Hồ Chí Minh, cụ thể như sau';

  it('cites the document of that type right after the opener', () => {
    const bases = extract([line]).legalBases;
    expect(bases.map((b) => [b.documentType, b.number])).toContainEqual(['Kế hoạch', '113-KH/TNHN']);
  });

  it('cites nothing where the cut word is not that type’s first', () => {
    const bases = extract(['Căn cứ kế số 15/QĐ-UBND của Ủy ban nhân dân huyện về việc thành lập tổ công tác;']).legalBases;
    expect(bases.map((b) => b.number)).not.toContain('15/QĐ-UBND');
  });
});

describe('a căn cứ ended by its `;` at the line’s end', () => {
  // party-2026k 285 (Chi bộ trường THCS Tràng An, 2018) as old OCR wraps it: the congress's sentence joins the basis.
  const wrapped = [
    'ĐẢNG ỦY XÃ TRÀNG AN ĐẢNG CỘNG SẢN VIỆT NAM',
    'CHI BỘ TRƯỜNG THCS TRÀNG AN Tràng An, ngày 15 tháng 01 năm 2018',
    'Số: 01 NQ/THCSTrA',
    'NGHỊ QUYẾT',
    'ĐẠI HỘI CHI BỘ NHIỆM KỲ 2018 – 2020',
    'Thực hiện Kế hoạch số 08-KH/ĐU ngày 22/11/2017 của Ban Thường vụ Đảng ủy xã Tràng',
    'An về triển khai đại hội chi bộ trực thuộc Đảng bộ, nhiệm kỳ 2018-2020;',
    'Đại hội chi bộ Trường THCS Tràng An thuộc Đảng bộ xã Tràng An, nhiệm kỳ 2018-2020',
    'được tổ chức từ 13 giờ 30 đến 17 giờ ngày 15 tháng 01 năm 2018.',
    'Với tinh thần làm việc nghiêm túc và trách nhiệm cao, đại hội đã nghe, thảo luận và nhất trí',
  ];

  it('leaves the sentence on the next line, opening with a capital and run to its stop, to the body', () => {
    expect(extract(wrapped).legalBases.map((b) => b.subject)).toEqual(['về triển khai đại hội chi bộ trực thuộc Đảng bộ, nhiệm kỳ 2018-2020']);
  });

  it('goes on with a subject the `;` only divides, in small letters on the next line', () => {
    const bases = extract([
      'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về phát triển kinh tế;',
      'nông nghiệp và nông thôn giai đoạn 2021-2025.',
      'Ủy ban nhân dân huyện ban hành kế hoạch như sau:',
    ]).legalBases;
    expect(bases.map((b) => b.subject)).toEqual(['về phát triển kinh tế; nông nghiệp và nông thôn giai đoạn 2021-2025']);
  });
});
