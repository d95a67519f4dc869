// What the outside set state-2026d taught (a decision of a province whose name
// ends in `Nam`, a commune plan a document site flattened onto one line and
// stripped of short words, a letter cited without `số`), each on a short text
// written for this test in the genre's layout (NĐ 30/2020 Phụ lục I), with a
// case where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });

describe('a trích yếu ending in a place named …Nam, above the authority line', () => {
  const decision = (titleLines: string[], authority: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ NAM',
      'Số: 21/2009/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phủ Lý, ngày 3 tháng 8 năm 2009',
      'QUYẾT ĐỊNH',
      ...titleLines,
      authority,
      'Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;',
      'QUYẾT ĐỊNH:',
    ]);

  it('ends at the place: `NAM` written without its breve is no `năm` awaiting a year', () => {
    const record = decision(['VỀ VIỆC BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA', 'SỞ TƯ PHÁP TỈNH HÀ NAM'], 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM');
    expect(record.title).toBe('VỀ VIỆC BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ TƯ PHÁP TỈNH HÀ NAM');
  });

  it('a title that runs on to its year still takes the year line, and not the authority line under it', () => {
    const record = decision(['VỀ VIỆC GIAO CHỈ TIÊU KẾ HOẠCH NĂM', '2010'], 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM');
    expect(record.title).toBe('VỀ VIỆC GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2010');
  });
});

describe('a plan flattened onto one line without a date line', () => {
  // A document site's text layer: the header, the type, the note of the decision that issued the plan and the
  // preamble run on one line, with `cứ` dropped from `Căn cứ` and `số` from one citation.
  const flat = [
    'ỦY BAN NHÂN DÂN XÃ TÂN MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc',
    'KẾ HOẠCH PHỔ CẬP GIÁO DỤC XÃ TÂN MINH NĂM 2014 (Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2014 của Ủy ban nhân dân xã Tân Minh)',
    'Căn công văn 220/SGD&ĐT-VP ngày 17/02/2014 việc hướng dẫn phổ cập giáo dục tỉnh; Căn vào công văn số 95/PGD&ĐT ngày 01/03/2014 V/v triển khai phổ cập giáo dục năm 2014; Căn tình hình thực tế của địa phương, Ủy ban nhân dân xã xây dựng Kế hoạch phổ cập giáo dục năm 2014 như sau:',
    'Trong những năm qua, công tác phổ cập giáo dục của xã đã đạt được nhiều kết quả, cơ sở vật chất trường lớp từng bước được đầu tư, đội ngũ giáo viên cơ bản đủ về số lượng, chất lượng giáo dục từng bước được nâng lên, tỷ lệ huy động trẻ ra lớp đạt cao; tuy nhiên vẫn còn một số khó khăn, hạn chế cần khắc phục trong thời gian tới để duy trì vững chắc kết quả phổ cập giáo dục.',
    'Nhận thức của một bộ phận nhân dân về công tác phổ cập giáo dục còn hạn chế, một số gia đình chưa quan tâm đến việc học tập của con em, tình trạng học sinh bỏ học giữa chừng vẫn còn xảy ra ở các thôn vùng sâu, vùng xa của xã.',
  ].join(' ');

  it('takes the type under the tiêu ngữ and stops the title at the note of the issuing decision', () => {
    const record = extract([flat]);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('PHỔ CẬP GIÁO DỤC XÃ TÂN MINH NĂM 2014');
  });

  it('reads both letters the preamble cites, the `V/v` inside the second being its trích yếu, not the plan’s', () => {
    const record = extract([flat]);
    expect(record.legalBases.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Công văn', '220/SGD&ĐT-VP', '2014-02-17'],
      ['Công văn', '95/PGD&ĐT', '2014-03-01'],
    ]);
  });

  it('a flattened letter keeps its own `V/v` before the preamble as its trích yếu', () => {
    const letter = [
      'UBND HUYỆN TÂN SƠN PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 95/PGD&ĐT Tân Sơn, ngày 01 tháng 03 năm 2014 Độc lập - Tự do - Hạnh phúc',
      'V/v triển khai phổ cập giáo dục năm 2014 Kính gửi: - Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở;',
      'Căn cứ công văn số 220/SGD&ĐT-VP ngày 17/02/2014 của Sở Giáo dục và Đào tạo về việc hướng dẫn phổ cập giáo dục, Phòng Giáo dục và Đào tạo hướng dẫn các trường triển khai thực hiện phổ cập giáo dục năm 2014 như sau: 1. Các trường rà soát, cập nhật số liệu phổ cập giáo dục trên địa bàn; 2. Báo cáo kết quả về Phòng trước ngày 20/3/2014 để tổng hợp báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo theo quy định.',
    ].join(' ');
    const record = extract([letter]);
    expect(record.documentType).toBe('Công văn');
    expect(record.title?.toLowerCase()).toBe('triển khai phổ cập giáo dục năm 2014');
  });
});

