// Rules learnt from the outside set party-2026b (fixtures/outside/party-2026b): a mass organisation's body written
// under its national name without its head word, joint programmes of the Front and its member organisations (a type
// of their own, a letterhead of several bodies), and a header-less plan naming itself in its preamble (Hội Chữ thập
// đỏ; a committee whose head holds its level, followed by its place). Texts written for the tests.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
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
    expect(withOwnPlace(text, huyenUy!)).toEqual(huyenUy);
    expect(withOwnPlace(text, soNoiVu!)).toEqual(soNoiVu);
  });
});
