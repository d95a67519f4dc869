// Patterns met in an unseen set (party-2026e), each on the real lines of its
// document (Hướng dẫn 36-HD/VPTW and NĐ 30/2020: a citation's number and date,
// a trích yếu above the preamble, a plan's first section listing its bases).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

describe("a citation's date word glued to its symbol by a PDF layer", () => {
  // party-2026e 202 (Tỉnh đoàn Bình Định, 2015), as the document site's text layer has it.
  const lines = [
    'Số: 154 KH/TĐTN-TCKT Bình Định, ngày 27 tháng 02 năm 2015',
    'KẾ HOẠCH',
    'Tổ chức Hội nghị điển hình tiên tiến Thi đua yêu nước giai đoạn 2015 - 2020',
    'Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2015; căn cứ công văn số 06/HĐTĐKTngày 09/01/2015 của Hội đồng Thi đua -Khen thưởng tỉnh, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Hội nghị điển hình tiên tiến Thi đua yêu nước giai đoạn 2015 - 2020, cụ thể như sau:',
    'I MỤC ĐÍCH, YÊU CẦU',
  ];

  it('ends the symbol before `ngày`, the date read as before', () => {
    const letter = extract(lines).legalBases.find((b) => b.documentType === 'Công văn');
    expect(letter?.number).toBe('06/HĐTĐKT');
    expect(letter?.date).toBe('2015-01-09');
  });

  it('leaves a symbol that ends before a space and its date alone', () => {
    const spaced = lines.map((l) => l.replace('06/HĐTĐKTngày', '06/HĐTĐKT ngày'));
    expect(extract(spaced).legalBases.find((b) => b.documentType === 'Công văn')?.number).toBe('06/HĐTĐKT');
  });
});

describe('a clause ending in `;` under the trích yếu', () => {
  // party-2026e 203 (Tỉnh đoàn Bình Dương, 2017).
  const lines = (motive: string) => [
    'Số: 423KH/TĐTN-TCKT Bình Dương, ngày 24 tháng 02 năm 2017',
    'KẾ HOẠCH',
    'Tổ chức Liên hoan, tuyên dương Bí thư chi đoàn tiêu biểu Trao giải thưởng Cán bộ Đoàn xuất sắc tỉnh Bình Dương năm 2017',
    motive,
    'Căn cứ Kế hoạch số 419-KH/TĐTN-VP ngày 14/02/2017 của Ban Thường',
    'vụ Tỉnh đoàn về việc tổ chức Tháng Thanh niên năm 2017;',
    'I MỤC ĐÍCH – YÊU CẦU',
  ];

  it('is the preamble\'s first clause, not a line of the title', () => {
    const plan = extract(lines('Chào mừng kỷ niệm 86 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2017);'));
    expect(plan.title).toBe('Tổ chức Liên hoan, tuyên dương Bí thư chi đoàn tiêu biểu Trao giải thưởng Cán bộ Đoàn xuất sắc tỉnh Bình Dương năm 2017');
    expect(plan.legalBases.map((b) => b.number)).toEqual(['419-KH/TĐTN-VP']);
  });

  it('leaves a second title line without the `;` in the title', () => {
    const plan = extract(lines('Chào mừng kỷ niệm 86 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2017)'));
    expect(plan.title ?? '').toMatch(/Chào mừng kỷ niệm 86 năm/u);
  });
});

describe("a plan's first section headed as its bases (`CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH`)", () => {
  // party-2026e 210 (Công đoàn trường THCS Lục Ba, 2018).
  const lines = (heading: string) => [
    'KẾ HOẠCH CÔNG ĐOÀN',
    'Năm học 2018 – 2019',
    'PHẦN 1: KẾ HOẠCH CHUNG',
    heading,
    'Căn cứ hướng dẫn số 39/HD - CĐN ngày 20/9/2016 của Ban Thường vụ Công đoàn Giáo dục Đại Từ hướng dẫn triển khai chương trình công tác công đoàn năm học 2018- 2019;',
    'Căn cứ vào tình hình chung: Năm học 2018 – 2019 là năm học toàn ngành tiếp tục triển khai thực hiện các cuộc vận động: “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”; cuộc vận động “Mỗi thầy cô giáo là tấm gương về đạo đức, tự học và sáng tạo”; và phong trào thi đua “Xây dựng trường học thân thiện, học sinh tích cực”. Tiếp tục thực hiện nghị quyết đại hội công đoàn các cấp, thực hiện nghị quyết số 29 NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo;',
    'Căn cứ vào kế hoạch thực hiện nhiệm vụ năm học 2018 - 2019 của trường THCS Lục Ba;',
    'Căn cứ tình hình thực tế của công đoàn trường THCS Lục Ba,',
    'BCH Công đoàn trường THCS Lục Ba xây dựng phương hướng hoạt động công đoàn năm học 2018 - 2019 như sau:',
    'II. ĐẶC ĐIỂM TÌNH HÌNH:',
    '- Tổng số công đoàn viên:   20',
  ];

  it("reads the section's items as the plan's bases, as under `CĂN CỨ XÂY DỰNG KẾ HOẠCH`", () => {
    const bases = extract(lines(' I. CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH:')).legalBases;
    expect(bases.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Hướng dẫn', '39/HD-CĐN', '2016-09-20'],
      ['Kế hoạch', null, null],
    ]);
  });

  it('reads nothing named inside an item that tells the circumstances (`Căn cứ vào tình hình chung: …`)', () => {
    const bases = extract(lines(' I. CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH:')).legalBases;
    expect(bases.some((b) => (b.number ?? '').includes('29'))).toBe(false);
  });

  it('leaves a first section of another name alone', () => {
    expect(extract(lines(' I. ĐẶC ĐIỂM CHUNG:')).legalBases).toEqual([]);
  });
});

