// Wrong values old OCR (tesseract `eng`, no Vietnamese model) and the restoration after it left, put right by the
// genre's frame and symbol grammar or left empty with a warning. Texts written for the tests, as restoration hands
// them to extraction (its marks put back, its mistakes kept).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readAuthority } from '../../src/extract/signer.js';

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
