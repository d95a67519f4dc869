// Patterns met in an unseen set (party-2026g), each on the real lines of its
// document (NĐ 30/2020 Phụ lục I and Hướng dẫn 36-HD/VPTW: the trích yếu
// stands between the type line and the preamble; a basis is `<type> số … ngày
// … của <cơ quan> về <trích yếu>`, each on its own line; the issuer's own
// clause closes the preamble).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

describe('a purpose clause between the title and the issuer’s clause', () => {
  // party-2026g 262 (Ban Thường vụ Đoàn trường THPT Lộc Ninh, Kế hoạch 09 KH/ĐTN, 2016).
  const head = [
    'HUYỆN ĐOÀN LỘC NINH                                        ĐOÀN TNCS HỒ CHÍ MINH',
    'ĐOÀN TRƯỜNG THPT LỘC NINH               ',
    '             ***',
    '   Số:   09   KH/ĐTN                                                            Lộc Ninh, ngày   10   tháng 03  năm 2016',
    'KẾ HOẠCH',
    'Tổ chức Du khảo về nguồn kỷ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh(26/3/1931- 26/3/2016); 41 năm ngày miền Nam hoàn toàn giải phóng thống nhất đất nước (30/4/1975 - 30/4/2016)',
    'Nhằm thiết thực kỷ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh(26/3/1931- 26/3/2016); 41 năm ngày miền Nam hoàn toàn giải phóng thống nhất đất nước (30/4/1975 - 30/4/2016) ;',
  ];
  const title =
    'Tổ chức Du khảo về nguồn kỷ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh(26/3/1931- 26/3/2016); 41 năm ngày miền Nam hoàn toàn giải phóng thống nhất đất nước (30/4/1975 - 30/4/2016)';

  it('ends the title before `Nhằm … ;` right above `… xây dựng kế hoạch … như sau:`', () => {
    const record = extract([...head, ' Ban thường vụ Đoàn trường THPT Lộc Ninh  xây dựng kế hoạch du khảo về nguồn cụ thể như sau:', 'I. MỤC ĐÍCH Ý NGHĨA']);
    expect(record.title).toBe(title);
  });
});

