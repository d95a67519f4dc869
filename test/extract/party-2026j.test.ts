// Patterns met in an unseen set (party-2026j), each on the real lines of its
// document and beside a case the rule must leave alone (NĐ 30/2020 Phụ lục I
// and Hướng dẫn 36-HD/VPTW: `Kính gửi` then the body; a basis is `Căn cứ
// <loại> … của <cơ quan>`; the signature column `K/T TRƯỞNG BAN` / `PHÓ
// TRƯỞNG BAN`; the date line `Địa danh, ngày …`).
import { describe, expect, it } from 'vitest';
import { readPlaceAndDate } from '../../src/extract/header.js';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

// party-2026j 282 (Ban Tổ chức Trung ương, Công văn 7619-CV/BTCTW, 2024), as the page keeps it from `Kính gửi` on.
const letter = [
  'Kính gửi: Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
  'Thực hiện nhiệm vụ Bộ Chính trị giao (Kế hoạch số 07-KH/TW, ngày 17/8/2022), Ban Tổ chức Trung ương đã chủ trì, phối hợp với các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng hướng dẫn khung Quy chế làm việc mẫu của cấp ủy cơ sở[1].',
  'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương phản ánh về Ban Tổ chức Trung ương.',
  'Nơi nhận:',
  '- Như trên,',
  '- Lưu VP, Vụ CSĐ, ĐV.',
  '|',
  'K/T',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
  'Nguyễn Quang Dương',
  '|',
  'Mẫu 1-QCLV',
  'Hướng dẫn khung Quy chế làm việc mẫu của đảng ủy cơ',
  'sở',
  '(Ban hành kèm theo Công văn số 7619-CV/BTCTW, ngày 30/12/2024 của Ban Tổ',
  'chức Trung ương)',
];

describe('a letter kept from `Kính gửi` on', () => {
  it('reads the clause under the addressees as the body’s first, with the document it cites', () => {
    expect(extract(letter).legalBases.map((b) => [b.number, b.date])).toEqual([['07-KH/TW', '2022-08-17']]);
  });

  it('leaves addressees wrapped over two lines to the address', () => {
    const bases = extract([
      'Kính gửi: Sở Nội vụ, Sở Tài chính,',
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính, Sở Nội vụ đề nghị như sau:',
    ]).legalBases;
    expect(bases.map((b) => b.number)).toEqual(['12/KH-UBND']);
  });

  it('takes its number and date from the form it sends, `kèm theo Công văn số …`', () => {
    const record = extract(letter);
    expect(record.documentType).toBe('Công văn');
    expect(record.documentNumber.text).toBe('7619-CV/BTCTW');
    expect(record.issuedDate).toBe('2024-12-30');
  });

  it('does not take the number of a letter the body sends on', () => {
    const record = extract([
      letter[0]!,
      'Để các đơn vị kịp thời triển khai, Ban Tổ chức Tỉnh ủy gửi kèm theo Công văn số 123-CV/BTCTW, ngày 02/01/2024 của Ban Tổ chức Trung ương về việc rà soát biên chế.',
      'Nơi nhận:',
      '- Như trên.',
    ]);
    expect(record.documentNumber.text).toBeNull();
    expect(record.issuedDate).toBeNull();
  });

  it('does not take the number of a decision a header-less text that is not addressed is attached to', () => {
    const record = extract([
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh, Phòng Nội vụ triển khai như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '(Ban hành kèm theo Công văn số 7619-CV/BTCTW, ngày 30/12/2024 của Ban Tổ chức Trung ương)',
    ]);
    expect(record.documentNumber.text).toBeNull();
  });
});

