// The rule or the stars under a trích yếu (NĐ 30 Phụ lục I; HD 36 `***`) as old OCR (tesseract `eng`, no Vietnamese
// model) reads them: scraps of small letters, which restoration leaves as they are. Lines as the pipeline restored a
// real old-OCR page (outside set party-2026d 187), its mistakes kept.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const plan = (titleLines: string[]) =>
  extractPlan(
    [
      'HỘI TRUYỀN THỐNG TRƯỜNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'DƯƠNG HỒ CHÍ MINH VIỆT NAM Độc lập — Tự do — Hạnh phúc',
      'SG: 12/KH-TWH Hà Nội, ngày 02 tháng 3 năm 2017',
      '; KẾ HOẠCH',
      ...titleLines,
      '- Căn cứ chỉ thị số 02/CT-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về',
      'tăng cường chỉ đạo thực hiện chính sách ưu đãi đối với người có công với cách mạng.',
    ].join('\n'),
    { sample: '187.txt', rawOcr: true },
  ).title;

describe('the rule under a trích yếu, read by old OCR as scraps', () => {
  it('ends the title: `3g kok` is no word of it', () => {
    expect(plan(['Tổ chức các hoạt động kỷ niệm 70 năm', 'Ngày Thương binh Liệt sỹ (27/7/1947 — 27/7/2017)', '3g kok'])).toBe(
      'Tổ chức các hoạt động kỷ niệm 70 năm Ngày Thương binh Liệt sỹ (27/7/1947 — 27/7/2017)',
    );
  });

  it('a short last line of syllables, or of a place’s name that is not one (`Ia Grai`) among them, is the title’s', () => {
    expect(plan(['Tổ chức các hoạt động kỷ niệm 70 năm', 'Ngày Thương binh Liệt sỹ', 'năm 2017'])).toBe('Tổ chức các hoạt động kỷ niệm 70 năm Ngày Thương binh Liệt sỹ năm 2017');
    expect(plan(['Tổ chức các hoạt động kỷ niệm 70 năm', 'Ngày Thương binh Liệt sỹ', 'tại xã Ia Grai'])).toBe('Tổ chức các hoạt động kỷ niệm 70 năm Ngày Thương binh Liệt sỹ tại xã Ia Grai');
  });
});