describe('a page flattened onto one line whose heading a PDF layer damaged, short words dropped', () => {
  // party-2026e 204 (Ban Chấp hành Đoàn xã Thiện Kế, 2018), as the document site's text has it: `ĐỒN` for `ĐOÀN`,
  // `Thực` for `Thực hiện`, `của`, `về`, `như` dropped.
  const page =
    'BAN CHẤP HÀNH ĐOÀN XÃ THIỆN KẾ Số: 01 - KH/ĐTN ĐỒN TNCS HỒ CHÍ MINH Thiện Kế, ngày 28 tháng năm 2018 KẾ HOẠCH Tổ chức Đại hội Cháu ngoan Bác Hồ xã Thiện Kế nhiệm kỳ 2018 - 2023 Thực Kế hoạch phối hợp số 08- KH/HĐĐ Hội Đồng đội huyện Bình Xuyên việc tổ chức Đại hội Cháu ngoan Bác Hồ cấp sở tiến tơi Đại hội Cháu ngoan Bác Hồ huyện Bình Xuyên lần thứ XV Sau báo cáo trí Đảng ủy, Ban Thường vụ Đồn xã Thiện Kế xây dựng Kế hoạch tổ chức Đại hội Cháu ngoan Bác Hồ xã Thiện Kế nhiệm kỳ 2018 – 2023, cụ thể sau: I MỤC ĐÍCH, YÊU CẦU: Mục đích: - Đại hội Cháu ngoan Bác Hồ nhằm tuyên dương thành tích Cháu ngoan Bác Hồ xuất sắc tập thể Đội tích cực tham gia cơng tác Đội phong trào thiếu nhi';

  it('is read as a flattened page: the letterhead and its number line before the date line are its frame', () => {
    const plan = extract([page]);
    expect(plan.documentType).toBe('Kế hoạch');
    expect(plan.documentNumber.text).toBe('01-KH/ĐTN');
    expect(plan.issuer.level).toBe('xã');
    expect(plan.place).toBe('Thiện Kế');
  });

  it('cuts the trích yếu before `Thực Kế hoạch … số`, and reads that plan as a basis', () => {
    const plan = extract([page]);
    expect(plan.title).toBe('Tổ chức Đại hội Cháu ngoan Bác Hồ xã Thiện Kế nhiệm kỳ 2018 - 2023');
    expect(plan.legalBases.map((b) => b.number)).toEqual(['08-KH/HĐĐ']);
  });

  it('leaves a long paragraph citing `số 12-KH/HU, ngày …` alone: no letterhead stands before its number', () => {
    const paragraph =
      'Thực hiện Kế hoạch số 12-KH/HU, ngày 3 tháng 5 năm 2020 của Ban Thường vụ Huyện ủy về tổ chức đại hội chi bộ trực thuộc đảng bộ cơ sở nhiệm kỳ 2020 - 2022, Chi bộ xây dựng kế hoạch tổ chức đại hội chi bộ với các nội dung cụ thể như sau: tổ chức tốt công tác chuẩn bị văn kiện, nhân sự và các điều kiện phục vụ đại hội theo đúng hướng dẫn của cấp trên.';
    expect(extract([paragraph]).documentNumber.text).toBeNull();
  });
});

describe('a trích yếu begun in capitals on the type line and going on in small letters up to the preamble', () => {
  // party-2026e 206 (Ban Chấp hành Công đoàn trường THPT Ngô Gia Tự, 2016).
  const lines = (under: string[]) => [
    '   CÔNG ĐOÀN GIÁO DỤC DAKLAK',
    'BCH CĐ TRƯỜNG THPT NGÔ GIA TỰ',
    'Số:   10 / KH-CĐ',
    '          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '                      Độc lập – Tự do – Hạnh phúc',
    '                                             Eakar, ngày  3  tháng 10 năm 2016',
    'KẾ HOẠCH TỔ CHỨC HỘI THI',
    ...under,
    'Thực hiện Kế hoạch hoạt động của Công đoàn trường năm học 2016 – 2017, thiết thực thi đua chào mừng kỷ niệm 86 năm ngày thành lập Hội LHPN Việt Nam 20/10, tiến tới kỷ niệm ngày nhà giáo Việt Nam 20/11. Được sự đồng ý của Đảng ủy, Ban Giám hiệu và Công đoàn trường, Ban chấp hành công đoàn trường tổ chức Hội thi “Thể thao chào mừng ngày thành lập Hội Liên hiệp phụ nữ Việt Nam 20/10″, nội dung cụ thể như sau:',
    '  1. 1. Mục đích yêu cầu:',
  ];

  it('joins the lines under the type line to its words, the unpaired closing `″` dropped', () => {
    const plan = extract(lines(['Thể thao chào mừng ngày thành lập', 'Hội Liên hiệp phụ nữ Việt Nam 20/10″']));
    expect(plan.title).toBe('TỔ CHỨC HỘI THI Thể thao chào mừng ngày thành lập Hội Liên hiệp phụ nữ Việt Nam 20/10');
  });

  it('keeps the type line alone where nothing stands between it and the preamble', () => {
    expect(extract(lines([])).title).toBe('TỔ CHỨC HỘI THI');
  });
});
