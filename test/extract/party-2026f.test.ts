// Patterns met in an unseen set (party-2026f), each on the real lines of its
// document (NĐ 30/2020 Phụ lục I and Hướng dẫn 36-HD/VPTW: a basis is
// `<type> số … ngày … của <cơ quan> về <trích yếu>`, and the issuer's own
// clause closes the preamble).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

describe('a standing body that names its organisation by its kind word, then acts', () => {
  // party-2026f 242 (Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Công văn 1126-CV/HNDTW, 2019).
  const lines = (clause: string) => [
    '     HỘI NÔNG DÂN VIỆT NAM      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'BAN CHẤP HÀNH TRUNG ƯƠNG             Độc lập- Tự do- Hạnh phúc',
    '                      *                                        Hà Nội, ngày 12 tháng 11 năm 2019',
    '          Số 1126- CV/HNDTW',
    'V/v tổ chức tuyên dương các điển hình tiên tiến',
    '  có thành tích xuất sắc trong 2 năm thực hiện',
    '      mục tiêu phát triển 15.000 hợp tác xã và',
    '           liên hiệp hợp tác xã nông nghiệp',
    '                 hoạt động có hiệu quả',
    'Kính gửi: Ban Thường vụ Hội Nông dân các tỉnh, thành phố',
    `Căn cứ Quyết định số 4228/QĐ-BNN-KTHT, ngày 05/11/2019 của Bộ Nông nghiệp và Phát triển nông thôn về việc phê duyệt kế hoạch phối hợp tổ chức tuyên dương các điển hình tiên tiến có thành tích xuất sắc trong 2 năm thực hiện Nghị quyết của Quốc hội và quyết định của Thủ tướng Chính phủ về phát triển 15.000 hợp tác xã và liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả, ${clause} đề nghị Ban Thường vụ Hội Nông dân các tỉnh, thành phố phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức đánh giá, lựa chọn danh sách các điển hình tiêu biểu trên địa bàn để đề nghị Bộ Nông nghiệp và Phát triển nông thôn tuyên dương khen thưởng.`,
  ];
  const subject =
    'về việc phê duyệt kế hoạch phối hợp tổ chức tuyên dương các điển hình tiên tiến có thành tích xuất sắc trong 2 năm thực hiện Nghị quyết của Quốc hội và quyết định của Thủ tướng Chính phủ về phát triển 15.000 hợp tác xã và liên hiệp hợp tác xã nông nghiệp hoạt động có hiệu quả';

  it('ends the subject before `, Ban Thường vụ Trung ương Hội đề nghị …`', () => {
    const [basis] = extract(lines('Ban Thường vụ Trung ương Hội')).legalBases;
    expect(basis?.number).toBe('4228/QĐ-BNN-KTHT');
    expect(basis?.subject).toBe(subject);
  });

  it('ends it before the organisation named in full too (`Ban Thường vụ Trung ương Hội Nông dân Việt Nam đề nghị`)', () => {
    expect(extract(lines('Ban Thường vụ Trung ương Hội Nông dân Việt Nam')).legalBases[0]?.subject).toBe(subject);
  });

  it('lets a subject run on past organs that do not act (`…, Ban Thường vụ các cấp Hội đề nghị …`)', () => {
    // `các cấp` between the body and its organisation: no organ's name, the clause is the subject's.
    expect(extract(lines('Ban Thường vụ các cấp Hội')).legalBases[0]?.subject).toContain('Ban Thường vụ các cấp Hội');
  });
});

