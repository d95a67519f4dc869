// Values the record filled wrong on unseen sets (outside party/state 2026), each on the real lines of its document:
// where a rule of the genre reads them right it does; where the evidence is weak the field is left empty and the
// record says why (a wrong value is worse than an empty one).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import type { Correction } from '../../src/types.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

describe('the Căn cứ a working paper quotes from another text', () => {
  // party-2026g 259 (Văn phòng Tỉnh ủy Bình Dương, Bảng so sánh, 12/2020): the first cell of the table is the old
  // regulation's own preamble.
  const head = [
    'TỈNH ỦY BÌNH DƯƠNG',
    'VĂN PHỊNG',
    '*',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Bình Dương, ngày tháng 12 năm 2020',
  ];
  const body = [
    'Nội dung dự thảo Quy chế làm việc của Tỉnh ủy khoá XI, nhiệm kỳ 2020 - 2025',
    'So với Quy chế làm việc của Tỉnh ủy khóa X, nhiệm kỳ 2015 - 2020',
    '----Kính gửi: Các đồng chí Ủy viên Ban Thường Tỉnh ủy.',
    'Quy chế làm việc của Tỉnh ủy khóa X,',
    'nhiệm kỳ 2015-2020',
    '(số 22-QC/TU)',
    '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
    '- Căn cứ Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban',
    'Chấp hành Trung ương quy định về thi hành Điều lệ Đảng;',
    '- Căn cứ Quy định số 42-QĐ/TW, ngày 03/10/2016 của Ban',
    'Bí thư quy định về nhiệm vụ và quan hệ công tác của thường',
    'trực tỉnh ủy, thành ủy;',
  ];

  it('leaves them out of a `BẢNG SO SÁNH`, a type no table of issued documents has, and says so', () => {
    const record = extract([...head, 'BẢNG SO SÁNH', ...body]);
    expect(record.documentType).toBe('Bảng so sánh');
    expect(record.legalBases).toEqual([]);
    expect(record.warnings.find((w) => w.startsWith('legalBases:'))).toContain('"29-QĐ/TW", "42-QĐ/TW"');
  });

  it('keeps them under a letter of a kind no table has (`THƯ NGỎ`): only a table quotes', () => {
    expect(extract([...head, 'THƯ NGỎ', ...body]).legalBases.map((b) => b.number)).toEqual([null, '29-QĐ/TW', '42-QĐ/TW']);
  });

  it('keeps them under an issued type (`BÁO CÁO`)', () => {
    const record = extract([...head, 'BÁO CÁO', ...body]);
    expect(record.legalBases.map((b) => b.number)).toEqual([null, '29-QĐ/TW', '42-QĐ/TW']);
    expect(record.warnings.some((w) => w.startsWith('legalBases:'))).toBe(false);
  });
});

describe('a letterhead name wrapped over two lines where its dash stood', () => {
  // party-2026d 187 (Hội Truyền thống Trường Sơn – Đường Hồ Chí Minh Việt Nam, Kế hoạch 12/KH-TWH, 2017).
  const lines = (self: string) => [
    'HỘI TRUYỀN THỐNG TRƯỜNG SƠN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ' ĐƯỜNG HỒ CHÍ MINH VIỆT NAM                                      Độc lập – Tự do – Hạnh phúc',
    '          Số: 12/KH-TWH                                     Hà Nội, ngày  02 tháng 3 năm 2017',
    'KẾ  HOẠCH',
    'Tổ chức các hoạt động kỷ niệm 70 năm',
    'Ngày Thương binh Liệt sỹ (27/7/1947 – 27/7/2017)',
    '****',
    '-  Căn cứ chỉ thị số 02/CT-TTg ngày 25/01/2016 của Thủ tướng  Chính phủ về',
    'tăng cường chỉ đạo thực hiện chính sách ưu đãi đối với người có công với cách mạng.',
    `          ${self} xây dựng kế hoạch hoạt động kỷ niệm 70 năm Ngày Thương binh Liệt sỹ như sau:`,
    'A-  VỀ NỘI ĐUNG HOẠT ĐỘNG:',
  ];

  it('takes the dash the preamble writes when it names its own body', () => {
    expect(extract(lines('Hội Truyền thống Trường Sơn – Đường Hồ Chí Minh Việt Nam')).issuer.name).toBe(
      'Hội Truyền thống Trường Sơn – Đường Hồ Chí Minh Việt Nam',
    );
  });

  it('keeps the letterhead’s words when the preamble writes none', () => {
    expect(extract(lines('Hội Truyền thống Trường Sơn Đường Hồ Chí Minh Việt Nam')).issuer.name).toBe(
      'Hội Truyền thống Trường Sơn Đường Hồ Chí Minh Việt Nam',
    );
  });
});

