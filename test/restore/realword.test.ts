// Real-word mark errors of OCR with a Vietnamese model, on small hand-written
// lines: a valid syllable with the wrong marks in a heading is fixed, correct
// text with rare but right variants and names are left alone.
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../src/restore/index.js';

describe('real-word corrector', () => {
  it('fixes a heading in capitals read with a wrong mark', () => {
    const out = restoreText('I. MỤC TIỂU, YÊU CẦU');
    expect(out.text).toBe('I. MỤC TIÊU, YÊU CẦU');
    expect(out.corrections).toEqual([expect.objectContaining({ line: 1, from: 'TIỂU', to: 'TIÊU' })]);
    // Its confidence is the real-word rule's calibrated one (few held-out changes to learn it from).
    expect(out.corrections[0]?.rule).toBe('real-word');
    expect(out.corrections[0]?.confidence).toBeGreaterThan(0);
    expect(restoreText('IV. KHEN THƯỜNG').text).toBe('IV. KHEN THƯỞNG');
  });

  it("fixes a heading's Roman numeral read with a mark", () => {
    expect(restoreText('VỊ. TỔ CHỨC THỰC HIỆN').text).toBe('VI. TỔ CHỨC THỰC HIỆN');
  });

  it('leaves correct text with rare but right variants alone', () => {
    for (const line of [
      'Ông bà tổ tiên để lại mảnh vườn bên bờ sông.',
      'Người dân đóng góp tiền của làm đường thôn.',
      'Hộ nghèo được hỗ trợ mua bò giống và cây ăn quả.',
      'NHIỆM VỤ VÀ GIẢI PHÁP',
    ]) {
      const out = restoreText(line);
      expect(out.text).toBe(line);
      expect(out.changed).toBe(0);
    }
  });

  it('never changes a word to a variant the corpora hardly print', () => {
    // party-2026g 261, line 1: `thị doan` is a pair of the counts (a stripped crawl), `doan` itself 16 times in them.
    const line = 'THỊ ĐOÀN PHƯỚC LONG                                             ĐOÀN TNCS HỒ CHÍ MINH';
    expect(restoreText(line).text).toBe(line);
    // A variant the corpora print stays within reach: a heading's NỘI ĐUNG (party-2026d 187) is NỘI DUNG.
    expect(restoreText('A-  VỀ NỘI ĐUNG HOẠT ĐỘNG:').text).toBe('A-  VỀ NỘI DUNG HOẠT ĐỘNG:');
  });

  it('leaves a name alone', () => {
    for (const line of [
      'Đồng chí Nguyễn Văn Thường phụ trách chung.',
      'Hội nghị tổ chức tại xã Tân Thành, huyện Bù Đốp.',
      'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG',
      '- VPUB: CVP; PCVP P.T.T.Huyền, các phòng, đơn vị;',
    ]) {
      expect(restoreText(line).text).toBe(line);
    }
  });

  it('reads an & glued to a letter as a marked a in garbled OCR', () => {
    expect(restoreText('d) Moi c& nhan déu tham gia lao dong cong ich').text).toBe('d) Mọi cá nhân đều tham gia lao động công ích');
  });
});
