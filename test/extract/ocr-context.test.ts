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

describe('a code of the tables that old OCR may have read from another (`NP` for NĐ, `HU` for ĐU, `BCH` for BCĐ)', () => {
  const party = (letterhead: string[], symbol: string, basis: string) =>
    extractPlan([...letterhead, `Số: ${symbol}`, 'An Phú, ngày 10 tháng 3 năm 2023', 'KẾ HOẠCH', 'kiểm điểm, đánh giá chất lượng năm 2023', basis, 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'), {
      sample: 'ocr-context.txt',
      rawOcr: true,
    });

  it('a cited Nghị định is an NĐ, never a Giấy nghỉ phép', () => {
    const record = plan('Căn cứ Nghị định số 42/2010/NP-CP ngày 15/4/2010 của Chính phủ quy định chi tiết Luật Thi đua, khen thưởng;', true);
    expect(record.legalBases.map((b) => b.number)).toEqual(['42/2010/NĐ-CP']);
  });

  it('the issuer’s name settles the organ part: a Đảng ủy’s `HU` is its ĐU, a Huyện ủy’s stays', () => {
    const basis = 'Thực hiện Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 của Ban Tổ chức Trung ương;';
    expect(party(['ĐẢNG BỘ HUYỆN ĐẠI TỪ', 'ĐẢNG ỦY XÃ LA BẰNG'], '09-KH/HU', basis).documentNumber.symbol).toBe('KH/ĐU');
    expect(party(['ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'HUYỆN ỦY ĐẠI TỪ'], '09-KH/HU', basis).documentNumber.symbol).toBe('KH/HU');
  });

  it('where nothing settles it the code is kept, with a warning (a review item in the pipeline)', () => {
    const record = plan('Thực hiện Kế hoạch số 12-KH/BCH ngày 02/3/2023 về đại hội chi bộ;', true);
    expect(record.legalBases.map((b) => b.number)).toEqual(['12-KH/BCH']);
    expect(record.warnings.some((w) => w.startsWith('legalBases.0.number: "BCH"'))).toBe(true);
  });

  it('a rival of another role is none: the organ part CP is no Công điện’s CĐ', () => {
    const record = plan('Căn cứ Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ;', true);
    expect(record.legalBases.map((b) => b.number)).toEqual(['123/2015/NĐ-CP']);
    expect(record.warnings.some((w) => w.includes('"CP"'))).toBe(false);
  });

  it('a text that is not raw OCR keeps its codes without a doubt', () => {
    const record = plan('Thực hiện Kế hoạch số 12-KH/BCH ngày 02/3/2023 về đại hội chi bộ;');
    expect(record.warnings.some((w) => w.includes('"BCH"'))).toBe(false);
  });
});

describe('the letterhead’s locality and the date line’s place, read from old OCR', () => {
  const notice = (letterhead: string[], dateLine: string, rawOcr = true) =>
    extractPlan([...letterhead, 'Số: 12/TB-UBND', `${dateLine}, ngày 10 tháng 3 năm 2023`, 'THÔNG BÁO', 'lịch tiếp công dân tháng 3 năm 2023', 'Ủy ban nhân dân thông báo lịch tiếp công dân như sau:'].join('\n'), {
      sample: 'ocr-context.txt',
      rawOcr,
    });

  it('a place one letter from the locality is the locality (NĐ 30: the unit where the issuer sits)', () => {
    const record = notice(['ỦY BAN NHÂN DÂN', 'TỈNH THANH HÓA'], 'Thanh Hà');
    expect([record.issuer.locality, record.place]).toEqual(['Thanh Hóa', 'Thanh Hóa']);
    expect(record.warnings.some((w) => w.startsWith('place: "Thanh Hà"'))).toBe(true);
  });

  it('a place the register does not know keeps its level word and takes the locality', () => {
    expect(notice(['HỘI ĐỒNG NHÂN DÂN', 'THÀNH PHỐ HUẾ'], 'Thành phố Hug').place).toBe('Thành phố Huế');
  });

  it('a locality the register does not know takes the place it is one letter from, or runs on past', () => {
    expect(notice(['UBND HUYỆN THQ XUÂN', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'], 'Thọ Xuân').issuer).toMatchObject({ locality: 'Thọ Xuân' });
    const record = notice(['ỦY BAN NHÂN DÂN', 'XÃ VĂN THANG HÒA ĐÔNG TD-KT'], 'Vạn Thắng');
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân xã Vạn Thắng', level: 'xã', locality: 'Vạn Thắng' });
  });

  it('neither registered nor near each other: both left empty, with warnings', () => {
    const record = notice(['ỦY BAN NHÂN DÂN', 'XÃ LH'], 'Sé');
    expect([record.issuer.locality, record.place]).toEqual([null, null]);
    expect(record.warnings.filter((w) => w.includes('left empty'))).toHaveLength(2);
  });

  it('a place the issuer sits in under another name, and any text that is not raw OCR, stay as read', () => {
    expect(notice(['ỦY BAN NHÂN DÂN', 'TỈNH HẬU GIANG'], 'Vị Thanh').place).toBe('Vị Thanh');
    expect(notice(['ỦY BAN NHÂN DÂN', 'TỈNH THANH HÓA'], 'Thanh Hà', false).place).toBe('Thanh Hà');
  });
});

describe('a locality under a province’s body, read from old OCR', () => {
  const union = (district: string, rawOcr = true) =>
    extractPlan(
      ['LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA', `LIÊN ĐOÀN LAO ĐỘNG HUYỆN ${district.toUpperCase()}`, 'Số: 34/KH-LĐLĐ', `${district}, ngày 08 tháng 12 năm 2021`, 'KẾ HOẠCH', 'tổ chức Tết cho đoàn viên năm 2022', 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'),
      { sample: 'ocr-context.txt', rawOcr },
    );

  it('a district no unit of the province is named takes its one reading with a Đ that is (`Yên Bình`: Yên Định)', () => {
    const record = union('Yên Bình');
    expect(record.issuer).toEqual({ name: 'Liên đoàn Lao động huyện Yên Định', level: 'huyện', locality: 'Yên Định' });
    expect(record.place).toBe('Yên Định');
    expect(record.warnings.some((w) => w.startsWith('issuer.locality: "Yên Bình"'))).toBe(true);
  });

  it('a district of the province stays, and so does any in a text that is not raw OCR', () => {
    expect(union('Yên Định').issuer.locality).toBe('Yên Định');
    expect(union('Bá Thước').issuer.locality).toBe('Bá Thước');
    expect(union('Yên Bình', false).issuer.locality).toBe('Yên Bình');
  });
});

describe('an organ’s name whose Đ old OCR printed as B, P or H', () => {
  const guide = (lines: string[], rawOcr = true) =>
    extractPlan([...lines, 'Ninh Bình, ngày 10 tháng 3 năm 2019', 'HƯỚNG DẪN', 'tổ chức Tháng Nhân đạo năm 2019', 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'), { sample: 'ocr-context.txt', rawOcr });

  it('takes the tables’ spelling of that word, and the symbol the issuer’s initials then give (`CTD`: CTĐ)', () => {
    const record = guide(['HỘI CHỮ THẬP BỘ VIỆT NAM', 'CHỮ THẬP BỘ TỈNH NINH BÌNH', 'Số: 12/HD-CTD']);
    expect(record.issuer.name).toBe('Hội Chữ thập đỏ tỉnh Ninh Bình');
    expect(record.documentNumber.symbol).toBe('HD-CTĐ');
  });

  it('a word no table spells with Đ stays (`Bộ`), and so does the name in a text that is not raw OCR', () => {
    expect(guide(['BỘ Y TẾ', 'Số: 12/HD-BYT']).issuer.name).toBe('Bộ Y tế');
    expect(guide(['HỘI CHỮ THẬP BỘ VIỆT NAM', 'CHỮ THẬP BỘ TỈNH NINH BÌNH', 'Số: 12/HD-CTD'], false).issuer.name).toBe('Hội Chữ thập bộ tỉnh Ninh Bình');
  });
});

describe('a code a body makes of its own name', () => {
  const unionPlan = (symbol: string, rawOcr = true) =>
    extractPlan(['CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT NGỌC TỐ', `Số: ${symbol}`, 'Ngọc Tố, ngày 10 tháng 9 năm 2020', 'KẾ HOẠCH', 'tổ chức Tết Trung thu năm 2020', 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'), {
      sample: 'ocr-context.txt',
      rawOcr,
    });

  it('its head’s initials, then some of the words after (`CDNT`: CĐNT, Công đoàn … Ngọc Tố), take the Đ of the head', () => {
    const record = unionPlan('39/KH-CDNT');
    expect(record.documentNumber.symbol).toBe('KH-CĐNT');
    expect(record.warnings.some((w) => w.includes('"CDNT"'))).toBe(false);
  });

  it('letters the name does not give in order stay as read, doubted', () => {
    const record = unionPlan('39/KH-CDXY');
    expect(record.documentNumber.symbol).toBe('KH-CDXY');
    expect(record.warnings.some((w) => w.startsWith('documentNumber: "CDXY"'))).toBe(true);
  });
});

describe('the Front’s member organisations taken together (organs.json: ĐTCTXH)', () => {
  it('a joint programme’s `DTCTXH` read by old OCR or written without marks is their ĐTCTXH', () => {
    const lines = ['ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM', 'Số: 38/CTPH-MTTW-DTCTXH', 'Hà Nội, ngày 10 tháng 3 năm 2014', 'CHƯƠNG TRÌNH PHỐI HỢP', 'giám sát và phản biện xã hội năm 2014'];
    expect(extractPlan(lines.join('\n'), { sample: 'ocr-context.txt', rawOcr: true }).documentNumber.symbol).toBe('CTPH-MTTW-ĐTCTXH');
    expect(extractPlan(lines.join('\n'), { sample: 'ocr-context.txt' }).documentNumber.symbol).toBe('CTPH-MTTW-ĐTCTXH');
  });
});

describe('a term number of the Quốc hội’s codes read by old OCR', () => {
  it('`UBTVQHI5`: the code the tables know and its term, a 1 read as I, is UBTVQH15', () => {
    const record = plan('Căn cứ Nghị quyết số 35/2023/UBTVQHI5 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội;', true);
    expect(record.legalBases.map((b) => b.number)).toEqual(['35/2023/UBTVQH15']);
  });

  it('a code with no figure in its tail stays (`HDNNB` is doubted, not read as HĐNN8)', () => {
    const record = plan('Căn cứ Nghị quyết số 58-NQ/HDNNB ngày 11/3/1988;', true);
    expect(record.legalBases.map((b) => b.number)).toEqual(['58-NQ/HDNNB']);
  });
});
