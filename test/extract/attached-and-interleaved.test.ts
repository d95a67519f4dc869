// Two frames met in an unseen set (fresh-2026b), each on a short text written
// for this test: a document issued with a decision, whose note names that
// decision (NĐ 30 Phụ lục III), and a text layer that reads the header's two
// columns row by row, putting the quốc hiệu between `Số:` and its number.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

const attached = (typeLines: string[], note: string) => [
  'ỦY BAN NHÂN DÂN',
  'XÃ AN BÌNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  ...typeLines,
  note,
  'Chương I',
  'NHỮNG QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Quy chế này quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc của Ủy ban nhân dân xã.',
];

describe('a document issued with a decision', () => {
  const note = '(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2022 của Ủy ban nhân dân xã An Bình)';

  it('keeps its own type and title when the type line runs into the title; the note gives no issuer, type or date', () => {
    const record = extract(attached(['QUY CHẾ LÀM', 'VIỆC CỦA ỦY BAN NHÂN DÂN XÃ AN BÌNH'], note));
    expect(record.documentType).toBe('Quy chế');
    expect(record.title).toBe('LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ AN BÌNH');
    expect(record.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã An Bình', level: 'xã', locality: 'An Bình' });
    expect(record.issuer.name).not.toMatch(/kèm theo/iu);
    expect(record.place).toBeNull();
  });

  it('is not looked for where no note names an issuing document: a bracket of another kind leaves the type unread', () => {
    const record = extract(attached(['QUY CHẾ LÀM', 'VIỆC CỦA ỦY BAN NHÂN DÂN XÃ AN BÌNH'], '(Nhiệm kỳ 2021 - 2026)'));
    expect(record.documentType).not.toBe('Quy chế');
  });
});

describe('`Số:` and its number on either side of the quốc hiệu', () => {
  const header = (numberLines: string[]) => [
    'ỦY BAN NHÂN DÂN',
    'TỈNH AN GIANG',
    ...numberLines,
    'Độc lập - Tự do - Hạnh phúc',
    'An Giang, ngày 12 tháng 4 năm 2019',
    'KẾ HOẠCH',
    'Triển khai công tác chuyển đổi số năm 2019',
    'Căn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ;',
  ];

  it('are put back together; no piece of the number line goes into the issuer', () => {
    const record = extract(header(['Số:', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '/KH-UBND']));
    expect(record.documentNumber).toMatchObject({ number: null, symbol: 'KH-UBND' });
    expect(record.issuer.name).toBe('Ủy ban nhân dân tỉnh An Giang');
  });

  it('is not a number where what stands under the quốc hiệu is no number', () => {
    const record = extract(header(['Số:', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHÒNG KINH TẾ']));
    expect(record.documentNumber.symbol).toBeNull();
  });
});

describe('a page that lost its header: the preamble under a title as long as its lines', () => {
  const page = (title: string, body: string) => [
    'KẾ HOẠCH',
    title,
    body,
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Nâng cao chất lượng hoạt động của Ban Chỉ đạo, xác định rõ trách nhiệm của từng thành viên.',
  ];
  const basis = 'Triển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Bình Phước về ban hành Kế hoạch chuyển đổi số năm 2023';

  it('keeps the basis clause in the body, not run on into the title', () => {
    const record = extract(page('Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Bù Đăng năm 2023', `${basis}, Ban Chỉ đạo chuyển đổi số huyện Bù Đăng (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch hoạt động như sau:`));
    expect(record.title).toBe('Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Bù Đăng năm 2023');
    expect(record.legalBases).toHaveLength(1);
    expect(record.legalBases[0]).toMatchObject({ documentType: 'Quyết định', number: '47/QĐ-UBND', date: '2023-01-12' });
    // The short name of the alias bracket is no issuer.
    expect(record.issuer.name).not.toBe('Ban Chỉ đạo');
  });

  it('reads no basis where the line under the title cites nothing', () => {
    const record = extract(page('Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Bù Đăng năm 2023', 'Ban Chỉ đạo chuyển đổi số huyện Bù Đăng ban hành Kế hoạch hoạt động năm 2023 như sau:'));
    expect(record.legalBases).toHaveLength(0);
  });
});

describe('the issuer naming itself in the preamble', () => {
  it('is read through the alias bracket between the body and its verb', () => {
    const record = extract([
      'KẾ HOẠCH',
      'Tổ chức Hội thi năm 2023',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh Bình Phước, Ủy ban nhân dân huyện Bù Đăng (sau đây gọi tắt là Ủy ban) ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Bù Đăng', level: 'huyện', locality: 'Bù Đăng' });
  });
});

describe('two documents named one after the other, the first with its body’s name', () => {
  const bases = (clause: string) =>
    extract([
      'BAN CHẤP HÀNH CÔNG ĐOÀN TỈNH AN GIANG',
      'Số: 15/KH-CĐT',
      'An Giang, ngày 25 tháng 8 năm 2021',
      'KẾ HOẠCH',
      'Tổ chức đại hội công đoàn cơ sở',
      clause,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases.map((b) => b.documentType);

  it('are two where the first’s proper name stands before `và`', () => {
    expect(bases('Căn cứ Điều lệ Công đoàn Việt Nam và Chương trình công tác toàn khóa của Ban Chấp hành Công đoàn tỉnh khóa XI;')).toEqual(['Điều lệ', 'Chương trình']);
  });

  it('stay one where words in small letters stand before `và`', () => {
    expect(bases('Căn cứ Điều lệ hoạt động của Hội và Chương trình công tác toàn khóa của Ban Chấp hành Công đoàn tỉnh khóa XI;')).toEqual(['Điều lệ']);
  });
});