describe('two documents, each with its date, then one issuer and one subject', () => {
  // party-2026f 251 (Ban Thường vụ Đảng ủy Trường Đại học Vinh, 2017): the page opens at the preamble.
  const lines = [
    'Thực hiện Hướng dẫn số 11 -HD/BTGTU ngày 29/11/2016 và Công văn số 468-CV/BTGTU ngày 21/2/2017 của Ban Tuyên giáo Tỉnh ủy Nghệ An về học tập, sinh hoạt chuyên đề thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ban Thường vụ Đảng ủy Trường các cấp ủy đảng, đơn vị, đoàn thể thực hiện một số nội dung chủ yếu trong học tập, sinh hoạt định kỳ, sinh hoạt chuyên đề thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh từ nay đến năm 2020 như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ];

  it('gives the first the issuer and subject written once after the second', () => {
    const bases = extract(lines).legalBases;
    expect(bases.map((b) => [b.documentType, b.number, b.date, b.issuer])).toEqual([
      ['Hướng dẫn', '11-HD/BTGTU', '2016-11-29', 'Ban Tuyên giáo Tỉnh ủy Nghệ An'],
      ['Công văn', '468-CV/BTGTU', '2017-02-21', 'Ban Tuyên giáo Tỉnh ủy Nghệ An'],
    ]);
    expect(bases[0]?.subject).toBe(bases[1]?.subject);
  });

  // party-2026f 248 (Ban Chấp hành Đoàn thành phố Sa Đéc, 2018): the first document has its own subject.
  it('leaves a first document that says what it is about without the second one’s issuer', () => {
    const bases = extract([
      'Số:  53 -KH/ĐTN',
      'Sa Đéc, ngày  31 tháng 7 năm 2018',
      'KẾ HOẠCH',
      'Xây dựng Đoàn cơ sở “3 chủ động” và Chi đoàn trên địa bàn dân cư đạt chuẩn',
      'giai đoạn 2018 - 2022',
      'Căn cứ hướng dẫn số 08-HD/TWĐTN-BTC, ngày 16/5/2018 về việc hướng dẫn xây dựng Đoàn cơ sở “3 chủ động”, giai đoạn 2018 – 2022 và kế hoạch số: 65-KH/TĐTN-TCKT, ngày 09/7/2018 của Ban Thường vụ Tỉnh Đoàn Đồng Tháp về việc xây dựng Đoàn cơ sở “3 chủ động” và Chi đoàn trên địa bàn dân cư đạt chuẩn giai đoạn 2018 - 2022;',
      'Ban Thường vụ Thành Đoàn xây dựng triển khai thực hiện xây dựng Đoàn cơ sở “3 chủ động” và chi đoàn trên địa bàn dân cưu đạt chuẩn giai đoạn 2018, 2022, cụ thể như sau:',
      'I/. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;
    expect(bases.map((b) => [b.number, b.issuer])).toEqual([
      ['08-HD/TWĐTN-BTC', null],
      ['65-KH/TĐTN-TCKT', 'Ban Thường vụ Tỉnh Đoàn Đồng Tháp'],
    ]);
  });

  it('leaves a first document alone when more than `và` stands between it and the second', () => {
    const bases = extract([lines[0]!.replace('ngày 29/11/2016 và', 'ngày 29/11/2016 của Ban Tổ chức Tỉnh ủy và'), lines[1]!]).legalBases;
    expect(bases[0]?.issuer).toBe('Ban Tổ chức Tỉnh ủy');
  });
});

describe('a central committee named by its head alone under its organisation', () => {
  // party-2026f 241 (Hội Nông dân Việt Nam, Kế hoạch 913-KH/HNDTW, 2014): HD 36's frame with the organisation's
  // name above the committee's.
  const header = [
    'HỘI NÔNG DÂN VIỆT NAM',
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    '*',
    'Số 913 - KH/HNDTW',
    'Hà Nội, ngày 25 tháng 9 năm 2014',
    'KẾ HOẠCH',
    'Tổ chức Hội nghị Điển hình tiên tiến các cấp tiến tới Đại hội thi đua yêu nước',
    'và biểu dương “Nông dân điển hình tiên tiến” toàn quốc',
    ' Hội Nông dân Việt Nam lần thứ IV',
    '------------',
    'Thực hiện Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng;',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ];

  it('is that organisation’s Ban Chấp hành Trung ương', () => {
    const { issuer } = extract(header);
    expect(issuer.name).toBe('Ban Chấp hành Trung ương Hội Nông dân Việt Nam');
    expect(issuer.level).toBe('trung ương');
  });

  it('names a committee that is no central one as it stands (`BCH HND TỈNH HÀ NAM`, party-2026f 245)', () => {
    const { issuer } = extract(['HỘI NÔNG DÂN VIỆT NAM', 'BCH HND TỈNH HÀ NAM', ...header.slice(2)]);
    expect(issuer.name).toBe('Ban Chấp hành Hội Nông dân tỉnh Hà Nam');
  });
});

describe('the label `Số:` read by OCR as the figures `56:`', () => {
  // party-2026f 249 (Ban Chấp hành Đoàn huyện Thuận Châu, 2019) as tesseract `eng` reads its scanned page.
  const lines = (numberLine: string) => [
    'TINH DOAN SON LA',
    'BCH POAN HUYEN THUAN CHAU',
    'seokok',
    numberLine,
    'DOAN TNES HO CH MINH',
    'Thuan Chau, ngay 29 thang 03 nim 2019',
    'KE HOACH',
    'T6 chic Dai hoi Doan khéi co quan, nhiém ky 2019 - 2022',
  ];

  it('opens the number line, the symbol repaired by its grammar', () => {
    expect(extract(lines('56: 48 -KH/PTN')).documentNumber.text).toBe('48-KH/ĐTN');
  });

  it('needs its colon: `56 48 …` is no number line', () => {
    expect(extract(lines('56 48 -KH/PTN')).documentNumber.text).toBeNull();
  });
});