describe('a letter cited by its number without `số`', () => {
  const plan = (basis: string) =>
    extract([
      'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'An Bình, ngày 2 tháng 3 năm 2013',
      'KẾ HOẠCH',
      'Triển khai năm an toàn giao thông',
      basis,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);

  it('right after `Căn cứ` (or its `Căn` alone), the type and a number with the issuer’s symbol cite the letter', () => {
    for (const opener of ['Căn cứ', 'Căn']) {
      const record = plan(`${opener} công văn 167/SGD&ĐT-VP ngày 17/01/2013 về việc triển khai năm an toàn giao thông;`);
      expect(record.legalBases.map((b) => [b.documentType, b.number, b.date])).toEqual([['Công văn', '167/SGD&ĐT-VP', '2013-01-17']]);
    }
  });

  it('a type in small letters further inside the clause is running text', () => {
    const record = plan('Căn cứ tình hình thực tế tại địa phương và nội dung công văn 167/SGD&ĐT-VP ngày 17/01/2013;');
    expect(record.legalBases).toEqual([]);
  });
});

describe('a date line wrapped after its place’s comma', () => {
  const directive = (placeLine: string, dateLine: string) =>
    extract([
      'UỶ BAN NHÂN DÂN',
      'TỈNH QUẢNG BÌNH',
      'Số: 08/CT-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      placeLine,
      dateLine,
      'CHỈ THỊ',
      'VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY',
    ]);

  it('joins the place to its date: `Đồng Hới,` / `ngày 25 tháng 5 năm 2015`', () => {
    const record = directive('Đồng Hới,', 'ngày 25 tháng 5 năm 2015');
    expect(record.place).toBe('Đồng Hới');
    expect(record.issuedDate).toBe('2015-05-25');
  });

  it('a word with a comma that is no place of the register is not made a place', () => {
    const record = directive('Khẩn,', 'ngày 25 tháng 5 năm 2015');
    expect(record.place).toBeNull();
  });
});

describe('a number whose symbol lost its type part', () => {
  const decision = (numberLine: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ TĨNH',
      numberLine,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Tĩnh, ngày 13 tháng 05 năm 2014',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH',
    ]);

  it('keeps the serial and the text as printed and leaves the symbol empty (`Số: 1281/-UBND`)', () => {
    expect(decision('Số: 1281/-UBND').documentNumber).toEqual({ number: '1281', symbol: null, text: '1281/-UBND' });
  });

  it('a whole symbol is read as before', () => {
    expect(decision('Số: 1281/QĐ-UBND').documentNumber).toEqual({ number: '1281', symbol: 'QĐ-UBND', text: '1281/QĐ-UBND' });
  });
});

describe('a law cited again by one of its articles', () => {
  const letter = (second: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN CHÂU THÀNH',
      'Số: 211/TTr-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Châu Thành, ngày 7 tháng 12 năm 2017',
      'TỜ TRÌNH',
      'Về việc điều chỉnh quy hoạch sử dụng đất',
      'Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2013;',
      second,
      'Ủy ban nhân dân huyện kính trình Thường trực Hội đồng nhân dân huyện xem xét.',
    ]);

  it('is the law already recorded, not a second one (`Căn cứ Điều 45 Luật Đất đai, điều chỉnh …`)', () => {
    const record = letter('Căn cứ Điều 45 Luật Đất đai, điều chỉnh quy hoạch sử dụng đất cấp huyện phải thông qua Hội đồng nhân dân cùng cấp;');
    expect(record.legalBases.map((b) => [b.documentType, b.subject, b.date])).toEqual([['Luật', 'Đất đai', '2013-11-26']]);
  });

  it('another law (an amending one) stays its own record', () => {
    const record = letter('Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;');
    expect(record.legalBases).toHaveLength(2);
  });
});
