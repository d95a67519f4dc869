// The frame of documents of every kind and issuer (NĐ 30/2020 Phụ lục I–III,
// HD 36-HD/VPTW), on small documents written for these tests: letterheads of
// two and three lines, Party headers and symbols, letters, decisions carrying
// a plan, and the closing block with what follows the signature.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readHeader, readPlace } from '../../src/extract/header.js';
import { toLines } from '../../src/extract/lines.js';
import { registerSpelling } from '../../src/extract/gazetteer.js';
import { readPosition, readSigner, remarkName } from '../../src/extract/signer.js';
import { readSymbol } from '../../src/extract/symbols.js';
import * as closingModule from '../../src/extract/recipients.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'synthetic.txt' });

describe('letterhead: the lowest body, named in full', () => {
  const issuerOf = (...letterhead: string[]) =>
    extract([...letterhead, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 05/KH-MTTQ-BTT', 'Yên Lạc, ngày 02 tháng 3 năm 2023', 'KẾ HOẠCH', 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc', 'Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;']).issuer;

  it('reads the Fatherland Front three-line block', () => {
    expect(issuerOf('ỦY BAN MTTQ VIỆT NAM', 'XÃ YÊN LẠC', 'BAN THƯỜNG TRỰC')).toEqual({
      name: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Yên Lạc',
      level: 'xã',
      locality: 'Yên Lạc',
    });
  });

  it('names a department of a province with the province', () => {
    expect(issuerOf('UBND TỈNH QUẢNG TRỊ', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toEqual({
      name: 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị',
      level: 'tỉnh',
      locality: 'Quảng Trị',
    });
  });

  it('reads a district Party committee under its provincial Party organisation', () => {
    expect(issuerOf('ĐẢNG BỘ TỈNH NINH BÌNH', 'HUYỆN ỦY GIA VIỄN')).toEqual({
      name: 'Huyện ủy Gia Viễn',
      level: 'huyện',
      locality: 'Gia Viễn',
    });
  });

  it('reads a commune Youth Union (its heading is no organ) and a school, abbreviations written out', () => {
    expect(issuerOf('HUYỆN ĐOÀN CHÂU THÀNH', 'BCH ĐOÀN XÃ TÂN HIỆP', 'ĐOÀN TNCS HỒ CHÍ MINH')).toEqual({
      name: 'Ban Chấp hành Đoàn xã Tân Hiệp',
      level: 'xã',
      locality: 'Tân Hiệp',
    });
    expect(issuerOf('UBND HUYỆN CHÂU THÀNH', 'TRƯỜNG THCS PHÚ AN')).toMatchObject({
      name: 'Trường Trung học cơ sở Phú An',
      level: 'huyện',
    });
  });

  it('names a central Party body and a ministry without a locality', () => {
    expect(issuerOf('BAN CHẤP HÀNH', 'TRUNG ƯƠNG', 'BAN DÂN VẬN')).toEqual({
      name: 'Ban Dân vận Trung ương',
      level: 'trung ương',
      locality: null,
    });
    expect(issuerOf('BỘ NÔNG NGHIỆP VÀ', 'PHÁT TRIỂN NÔNG THÔN').name).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
  });

  it('names a board under an administration with its place, under a Party committee with the committee', () => {
    expect(issuerOf('UBND TỈNH GIA LAI', 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG').name).toBe(
      'Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai',
    );
    expect(issuerOf('TỈNH ỦY LẠNG SƠN', 'BAN DÂN VẬN').name).toBe('Ban Dân vận Tỉnh ủy Lạng Sơn');
    expect(issuerOf('HỘI CCB TỈNH PHÚ YÊN', 'HỘI CCB XÃ HÒA AN')).toEqual({
      name: 'Hội Cựu chiến binh xã Hòa An',
      level: 'xã',
      locality: 'Hòa An',
    });
  });

  it('reads a sub-committee of a commune election committee at the commune level', () => {
    expect(issuerOf('ỦY BAN BẦU CỬ XÃ NA HANG', 'TIỂU BAN AN NINH, TRẬT TỰ')).toMatchObject({ level: 'xã', locality: 'Na Hang' });
  });
});

describe('Party documents (HD 36-HD/VPTW)', () => {
  const record = extract([
    'TỈNH ỦY BẮC KẠN',
    'BAN TUYÊN GIÁO',
    '*',
    'Số 87-TB/BTGTU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bắc Kạn, ngày 14 tháng 8 năm 2019',
    'THÔNG BÁO KẾT LUẬN',
    'CỦA THƯỜNG TRỰC BAN TUYÊN GIÁO VỀ CÔNG TÁC TUYÊN TRUYỀN QUÝ III',
    'Ngày 10/8/2019, Thường trực Ban Tuyên giáo Tỉnh ủy đã họp và kết luận như sau:',
    '1. Tiếp tục tuyên truyền kỷ niệm các ngày lễ lớn.',
    'Nơi nhận:',
    '- Thường trực Tỉnh ủy (b/c),',
    '- Lưu Ban Tuyên giáo.',
    'K/T TRƯỞNG BAN',
    'PHÓ TRƯỞNG BAN THƯỜNG TRỰC',
    'Hoàng Văn Minh',
  ]);

  it('reads the number without a colon, the type split over its line, and the Party heading is no organ', () => {
    expect(record.documentType).toBe('Thông báo');
    expect(record.documentNumber).toEqual({ number: '87', symbol: 'TB/BTGTU', text: '87-TB/BTGTU' });
    expect(record).toMatchObject({ place: 'Bắc Kạn', issuedDate: '2019-08-14' });
    expect(record.issuer).toMatchObject({ name: 'Ban Tuyên giáo Tỉnh ủy Bắc Kạn', level: 'tỉnh', locality: 'Bắc Kạn' });
  });

  it('reads the K/T signature and its position', () => {
    expect(record.signer).toEqual({ name: 'Hoàng Văn Minh', position: 'Phó Trưởng ban Thường trực', authority: 'K/T Trưởng ban' });
    expect(record.recipients).toEqual(['Thường trực Tỉnh ủy (b/c)', 'Lưu Ban Tuyên giáo']);
  });
});

describe('symbols and blanks', () => {
  it('keeps every organ part of a symbol', () => {
    expect(readSymbol(': 12/KH-MTTQ-BTT')).toMatchObject({ number: '12', symbol: 'KH-MTTQ-BTT' });
    expect(readSymbol(': 149/QĐ-UBND-TL')).toMatchObject({ number: '149', symbol: 'QĐ-UBND-TL' });
    expect(readSymbol(' 21-KH/ĐU')).toMatchObject({ number: '21', symbol: 'KH/ĐU', text: '21-KH/ĐU', type: 'Kế hoạch' });
    expect(readSymbol(': 301/UBND-VX', 0, true)).toMatchObject({ number: '301', symbol: 'UBND-VX', type: null });
    expect(readSymbol(': 301/UBND-VX')).toBeNull();
    expect(readSymbol(': 2150/SGDĐT-CTrTT', 0, true)).toMatchObject({ number: '2150', symbol: 'SGDĐT-CTrTT' });
    expect(readSymbol(': 88/BCA-TCAN', 0, true)).toMatchObject({ number: '88', symbol: 'BCA-TCAN' });
  });

  it('leaves a blank number and a blank day empty', () => {
    const header = readHeader(toLines('ỦY BAN NHÂN DÂN\nXÃ ĐỨC HÒA\nSố:      /KH-UBND\nĐức Hòa, ngày      tháng 11 năm 2025'));
    expect(header.documentNumber).toMatchObject({ number: null, symbol: 'KH-UBND' });
    expect(header.issuedDate).toBe('2025-11');
  });
});

describe('a letter (công văn)', () => {
  const record = extract([
    'ỦY BAN NHÂN DÂN',
    'HUYỆN CẨM XUYÊN',
    'Số: 1184/UBND-VX',
    'V/v triển khai Kế hoạch số 45/KH-UBND ngày 12/3/2021',
    'của UBND tỉnh về tiêm chủng',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Cẩm Xuyên, ngày 20 tháng 4 năm 2021',
    'Kính gửi:',
    '- Phòng Y tế huyện;',
    '- UBND các xã, thị trấn.',
    'Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2021 của UBND tỉnh, UBND huyện yêu cầu các đơn vị triển khai./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, VX.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Trần Văn Hải',
  ]);

  it('is a Công văn titled by its trích yếu, dated by its date line only', () => {
    expect(record.documentType).toBe('Công văn');
    expect(record.documentNumber).toEqual({ number: '1184', symbol: 'UBND-VX', text: '1184/UBND-VX' });
    expect(record.title).toBe('triển khai Kế hoạch số 45/KH-UBND ngày 12/3/2021 của UBND tỉnh về tiêm chủng');
    expect(record).toMatchObject({ place: 'Cẩm Xuyên', issuedDate: '2021-04-20' });
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân huyện Cẩm Xuyên', level: 'huyện', locality: 'Cẩm Xuyên' });
  });

  it('takes the Nơi nhận list, not the Kính gửi addressees, and no plan fields', () => {
    expect(record.recipients).toEqual(['Như trên', 'Lưu: VT, VX']);
    expect(record.signer).toEqual({ name: 'Trần Văn Hải', position: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' });
    expect(record.emulation).toEqual({ theme: null, period: { from: null, to: null } });
    expect(record.warnings.some((w) => w.startsWith('not a plan'))).toBe(true);
  });

  it('never takes a date from the V/v line, nor a place from text that is none', () => {
    const header = readHeader(toLines('Số: 52/UBND-VP\nV/v báo cáo ngày 05/3/2024 của Sở'));
    expect(header.issuedDate).toBeNull();
    expect(readPlace('V/v tổ chức hội nghị tổng kết năm')).toBeNull();
    expect(readPlace('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Hòa Vang')).toBe('Hòa Vang');
    expect(readPlace('Thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });

  it('keeps a level written short as part of the place, after letterhead capitals too', () => {
    expect(readPlace('TT Châu Thành')).toBe('TT Châu Thành');
    expect(readPlace('TRƯỜNG THCS THỊ TRẤN TP. Huế')).toBe('TP. Huế');
    expect(readPlace('UBND XÃ Tân Phú')).toBe('Tân Phú');
  });
});

describe('a decision that issues a plan', () => {
  const record = extract([
    'ỦY BAN NHÂN DÂN',
    'THỊ XÃ HƯƠNG TRÀ',
    'Số: 310/QĐ-UBND',
    'Hương Trà, ngày 06 tháng 5 năm 2019',
    'QUYẾT ĐỊNH',
    'VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2019',
    'ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ',
    'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát động phong trào thi đua năm 2019.',
    'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
    'Nơi nhận:',
    '- Như Điều 2;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Lê Văn Bình',
    'KẾ HOẠCH',
    'Phát động phong trào thi đua năm 2019',
    '(Kèm theo Quyết định số 310/QĐ-UBND ngày 06/5/2019 của UBND thị xã)',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Nơi nhận:',
    '- Các phòng, ban;',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Phạm Thị Hoa',
  ]);

  it('is the decision, with the title up to the authority line', () => {
    expect(record.documentType).toBe('Quyết định');
    expect(record.title).toBe('VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2019');
    expect(record.issuer).toMatchObject({ name: 'Ủy ban nhân dân thị xã Hương Trà', level: 'thị xã' });
  });

  it("keeps the attached plan's recipients, signer and sections out of the decision's record", () => {
    expect(record.recipients).toEqual(['Như Điều 2', 'Lưu: VT']);
    expect(record.signer).toEqual({ name: 'Lê Văn Bình', position: 'Chủ tịch', authority: 'TM. Ủy ban nhân dân' });
    expect(record.sections).toEqual([]);
  });
});

describe('title boundaries', () => {
  it('stops at Kính gửi and keeps a title line that opens with THỰC HIỆN', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ TĨNH',
      'Số: 88/KH-UBND',
      'Hà Tĩnh, ngày 09 tháng 3 năm 2022',
      'KẾ HOẠCH',
      'THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ',
      'NĂM 2022',
      'Kính gửi: Hội đồng nhân dân tỉnh',
      'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.title).toBe('THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ NĂM 2022');
  });

  it('stops at the line naming who decides, and at a change of case', () => {
    const record = extract([
      'HỘI ĐỒNG NHÂN DÂN',
      'HUYỆN BA VÌ',
      'Số: 12/NQ-HĐND',
      'Ba Vì, ngày 20 tháng 7 năm 2018',
      'NGHỊ QUYẾT',
      'Về kế hoạch đầu tư công năm 2019',
      'HỘI ĐỒNG NHÂN DÂN HUYỆN BA VÌ',
      'Căn cứ Luật Đầu tư công ngày 18 tháng 6 năm 2014;',
    ]);
    expect(record.title).toBe('Về kế hoạch đầu tư công năm 2019');
    expect(record.documentType).toBe('Nghị quyết');
  });
});

describe('signature', () => {
  it('spells positions as written: Thứ trưởng is never Thủ tướng', () => {
    expect(readPosition('THỨ TRƯỞNG')).toBe('Thứ trưởng');
    expect(readPosition('THỦ TƯỚNG')).toBe('Thủ tướng');
    expect(readPosition('TRƯỞNG TIỂU BAN')).toBe('Trưởng Tiểu ban');
    expect(readPosition('PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC')).toBe('Phó Chánh Văn phòng Thường trực');
    // Letters alone cannot tell Thủ trưởng from Thứ trưởng, but under KT. a deputy signs.
    expect(readPosition('THU TRUONG')).toBeNull();
    expect(readPosition('THU TRUONG', true)).toBe('Thứ trưởng');
  });

  it('reads a plain THỦ TƯỚNG block and stops at its name', () => {
    const record = extract([
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 15/CĐ-TTg',
      'Hà Nội, ngày 01 tháng 9 năm 2024',
      'CÔNG ĐIỆN',
      'VỀ TẬP TRUNG ỨNG PHÓ BÃO SỐ 3',
      'THỦ TƯỚNG CHÍNH PHỦ điện:',
      '- Chủ tịch Ủy ban nhân dân các tỉnh ven biển.',
      '1. Chủ động triển khai các biện pháp ứng phó./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, NN.',
      'THỦ TƯỚNG',
      'Nguyễn Văn Phúc',
      'PHỤ LỤC',
      'STT',
      'Giới Tính',
    ]);
    expect(record.issuer.name).toBe('Thủ tướng Chính phủ');
    expect(record.title).toBe('VỀ TẬP TRUNG ỨNG PHÓ BÃO SỐ 3');
    expect(record.signer).toEqual({ name: 'Nguyễn Văn Phúc', position: 'Thủ tướng', authority: null });
    expect(record.recipients).toEqual(['Như trên', 'Lưu: VT, NN']);
  });

  it('takes the first name under the position, not a later name-like line', () => {
    const { signer } = readSigner(toLines('TM. TIỂU BAN\nTRƯỞNG TIỂU BAN\nĐỗ Minh Tuấn\nTRƯỞNG BAN TUYÊN GIÁO\nThường Xuân'));
    expect(signer).toEqual({ name: 'Đỗ Minh Tuấn', position: 'Trưởng Tiểu ban', authority: 'TM. Tiểu ban' });
  });
});

describe('names from the registers', () => {
  it('gives an unmarked place name its marks, and leaves a marked one as written', () => {
    expect(registerSpelling('Dak Lak')).toBe('Đắk Lắk');
    expect(registerSpelling('Phố Bảng')).toBe('Phố Bảng');
    expect(registerSpelling('An Linh')).toBe('An Linh');
    // Units formed on 01/07/2025 (Hạc Thành ward of Thanh Hóa) and the special zones (Phú Quốc).
    expect(registerSpelling('Hac Thanh')).toBe('Hạc Thành');
    expect(registerSpelling('Phu Quoc')).toBe('Phú Quốc');
  });

  it("re-marks only a signer's syllables whose marks were guessed and never seen in a name", () => {
    const all = () => true;
    expect(remarkName('Hộ Thì Nguyên Thảo', all)).toBe('Hồ Thị Nguyên Thảo');
    expect(remarkName('Trường Việt Dùng', all)).toBe('Trương Việt Dũng');
    expect(remarkName('Hộ Thì Nguyên Thảo', () => false)).toBe('Hộ Thì Nguyên Thảo');
  });
});

describe('a text without its header block', () => {
  it('states its number and date in what it attaches', () => {
    const record = extract([
      'NGHỊ QUYẾT',
      'VỀ PHÁT ĐỘNG PHONG TRÀO THI ĐUA',
      'CHÍNH PHỦ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      'QUYẾT NGHỊ:',
      'Phát động phong trào thi đua trong cả nước./.',
      'Nơi nhận:',
      '- Các bộ;',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'Nguyễn Xuân Phúc',
      'PHỤ LỤC',
      '(Kèm theo Nghị quyết số 25/NQ-CP ngày 02 tháng 3 năm 2020 của Chính phủ)',
    ]);
    expect(record.documentNumber).toEqual({ number: '25', symbol: 'NQ-CP', text: '25/NQ-CP' });
    expect(record.issuedDate).toBe('2020-03-02');
    expect(record.place).toBeNull();
    expect(record.title).toBe('VỀ PHÁT ĐỘNG PHONG TRÀO THI ĐUA');
  });
});

describe('layouts of crawls and office scans', () => {
  it('reads a type line joined with its trích yếu, and stops the title at a note in brackets', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
      'Số: 21/KH-UBND',
      'Đông Sơn, ngày 15 tháng 01 năm 2020',
      'KẾ HOẠCH Tổ chức các hoạt động mừng Đảng, mừng Xuân Canh Tý',
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 15/01/2020)',
      'Căn cứ Kế hoạch số 10/KH-UBND ngày 06/01/2020 của UBND huyện;',
    ]);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('Tổ chức các hoạt động mừng Đảng, mừng Xuân Canh Tý');
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân xã Đông Sơn', level: 'xã', locality: 'Đông Sơn' });
  });

  it('reads a school letterhead squashed beside the quốc hiệu, and a signer printed in capitals', () => {
    const record = extract([
      'UBND HUYỆN CAM LÂM            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TRƯỜNG TH CAM HẢI TÂY              Độc lập - Tự do - Hạnh phúc',
      'Số: 15/KH-THCHT               Cam Hải Tây, ngày 10 tháng 9 năm 2018',
      '',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua “Dạy tốt - Học tốt”',
      'năm học 2018 - 2019',
      '',
      'Căn cứ Kế hoạch số 102/KH-PGDĐT ngày 05/9/2018 của Phòng Giáo dục và Đào tạo huyện Cam Lâm;',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nơi nhận:                                  HIỆU TRƯỞNG',
      '- Phòng GD&ĐT (b/c);',
      '- Lưu: VT.',
      '                                           LÊ THỊ THU HÀ',
    ]);
    expect(record.documentNumber).toEqual({ number: '15', symbol: 'KH-THCHT', text: '15/KH-THCHT' });
    expect(record).toMatchObject({ place: 'Cam Hải Tây', issuedDate: '2018-09-10' });
    expect(record.issuer.name).toBe('Trường Tiểu học Cam Hải Tây');
    expect(record.title).toBe('Phát động phong trào thi đua “Dạy tốt - Học tốt” năm học 2018 - 2019');
    expect(record.signer).toEqual({ name: 'Lê Thị Thu Hà', position: 'Hiệu trưởng', authority: null });
    expect(record.recipients).toEqual(['Phòng GD&ĐT (b/c)', 'Lưu: VT']);
  });

  it('never takes a place, a level or a table header for a signer', () => {
    const { signer } = readSigner(toLines('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nXã Khe Tre\nThường Xuân'));
    expect(signer.name).toBeNull();
  });
});

describe('the frame of a text stripped of its marks, through restoration', () => {
  it('reads the same letterhead, number, date, place and signature', async () => {
    const { restoreText } = await import('../../src/restore/index.js');
    const { stripMarks } = await import('../../src/marks.js');
    const clean = [
      'UY BAN NHAN DAN',
      'TINH DAK LAK',
      'CONG HOA XA HOI CHU NGHIA VIET NAM',
      'Doc lap - Tu do - Hanh phuc',
      'So: 0215/KH-UBND',
      'Dak Lak, ngay 05 thang 02 nam 2024',
      'KE HOACH',
      'To chuc Tet trong cay nam 2024',
      'Can cu Chi thi so 45/CT-TTg ngay 13/12/2023 cua Thu tuong Chinh phu;',
      'I. MUC DICH, YEU CAU',
      'Nơi nhận:',
      '- Cac so, nganh;',
      '- Luu: VT.',
      'TM. UY BAN NHAN DAN',
      'KT. CHU TICH',
      'PHO CHU TICH',
      'Truong Cong Thai',
    ].join('\n');
    const restored = restoreText(stripMarks(clean));
    const record = extractPlan(restored.text, { sample: 'stripped.txt', corrections: restored.corrections });
    expect(record.documentNumber).toEqual({ number: '0215', symbol: 'KH-UBND', text: '0215/KH-UBND' });
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Đắk Lắk', level: 'tỉnh', locality: 'Đắk Lắk' });
    expect(record).toMatchObject({ place: 'Đắk Lắk', issuedDate: '2024-02-05', documentType: 'Kế hoạch' });
    expect(record.signer).toEqual({ name: 'Trương Công Thái', position: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' });
  });
});

describe('office letters as scanned', () => {
  const letter = extract([
    'UBND XÃ TÂN LẬP',
    'Số: 52/UBND-VP V|v báo cáo kết quả',
    'thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024',
    'Tân Lập, 18/3/2024',
    'Kính gửi: Ủy ban nhân dân huyện Đơn Dương',
    'Ủy ban nhân dân xã báo cáo như sau./.',
    'Nơi nhận:',
    'Như trên;',
    'Lưu: VT.',
    'CHỦ TỊCH',
    'Phan Văn Quý',
  ]);

  it('reads a V/v that follows the number on its line, and a date line written in figures', () => {
    expect(letter.documentType).toBe('Công văn');
    expect(letter.title).toBe('báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024');
    expect(letter).toMatchObject({ place: 'Tân Lập', issuedDate: '2024-03-18' });
    expect(letter.issuer).toEqual({ name: 'Ủy ban nhân dân xã Tân Lập', level: 'xã', locality: 'Tân Lập' });
  });

  it('reads a Nơi nhận list typed without dashes', () => {
    expect(letter.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(letter.signer).toEqual({ name: 'Phan Văn Quý', position: 'Chủ tịch', authority: null });
  });
});

describe('when the frame does not say', () => {
  it('leaves the issuer empty, with a warning, rather than a body without its place', () => {
    const record = extract([
      'Số: 14/KH-UBND',
      'KẾ HOẠCH',
      'Tổng vệ sinh môi trường',
      'Căn cứ Kế hoạch số 3/KH-UBND ngày 02/01/2024 của huyện;',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.issuer).toEqual({ name: null, level: null, locality: null });
    expect(record.warnings).toContain('issuer: Ủy ban nhân dân without its level and place');
    expect(record.place).toBeNull();
  });
});

describe('a title in small letters', () => {
  it('ends before the body sentence that follows it without a preamble', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN',
      'XÃ HÒA TIẾN',
      'Số: 09/KH-UBND',
      'Hòa Tiến, ngày 04 tháng 01 năm 2017',
      'KẾ HOẠCH',
      'Tổ chức Tết Nguyên đán Đinh Dậu năm 2017',
      'Để nhân dân đón Tết vui tươi, lành mạnh, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.title).toBe('Tổ chức Tết Nguyên đán Đinh Dậu năm 2017');
  });
});

describe('a scan read as one column', () => {
  it("moves the signer's name squashed onto the last recipient line to the signature", () => {
    const { readClosing } = closingModule;
    const closing = readClosing(
      toLines('Nơi nhận:          TM. ỦY BAN NHÂN DÂN\n- UBND tỉnh;        CHỦ TỊCH\n- Lưu: VT, TH:        Nguyên Quốc Trung'),
    );
    expect(closing.recipients.map((r) => r.text)).toEqual(['UBND tỉnh', 'Lưu: VT, TH']);
    const { signer } = readSigner(closing.signatureLines);
    expect(signer).toEqual({ name: 'Nguyên Quốc Trung', position: 'Chủ tịch', authority: 'TM. Ủy ban nhân dân' });
    // Restoration guessed its marks: a surname seen once against thousands of Nguyễn is a slip.
    expect(remarkName('Nguyên Quốc Trung', () => true)).toBe('Nguyễn Quốc Trung');
  });
});