describe('an authority word on a line of its own in the signature column', () => {
  it('joins `K/T` to the line under it and takes the deputy’s position below', () => {
    expect(extract(letter).signer).toEqual({ name: 'Nguyễn Quang Dương', position: 'Phó Trưởng ban', authority: 'K/T Trưởng ban' });
  });

  it('leaves a block whose authority line is whole as it reads', () => {
    const signer = extract([...letter.slice(0, 6), 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Phòng']).signer;
    expect(signer).toEqual({ name: 'Nguyễn Văn Phòng', position: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' });
  });
});

describe('two types listed after `Căn cứ` with a comma', () => {
  // party-2026j 276 (Ủy ban MTTQ Việt Nam tỉnh Quảng Trị, Quyết định 18/QĐ-MTTQ-UB, 2019).
  const decision = (clause: string) => [
    'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ',
    '  Số: 18/QĐ-MTTQ-UB',
    'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '       Quảng Trị, ngày 30 tháng 9 năm 2019',
    'QUYẾT ĐỊNH',
    'Ban hành Quy chế hoạt động của Ủy ban Mặt trận Tổ quốc Việt Nam',
    'tỉnh Quảng Trị khóa XII, nhiệm kỳ 2019 - 2024',
    '-  Căn cứ Điều lệ Mặt Trận Tổ quốc Việt Nam khóa VIII;',
    clause,
    'Theo đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh,',
  ];

  it('reads `Nghị quyết, chương trình hành động của Đại hội …` as two documents', () => {
    const bases = extract(decision('- Căn cứ Nghị quyết, chương trình hành động của Đại hội Đại biểu MTTQ Việt Nam tỉnh lần thứ XII, nhiệm kỳ 2019 - 2024;')).legalBases;
    expect(bases.map((b) => b.documentType)).toEqual(['Điều lệ', 'Nghị quyết', 'Chương trình hành động']);
  });

  it('reads `quy định của pháp luật` after a law as running text', () => {
    const bases = extract(decision('- Căn cứ Luật Mặt trận Tổ quốc Việt Nam, quy định của pháp luật hiện hành;')).legalBases;
    expect(bases.map((b) => b.documentType)).toEqual(['Điều lệ', 'Luật']);
  });
});

describe('`Căn cứ` with its second word lost before a law cited by name', () => {
  // party-2026j 278 (Ủy ban nhân dân và Ủy ban MTTQ Việt Nam tỉnh Hà Giang, Quy chế 04/QC-UBND-UBMTTQ, 2013).
  const rules = (first: string) => [
    'UBND - UBMTTQ',
    'TỈNH HÀ GIANG',
    'Số: 04/QC-UBND-UBMTTQ',
    'Hà Giang, ngày 17 tháng 01 năm 2013',
    'QUY CHẾ',
    'PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VỚI ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÀ GIANG',
    first,
    'Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 12 tháng 6 năm 1999;',
  ];

  it('reads `Căn Luật … ngày …` as a basis', () => {
    const bases = extract(rules('Căn Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;')).legalBases;
    expect(bases.map((b) => [b.documentType, b.date])).toEqual([
      ['Luật', '2003-11-26'],
      ['Luật', '1999-06-12'],
    ]);
  });

  it('leaves `Cần Luật …`, another word, alone', () => {
    const bases = extract(rules('Cần Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003 được sửa đổi;')).legalBases;
    expect(bases.map((b) => b.date)).toEqual(['1999-06-12']);
  });
});

describe('figures after a dash are no date line', () => {
  // party-2026j 281 as old OCR reads it: a list of anniversaries wraps so a line opens with a range's second date.
  it('reads no place and date from `- 19/5/2012); 67 nam …`', () => {
    expect(readPlaceAndDate('- 19/5/2012); 67 nam Cach mang Thang Tam (19/8/1945 - 19/8/2012) va Quéc khanh nude')).toBeNull();
  });

  it('still reads a place with figures', () => {
    expect(readPlaceAndDate('Hà Nội, 20/02/2024')).toMatchObject({ place: 'Hà Nội', date: '2024-02-20' });
  });
});

describe('the issuer’s own clause after the last basis’s `;`', () => {
  // party-2026j 279 (Tổng Liên đoàn Lao động Việt Nam, Hướng dẫn 134/HD-TLĐ, 2017), its header run together by the site.
  const guide = (rest: string) => [
    'TỔNG LIÊN ĐOÀN LAO ĐỘNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
    'Số: 134/HD-TLĐ | Hà Nội, ngày 07 tháng 02 năm 2017 |',
    `Căn cứ Kế hoạch số 52/KH-TLĐ ngày 28/11/2016 của Tổng Liên đoàn Lao động Việt Nam về tổ chức đại hội công đoàn các cấp tiến tới Đại hội XII Công đoàn Việt Nam, nhiệm kỳ 2018 - 2023 và Hướng dẫn số 26-HD/BTCTW ngày 18/8/2014 của Ban Tổ chức Trung ương về công tác nhân sự cấp ủy tại đại hội Đảng bộ các cấp tiến tới đại hội đại biểu toàn quốc lần thứ XII của Đảng; ${rest}`,
    'A. YÊU CẦU XÂY DỰNG BAN CHẤP HÀNH VÀ TIÊU CHUẨN, ĐIỀU KIỆN, CƠ CẤU BAN CHẤP HÀNH',
  ];

  it('ends the subject before `Đoàn Chủ tịch Tổng Liên đoàn … hướng dẫn …`', () => {
    const bases = extract(guide('Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam hướng dẫn công tác nhân sự Ban chấp hành tại đại hội công đoàn các cấp, như sau:')).legalBases;
    expect(bases[1]?.subject).toBe('về công tác nhân sự cấp ủy tại đại hội Đảng bộ các cấp tiến tới đại hội đại biểu toàn quốc lần thứ XII của Đảng');
  });

  it('keeps a subject that goes on after `;` with no organ acting', () => {
    const bases = extract(guide('nhiệm kỳ 2015 - 2020, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam hướng dẫn như sau:')).legalBases;
    expect(bases[1]?.subject).toMatch(/của Đảng; nhiệm kỳ 2015 - 2020$/u);
  });
});