describe('a cited Party body with its term in brackets', () => {
  // state-2026c 914 (UBND tỉnh Lạng Sơn, Kế hoạch 70/KH-UBND, 2021): no `về` after the term.
  const head = ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', '-------', 'Số: 70/KH-UBND', 'Lạng Sơn, ngày 22 tháng 3 năm 2021', 'KẾ HOẠCH', 'THỰC HIỆN SẮP XẾP THÔN, TỔ DÂN PHỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN GIAI ĐOẠN 2021 - 2030'];
  const basis = (clause: string) => extract([...head, clause, 'I. MỤC ĐÍCH, YÊU CẦU']).legalBases[0];

  it('ends the issuer at the term, kept, and opens the subject after it', () => {
    const b = basis(
      'Thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Hội nghị lần thứ Sáu Ban Chấp hành Trung ương Đảng (khóa XII) một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả và Kế hoạch số 52-KH/TU ngày 26/01/2018 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017;',
    );
    expect(b?.issuer).toBe('Hội nghị lần thứ Sáu Ban Chấp hành Trung ương Đảng (khóa XII)');
    expect(b?.subject).toBe('một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả');
  });

  it('keeps a bracket that is no term out of the issuer', () => {
    const b = basis('Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của Ủy ban nhân dân tỉnh (cơ quan thường trực) về việc thành lập Tổ công tác;');
    expect(b?.issuer).toBe('Ủy ban nhân dân tỉnh');
  });
});

