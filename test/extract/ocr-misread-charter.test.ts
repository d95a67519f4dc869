// Old OCR (tesseract `eng`, no Vietnamese model) reads the `l` of `Điều lệ` as a 1 and drops or garbles its marked
// vowel (`Điều 1é`, `Điều 1&`, `Điều 1`); restoration, seeing a figure, keeps an article's shape. Lines as the pipeline
// restored real old-OCR pages (outside sets party-2026c 811, party-2026d 183), its mistakes kept.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const frame = (preamble: string[]): string =>
  [
    'HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI',
    'BAN THƯỜNG VỤ',
    'Số: 71/KH-BTV',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập — Tự do — Hạnh phúc',
    'Hà Nội, ngày tháng năm 2020',
    'KẾ HOẠCH CHỈ ĐẠO ĐIỂM',
    'Đại hội đại biểu Phụ nữ quận, huyện tiến tới Đại hội đại biểu Phụ nữ thành phố Hà Nội lần',
    'thứ XVI',
    'nhiệm kỳ 2021-2026',
    ...preamble,
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Chỉ đạo điểm nhằm rút kinh nghiệm cho Đại hội các cấp.',
  ].join('\n');

describe('a charter whose `lệ` old OCR read as a figure', () => {
  it('`Điều 1 Hội Liên hiệp phụ nữ Việt Nam` opens the preamble as the Hội’s charter, and the documents after it are cited', () => {
    const record = extractPlan(
      frame([
        'Thực hiện Điều 1 Hội Liên hiệp phụ nữ Việt Nam, Chỉ thị số 46-CT/TW ngày 28/7/2020',
        'của Ban Bí thư, Kế hoạch số 888/KH-PCT ngày 10/8/2020 của Đoàn Chủ tịch Trung ương',
        'Hội Liên hiệp phụ nữ Việt Nam về việc chỉ đạo Đại hội đại biểu phụ nữ các cấp tiến tới Đại',
        'hội đại biểu phụ nữ toàn quốc lần thứ XIII; Căn cứ Kế hoạch số 64/KH-BTV ngày',
        '30/9/2020 của Ban Thường vụ Hội LHPN Hà Nội về việc tổ chức Đại hội đại biểu phụ nữ',
        'các cấp tiến tới Đại hội đại biểu phụ nữ Thành phố Hà Nội Lần thứ XVI, nhiệm kỳ 2021-2026.',
      ]),
      { sample: '811.txt', rawOcr: true },
    );
    expect(record.legalBases[0]).toMatchObject({ documentType: 'Điều lệ', number: null, subject: 'Hội Liên hiệp phụ nữ Việt Nam' });
    // `PCT` of Đoàn Chủ tịch's symbol is spelt by the issuer the clause names (`ĐCT`), as the page prints it.
    expect(record.legalBases.map((b) => b.number)).toEqual([null, '46-CT/TW', '888/KH-ĐCT', '64/KH-BTV']);
  });

  it('`Điều 1& Đảng cộng sản Việt Nam` is the Party’s charter', () => {
    const record = extractPlan(
      frame(['Căn cứ Điều 1& Đảng cộng sản Việt Nam; Quy định số 29-QĐ/TW về việc quy định hướng', 'dẫn thi hành Điều lệ Đảng;']),
      { sample: '183.txt', rawOcr: true },
    );
    expect(record.legalBases.map((b) => [b.documentType, b.number])).toEqual([
      ['Điều lệ', null],
      ['Quy định', '29-QĐ/TW'],
    ]);
    expect(record.legalBases[0]!.subject).toBe('Đảng cộng sản Việt Nam');
  });

  it('an article before a document, or before a state body (which has no charter), stays an article', () => {
    const record = extractPlan(
      frame([
        'Thực hiện Điều 1 Hội đồng nhân dân thành phố Hà Nội, Nghị quyết số 12/NQ-HĐND ngày 08/7/2020 của Hội đồng nhân',
        'dân thành phố về tổ chức Đại hội;',
        'Căn cứ Điều 2 Quyết định số 1461/QĐ-UBND ngày 26/3/2020 của Ủy ban nhân dân thành phố;',
      ]),
      { sample: 'article.txt', rawOcr: true },
    );
    expect(record.legalBases.map((b) => b.documentType)).not.toContain('Điều lệ');
    expect(record.legalBases.map((b) => b.number)).toContain('1461/QĐ-UBND');
  });
});
