// Patterns met in real documents of other issuers, years and kinds than the
// development set (a symbol that lost its dash, a council's authority line
// with its session under it, …), each on a short text written for this test.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readSymbol } from '../../src/extract/symbols.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

describe('symbols whose dash was lost', () => {
  it('reads the type of a type run into its organ where exactly one split is known, and writes it as printed', () => {
    expect(readSymbol(' 215/QĐUBND')).toMatchObject({ type: 'Quyết định', number: '215', symbol: 'QĐUBND', text: '215/QĐUBND' });
    expect(readSymbol(' 08/2020/NQHĐND')).toMatchObject({ type: 'Nghị quyết', symbol: 'NQHĐND', text: '08/2020/NQHĐND' });
    expect(readSymbol(' 15/2019/NĐCP')).toMatchObject({ type: 'Nghị định', symbol: 'NĐCP' });
  });

  it('leaves a symbol that is no type and organ pair alone', () => {
    expect(readSymbol(' 12/KH-UBND')?.symbol).toBe('KH-UBND');
    expect(readSymbol(' 3/XYZW')).toBeNull();
  });
});

describe("a council's authority line", () => {
  it('ends the title before the authority line with its term and session', () => {
    const record = extract([
      'HỘI ĐỒNG NHÂN DÂN',
      'HUYỆN NGHI XUÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 14/NQ-HĐND',
      'Nghi Xuân, ngày 20 tháng 12 năm 2021',
      'NGHỊ QUYẾT',
      'VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2022',
      'HỘI ĐỒNG NHÂN DÂN HUYỆN NGHI XUÂN',
      'KHÓA XX, KỲ HỌP THỨ BA',
      'Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;',
    ]);
    expect(record.title).toBe('VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2022');
    expect(record.issuer).toEqual({ name: 'Hội đồng nhân dân huyện Nghi Xuân', level: 'huyện', locality: 'Nghi Xuân' });
  });
});

describe('a Party document read by OCR', () => {
  const record = extract([
    'HUYỆN ỦY CAM LÂM',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    '*',
    'Số 27-KL/HƯ',
    'Cam Lâm, ngày 04 tháng 9 năm 2020',
    'K ÉT LUẬN',
    'CỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI',
    'Ban Thường vụ Huyện ủy họp ngày 01/9/2020 và kết luận:',
    'I. ĐÁNH GIÁ TÌNH HÌNH',
  ]);

  it('reads a type line with a stray space inside a word', () => {
    expect(record.documentType).toBe('Kết luận');
  });

  it('reads the Party symbol whose U the OCR gave a horn', () => {
    expect(record.documentNumber).toEqual({ number: '27', symbol: 'KL/HU', text: '27-KL/HU' });
    expect(record.issuer).toEqual({ name: 'Huyện ủy Cam Lâm', level: 'huyện', locality: 'Cam Lâm' });
    expect(record).toMatchObject({ place: 'Cam Lâm', issuedDate: '2020-09-04' });
  });
});

