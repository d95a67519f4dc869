// Wrong values of OCR'd records (`npx tsx scripts/ocr-wrong-values.ts DIR --variant scan|ocr`), each on the real
// lines of its document as the OCR read them: a value the citation's own words or the register prove is put right,
// one they only doubt is kept and flagged, and a typist's print (clean text) is left as the gold keeps it.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { extractPlan } from '../../src/extract/index.js';
import { toLines } from '../../src/extract/lines.js';
import { readSigner } from '../../src/extract/signer.js';
import { readSymbol, spellByCitation } from '../../src/extract/symbols.js';

const extract = (lines: string[], readByOcr = true) => extractPlan(lines.join('\n'), { sample: 'pattern.txt', readBy: readByOcr ? 'ocr' : undefined });

describe("a cited number's part read by what the citation's words give it (NĐ 30 Phụ lục I, III; HD 36)", () => {
  // party-2026c 802 (MTTQ phường Mỹ Thạnh, Kế hoạch đại hội, 2018), as the project's OCR read the scan.
  const myThanh = [
    'KẾ HOẠCH',
    'Tổ chức Đại hội Mặt trận Tổ quốc Việt Nam Phường Mỹ Thạnh, Khóa X nhiệm kỳ 2019 -',
    '2024',
    '-Căn cứ Chỉ thị số 17-CT/TW, ngày 04/01/2018 của Ban Bí thư Trung ương Đảng và Thông',
    'tri số 28/T1-MTTW-BTIT, ngày 06/02/2018 của Ban Thường trực',
    'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về hướng dẫn Đại hội MTTQ Việt Nam các',
    'cấp tiến tới Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX, nhiệm kỳ',
    '2019-2024',
    '- Căn cứ Kế hoạch số 200/KH-MTTQ-BTLT, ngày 11/5/2018 của Ban Thường trực Ủy ban',
    'MTTQ Việt Nam tỉnh An Giang về tổ chức Đại hội MTTQ Việt Nam các cấp trong tỉnh;',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ];

  it('reads a figure in the type part as the named type\'s letter and a letter more in an organ part as out (`28/T1-MTTW-BTIT`)', () => {
    const numbers = extract(myThanh).legalBases.map((b) => b.number);
    expect(numbers).toEqual(['17-CT/TW', '28/TT-MTTW-BTT', '200/KH-MTTQ-BTT']);
  });

  it('leaves a typist\'s print as it is: the rule is OCR\'s only', () => {
    const numbers = extract(myThanh, false).legalBases.map((b) => b.number);
    expect(numbers).toEqual(['17-CT/TW', '28/T1-MTTW-BTIT', '200/KH-MTTQ-BTLT']);
  });

  // party-2026 304 (Thành ủy Cần Thơ, 1997 citation): the scan's Đ read twice, the second a Latin Ð.
  it('drops a letter more after the type (`31-QĐÐ/TW` of a Quyết định)', () => {
    expect(spellByCitation('31-QĐÐ/TW', 'Bộ Chính trị', 'Quyết định')).toEqual({ number: '31-QĐ/TW', doubted: [] });
  });

  // A printed code a letter off what the words give is a code of its own as often as a misreading: kept, doubted.
  it('keeps and doubts a part only a letter off (`30-QĐ/TV` of the Ban Chấp hành Trung ương, `16-KT/TU` of a Kết luận)', () => {
    expect(spellByCitation('30-QĐ/TV', 'Ban Chấp hành Trung ương', 'Quy định')).toEqual({ number: '30-QĐ/TV', doubted: [{ part: 'TV', code: 'TW' }] });
    expect(spellByCitation('16-KT/TU', 'Ban Thường vụ Tỉnh ủy', 'Kết luận').number).toBe('16-KT/TU');
    // state-2026j 173 (UBTVQH 1997) as the project's OCR read it: the figure is the khóa, no stray letter.
    expect(spellByCitation('227 NQ/UBTVQH9', 'Ủy ban thường vụ Quốc hội', 'Nghị quyết').number).toBe('227 NQ/UBTVQH9');
    expect(spellByCitation('13/2014/TTLI-BYT-BNNPTNT-BTC', null, 'Thông tư liên tịch')).toEqual({
      number: '13/2014/TTLI-BYT-BNNPTNT-BTC',
      doubted: [{ part: 'TTLI', code: 'TTLT' }],
    });
  });

  it('flags the doubted number for review', () => {
    const record = extract([
      'KẾ HOẠCH',
      'Thực hiện Kế hoạch',
      'Căn cứ Quy định số 30-QĐ/TV, ngày 26/7/2016 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát;',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.legalBases[0]?.number).toBe('30-QĐ/TV');
    expect(record.warnings.some((w) => w.startsWith('legalBases.0.number: "30-QĐ/TV" came from OCR with "TV" a letter off "TW"'))).toBe(true);
  });
});

describe('a symbol split by a space after its type', () => {
  // party-2026b 606 (Chương trình phối hợp 03/CTrPH-MTTW-TCTV, 2020), as the scan was read.
  it('joins `03 /CTr PH-MTTW-TCTV`: a type alone is no whole symbol', () => {
    expect(readSymbol('03 /CTr PH-MTTW-TCTV', 0, true)).toMatchObject({ number: '03', symbol: 'CTrPH-MTTW-TCTV', text: '03/CTrPH-MTTW-TCTV' });
  });

  it('leaves a known organ after the space alone (a lost dash, not a split code)', () => {
    expect(readSymbol(' 15/KH UBND-VP ngày 27', 0)?.text).toBe('15/KH');
  });
});

describe("a letterhead's locality marked otherwise than the date line's place (NĐ 30 Phụ lục I: one unit's name)", () => {
  // state-2026h 153 (UBND Thành phố Hồ Chí Minh, Quyết định 3728/QĐ-UBND, 2019), as the scan was read.
  const hcm = [
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HỖ CHÍ MINH',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 3728/QĐ-UBND',
    'Thành phố Hồ Chí Minh, ngày 03 tháng 09 năm 2019',
    'QUYẾT ĐỊNH',
    'Về việc sửa đổi, bổ sung một số điều của Quy định đánh giá',
  ];

  it('is spelt as the date line spells it, its level word aside', () => {
    expect(extract(hcm).issuer).toMatchObject({ name: 'Ủy ban nhân dân thành phố Hồ Chí Minh', locality: 'Hồ Chí Minh' });
  });

  it('is left as read where the date line names another place', () => {
    const elsewhere = hcm.map((l) => (l.startsWith('Thành phố Hồ') ? 'Thành phố Thủ Đức, ngày 03 tháng 09 năm 2019' : l));
    expect(extract(elsewhere).issuer.locality).toBe('Hỗ Chí Minh');
  });
});

describe("OCR's specks and splits in a citation", () => {
  // party-2026c 807 (MTTQ xã Cẩm Mỹ, 2019), as the scan was read.
  it('takes a speck read as a mark of its own out of a cited issuer (`Huyện Cẩm ¡ Xuyên`)', () => {
    const record = extract([
      'Kế hoạch xây dựng NTM của Mặt trận Tổ quốc',
      'Căn cứ Quyết định số: 289/QĐ-UBND ngày 22/01/2019 của UBND Huyện Cẩm ¡ Xuyên về',
      'việc phê duyệt khung kế hoạch thực hiện các tiêu chí xây dựng nông thôn mới phấn đấu đạt',
      'chuẩn năm 2019 xã Cẩm Mỹ;',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.legalBases[0]?.issuer).toBe('Ủy ban nhân dân Huyện Cẩm Xuyên');
  });

  // state-2026j 170 (UBND tỉnh Nghệ An, 131/2006/QĐ-UBND), as old OCR read it.
  it('reads a month OCR parted with a space (`26/1 1/2003`), never a day', () => {
    expect(findDates('Cin cit Luat T6 chitcc HDND va UBND ngay 26/1 1/2003; Can ct Luat Du lich ngay').map((d) => d.iso)).toEqual(['2003-11-26']);
    expect(findDates('lần 3 1/1/2020').map((d) => d.iso)).toEqual(['2020-01-01']);
  });

  // party-2026b 611 (Hội Chữ thập đỏ huyện Quảng Ninh, 2021), as old OCR read it: the province's code after the organ's.
  it('reads no type into a part after the first (`150/KH-CTĐ QB`, Quảng Bình, is no QĐ)', () => {
    const record = extractPlan(
      [
        'Ké hoach t6 chitc Thang Nhan dao - nam 2021',
        'Thuc hién Ké hoach sé 150/KH-CTD QB ngay 05/4/2021 cia Hoi Chir thap do Quang Binh',
        'vé viéc trién khai “Thang Nhan dao" nam 2021.',
        'I. MUC PICH, YEU CAU',
      ].join('\n'),
      { sample: 'pattern.txt', rawOcr: true, readBy: 'ocr' },
    );
    expect(record.legalBases.map((b) => b.number)).toContain('150/KH-CTĐ QB');
  });
});

describe('old OCR read after restoration', () => {
  // party-2026j 282 (Ban Tổ chức Trung ương, Hướng dẫn khung Quy chế, 2024): the column's `K/T` read `KE`.
  it('takes the lower of two stacked titles for the signer\'s own (NĐ 30 Phụ lục I: quyền hạn, then chức vụ)', () => {
    expect(readSigner(toLines('KE\nTRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Quang Dương')).signer).toEqual({
      name: 'Nguyễn Quang Dương',
      position: 'Phó Trưởng ban',
      authority: null,
    });
    expect(readSigner(toLines('KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Quang Dương')).signer.position).toBe('Phó Trưởng ban');
  });

  // party-2026g 254 (Đảng ủy, 2019): `Ban t6 chic Tinh t uy`, the organ's words lost past its head word.
  it('leaves a cited issuer that is a head word alone empty, with a warning', () => {
    const record = extract([
      'KẾ HOẠCH',
      'Tổ chức đại hội chi bộ',
      'Căn cứ Hướng dẫn số 23-HD/BTCTU ngày 25/11/2019 của Ban về khung nội dung đại hội chi bộ;',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.legalBases[0]).toMatchObject({ number: '23-HD/BTCTU', issuer: null });
    expect(record.warnings).toContain('legalBases.0.issuer: "Ban" is an organ\'s head word without the words that name it: left empty');
  });

  // state-2026g 142 (UBND tỉnh Ninh Bình, 36/2019/QĐ-UBND), restored from old OCR: the Pháp lệnh cited again by its
  // articles in the next basis's subject, its name a letter off (`&` for `ở`).
  const ninhBinh = (again: string) => [
    'QUYẾT ĐỊNH',
    'Ban hành Quy chế',
    'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
    'Căn cứ Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20 tháng 4 năm 2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ & xã, phường, thị trấn;',
    `Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn thi hành Điều 11, Điều 14 và Điều 26 của Pháp lệnh ${again};`,
    'QUYẾT ĐỊNH:',
  ];

  it('reads a law named again a letter or two off as the one recorded', () => {
    expect(extract(ninhBinh('về thực hiện dân chủ ở xã, phường, thị trấn')).legalBases.map((b) => b.documentType)).toEqual(['Pháp lệnh', 'Nghị quyết liên tịch']);
  });

  it('keeps a law of another name', () => {
    expect(extract(ninhBinh('về dân số')).legalBases.map((b) => b.documentType)).toEqual(['Pháp lệnh', 'Nghị quyết liên tịch', 'Pháp lệnh']);
  });
});
