// Preamble patterns met in an unseen set (party-2026d), each on a short text
// written for this test: a clause leading into the body whose comma the page
// put at the head of a new line, and a plan cited in small letters by its
// issuer whose subject carries dates (Hướng dẫn 36-HD/VPTW: `Thực hiện …`).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

const partyHeader = (typeLine: string, title: string) => [
  'ĐẢNG BỘ TỈNH BẮC KẠN',
  'ĐẢNG ỦY KHỐI CÁC CƠ QUAN',
  '*',
  'Số 12-HD/ĐUK',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Bắc Kạn, ngày 10 tháng 3 năm 2023',
  typeLine,
  title,
];

describe("the issuer's closing clause on a line of its own", () => {
  const preamble = (closing: string[]) =>
    extract([
      ...partyHeader('HƯỚNG DẪN', 'tổ chức sinh hoạt chuyên đề'),
      'Thực hiện Kế hoạch số 05-KH/TU, ngày 02/01/2023 của Ban Thường vụ Tỉnh ủy về học tập chuyên đề năm 2023; căn cứ Chương trình công tác năm 2023',
      ...closing,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;

  it('ends the last basis where a line opens with the comma and the organ that leads into the body', () => {
    const bases = preamble([', Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Hướng dẫn tổ chức sinh hoạt chuyên đề như sau:']);
    expect(bases.map((b) => b.documentType)).toEqual(['Kế hoạch', 'Chương trình']);
    expect(bases[1]!.subject).toBe('công tác năm 2023');
  });

  it('leaves a wrapped subject alone: a line with its own marks or figures is no closing clause', () => {
    const bases = preamble(['của Ban Chấp hành Đảng bộ Khối, năm thứ 3 của nhiệm kỳ, như sau:']);
    expect(bases[1]!.subject ?? '').toMatch(/năm 2023/u);
  });
});

describe('a plan cited in small letters by its issuer, its subject dated', () => {
  const bases = extract([
    'HUYỆN ĐOÀN AN LÃO',
    'BCH ĐOÀN XÃ AN TIẾN',
    '***',
    'Số: 07-KH/ĐTN',
    'ĐOÀN TNCS HỒ CHÍ MINH',
    'An Tiến, ngày 01 tháng 3 năm 2021',
    'KẾ HOẠCH',
    'Tổ chức Ngày hội đoàn viên năm 2021',
    'Thực hiện Chương trình công tác Đoàn năm 2021; thực hiện kế hoạch của BCH Huyện Đoàn An Lão về việc tổ chức kỷ niệm 90 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2021), Ban Chấp hành Đoàn xã xây dựng kế hoạch như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ]).legalBases;

  it('is a basis of its own after `; thực hiện`, the dates of its subject no part of its issuer', () => {
    expect(bases).toHaveLength(2);
    expect(bases[0]).toMatchObject({ documentType: 'Chương trình', issuer: null });
    expect(bases[1]).toMatchObject({ documentType: 'Kế hoạch', number: null, issuer: 'Ban Chấp hành Huyện Đoàn An Lão' });
    expect(bases[1]!.subject).toMatch(/^về việc tổ chức kỷ niệm 90 năm/u);
  });

  it('still is no citation where a date follows the issuer itself (no wrong issuer)', () => {
    const record = extract([
      'HUYỆN ĐOÀN AN LÃO',
      'BCH ĐOÀN XÃ AN TIẾN',
      'Số: 07-KH/ĐTN',
      'An Tiến, ngày 01 tháng 3 năm 2021',
      'KẾ HOẠCH',
      'Tổ chức Ngày hội đoàn viên năm 2021',
      'Thực hiện kế hoạch của BCH Huyện Đoàn An Lão ngày 20 tháng 02 năm 2021, Ban Chấp hành Đoàn xã xây dựng kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.legalBases.every((b) => b.issuer !== 'Ban Chấp hành Huyện Đoàn An Lão ngày 20 tháng 02 năm 2021')).toBe(true);
  });
});

describe("a Party committee under a bloc's Đảng bộ whose line ends with a bare level word", () => {
  const issuer = (organLines: string[]) =>
    extract([
      ...organLines,
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 15-KH/ĐU',
      'Cao Bằng, ngày 05 tháng 12 năm 2011',
      'KẾ HOẠCH',
      'Kiểm điểm tập thể, cá nhân năm 2011',
      'Thực hiện Hướng dẫn số 08-HD/ĐUK ngày 20 tháng 11 năm 2011 của Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Sở Tư pháp xây dựng kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).issuer;

  it('is named as its line stands: the level word is the bloc’s, and no province follows it', () => {
    // The scorer folds case: a name set in capitals keeps the extractor's casing.
    expect(issuer(['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 'ĐẢNG ỦY SỞ TƯ PHÁP']).name?.toLowerCase()).toBe('đảng ủy sở tư pháp');
  });

  it('still takes the level and place of a superior that names its province', () => {
    expect(issuer(['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', 'SỞ TƯ PHÁP'])).toMatchObject({ name: 'Sở Tư pháp tỉnh Cao Bằng', level: 'tỉnh', locality: 'Cao Bằng' });
  });
});

describe("a district Đoàn letter whose header cells the page broke into short lines", () => {
  const letter = (dateLines: string[], subjectLines: string[]) =>
    extract([
      'TỈNH ĐOÀN NGHỆ AN',
      'BCH ĐOÀN HUYỆN ĐÔ LƯƠNG',
      '***',
      'Số:',
      '15-CV/ĐTN',
      ...subjectLines,
      'ĐOÀN TNCS HỒ CHÍ MINH',
      ...dateLines,
      'Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.',
      'Thực hiện Kế hoạch số 20-KH/TĐTN ngày 02/3/2019 của BCH Tỉnh Đoàn Nghệ An về việc tổ chức Ngày hội, BTV Huyện Đoàn đề nghị BCH Đoàn các xã triển khai như sau:',
      '1. Thời gian: Ngày 24/3/2019',
    ]);

  it('takes the date line’s place from the line before when the cell wrapped after its comma', () => {
    const record = letter(['Đô Lương,', 'ngày 10 tháng 3 năm 2019'], ['V/v tổ chức Ngày hội']);
    expect(record.place).toBe('Đô Lương');
    expect(record.issuedDate).toBe('2019-03-10');
    expect(record.issuer).toMatchObject({ level: 'huyện', locality: 'Đô Lương' });
  });

  it('leaves the place empty where the line before is no place and its comma (no wrong place)', () => {
    expect(letter(['ĐOÀN THANH NIÊN,', 'ngày 10 tháng 3 năm 2019'], ['V/v tổ chức Ngày hội']).place).toBeNull();
  });

  it('reads a trích yếu that quotes its label and all over several lines', () => {
    const record = letter(['Đô Lương, ngày 10 tháng 3 năm 2019'], ['“V/v Tổ chức', 'Ngày hội', 'đoàn viên năm 2019”']);
    expect(record.documentType).toBe('Công văn');
    expect(record.title).toBe('Tổ chức Ngày hội đoàn viên năm 2019');
  });
});

describe('a Party committee named in running text with no place after it', () => {
  it('is of the level its head holds (`Tỉnh ủy`), its place left empty', () => {
    const record = extract([
      'NGHỊ QUYẾT',
      'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
      'về phát triển du lịch đến năm 2025',
      'Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển du lịch đến năm 2025 như sau:',
      'I. TÌNH HÌNH',
    ]);
    expect(record.issuer).toMatchObject({ name: 'Tỉnh ủy', level: 'tỉnh', locality: null });
  });
});

describe('an aside whose bracket a short line opens and the next line closes', () => {
  const bases = (asideLines: string[]) =>
    extract([
      ...partyHeader('HƯỚNG DẪN', 'xây dựng mô hình điểm'),
      'Thực hiện Kế hoạch số 30-KH/ĐUK, ngày 12/7/2021 của Ban Thường vụ Đảng ủy Khối về triển khai Đề án số 05-ĐA/TU của Tỉnh ủy',
      ...asideLines,
      'Hướng dẫn số 08-HD/BDVTU, ngày 25/9/2022 của Ban Dân vận Tỉnh ủy về công tác khen thưởng, Ban Chấp hành Đảng bộ Khối hướng dẫn như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;

  it('keeps the aside in one paragraph, so the document it names is no basis of its own', () => {
    const read = bases(['(sau đây viết tắt là', 'Đề án số 05-ĐA/TU);']);
    expect(read.map((b) => b.number)).toEqual(['30-KH/ĐUK', '08-HD/BDVTU']);
    expect(read[0]!.subject ?? '').not.toMatch(/viết tắt/u);
  });
});
