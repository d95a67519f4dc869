// Patterns met in an unseen set (party-2026l: Công đoàn, Đoàn and Đội papers of schools and an institute, a provincial
// Hội LHPN, a Đảng ủy Khối), each on the real lines of its document and beside a case the rule must leave alone
// (NĐ 30/2020 Phụ lục I and Hướng dẫn 36-HD/VPTW: the preamble's last clause leads into the body; `Số` and its symbol,
// the serial left blank for the hand; the type name opening its line, the trích yếu after it).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'pattern.txt' });

// party-2026l 293 (Công đoàn cơ sở Trường Đại học An Giang, 2011), the page kept from its first căn cứ.
const union = [
  'Căn cứ Kế hoạch số 25/UBND ngày 23 tháng 12 năm 2010 của Uỷ ban nhân dân tỉnh về phát động phong trào thi đua năm 2011;',
  'Căn cứ Kế hoạch số 26/KH-LĐLĐ ngày 11 tháng 02 năm 2011 của Liên đoàn Lao động tỉnh về kế hoạch phát động phong trào thi đua năm 2011,',
  'Ban Thường vụ Công đoàn cơ sở Trường Đại học An Giang phát động phong trào thi đua tại cơ sở gồm những nội dung cụ thể sau:',
  'I. MỤC ĐÍCH YÊU CẦU',
];

describe('the issuer’s clause that leads into the body with `… cụ thể sau:`', () => {
  it('ends the last căn cứ’s subject at its comma', () => {
    const bases = extract(union).legalBases;
    expect(bases.map((b) => b.number)).toEqual(['25/UBND', '26/KH-LĐLĐ']);
    expect(bases[1]!.subject).toBe('về kế hoạch phát động phong trào thi đua năm 2011');
  });

  it('leaves a subject that only says `cụ thể` further on as it is', () => {
    const bases = extract([
      'Căn cứ Kế hoạch số 26/KH-LĐLĐ ngày 11 tháng 02 năm 2011 của Liên đoàn Lao động tỉnh về việc hướng dẫn cụ thể các tiêu chí thi đua năm 2011;',
      union[2]!,
    ]).legalBases;
    expect(bases[0]!.subject).toBe('về việc hướng dẫn cụ thể các tiêu chí thi đua năm 2011');
  });
});

// party-2026l 299 (BCH Đoàn Viện NC&PT CNSH, Đại học Cần Thơ, 2009): the number line under the date line and a rule.
const institute = [
  'ĐOÀN TNCS HCM TRƯỜNG ĐẠI HỌC CẦN THƠ',
  'BCH ĐOÀN VIỆN NC&PT CNSH',
  'Cần Thơ, ngày 23 tháng 07 năm 2009',
  '———-',
  'Số: ….. KH / ĐTN',
  'KẾ HOẠCH LAO ĐỘNG ĐẦU NĂM',
  'NĂM HỌC 2009 – 2010',
  'Căn cứ theo kế hoạch lao động đầu năm học 2009-2010 của trường Đại học Cần Thơ kế hoạch công tác đoàn và phong trào thanh niên  Đoàn Viện NC&PT CNSH năm học 2009 – 2010. BCH Đoàn Viện NC&PT CNSH đề ra chương trình lao động đầu năm học 2009-2010 cụ thể như sau:',
];

describe('a serial left as a run of dots before a Party symbol (`Số: ….. KH / ĐTN`)', () => {
  it('is a blank number with its symbol', () => {
    const record = extract(institute);
    expect(record.documentNumber.number).toBeNull();
    expect(record.documentNumber.symbol).toBe('KH/ĐTN');
  });

  it('stands in the header under the date line and its rule, so the type line under it opens the trích yếu', () => {
    const record = extract(institute);
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.title).toBe('LAO ĐỘNG ĐẦU NĂM NĂM HỌC 2009 – 2010');
  });

  it('is no number where the dots stand before words in small letters', () => {
    const record = extract([...institute.slice(0, 4), 'Số: ….. kế hoạch', ...institute.slice(5)]);
    expect(record.documentNumber.symbol).toBeNull();
  });
});