describe('a cited issuer cut inside a list of bodies', () => {
  // party-2026b 606 (Ban Thường trực UBTWMTTQ Việt Nam and others, Chương trình phối hợp 03/CTrPH-MTTW-TCTV, 2020).
  it('is left empty and said when it ends on `các`', () => {
    const record = extract([
      'BAN THƯỜNG TRỰC UBTWMTTQ VIỆT NAM-CÁC TỔ CHỨC CHÍNH TRỊ – XÃ HỘI,',
      ' HỘI CHỮ THẬP ĐỎ VIỆT NAM',
      'Số: 03 /CTrPH-MTTW-TCTV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '        Hà Nội, ngày 12 tháng  3  năm 2020',
      'CHƯƠNG TRÌNH PHỐI HỢP',
      'Thực hiện các cuộc vận động, phong trào thi đua yêu nước',
      'do Mặt trận Tổ quốc Việt Nam chủ trì năm 2020',
      'Căn cứ Chương trình phối hợp và thống nhất hành động năm 2020 của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Trung ương các tổ chức chính trị – xã hội, Hội Chữ thập đỏ Việt Nam, Phòng Thương mại và Công nghiệp Việt Nam, Hội Người cao tuổi Việt Nam thống nhất ban hành chương trình phối hợp thực hiện các cuộc vận động, phong trào thi đua do Mặt trận chủ trì trong năm 2020, như sau:',
      'A. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.legalBases[0]?.issuer).toBeNull();
    expect(record.warnings.some((w) => w.startsWith('legalBases.0.issuer:') && w.includes('"các"'))).toBe(true);
  });
});

describe('a steering board named by its task and its place', () => {
  // party-2026c 807 (Ban Thường trực Ủy ban MTTQ xã Cẩm Mỹ, Kế hoạch xây dựng NTM, 2019).
  const basis = (clause: string) =>
    extract([
      'Kế hoạch xây dựng NTM của Mặt trận Tổ quốc',
      clause,
      '          Ban Thường trực Ủy ban MTTQ xã ban hành Kế hoạch phối hợp thực hiện cuộc vận động: “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với thực hiện chương trình MTQG xây dựng nông thôn mới năm 2019 như sau:',
      '  1. MỤC ĐÍCH, YÊU CẦU.',
    ]).legalBases[0];

  it('reads the task and the place as the board’s name', () => {
    const b = basis('          Thực hiện chương trình xây dựng nông thôn mới giai đoạn 2018-2020 của BCĐ chương trình MTQG xã Cẩm Mỹ;');
    expect(b?.issuer).toBe('Ban Chỉ đạo chương trình MTQG xã Cẩm Mỹ');
    expect(b?.subject).toBe('xây dựng nông thôn mới giai đoạn 2018-2020');
  });

  it('still opens a subject after an organ named with its place', () => {
    const b = basis('          Căn cứ Kế hoạch số 15/KH-UBND ngày 02/3/2019 của UBND xã Cẩm Mỹ triển khai công tác xây dựng nông thôn mới xã Cẩm Mỹ;');
    expect(b?.issuer).toBe('Ủy ban nhân dân xã Cẩm Mỹ');
    expect(b?.subject).toBe('triển khai công tác xây dựng nông thôn mới xã Cẩm Mỹ');
  });
});

describe('a cited subject runs to its own clause’s end', () => {
  it('ends at a `;` before another clause’s opener, even one citing no document', () => {
    // party-2026b 604 (Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Kế hoạch 344-KH/HNDTW, 2018).
    const bases = extract([
      '      HỘI NÔNG DÂN VIỆT NAM       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BAN CHẤP HÀNH TRUNG ƯƠNG               Độc lập – Tự do – Hạnh phúc',
      '          Số  344 - KH/HNDTW                    Hà Nội, ngày 21 tháng 5 năm 2018',
      'KẾ HOẠCH',
      'Duyệt đại hội Hội Nông dân các tỉnh, thành phố',
      ' nhiệm kỳ 2018-2023',
      'Thực hiện Kế hoạch số 190 - KH/HNDTW ngày 12 tháng 01  năm 2017 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về tổ chức Đại hội Hội Nông dân các cấp tiến tới Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VII, nhiệm kỳ 2018-2023; Hướng dẫn số 211- HD/HNDTW, ngày 27/3/2017 về công tác chuẩn bị và tổ chức đại hội Hội Nông dân các cấp; căn cứ dự kiến thời gian tổ chức đại hội Hội Nông dân các tỉnh, thành phố, Ban Thường vụ Trung ương Hội ban hành Kế hoạch duyệt đại hội Hội Nông dân các tỉnh, thành phố. Cụ thể như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;
    expect(bases.find((b) => b.number === '211-HD/HNDTW')?.subject).toBe('về công tác chuẩn bị và tổ chức đại hội Hội Nông dân các cấp');
  });

  it('ends at a year run into the capitalised word of the next sentence', () => {
    // party-2026g 257 (Ban Tuyên giáo Trung ương, Hướng dẫn kỷ niệm Võ Văn Kiệt, 2021): the issuer's clause glued on.
    const bases = extract([
      'Căn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ niệm 100 năm, trên 100 năm ngày sinh; ý kiến chỉ đạo của Ban Bí thư Trung ương Đảng tại Công văn số 1740-CV/VPTW ngày 07/9/2021 về việc tổ chức kỷ niệm một số ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2022Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Võ Văn Kiệt (23/11/1922 - 23/11/2022) như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;
    expect(bases.find((b) => b.number === '1740-CV/VPTW')?.subject).toBe('về việc tổ chức kỷ niệm một số ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2022');
  });
});

describe('a restored place outside the issuing province', () => {
  // state-2026c 912 (UBND tỉnh Tiền Giang, Quyết định 33/2009/QĐ-UBND), stripped of its marks and restored: the
  // date line's `My` / `Tho` came back as `Mỹ` / `Thọ` (a commune of Đồng Tháp), the province's city being Mỹ Tho.
  const lines = [
    'ỦY',
    'BAN NHÂN DÂN',
    'TỈNH TIỀN GIANG',
    '-------',
    '|',
    'CỘNG',
    'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập – Tự do – Hạnh phúc',
    '--------------',
    '|',
    'Số:',
    '33/2009/QĐ-UBND',
    '|',
    'Mỹ',
    'Thọ, ngày 24 tháng 12 năm 2009',
    '|',
    'QUYẾT ĐỊNH',
    'BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ VÀ KHAI THÁC MẠNG TIN HỌC DIỆN',
    'RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG',
    'ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG',
    'Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;',
    'QUYẾT ĐỊNH:',
  ].join('\n');
  const restored: Correction[] = [
    { line: 14, from: 'My', to: 'Mỹ', confidence: 0.9, rule: 'decoder' },
    { line: 15, from: 'Tho', to: 'Thọ', confidence: 0.6, rule: 'decoder' },
    { line: 15, from: 'ngay', to: 'ngày', confidence: 0.99, rule: 'decoder' },
  ];

  it('is the province’s unit of those letters, and said', () => {
    const record = extractPlan(lines, { sample: 'x.txt', corrections: restored });
    expect(record.place).toBe('Mỹ Tho');
    expect(record.warnings.some((w) => w.startsWith('place: "Mỹ Thọ" came without marks'))).toBe(true);
  });

  it('stays as written when the date line kept its own marks', () => {
    expect(extractPlan(lines, { sample: 'x.txt', corrections: [] }).place).toBe('Mỹ Thọ');
  });
});

describe('a letterhead locality that is no place', () => {
  // party-2026d 181 (Chi bộ trường THCS Mỹ Hưng, Kế hoạch 01/KH-CB, 2019): a crawl ran two letterhead lines together.
  const lines = (letterhead: string) => [
    `${letterhead}              ĐẢNG CỘNG SẢN VIỆT NAM`,
    'Số: 01/KH-CB              Mỹ Hưng, ngày 03 tháng 01 năm 2019',
    'KẾ HOẠCH',
    'Hoạt động của chi bộ trường Trung học cơ sở Mỹ Hưng',
    ' Năm 2019',
    'Căn cứ điều lệ Đảng cộng sản Việt Nam;',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ];

  it('is left empty, and so is a name built on it, when the register lacks it and a word of it is no syllable', () => {
    const record = extract(lines('ĐẢNG BỘ XÃ MỸ HƯNGCHI BỘ TRƯỜNG THCS MỸ HƯNG'));
    expect(record.issuer.locality).toBeNull();
    expect(record.issuer.name).toBeNull();
    expect(record.warnings.some((w) => w.startsWith('issuer.locality: "MỸ HƯNGCHI'))).toBe(true);
  });

  it('keeps a place the register lacks whose words are syllables (`Thừa Thiên Huế`)', () => {
    const record = extract([
      'TỈNH ỦY THỪA THIÊN HUẾ                ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số: 12-KH/TU              Huế, ngày 03 tháng 01 năm 2019',
      'KẾ HOẠCH',
      'Thực hiện Chỉ thị số 05-CT/TW',
      'Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.issuer.locality).toBe('Thừa Thiên Huế');
  });
});

describe('a symbol’s last part set off with a space', () => {
  // party-2026b 611 (Ban Thường vụ Hội Chữ thập đỏ huyện Quảng Ninh, Kế hoạch Tháng Nhân đạo 2021).
  const cited = (clause: string) =>
    extract([
      'KẾ HOẠCH',
      'Tổ chức “Tháng Nhân đạo” năm 2021',
      clause,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases[0]?.number;

  it('keeps capitals between the symbol and the date word', () => {
    expect(
      cited('Thực hiện Kế hoạch số 150/KH-CTĐ QB ngày 05/4/2021 của Hội Chữ thập đỏ Quảng Bình về việc triển khai “Tháng Nhân đạo" năm 2021. Ban Thường vụ Hội Chữ thập đỏ huyện Quảng Ninh xây dựng và triển khai Kế hoạch tổ chức "Tháng Nhân đạo" năm 2021, cụ thể như sau:'),
    ).toBe('150/KH-CTĐ QB');
  });

  it('takes no capitals that another word follows', () => {
    expect(cited('Thực hiện Kế hoạch số 150/KH-CTĐ của Hội Chữ thập đỏ Quảng Bình về việc triển khai “Tháng Nhân đạo" năm 2021, cụ thể như sau:')).toBe('150/KH-CTĐ');
  });
});
