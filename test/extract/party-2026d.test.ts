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
