// Title and preamble rules learnt from the outside set party-2026: a Party
// outline lettered in capitals (`A - MỤC ĐÍCH, YÊU CẦU`), the preamble of a
// Party guide opening with `Thi hành …` (HD 36), and citations of an article
// (`Điều 2 Quyết định …`, `khoản 1 Điều 5 Nghị định …`). Texts written for the tests.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { findIssuers } from '../../src/extract/organs.js';

const head = ['BAN TỔ CHỨC TỈNH ỦY', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 05-HD/BTCTU', 'Bắc Ninh, ngày 10 tháng 10 năm 2019', 'HƯỚNG DẪN'];
const extract = (lines: string[]) => extractPlan([...head, ...lines].join('\n'), { sample: 'party.txt' });
const bases = (lines: string[]) => extract(lines).legalBases.map((b) => [b.number, b.date, b.issuer]);

describe('a Party outline lettered in capitals', () => {
  it('`A - MỤC ĐÍCH, YÊU CẦU` under the title is the body’s first part, not the title’s last line', () => {
    const record = extract(['VỀ ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG', 'A -MỤC ĐÍCH, YÊU CẦU', '- Đánh giá đúng chất lượng tổ chức cơ sở đảng.']);
    expect(record.title).toBe('VỀ ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG');
  });

  it('a title wrapped before a place named `A …` (no dot or dash after the letter) goes on', () => {
    const record = extract(['TRIỂN KHAI CÔNG TÁC DÂN VẬN TRÊN ĐỊA BÀN HUYỆN', 'A LƯỚI NĂM 2019', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(record.title).toBe('TRIỂN KHAI CÔNG TÁC DÂN VẬN TRÊN ĐỊA BÀN HUYỆN A LƯỚI NĂM 2019');
  });
});

describe('a preamble that opens with `Thi hành`', () => {
  it('cites the decisions it implements, an article of each included', () => {
    const cited = bases([
      'về thể thức văn bản',
      'Thi hành Điều 2 Quyết định số 31-QĐ/TW ngày 01/10/1997 của Bộ Chính trị và Điều 2 Quyết định số 91-QĐ/TW ngày 16/02/2004 của Ban Bí thư, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(cited).toEqual([
      ['31-QĐ/TW', '1997-10-01', 'Bộ Chính trị'],
      ['91-QĐ/TW', '2004-02-16', 'Ban Bí thư'],
    ]);
  });

  it('`Thi hành nhiệm vụ …` citing no document is no basis', () => {
    expect(bases(['về thể thức văn bản', 'Thi hành nhiệm vụ được giao, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:', 'I. MỤC ĐÍCH, YÊU CẦU'])).toEqual([]);
  });
});

describe('a citation of an article', () => {
  it('`Căn cứ khoản 1 Điều 5 Quyết định số …` cites the decision', () => {
    const cited = bases(['về thể thức văn bản', 'Căn cứ khoản 1 Điều 5 Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư;', 'Ban Tổ chức Tỉnh ủy hướng dẫn như sau:', 'I. MỤC ĐÍCH']);
    expect(cited).toEqual([['99-QĐ/TW', '2017-10-03', 'Ban Bí thư']]);
  });

  it('an article number with no document after it cites nothing', () => {
    expect(bases(['về thể thức văn bản', 'Căn cứ Điều 5 của Điều lệ này, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:', 'I. MỤC ĐÍCH']).filter((b) => b[0] !== null)).toEqual([]);
  });
});

describe('a preamble a crawl ran together', () => {
  const union = ['LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH', 'Số: 40/KH-LĐLĐ', 'Yên Định, ngày 10 tháng 12 năm 2021', 'KẾ HOẠCH', 'Tổ chức Tháng Công nhân năm 2022'];
  const basesOf = (clause: string) =>
    extractPlan([...union, clause, 'I. MỤC ĐÍCH, YÊU CẦU'].join('\n'), { sample: 'union.txt' }).legalBases.map((b) => [b.number, b.date, b.issuer]);

  it('a date glued to the next word (`03/12/2021của`) is still the citation’s date', () => {
    expect(basesOf('Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021của LĐLĐ tỉnh Thanh Hóa, Ban Thường vụ LĐLĐ huyện xây dựng kế hoạch như sau:')).toEqual([
      ['168/KH-LĐLĐ', '2021-12-03', 'Liên đoàn Lao động tỉnh Thanh Hóa'],
    ]);
  });

  it('a run of more figures is no date', () => {
    expect(basesOf('Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/20215 của LĐLĐ tỉnh Thanh Hóa, Ban Thường vụ LĐLĐ huyện xây dựng kế hoạch như sau:')[0]?.[1]).toBeNull();
  });

  it('`…, trên cơ sở Kế hoạch số …` after a comma lists one more basis', () => {
    expect(
      basesOf('Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021 của LĐLĐ tỉnh Thanh Hóa, trên cơ sở Kế hoạch số 31/KH-LĐLĐ, ngày 12/11/2021 của LĐLĐ huyện về việc chăm lo Tết, Ban Thường vụ LĐLĐ huyện xây dựng kế hoạch như sau:'),
    ).toEqual([
      ['168/KH-LĐLĐ', '2021-12-03', 'Liên đoàn Lao động tỉnh Thanh Hóa'],
      ['31/KH-LĐLĐ', '2021-11-12', 'Liên đoàn Lao động huyện'],
    ]);
  });

  it('`…, trên cơ sở đề nghị của …` after a comma cites nothing more', () => {
    expect(basesOf('Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021 của LĐLĐ tỉnh Thanh Hóa, trên cơ sở đề nghị của Ban Nữ công, Ban Thường vụ LĐLĐ huyện xây dựng kế hoạch như sau:').map((b) => b[0])).toEqual([
      '168/KH-LĐLĐ',
    ]);
  });
});

describe('where a cited document’s words end', () => {
  const letter = (clause: string) =>
    extractPlan(
      ['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ CẦN THƠ', 'BAN TUYÊN GIÁO', 'Về việc đón đọc chuyên trang', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc', 'Cần Thơ, ngày 21 tháng 02 năm 2020', 'Kính gửi: Ban Thường trực các quận, huyện', clause, 'Trân trọng kính chào!'].join('\n'),
      { sample: 'letter.txt' },
    ).legalBases[0]?.subject;

  it('a full stop followed by two spaces ends the sentence the citation stands in', () => {
    expect(letter('Căn cứ Chương trình phối hợp số 01/CTrPH-MTTQ ngày 27 tháng 5 năm 2016 về đổi mới công tác tuyên truyền.  Ban Thường trực đề nghị các quận, huyện thông báo đến khu dân cư.')).toBe(
      'về đổi mới công tác tuyên truyền',
    );
  });

  it('a full stop inside a number (`BĐ.TP`) ends nothing', () => {
    expect(letter('Căn cứ Chương trình phối hợp số 01/CTrPH-MTTQ-BĐ.TP ngày 27 tháng 5 năm 2016 về đổi mới công tác tuyên truyền.')).toBe('về đổi mới công tác tuyên truyền');
  });

  it('the comma after the date is no word of the subject', () => {
    expect(letter('Căn cứ Chương trình phối hợp số 01/CTrPH-MTTQ ngày 27 tháng 5 năm 2016, giữa Ủy ban MTTQ thành phố với các đoàn thể về tuyên truyền.')).toBe(
      'giữa Ủy ban MTTQ thành phố với các đoàn thể về tuyên truyền',
    );
  });
});

describe('a level word near another word', () => {
  it('`hướng` of `hướng dẫn` after an organ is no `phường`: the preamble’s closing clause is cut from the subject', () => {
    const subject = extract([
      'kiểm điểm, đánh giá',
      'Thực hiện Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm, Ban Tổ chức Trung ương hướng dẫn việc kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases[0]?.subject;
    expect(subject).toBe('về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm');
  });

  it('a level word OCR slipped in a line without marks still reads (`PHUONC` is `phường`)', () => {
    expect(findIssuers('UBND PHUONC BEN THANH')[0]?.level).toBe('phường');
  });
});

describe('the clause that leads into the body', () => {
  const school = ['CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'CĐCS TRƯỜNG THPT NGỌC TỐ', 'Số 01/KH-NC', 'Ngọc Tố, ngày 21 tháng 9 năm 2020', 'KẾ HOẠCH', 'Về việc tổ chức hoạt động Tết Trung thu năm 2020'];
  const basesOf = (clause: string) => extractPlan([...school, clause, 'I- MỤC ĐÍCH:'].join('\n'), { sample: 'school.txt' }).legalBases;

  it('is cut from the subject though it names a year (`… lập kế hoạch Vui Tết trung thu năm 2020 như sau`)', () => {
    const cited = basesOf('Căn cứ Công văn số 240/LĐLĐ ngày 11 tháng 9 năm 2020 của Liên đoàn lao động tỉnh Sóc Trăng về tổ chức Tết Trung thu năm 2020, Ban Chấp hành công đoàn Trường THPT Ngọc Tố lập kế hoạch Vui Tết trung thu năm 2020 như sau:');
    expect(cited.map((b) => b.subject)).toEqual(['về tổ chức Tết Trung thu năm 2020']);
  });

  it('a clause with a number and a date after the comma is one more citation, not the lead into the body', () => {
    const cited = basesOf('Căn cứ Công văn số 240/LĐLĐ ngày 11/9/2020 của Liên đoàn lao động tỉnh Sóc Trăng, số 241/LĐLĐ ngày 12/9/2020 về tổ chức Tết Trung thu, Ban Chấp hành công đoàn trường lập kế hoạch như sau:');
    expect(cited.map((b) => b.number)).toEqual(['240/LĐLĐ', '241/LĐLĐ']);
  });
});

describe('a citation whose `của` a crawl dropped', () => {
  const partyCell = (clause: string) =>
    extractPlan(['ĐẢNG BỘ HUYỆN ĐẠI TỪ', 'ĐẢNG ỦY XÃ LA BẰNG', 'Số 09-KH/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'La Bằng, ngày 24 tháng 11 năm 2020', 'KẾ HOẠCH', 'kiểm điểm năm 2020', clause, 'I. MỤC ĐÍCH'].join('\n'), { sample: 'crawl.txt' }).legalBases.map((b) => [b.number, b.issuer]);

  it('has the organ named right after its date for issuer, with or without words after it', () => {
    expect(
      partyCell('- Căn cứ Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 Ban Tổ chức Trung ương thực số nội dung; Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019 Ban Tổ chức Trung ương; Hướng dẫn số 10-HD/HU ngày 27/11/2019 Ban Thường vụ Huyện ủy Đại Từ “kiểm điểm, đánh giá”; Ban Thường vụ Đảng ủy hướng dẫn như sau:'),
    ).toEqual([
      ['33-HD/BTCTW', 'Ban Tổ chức Trung ương'],
      ['21-HD/BTCTW', 'Ban Tổ chức Trung ương'],
      ['10-HD/HU', 'Ban Thường vụ Huyện ủy Đại Từ'],
    ]);
  });

  it('names no issuer where small words follow the date (`… ngày 30/10/2020 về công tác …`)', () => {
    expect(partyCell('- Căn cứ Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 về công tác kiểm điểm; Ban Thường vụ Đảng ủy hướng dẫn như sau:')).toEqual([['33-HD/BTCTW', null]]);
  });
});
