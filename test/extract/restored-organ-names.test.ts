// An organ's name in a value restoration gave marks to (the text came without them): put right where the table of
// organs spells it, flagged where the text itself spells the same letters another way. Each on the
// real lines of its document, with the restorer's changes as it reported them, and the case the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import type { Correction } from '../../src/types.js';

const change = (line: number, from: string, to: string, confidence: number): Correction => ({ line, from, to, confidence, rule: 'decoder' });

describe('a cited organ whose letters the table of organs spells one way (Quận ủy, HD 36)', () => {
  // state-2026j 168 (UBND quận 11, Kế hoạch 14/KH-UBND, 2020), stripped and restored: `Quan uy` read `Quân ủy`.
  const quan11 = (committee: string) =>
    [
      'ỦY BAN NHÂN DÂN',
      'QUẬN 11',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 14/KH-UBND',
      'Quận 11, ngày 10 tháng 01 năm 2020',
      'KẾ HOẠCH',
      'TỔ CHỨC CHĂM LO CHO CÁC ĐỐI TƯỢNG NHÂN DỊP TẾT NGUYÊN ĐÁN CANH TÝ NĂM 2020',
      `Căn cứ Thông báo số 1069-TB/QU ngày 08 tháng 01 năm 2020 của ${committee} về kết luận của Thường trực ${committee} về tổ chức chăm lo Tết Nguyên đán năm 2020;`,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
  const issuer = (record: ReturnType<typeof extractPlan>) => record.legalBases.find((b) => b.number === '1069-TB/QU')?.issuer;

  it('spells `Quân ủy` restored from `Quan uy` as the table’s Quận ủy (HD 36)', () => {
    const record = extractPlan(quan11('Quân ủy'), { sample: 'x.txt', corrections: [change(8, 'Quan', 'Quân', 0.71), change(8, 'uy', 'ủy', 0.99)] });
    expect(issuer(record)).toBe('Quận ủy');
  });

  it('keeps the Quân ủy Trung ương, the army’s committee, whose letters it shares but for its marks', () => {
    expect(issuer(extractPlan(quan11('Quân ủy Trung ương'), { sample: 'x.txt' }))).toBe('Quân ủy Trung ương');
    expect(issuer(extractPlan(quan11('Quận ủy'), { sample: 'x.txt' }))).toBe('Quận ủy');
  });
});

describe('a signer’s organ the text spells otherwise elsewhere', () => {
  // party-2026c 809 (Hội đồng Đội Trung ương, Quyết định 20-QĐ/HĐĐTW, 2015), stripped and restored: the body's
  // `Hoi dong Doi Trung uong` read Hội đồng Đội, the signature's `HOI DONG DOI TRUNG UONG` read ĐỐI.
  const hddtw = (signature: string) =>
    [
      'ĐỘI TNTP HỒ CHÍ MINH',
      'HỘI ĐỒNG TRUNG ƯƠNG',
      'Số: 20 -QĐ/HĐĐTW',
      'Hà Nội, ngày 03 tháng 8 năm 2015',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Quy chế Thi đua - Khen thưởng',
      'Điều 3: Văn phòng Hội đồng Đội Trung ương, Hội đồng Đội các tỉnh, thành phố căn cứ quyết định thi hành.',
      'Nơi nhận:',
      '- Lưu VP HĐĐTW.',
      signature,
      'CHỦ TỊCH',
      '(đã ký)',
      'Nguyễn Long Hải',
    ].join('\n');
  const doubts = (record: ReturnType<typeof extractPlan>) => record.warnings.filter((w) => w.startsWith('signer.authority:'));

  it('flags `Hội đồng đối Trung ương` beside the body’s Hội đồng Đội Trung ương', () => {
    const record = extractPlan(hddtw('TM. HỘI ĐỒNG ĐỐI TRUNG ƯƠNG'), {
      sample: 'x.txt',
      corrections: [change(7, 'Doi', 'Đội', 0.621), change(10, 'DOI', 'ĐỐI', 0.963)],
    });
    expect(record.signer.authority).toBe('TM. Hội đồng đối Trung ương');
    expect(doubts(record)).toEqual([expect.stringContaining('"Hội đồng Đội Trung ương" elsewhere')]);
  });

  it('says nothing where restoration read the letters one way, or restored nothing', () => {
    const same = extractPlan(hddtw('TM. HỘI ĐỒNG ĐỘI TRUNG ƯƠNG'), {
      sample: 'x.txt',
      corrections: [change(7, 'Doi', 'Đội', 0.621), change(10, 'DOI', 'ĐỘI', 0.963)],
    });
    expect(doubts(same)).toEqual([]);
    expect(doubts(extractPlan(hddtw('TM. HỘI ĐỒNG ĐỐI TRUNG ƯƠNG'), { sample: 'x.txt' }))).toEqual([]);
  });
});
