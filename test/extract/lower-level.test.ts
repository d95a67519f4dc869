// Patterns of plans issued below the province (schools, communes, grassroots
// unions), each on a short text written for this test.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readMarker } from '../../src/extract/markers.js';
import { readSymbol } from '../../src/extract/symbols.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'lower.txt' });

describe('trích yếu', () => {
  it('goes on past the blanks of a double-spaced page up to the preamble', () => {
    const record = extract([
      'TRƯỜNG THCS AN BÌNH',
      '',
      'Số: 05/KH-THCS',
      '',
      'An Bình, ngày 12 tháng 9 năm 2018',
      '',
      'KẾ HOẠCH',
      '',
      'TỔ CHỨC PHONG TRÀO THI ĐUA',
      '',
      '“HỌC TỐT, RÈN LUYỆN TỐT”',
      '',
      'NĂM HỌC 2018 - 2019',
      '',
      'Căn cứ Kế hoạch số 30/KH-PGDĐT ngày 05/9/2018 của Phòng Giáo dục và Đào tạo;',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.title).toBe('TỔ CHỨC PHONG TRÀO THI ĐUA “HỌC TỐT, RÈN LUYỆN TỐT” NĂM HỌC 2018 - 2019');
  });

  it('stops at a blank when an outline heading, not the preamble, comes next', () => {
    const record = extract([
      'TRƯỜNG THCS AN BÌNH',
      'Số: 05/KH-THCS',
      'An Bình, ngày 12 tháng 9 năm 2018',
      'KẾ HOẠCH',
      'TỔ CHỨC HỘI THI VĂN NGHỆ',
      '',
      'NĂM HỌC 2018 - 2019',
      '',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.title).toBe('TỔ CHỨC HỘI THI VĂN NGHỆ');
  });

  it('goes on while a quotation it opened is not closed', () => {
    const record = extract([
      'TRƯỜNG THCS AN BÌNH',
      'Số: 05/KH-THCS',
      'An Bình, ngày 12 tháng 9 năm 2018',
      'KẾ HOẠCH',
      'Thực hiện phong trào thi đua “Dạy tốt –',
      'Học tốt”. Năm học 2018 – 2019',
      'Căn cứ Kế hoạch số 30/KH-PGDĐT ngày 05/9/2018 của Phòng Giáo dục và Đào tạo;',
    ]);
    expect(record.title).toBe('Thực hiện phong trào thi đua “Dạy tốt – Học tốt”. Năm học 2018 – 2019');
  });

  it('drops the V/v of a trích yếu on the type line', () => {
    const record = extract([
      'TRƯỜNG TH AN BÌNH',
      'Số: 01/KH-LĐ An Bình, ngày 8 tháng 9 năm 2010',
      'KẾ HOẠCH V/v tổ chức hội thi lồng đèn đẹp cấp trường',
      'I/ Mục đích:',
    ]);
    expect(record.title).toBe('tổ chức hội thi lồng đèn đẹp cấp trường');
  });

  it('reads the type and its trích yếu on the first line of a page that kept no header', () => {
    const record = extract([
      'KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2012',
      '',
      'Căn cứ Kế hoạch số 12/KH-LĐLĐ ngày 10 tháng 02 năm 2012 của Liên đoàn Lao động tỉnh;',
      'I. MỤC ĐÍCH YÊU CẦU',
    ]);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2012');
  });
});

describe('legal bases of a school or commune plan', () => {
  const withBasis = (clause: string) =>
    extract([
      'UBND XÃ AN BÌNH',
      'Số: 05/KH-UBND',
      'An Bình, ngày 12 tháng 9 năm 2018',
      'KẾ HOẠCH',
      'Tổ chức hội thi văn nghệ',
      clause,
      'I. MỤC ĐÍCH',
    ]).legalBases.map((b) => [b.documentType, b.number, b.date]);

  it('reads a công văn typed in small letters right after `Căn cứ`', () => {
    expect(withBasis('Căn cứ công văn số 295/PGDĐT-GDTH ngày 09 tháng 9 năm 2018 của Phòng GD&ĐT về nhiệm vụ năm học;')).toEqual([
      ['Công văn', '295/PGDĐT-GDTH', '2018-09-09'],
    ]);
  });

  it('reads a number glued to `số`', () => {
    expect(withBasis('Căn cứ kế hoạch số12/KH-UBND ngày 09/9/2018 của UBND xã về việc tổ chức hội thi;')).toEqual([
      ['Kế hoạch', '12/KH-UBND', '2018-09-09'],
    ]);
    expect(withBasis('Can cu ke hoach so12/KH-UBND ngay 09/9/2018 cua UBND xa ve viec to chuc hoi thi;')).toEqual([
      ['Kế hoạch', '12/KH-UBND', '2018-09-09'],
    ]);
  });

  it('still takes no small-letter type in running text for a citation', () => {
    expect(withBasis('Căn cứ tình hình thực tế, công văn đề nghị của các thôn và quyết định việc tổ chức;')).toEqual([]);
  });
});

describe('symbol parts', () => {
  it('keeps a short code that two OCR confusions would turn into another organ', () => {
    expect(readSymbol(' 40/CT-BGD-ĐT')?.text).toBe('40/CT-BGD-ĐT');
    // one confusion in two letters is still undone
    expect(readSymbol(' 12/0Đ-UBND')?.text).toBe('12/QĐ-UBND');
  });

  it('keeps a dot between parts, and stops at a full stop before the next sentence', () => {
    expect(readSymbol(' 01/ KH.LĐ Tân Hoà')).toMatchObject({ number: '01', symbol: 'KH.LĐ', text: '01/KH.LĐ' });
    expect(readSymbol(' 12/KH-UBND. Căn cứ')?.text).toBe('12/KH-UBND');
  });
});

describe('emulation', () => {
  it('names no theme for a guide on commending those of a movement', () => {
    const record = extract([
      'UBND TỈNH AN GIANG',
      'SỞ NỘI VỤ',
      'Số: 15/HD-SNV',
      'An Giang, ngày 10 tháng 10 năm 2014',
      'HƯỚNG DẪN',
      'VỀ TIÊU CHUẨN, HỒ SƠ XÉT VÀ ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO “CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI”',
      'Căn cứ Hướng dẫn số 100/HD-BTĐKT ngày 05/6/2014 của Ban Thi đua - Khen thưởng Trung ương;',
      'I. ĐỐI TƯỢNG KHEN THƯỞNG',
    ]);
    expect(record.emulation.theme).toBeNull();
  });

  it('still reads the theme of a plan that launches the movement', () => {
    const record = extract([
      'UBND XÃ AN BÌNH',
      'Số: 05/KH-UBND',
      'An Bình, ngày 12 tháng 1 năm 2024',
      'KẾ HOẠCH',
      'PHÁT ĐỘNG PHONG TRÀO THI ĐUA “CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI” NĂM 2024',
      'Căn cứ Kế hoạch số 2/KH-UBND ngày 05/01/2024 của UBND huyện;',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.emulation.theme).toBe('CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI');
  });
});

describe('date line', () => {
  it('reads a place whose first word is a head word without its marks (`Phong Sơn`, not `Phòng`)', () => {
    const record = extract([
      'TRƯỜNG TH AN BÌNH',
      'Số: 14/KH-THAB        Phong Sơn, ngày 27 tháng 9 năm 2024',
      'KẾ HOẠCH',
      'Tổ chức hội thi',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 09/9/2024 của UBND xã;',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.place).toBe('Phong Sơn');
    expect(record.issuedDate).toBe('2024-09-27');
  });

  it('puts back a date line cut at each of its blanks', () => {
    const record = extract([
      'BAN CHỈ ĐẠO',
      'XÃ AN BÌNH',
      'Số: 01-KH/BCĐ',
      '',
      'An Bình, ngày',
      '',
      'tháng',
      '',
      'năm 2016',
      '',
      'KẾ HOẠCH',
      'XÂY DỰNG NÔNG THÔN MỚI',
      'Căn cứ Hướng dẫn số 44/HD-SNN ngày 09/10/2015 của Sở Nông nghiệp;',
    ]);
    expect(record.place).toBe('An Bình');
    expect(record.issuer.locality).toBe('An Bình');
  });

  it('still takes no organ for the place of the date line', () => {
    const record = extract([
      'UBND HUYỆN AN PHÚ',
      'Số: 14/KH-PGDĐT',
      'Phòng Giáo dục, ngày 27 tháng 9 năm 2024',
      'KẾ HOẠCH',
      'Tổ chức hội thi',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 09/9/2024 của UBND huyện;',
    ]);
    expect(record.place).toBeNull();
  });
});

describe('a short letter flattened onto one line', () => {
  const flat = (motto: string, date: string) =>
    extract([
      `SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 424/SGDĐT-TĐKT ${date} ${motto} V/v hướng dẫn tổng kết công tác thi đua khen thưởng năm học 2017-2018 Kính gửi: - Phòng Giáo dục và Đào tạo huyện, thành phố; - Các đơn vị trực thuộc Sở; Căn cứ Quyết định số 36/2017/QĐ-UBND ngày 04/11/2017 của Ủy ban nhân dân tỉnh An Giang về việc ban hành Quy chế Thi đua, Khen thưởng; Căn cứ Công văn số 1459/SNV-TĐKT ngày 14/11/2017 của Ban Thi đua - Khen thưởng tỉnh An Giang về hướng dẫn công tác thi đua, khen thưởng năm học 2017-2018, Sở Giáo dục và Đào tạo hướng dẫn tổng kết công tác thi đua, khen thưởng năm học 2017-2018 như sau: I. BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM HỌC 2017-2018 1. Đối với các trường trực thuộc Sở Giáo dục và Đào tạo, các Phòng Giáo dục và Đào tạo huyện, thành phố chỉ đạo các trường trực thuộc tiến hành đánh giá, tổng kết công tác thi đua, khen thưởng năm học 2017-2018 và gửi báo cáo về Sở trước ngày 15/6/2018 để tổng hợp, trình Hội đồng Thi đua - Khen thưởng ngành xét duyệt.`,
    ]);

  it('reads the header whose tiêu ngữ lost a word and whose month was left blank', () => {
    const record = flat('Độc lập - Tự - Hạnh phúc', 'An Giang, ngày 05 tháng năm 2018');
    expect(record.documentNumber?.text).toBe('424/SGDĐT-TĐKT');
    expect(record.place).toBe('An Giang');
    expect(record.issuedDate).toBe('2018');
    expect(record.title?.toLowerCase()).toBe('hướng dẫn tổng kết công tác thi đua khen thưởng năm học 2017-2018');
    expect(record.issuer.name).toBe('Sở Giáo dục và Đào tạo tỉnh An Giang');
    expect(record.legalBases.map((b) => b.number)).toEqual(['36/2017/QĐ-UBND', '1459/SNV-TĐKT']);
  });
});

describe('letterhead on one line', () => {
  const issuerOf = (letterhead: string) =>
    extract([
      letterhead,
      'Số: 12/KH-SGDĐT',
      'An Giang, ngày 05 tháng 3 năm 2018',
      'KẾ HOẠCH',
      'Tổ chức hội thi',
      'Căn cứ Kế hoạch số 2/KH-UBND ngày 05/01/2018 của UBND tỉnh;',
    ]).issuer;

  it('takes the cơ quan ban hành run onto its superior for the issuer', () => {
    expect(issuerOf('UBND TỈNH AN GIANG SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toEqual({
      name: 'Sở Giáo dục và Đào tạo tỉnh An Giang',
      level: 'tỉnh',
      locality: 'An Giang',
    });
  });

  it('does not cut a body whose own name holds a head after no place', () => {
    expect(issuerOf('BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN PHÚ')?.locality).toBe('An Phú');
  });
});

describe('outline headings with a slash', () => {
  it('reads `I/ Mục đích` as heading I, never `V/v` as heading V', () => {
    expect(readMarker('I/ Mục đích:')).toMatchObject({ kind: 'roman', value: 'I', rest: 'Mục đích:' });
    expect(readMarker('II/ NỘI DUNG')).toMatchObject({ kind: 'roman', value: 'II' });
    expect(readMarker('V/v tổ chức hội thi')).toBeNull();
  });
});

describe("a school's letterhead", () => {
  it('names the school with its place when the name runs onto a second line, cased as the tables spell it', () => {
    const record = extract([
      'PHÒNG GD&ĐT HUYỆN TÂN HIỆP',
      'TRƯỜNG TRUNG HỌC CƠ SỞ',
      'THỊ TRẤN TÂN HIỆP',
      'Số: 21/KH-THCS',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tân Hiệp, ngày 15 tháng 9 năm 2020',
      'KẾ HOẠCH',
      'Tổ chức phong trào thi đua năm học 2020 - 2021',
      'Căn cứ Kế hoạch số 30/KH-PGDĐT ngày 05/9/2020 của Phòng Giáo dục và Đào tạo;',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.issuer).toEqual({ name: 'Trường Trung học cơ sở Thị trấn Tân Hiệp', level: 'thị trấn', locality: 'Tân Hiệp' });
  });
});

describe('a trích yếu that runs on into the body', () => {
  it('is left empty when the lines were lost and the body was read into it', () => {
    const record = extract([
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN PHÚ',
      'Số: 08/KH-LĐLĐ',
      'An Phú, ngày 10 tháng 1 năm 2021',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua năm 2021 Căn Kế hoạch số 81/KH-TLĐ ngày 23/12/2020 ' +
        'phát huy thành tích đạt được, tập trung nguồn lực, góp phần ổn định việc làm, '.repeat(9) +
        'Ban Thường vụ xây dựng kế hoạch với nội dung sau',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBeNull();
  });
});