describe('central bodies in the letterhead', () => {
  const issuerOf = (...letterhead: string[]) =>
    extract([...letterhead, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 101/QĐ-TTg', 'Hà Nội, ngày 10 tháng 5 năm 2012', 'QUYẾT ĐỊNH', 'Về việc tặng Bằng khen', 'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;']).issuer;

  it('reads a central body whose name the letterhead wraps over two lines', () => {
    expect(issuerOf('THỦ TƯỚNG', 'CHÍNH PHỦ')).toEqual({ name: 'Thủ tướng Chính phủ', level: 'trung ương', locality: null });
    expect(issuerOf('ỦY BAN THƯỜNG VỤ', 'QUỐC HỘI')).toEqual({ name: 'Ủy ban Thường vụ Quốc hội', level: 'trung ương', locality: null });
  });
});

describe('a letterhead that lost its second line', () => {
  const lines = (authority: string) => [
    'ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 45/QĐ-UBND   Hải Phòng, ngày 02 tháng 3 năm 2017',
    'QUYẾT ĐỊNH',
    'VỀ VIỆC PHÊ DUYỆT DANH MỤC DỰ ÁN',
    authority,
    'Căn cứ Luật Đầu tư công ngày 18 tháng 6 năm 2014;',
  ];

  it('takes the body from the line naming who decides', () => {
    const record = extract(lines('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG'));
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân thành phố Hải Phòng', level: 'thành phố', locality: 'Hải Phòng' });
    expect(record.place).toBe('Hải Phòng');
  });

  it('leaves the issuer empty, with a warning, when nothing names its level', () => {
    const record = extract(lines('').filter((l) => l !== ''));
    expect(record.issuer.name).toBeNull();
    expect(record.warnings.some((w) => w.startsWith('issuer:'))).toBe(true);
  });
});

describe('citations listed after a complete one', () => {
  const basesOf = (clause: string) =>
    extract(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'Số: 20/KH-UBND', 'Hà Nam, ngày 02 tháng 3 năm 2016', 'KẾ HOẠCH', 'Triển khai công tác hộ tịch', clause, 'I. MỤC ĐÍCH']).legalBases.map(
      (b) => [b.documentType, b.number, b.date],
    );

  it('opens a new item after a law cited by its year', () => {
    expect(basesOf('Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:')).toEqual([
      ['Luật', null, null],
      ['Nghị định', '123/2015/NĐ-CP', '2015-11-15'],
    ]);
  });

  it('opens a new item for a second law after the first one’s date', () => {
    expect(basesOf('Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005;')).toEqual([
      ['Luật', null, '2003-11-26'],
      ['Luật', null, '2005-06-14'],
    ]);
  });

  it('keeps a law named inside a subject in that subject', () => {
    expect(
      basesOf('Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ quy định chi tiết Luật Thi đua, Khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng;'),
    ).toEqual([['Nghị định', '42/2010/NĐ-CP', '2010-04-15']]);
    expect(
      basesOf('Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'),
    ).toEqual([['Luật', null, '2019-11-22']]);
  });

  it('keeps a list inside a subject in that subject, whatever the dates in it', () => {
    expect(
      basesOf('Căn cứ Thông tư số 07/2014/TT-BNV ngày 29/8/2014 của Bộ Nội vụ hướng dẫn thi hành Nghị định số 42/2010/NĐ-CP ngày 15/4/2010, Nghị định số 39/2012/NĐ-CP ngày 27/4/2012 của Chính phủ;'),
    ).toEqual([['Thông tư', '07/2014/TT-BNV', '2014-08-29']]);
  });
});

describe('preamble clauses as crawls and old documents write them', () => {
  const basesOf = (...clauses: string[]) =>
    extract(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 31/KH-UBND', 'Lào Cai, ngày 02 tháng 3 năm 2022', 'KẾ HOẠCH', 'GIÁM SÁT CHƯƠNG TRÌNH NĂM 2022', ...clauses, 'I. MỤC ĐÍCH']).legalBases.map(
      (b) => [b.documentType, b.number, b.date],
    );

  it('reads a clause wrapped right after `số`', () => {
    expect(basesOf('Thực hiện Nghị định số', '27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:')).toEqual([
      ['Nghị định', '27/2022/NĐ-CP', '2022-04-19'],
    ]);
  });

  it('reads a number written right after the type, without `số`', () => {
    expect(basesOf('Căn cứ Công văn 41/CCTTHC ngày 08 tháng 9 năm 2009 của Tổ công tác;')).toEqual([['Công văn', '41/CCTTHC', '2009-09-08']]);
  });
});

describe('the type a text without a type line gives itself', () => {
  it('does not take what a decision issues for its own type', () => {
    const record = extract([
      'Căn cứ Điều lệ Hội Nông dân Việt Nam;',
      'Căn cứ Quyết định số 15/QĐ-HND ngày 02/01/2015 của Ban Thường vụ;',
      'QUYẾT ĐỊNHĐiều 1. Thay thế Quyết định số 10/QĐ-HND về việc Ban hành Quy định về công tác văn thư.',
    ]);
    expect(record.documentType).toBeNull();
  });
});

describe('the trích yếu as web pages lay it out', () => {
  const titleOf = (...title: string[]) =>
    extract(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', 'Số: 09/BC-UBND', 'Hòa An, ngày 20 tháng 6 năm 2018', 'BÁO CÁO', ...title, '', 'Năm 2018, tình hình kinh tế của xã ổn định.']).title;

  it('goes on past a blank line when the next line opens in small letters', () => {
    expect(titleOf('Kết quả công tác thi đua, khen thưởng', '', 'trên địa bàn xã Hòa An')).toBe('Kết quả công tác thi đua, khen thưởng trên địa bàn xã Hòa An');
  });

  it('stops at a part heading of the body', () => {
    expect(titleOf('Tình hình kinh tế - xã hội 6 tháng đầu năm', 'Phần thứ nhất', 'KẾT QUẢ ĐẠT ĐƯỢC')).toBe('Tình hình kinh tế - xã hội 6 tháng đầu năm');
  });
});

describe('an issuer inside brackets', () => {
  it('ends a citation’s issuer at the bracket its aside closes', () => {
    const bases = extract([
      'BỘ NỘI VỤ',
      'Số: 120/BNV-TĐKT',
      'V/v sơ kết phong trào thi đua',
      'Hà Nội, ngày 25 tháng 6 năm 2018',
      'Kính gửi: Ủy ban nhân dân các tỉnh',
      'Thực hiện Quy chế quản lý thi đua (ban hành kèm theo Quyết định số 41/2016/QĐ-TTg ngày 10/10/2016 của Thủ tướng Chính phủ) và Chương trình công tác năm 2018, Bộ Nội vụ hướng dẫn như sau:',
      '1. Mục đích',
    ]).legalBases;
    expect(bases.every((b) => b.issuer === null || !/[()]/u.test(b.issuer))).toBe(true);
  });
});

describe("a Party conclusion's trích yếu (HD 36)", () => {
  it('takes the lines in small letters under the capitals, and stops at the body', () => {
    const record = extract([
      'TỈNH ỦY HÀ TĨNH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 112-KL/TU',
      'Hà Tĩnh, ngày 10 tháng 4 năm 2019',
      'KẾT LUẬN',
      'HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVIII)',
      'về phát triển du lịch',
      'đến năm 2025',
      'Hội nghị lần thứ tám Ban Chấp hành Đảng bộ tỉnh đã thảo luận và kết luận:',
      'I. ĐÁNH GIÁ TÌNH HÌNH',
    ]);
    expect(record.title).toBe('HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVIII) về phát triển du lịch đến năm 2025');
  });
});