describe('a Party committee’s board named by its task in small letters', () => {
  // party-2026g 254 (Chi bộ trường THPT Trấn Biên, Kế hoạch đại hội chi bộ, 2019).
  const lines = (board: string) => [
    `Căn cứ Hướng dẫn số 23-HD/BTCTU ngày 25/11/2019 của ${board} về khung chương trình đại hội đảng cấp cơ sở và cấp trên cơ sở;`,
    'Chi ủy chi bộ trường THPT Trấn Biên xây dựng kế hoạch tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2025 như sau',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ];

  it('reads `Ban tổ chức Tỉnh ủy` as the issuer, not `Ban` with a subject `tổ chức Tỉnh ủy về …`', () => {
    const [basis] = extract(lines('Ban tổ chức Tỉnh ủy')).legalBases;
    expect(basis?.issuer).toBe('Ban tổ chức Tỉnh ủy');
    expect(basis?.subject).toBe('về khung chương trình đại hội đảng cấp cơ sở và cấp trên cơ sở');
  });

  it('still opens the subject at `tổ chức` when no committee’s name follows it', () => {
    const [basis] = extract([
      'Căn cứ Kế hoạch số 15-KH/ĐTN ngày 02/3/2019 của Ban Thường vụ Huyện đoàn tổ chức hội trại tòng quân năm 2019;',
      'Ban Chấp hành Đoàn trường xây dựng kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;
    expect(basis?.subject).toBe('tổ chức hội trại tòng quân năm 2019');
  });
});

describe('a basis on its own line whose `Căn cứ` stands on the line above', () => {
  // party-2026g 261 (Ban Chấp hành Đoàn trường THPT thị xã Phước Long, Kế hoạch 15-KH/ĐT, 2018).
  const head = [
    'THỊ ĐOÀN PHƯỚC LONG                                             ĐOÀN TNCS HỒ CHÍ MINH',
    'BCH ĐOÀN TRƯỜNG THPT TX. PHƯỚC LONG   ',
    '          Số  15 – KH/ ĐT                                            Phước Long, ngày 24 tháng 02 năm 2018',
    '                  ***',
    'KẾ HOẠCH THAM GIA “HỘI TRẠI TÒNG QUÂN”',
    ' THỊ XÃ PHƯỚC LONG NĂM 2018',
  ];
  const tail = [
    '            Đoàn trường THPT TX. Phước Long lập Kế hoạch tham gia “Hội trại tòng quân” Thị xã Phước Long năm 2018.',
    'I.  MỤC ĐÍCH – YÊU CẦU:',
    '          - Nhằm tạo không khí vui tươi, sôi động, động viên thanh niên trúng tuyển lên đường làm nghĩa vụ quân sự năm 2018, đẩy mạnh phong trào xung kích tình nguyện để thanh niên học tập rèn luyện để bảo vệ Tổ quốc.',
    '          - Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức cho cán bộ, đoàn viên, thanh niên, học sinh trên địa bàn Thị xã về Luật nghĩa vụ quân sự năm 2018.',
    '          - Yêu cầu tổ chức sâu rộng mọi đối tượng, hiệu quả, an toàn đúng mục đích.',
  ];

  it('reads `Công văn số 13 - CV/ĐTN ngày …` under `Căn cứ Kế hoạch số 30 /KH - BTC ngày …` as a second basis', () => {
    const record = extract([
      ...head,
      '            Căn cứ Kế hoạch số 30 /KH - BTC ngày 08/02/2018 của UBND TX. Phước Long.',
      '  Công văn số 13 - CV/ĐTN ngày 23/02/2018 của BTV Thị Đoàn Phước long.',
      ...tail,
    ]);
    expect(record.legalBases.map((b) => [b.number, b.date])).toEqual([
      ['30/KH-BTC', '2018-02-08'],
      ['13-CV/ĐTN', '2018-02-23'],
    ]);
  });

  it('reads no basis from a dated citation under a line that cites none', () => {
    const record = extract([
      ...head,
      '            Nhằm động viên thanh niên trúng tuyển lên đường làm nghĩa vụ quân sự năm 2018.',
      '  Công văn số 13 - CV/ĐTN ngày 23/02/2018 của BTV Thị Đoàn Phước long.',
      ...tail,
    ]);
    expect(record.legalBases).toEqual([]);
  });
});

describe('a trích yếu in small letters that opens with the preamble’s word', () => {
  // party-2026g 256 (Ban Thường vụ Tỉnh ủy Thừa Thiên Huế, Chương trình 27-CTr/TU, 2017).
  const preamble =
    'Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:';

  it('takes `Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư …` with no date, above the dated preamble, as the title', () => {
    const record = extract([
      'CHƯƠNG TRÌNH',
      'Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng',
      'đối với công tác quản lý, bảo vệ và phát triển rừng',
      preamble,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.title).toBe(
      'Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng',
    );
    expect(record.legalBases.map((b) => b.number)).toEqual(['13-CT/TW']);
  });

  it('takes no title from a preamble clause wrapped over lines with its date, above another clause', () => {
    const record = extract([
      'CHƯƠNG TRÌNH',
      'Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng',
      'đối với công tác quản lý, bảo vệ và phát triển rừng;',
      'Căn cứ tình hình thực tế, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.title).toBeNull();
  });
});

describe('two unnumbered documents joined by `và`, the first told by what it is of and its term', () => {
  // party-2026g 260 (Ban Thường vụ Công đoàn ngành Giáo dục, Sơn La, Công văn, 2016).
  const lines = (named: string) => [
    'Kính gửi: Công đoàn Giáo dục các huyện, thành phố; Các Công đoàn cơ sở trực thuộc.',
    `Thực hiện ${named};Căn cứ Công văn số 199/CSPL-CĐN ngày 17/8/2016 của Công đoàn Giáo dục Việt Nam về việc tiếp tục thực hiện cuộc vận động hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn năm học 2016-2017; Công văn số 2301/LĐLĐ-CSPL ngày 21/10/2016 của Liên đoàn Lao động tỉnh Sơn La về việc hưởng ứng lời kêu gọi của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về ủng hộ đồng bào miền trung bị thiệt hại do ảnh hưởng của áp thấp nhiệt đới.`,
    'Ban Thường vụ Công đoàn ngành đề nghị Công đoàn Giáo dục huyện, thành phố, các CĐCS trực thuộc triển khai thực hiện tốt một số nội dung',
  ];

  it('reads `Chương trình công tác nhiệm kỳ XVI (2012-2017) và Kế hoạch hoạt động …` as two documents', () => {
    const bases = extract(lines('Chương trình công tác nhiệm kỳ XVI (2012-2017) và Kế hoạch hoạt động Công đoàn năm học 2016 -2017')).legalBases;
    expect(bases.map((b) => [b.documentType, b.number, b.subject])).toEqual([
      ['Chương trình', null, 'công tác nhiệm kỳ XVI (2012-2017)'],
      ['Kế hoạch', null, 'hoạt động Công đoàn năm học 2016 -2017'],
      ['Công văn', '199/CSPL-CĐN', 'về việc tiếp tục thực hiện cuộc vận động hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn năm học 2016-2017'],
      ['Công văn', '2301/LĐLĐ-CSPL', 'về việc hưởng ứng lời kêu gọi của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về ủng hộ đồng bào miền trung bị thiệt hại do ảnh hưởng của áp thấp nhiệt đới'],
    ]);
  });

  it('keeps one document where the words before `và` state its subject with `về`', () => {
    const bases = extract(lines('Chương trình về phát triển đoàn viên và Kế hoạch hoạt động Công đoàn năm học 2016 -2017')).legalBases;
    expect(bases.filter((b) => b.number === null).map((b) => b.documentType)).toEqual(['Chương trình']);
  });
});
