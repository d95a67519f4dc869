// What the outside set state-2026c taught (a resolution a database shows as
// `Số: Không số`, a Tờ trình that names the proposals it answers, a Nơi nhận
// whose dashes a web page left alone on their lines), each on a short text
// written for this test in the genre's layout (NĐ 30/2020 Phụ lục I), with a
// case where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });

describe('a `Số:` line that carries no number', () => {
  const council = (numberLine: string) =>
    extract([
      'HĐND TỈNH NINH BÌNH',
      numberLine,
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Ninh Bình, ngày 12 tháng 3 năm 1996',
      'NGHỊ QUYẾT',
      'Về việc đổi tên xã Ninh Phúc',
      'HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH',
      'Căn cứ Luật tổ chức HĐND và UBND ngày 21/06/1994;',
      'QUYẾT NGHỊ:',
    ]);

  it('is the number line, not a unit of the organ block: the issuer stays the council, the number null', () => {
    const record = council('Số: Không số');
    expect(record.issuer).toEqual({ name: 'Hội đồng nhân dân tỉnh Ninh Bình', level: 'tỉnh', locality: 'Ninh Bình' });
    expect(record.documentNumber).toEqual({ number: null, symbol: null, text: null });
    expect(record.warnings).toContain('documentNumber: line 2 is the number line but its number and symbol cannot be read');
  });

  it('restoration’s `Sở :` for the label of a stripped text is the label too', () => {
    expect(council('Sở : Không sợ').issuer.name).toBe('Hội đồng nhân dân tỉnh Ninh Bình');
  });

  it('a department’s line has no colon after its head: it stays the issuer', () => {
    const record = extract(['UBND TỈNH NINH BÌNH', 'SỞ NỘI VỤ', 'Số: 15/KH-SNV', 'Ninh Bình, ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH', 'Tuyên truyền cải cách hành chính năm 2024']);
    expect(record.issuer.name).toBe('Sở Nội vụ tỉnh Ninh Bình');
    expect(record.documentNumber.text).toBe('15/KH-SNV');
  });
});
