// Wrong values old OCR (tesseract `eng`, no Vietnamese model) and the restoration after it left, put right by the
// genre's frame and symbol grammar or left empty with a warning. Texts written for the tests, as restoration hands
// them to extraction (its marks put back, its mistakes kept).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readAuthority } from '../../src/extract/signer.js';
import type { Correction } from '../../src/types.js';

describe('a flattened crawl that OCR read from a page, wrapped at the page’s width', () => {
  const wrapped = [
    'ĐẢNG BỘ HUYỆN PHÚ LƯƠNG ĐẢNG ỦY XÃ YÊN ĐỔ * Số 14 -KH/ĐU ĐẢNG CỘNG',
    'SẢN VIỆT NAM Yên Đổ, ngày 02 tháng 3 năm 2021 KẾ HOẠCH tổ chức đại hội các chi bộ',
    'trực thuộc nhiệm kỳ 2022 - 2025 -Căn cứ Hướng dẫn số 26-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức',
    'Trung ương về đại hội chi bộ; Đảng ủy xây dựng kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Đại hội chi bộ',
    'là dịp đánh giá kết quả thực hiện nghị quyết.',
  ];

  it('is cut as the crawl’s one line is: the issuer is the lower body, under its superior, and the number is read', () => {
    const record = extractPlan(wrapped.join('\n'), { sample: 'wrapped.txt', rawOcr: true });
    expect(record.issuer).toEqual({ name: 'Đảng ủy xã Yên Đổ', level: 'xã', locality: 'Yên Đổ' });
    expect(record.documentNumber.text).toBe('14-KH/ĐU');
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.legalBases.map((b) => b.number)).toEqual(['26-HD/BTCTW']);
    // Each value points at the line of the text as given that it came from.
    expect(record.provenance.issuedDate).toEqual({ from: 2, to: 2 });
  });

  it('a page whose heading stands on its own line keeps its lines, even with the type run onto the date line', () => {
    const page = [
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'Số: 1461/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thành phố Hồ Chí Minh, ngày 26 tháng 3 năm 2016QUYẾT ĐỊNH',
      'Về việc công bố thủ tục hành chính',
    ];
    const record = extractPlan(page.join('\n'), { sample: 'page.txt' });
    expect(record.place).toBe('Thành phố Hồ Chí Minh');
    expect(record.provenance.place).toEqual({ from: 6, to: 6 });
  });
});

describe('an authority line whose words old OCR glued without marks', () => {
  it('`DPOANBI` (ĐOÀN and BÍ run together, the Đ printed as DP) is no body’s name: left empty', () => {
    expect(readAuthority('TM. BAN BÍ THƯ TRUNG ƯƠNG DPOANBI THƯ THƯỜNG TRỰC')).toBeNull();
  });

  it('an abbreviation, and a long syllable without marks (one vowel group), stay', () => {
    expect(readAuthority('TM. BAN THƯỜNG VỤ ĐOÀN TNCS')).not.toBeNull();
    expect(readAuthority('TM. BAN GIÁM HIỆU TRUONG')).not.toBeNull();
  });
});

describe('a number whose label OCR printed with one of its figures', () => {
  const text = [
    'ĐẢNG ỦY XÃ AN PHÚ',
    'Số: 05-KH/ĐU',
    'An Phú, ngày 10 tháng 3 năm 2023',
    'KẾ HOẠCH',
    'học tập nghị quyết năm 2023',
    'Thi hành Quyết định của Bộ Chính trị số 1-QĐ/TW, ngày 01-10-1997 ban hành Quy định về thể loại văn bản,',
    'Đảng ủy xây dựng kế hoạch như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ].join('\n');
  const label = (from: string): Correction[] => [{ line: 6, from, to: 'số', confidence: 0.99, rule: 'decoder' }];

  it('`s63 1-QB/TW` restored as `số 1-QĐ/TW`: the number is left empty, with a warning', () => {
    const record = extractPlan(text, { sample: 'label.txt', rawOcr: true, corrections: label('s63') });
    expect(record.legalBases.map((b) => [b.number, b.date])).toEqual([[null, '1997-10-01']]);
    expect(record.warnings.some((w) => w.startsWith('legalBases.0.number: "1-QĐ/TW"'))).toBe(true);
  });

  it('the 0 and 6 OCR prints for the ô of `số` and its mark (`S06`, `s6`) take nothing from the number', () => {
    for (const from of ['S06', 's6', 'S60']) {
      expect(extractPlan(text, { sample: 'label.txt', rawOcr: true, corrections: label(from) }).legalBases.map((b) => b.number)).toEqual(['1-QĐ/TW']);
    }
  });
});

describe('a cited Party committee named by its symbol’s code (HD 36: TU is a Tỉnh ủy’s or a Thành ủy’s)', () => {
  const cite = (clause: string, rawOcr = true) =>
    extractPlan(['ĐẢNG ỦY XÃ AN PHÚ', 'Số: 05-KH/ĐU', 'An Phú, ngày 10 tháng 3 năm 2023', 'KẾ HOẠCH', 'thực hiện chỉ thị năm 2023', clause, 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'), {
      sample: 'code.txt',
      rawOcr,
    }).legalBases.map((b) => b.issuer);

  it('`Tỉnh tây`, `Thanh tây`: OCR’s ủy as restoration read it is the committee the code names', () => {
    expect(cite('Thực hiện Chỉ thị số 30-CT/TU ngày 07/8/2023 của Ban Thường vụ Tỉnh tây Hà Giang về sắp xếp;')).toEqual(['Ban Thường vụ Tỉnh ủy Hà Giang']);
    expect(cite('Thực hiện Thông tri số 02-TT/TU ngày 03/10/2025 của Thanh tây Thành phố Hồ Chí Minh về đại hội;')).toEqual(['Thành ủy Thành phố Hồ Chí Minh']);
  });

  it('a name that holds the committee, a level in small letters, and a text that is not raw OCR stay as read', () => {
    expect(cite('Thực hiện Chỉ thị số 30-CT/TU ngày 07/8/2023 của Ban Thường vụ Tỉnh ủy Hà Giang về sắp xếp;')).toEqual(['Ban Thường vụ Tỉnh ủy Hà Giang']);
    expect(cite('Thực hiện Kế hoạch số 30-KH/TU ngày 07/8/2023 của Ủy ban nhân dân tỉnh Hà Giang về sắp xếp;')).toEqual(['Ủy ban nhân dân tỉnh Hà Giang']);
    // `bị` is nearer the Đảng bộ's word than the Đảng ủy's: another body of the tables, not the code's.
    expect(cite('Căn cứ Nghị quyết số 51-NQ/ĐU ngày 23/01/2019 của Ban Chấp hành Đảng bị xã Cẩm Mỹ về xây dựng;')).toEqual(['Ban Chấp hành Đảng bị xã Cẩm Mỹ']);
    expect(cite('Thực hiện Chỉ thị số 30-CT/TU ngày 07/8/2023 của Ban Thường vụ Tỉnh tây Hà Giang về sắp xếp;', false)).toEqual(['Ban Thường vụ Tỉnh tây Hà Giang']);
  });
});
