// Rules learnt from the outside set party-2026b (fixtures/outside/party-2026b): a mass organisation's body written
// under its national name without its head word, joint programmes of the Front and its member organisations (a type
// of their own, a letterhead of several bodies), and a header-less plan naming itself in its preamble (Hội Chữ thập
// đỏ; a committee whose head holds its level, followed by its place). Texts written for the tests.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { tokenize } from '../../src/extract/fold.js';
import { findIssuers, withOwnPlace } from '../../src/extract/organs.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'party-2026b.txt' });
const dated = (place: string) => [`${place}, ngày 10 tháng 3 năm 2019`];

describe('a body under its organisation’s national name', () => {
  it('that writes the organisation’s name without `Hội` is a body of its own, the head restored', () => {
    const record = extract(['HỘI CHỮ THẬP ĐỎ VIỆT NAM', 'CHỮ THẬP ĐỎ TỈNH NINH BÌNH', 'Số: 12/KH-CTĐ', ...dated('Ninh Bình'), 'KẾ HOẠCH', 'tổ chức Tháng Nhân đạo năm 2019']);
    expect(record.issuer).toEqual({ name: 'Hội Chữ thập đỏ tỉnh Ninh Bình', level: 'tỉnh', locality: 'Ninh Bình' });
  });

  it('a line under it that does not repeat the organisation’s name goes on it as before', () => {
    const record = extract(['ỦY BAN MTTQ VIỆT NAM', 'XÃ AN PHÚ', 'BAN THƯỜNG TRỰC', 'Số: 05/KH-MTTQ', ...dated('An Phú'), 'KẾ HOẠCH', 'tổ chức Ngày hội Đại đoàn kết']);
    expect(record.issuer).toEqual({ name: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã An Phú', level: 'xã', locality: 'An Phú' });
  });
});

describe('joint programmes of the Front and its member organisations', () => {
  it('`CHƯƠNG TRÌNH PHỐI HỢP` is the type, the lines under it the trích yếu', () => {
    const record = extract(['ỦY BAN MTTQ VIỆT NAM', 'TỈNH NINH BÌNH', 'Số: 03/CTrPH-MTTQ', ...dated('Ninh Bình'), 'CHƯƠNG TRÌNH PHỐI HỢP', 'giám sát việc thực hiện chính sách', 'năm 2019']);
    expect(record.documentType).toBe('Chương trình phối hợp');
    expect(record.title).toBe('giám sát việc thực hiện chính sách năm 2019');
  });

  it('a Chương trình whose trích yếu opens with `phối hợp` on the next line stays a Chương trình', () => {
    const record = extract(['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH', 'Số: 03/CTr-UBND', ...dated('Ninh Bình'), 'CHƯƠNG TRÌNH', 'phối hợp công tác năm 2019']);
    expect(record.documentType).toBe('Chương trình');
    expect(record.title).toBe('phối hợp công tác năm 2019');
  });

  it('a letterhead of several national bodies names no one of them, with a warning', () => {
    const record = extract([
      'ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - HỘI NÔNG DÂN VIỆT NAM - HỘI CỰU CHIẾN BINH VIỆT NAM',
      'Số: 12/CTrPH-MTTW',
      ...dated('Hà Nội'),
      'CHƯƠNG TRÌNH PHỐI HỢP',
      'tuyên truyền năm 2019',
    ]);
    expect(record.issuer.name).toBeNull();
    expect(record.warnings.some((w) => w.startsWith('issuer: the letterhead names several bodies'))).toBe(true);
  });

  it('one national name above a body of a province is that body’s heading, the body named', () => {
    const record = extract(['HỘI NÔNG DÂN VIỆT NAM', 'HỘI NÔNG DÂN TỈNH NINH BÌNH', 'Số 20-KH/HNDT', ...dated('Ninh Bình'), 'KẾ HOẠCH', 'tổ chức hội thi']);
    expect(record.issuer).toEqual({ name: 'Hội Nông dân tỉnh Ninh Bình', level: 'tỉnh', locality: 'Ninh Bình' });
    expect(record.warnings.some((w) => w.startsWith('issuer: the letterhead names several bodies'))).toBe(false);
  });
});

describe('a plan without its header that names itself in the preamble', () => {
  const heading = ['KẾ HOẠCH', 'Tháng Nhân đạo năm 2019'];

  it('a Hội Chữ thập đỏ of a level and place that `xây dựng Kế hoạch` is the issuer', () => {
    const record = extract([...heading, 'Căn cứ Kế hoạch số 41/KH-TƯHCTĐ ngày 05/3/2019 của Trung ương Hội Chữ thập đỏ Việt Nam;', 'Hội Chữ thập đỏ tỉnh Ninh Bình xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(record.issuer).toEqual({ name: 'Hội Chữ thập đỏ tỉnh Ninh Bình', level: 'tỉnh', locality: 'Ninh Bình' });
  });

  it('one only cited (`của Hội Chữ thập đỏ tỉnh …`) is not', () => {
    const record = extract([...heading, 'Căn cứ Kế hoạch số 41/KH-CTĐ ngày 05/3/2019 của Hội Chữ thập đỏ tỉnh Ninh Bình về Tháng Nhân đạo;', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(record.issuer.name).toBeNull();
  });

  it('a committee whose head holds its level (`Thành đoàn Hà Nội`) takes the place after it, no level word needed', () => {
    const record = extract([...heading, 'Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch, cụ thể như sau:', 'I. YÊU CẦU']);
    expect(record.issuer).toEqual({ name: 'Thành Đoàn Hà Nội', level: 'thành phố', locality: 'Hà Nội' });
  });

  it('such a committee followed by small letters, and a body whose head holds no level, take no place', () => {
    const text = 'Ban Thường vụ Huyện ủy xây dựng kế hoạch; Sở Nội vụ Hà Nội ban hành';
    const [huyenUy, soNoiVu] = findIssuers(text).filter((m) => m.organ !== 'Ban Thường vụ');
    expect(withOwnPlace(text, tokenize(text), huyenUy!)).toEqual(huyenUy);
    expect(withOwnPlace(text, tokenize(text), soNoiVu!)).toEqual(soNoiVu);
  });
});

describe('the clauses of a mass organisation’s or a Party cell’s preamble', () => {
  const frame = ['HỘI NÔNG DÂN TỈNH NINH BÌNH', 'Số 20-KH/HNDT', ...dated('Ninh Bình'), 'KẾ HOẠCH', 'tổ chức đại hội'];
  const bases = (lines: string[]) => extract([...frame, ...lines, 'I. MỤC ĐÍCH, YÊU CẦU']).legalBases;

  it('a bracket left open ends at the next `;`, the citation after it one of its own', () => {
    const found = bases([
      'Thi hành Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng (ban hành kèm theo văn bản của Ban Chấp hành Trung ương; Hướng dẫn số 03-HD/TW ngày 20/3/2020 của Ban Bí thư về bầu cử trong Đảng.',
    ]);
    expect(found.map((b) => b.number)).toEqual(['24-QĐ/TW', '03-HD/TW']);
  });

  it('a `;` inside a bracket that closes parts nothing', () => {
    const found = bases(['Căn cứ Quyết định số 10/QĐ-UBND ngày 01/02/2020 của UBND tỉnh về quy chế (sửa đổi; bổ sung) công tác thi đua;']);
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toContain('bổ sung) công tác thi đua');
  });

  it('a line that opens a clause (`Thực hiện …`) after a line with no `;` starts a citation of its own', () => {
    const found = bases([
      'Căn cứ Hướng dẫn số 97/HD-TƯCTĐ ngày 29/03/2019 của Trung ương Hội Chữ thập đỏ Việt Nam hướng dẫn tổ chức kỷ niệm Ngày Chữ thập đỏ 8 tháng 5 năm 2019',
      'Thực hiện Chương trình công tác Hội năm 2019, Hội Nông dân tỉnh xây dựng Kế hoạch như sau:',
    ]);
    expect(found.map((b) => [b.documentType, b.number])).toEqual([['Hướng dẫn', '97/HD-TƯCTĐ'], ['Chương trình', null]]);
    expect(found[0]!.subject).toBe('hướng dẫn tổ chức kỷ niệm Ngày Chữ thập đỏ 8 tháng 5 năm 2019');
  });

  it('a subject wrapped onto a line in small letters goes on', () => {
    const found = bases(['Căn cứ Hướng dẫn số 97/HD-TƯCTĐ ngày 29/03/2019 của Trung ương Hội Chữ thập đỏ Việt Nam hướng dẫn', 'thực hiện Tháng Nhân đạo năm 2019;']);
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toBe('hướng dẫn thực hiện Tháng Nhân đạo năm 2019');
  });

  it('a straight quote closes a curly one left open, so the sentence after it is no subject', () => {
    const found = bases(['Thực hiện Kế hoạch số 150/KH-CTĐ ngày 05/4/2021 của Hội Chữ thập đỏ tỉnh về việc triển khai “Tháng Nhân đạo" năm 2021. Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:']);
    expect(found[0]!.subject).toBe('về việc triển khai “Tháng Nhân đạo" năm 2021');
  });

  it('a straight pair inside curly quotes stays inside them', () => {
    const found = bases(['Thực hiện Kế hoạch số 15/KH-CTĐ ngày 05/4/2021 của Hội Chữ thập đỏ tỉnh về “Ngày hội "Đại đoàn kết"; toàn dân” năm 2021;']);
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toBe('về “Ngày hội "Đại đoàn kết"; toàn dân” năm 2021');
  });

  it('a charter cited by name, then a dated citation after a comma: two bases', () => {
    const found = bases(['Căn cứ Điều lệ Hội Cựu chiến binh Việt Nam, Nghị quyết số 07/NQ-CCB ngày 16/12/2015 của Ban Chấp hành Trung ương Hội về đại hội;']);
    expect(found.map((b) => [b.documentType, b.number, b.subject])).toEqual([
      ['Điều lệ', null, 'Hội Cựu chiến binh Việt Nam'],
      ['Nghị quyết', '07/NQ-CCB', 'về đại hội'],
    ]);
  });

  it('an undated citation after a charter’s comma stays in its words', () => {
    const found = bases(['Căn cứ Điều lệ Hội Cựu chiến binh Việt Nam, Hướng dẫn số 07/HD-CCB;']);
    expect(found).toHaveLength(1);
  });

  it('`Điều lệ và Hướng dẫn thi hành Điều lệ …`: two documents', () => {
    const found = bases(['Căn cứ Điều lệ và Hướng dẫn thi hành Điều lệ Hội Nông dân Việt Nam khóa VI;']);
    expect(found.map((b) => b.documentType)).toEqual(['Điều lệ', 'Hướng dẫn']);
  });

  it('a type in the charter’s own words after `và` is no second document', () => {
    const found = bases(['Căn cứ Điều lệ Hội Nông dân Việt Nam và Hướng dẫn thi hành của Trung ương Hội;']);
    expect(found.map((b) => b.documentType)).toEqual(['Điều lệ']);
  });
});

describe('a Party cell’s code in its number (HD 36: `Số 03-BC/CB`)', () => {
  const cell = (number: string, head: string) =>
    extract(['ĐẢNG BỘ XÃ TÂN PHÚ', head, '*', number, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Tân Phú, ngày 20 tháng 6 năm 2018', 'BÁO CÁO', 'kết quả 6 tháng đầu năm']).documentNumber;

  it('`CB` is the Chi bộ’s, never a misread `CĐ`', () => {
    expect(cell('Số 03-BC/CB', 'CHI BỘ THÔN ĐÔNG')).toEqual({ number: '03', symbol: 'BC/CB', text: '03-BC/CB' });
  });

  it('a code the tables know with its mark lost is still read with it (`DU`: `ĐU`), and `CĐ` stays `CĐ`', () => {
    expect(cell('Số 03-BC/DU', 'ĐẢNG ỦY XÃ TÂN PHÚ').symbol).toBe('BC/ĐU');
    expect(cell('Số 03-BC/CĐ', 'CÔNG ĐOÀN XÃ TÂN PHÚ').symbol).toBe('BC/CĐ');
  });
});
