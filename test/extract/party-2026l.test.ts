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

// party-2026l 296 (CĐCS Trường THCS Mỹ Long Nam, 2013): a document site kept the whole paper on one line; restoration
// hands the extractor its `***` as one star.
const oneLine =
  'Công đoàn Giáo dục Cầu Ngang CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS Trường THCS Mỹ Long Nam Độc lập – Tự do – Hạnh phúc -------- ---- --- Số: 09/KH-CĐCS Mỹ Long Nam, ngày 04 tháng 03 năm 2013. KẾ HOẠCH TỔ CHỨC HỘI THI KHÉO TAY HAY LÀM CHÀO MỪNG NGÀY QUỐC TẾ PHỤ NỮ 8/3/2013 * -Thực hiện sự chỉ đạo của Công đoàn giáo dục Cầu Ngang về việc hướng dẫn hoạt động chào mừng ngày quốc tế phụ nữ 8/3/2013. -Thực hiện chương trình, hoạt động năm học 2012-2013 của trường THCS Mỹ Long Nam và CĐCS trường. Nay Ban Chấp hành Công đoàn cơ sở trường THCS Mỹ Long Nam lập kế hoạch tổ chức chức “hội thi khéo tay hay làm” nhằm chào mừng ngày quốc tế phụ nữ 8/3/2013 cụ thể như sau: I. MỤC ĐÍCH-YÊU CẦU: -Nhằm tạo sân chơi bổ ích; qua đó nâng cao trách nhiệm và động viên nam đoàn viên, lao động trong trường có ý thức tham gia gánh vác công việc gia đình với chị em phụ nữ, cùng nhau hoàn thành xuất sắc nhiệm vụ năm học.';

describe('a star alone on a flattened line (HD 36’s rule under the trích yếu)', () => {
  it('ends the trích yếu run onto the type line', () => {
    expect(extract([oneLine]).title).toBe('TỔ CHỨC HỘI THI KHÉO TAY HAY LÀM CHÀO MỪNG NGÀY QUỐC TẾ PHỤ NỮ 8/3/2013');
  });
});

// party-2026l 298 (Hội LHPN tỉnh Thái Bình, 2024), the page kept from its preamble: the body named short.
const women = [
  'Thực hiện Chương trình công tác Hội năm 2024, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch hướng dẫn cấp Hội thực hiện nhiệm vụ Xây dựng gia đình ấm no, hạnh phúc, tiến bộ, văn minh; xây dựng môi trường an toàn cho phụ nữ, trẻ em năm 2024 cụ thể như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
];

describe('the issuer’s own clause naming its organisation by its letters (`Hội LHPN`)', () => {
  it('gives the issuer’s level', () => {
    expect(extract(women).issuer.level).toBe('tỉnh');
  });

  it('takes the body that writes the plan, not the one whose plan it cites', () => {
    const record = extract(['Thực hiện Kế hoạch của Hội LHPN tỉnh về công tác Hội năm 2024, Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch thực hiện cụ thể như sau:', women[1]!]);
    expect(record.issuer.level).toBe('huyện');
  });
});

// party-2026l 295 (Chi đoàn trường THCS Bình Khê, 2023): a programme cited by name, its year written after the issuer.
describe('a year written after the issuer of a basis cited by name', () => {
  it('goes back to the subject (trích yếu), not into the organ’s name', () => {
    const bases = extract([
      'Căn cứ chương trình công tác Đoàn và phát triển phong trào thanh thiếu niên của Đoàn xã Bình Khê năm 2023.',
    ]).legalBases;
    expect(bases.map((b) => [b.issuer, b.subject])).toEqual([
      ['Đoàn xã Bình Khê', 'công tác Đoàn và phát triển phong trào thanh thiếu niên năm 2023'],
    ]);
  });

  it('leaves an issuer without a year as it is', () => {
    const bases = extract([
      'Thực hiện chương trình công tác đoàn và phong trào thanh thiếu nhi năm học 2022 - 2023 của BCH Đoàn trường THCS Bình Khê.',
    ]).legalBases;
    expect(bases.map((b) => [b.issuer, b.subject])).toEqual([
      ['Ban Chấp hành Đoàn trường THCS Bình Khê', 'công tác đoàn và phong trào thanh thiếu nhi năm học 2022 - 2023'],
    ]);
  });
});

// party-2026l 295: a guidance cited with its organ straight after the type, no `của`, and `về` opening its trích yếu.
describe('a type in small letters, an organ named straight after it, then `về`', () => {
  it('cites that organ’s document, the organ its issuer and `về …` its subject', () => {
    const bases = extract(['Căn cứ hướng dẫn Ban Thường vụ Đoàn Thị xã Đông Triều về quy trình kết nạp đoàn viên mới.']).legalBases;
    expect(bases.map((b) => [b.documentType, b.issuer, b.subject])).toEqual([
      ['Hướng dẫn', 'Ban Thường vụ Đoàn Thị xã Đông Triều', 'về quy trình kết nạp đoàn viên mới'],
    ]);
  });

  it('leaves the words running text where no `về` follows the organ', () => {
    expect(extract(['Căn cứ hướng dẫn Ban Thường vụ Đoàn Thị xã Đông Triều, Chi đoàn tổ chức kết nạp.']).legalBases).toEqual([]);
  });
});
