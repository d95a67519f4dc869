// Rules learnt from the outside set party-2026c (fixtures/outside/party-2026c): the Front's and the mass
// organisations' plans, reports and decisions of communes, provinces and the centre. Texts written for the tests.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'party-2026c.txt' });
const dated = (place: string) => [`${place}, ngày 10 tháng 3 năm 2019`];

describe('the trích yếu and the lines under it', () => {
  it('a labelled line under a trích yếu in small letters (`Khẩu hiệu: …`) is not part of it', () => {
    const record = extract([
      'CÔNG ĐOÀN GIÁO DỤC TỈNH NAM ĐỊNH', 'CĐCS TRƯỜNG THCS AN BÌNH', 'Số: 04/KH-CĐ', ...dated('An Bình'),
      'KẾ HOẠCH', 'Thực hiện nhiệm vụ tháng 3 năm 2019', 'Khẩu hiệu: Thi đua dạy tốt, học tốt chào mừng',
      'ngày Quốc tế Phụ nữ 8/3', 'Căn cứ Kế hoạch số 10/KH-CĐN ngày 01/3/2019 của Công đoàn ngành Giáo dục;', 'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(record.title).toBe('Thực hiện nhiệm vụ tháng 3 năm 2019');
  });

  it('a title line that carries no label goes on as before, a proper name opening it included', () => {
    const record = extract([
      'HỘI LIÊN HIỆP PHỤ NỮ', 'TỈNH NINH BÌNH', 'Số: 12/KH-HPN', ...dated('Ninh Bình'),
      'KẾ HOẠCH', 'Tổ chức các hoạt động tuyên truyền Đại hội phụ nữ tỉnh', 'Ninh Bình lần thứ XIII',
      'Thực hiện Kế hoạch số 88/KH-ĐCT ngày 10/8/2020 của Đoàn Chủ tịch Trung ương Hội, Ban Thường vụ xây dựng kế hoạch như sau:',
    ]);
    expect(record.title).toBe('Tổ chức các hoạt động tuyên truyền Đại hội phụ nữ tỉnh Ninh Bình lần thứ XIII');
  });
});

describe('a header a crawl stacked and lowered', () => {
  const report = (typeLine: string) => [
    'Hội Nông dân Việt Nam', 'Ban Chấp hành tỉnh Nam Định', '*** Nam Định, ngày 12 tháng 01 năm 2010', 'Số: 05-BC/HND',
    typeLine, 'Kết quả công tác Hội năm 2009,', 'phương hướng nhiệm vụ năm 2010', '--------------',
    'Năm 2009 là năm thứ hai thực hiện Nghị quyết Đại hội Hội các cấp, các cấp Hội đã triển khai nhiều hoạt động, cụ thể như sau:',
  ];

  it('the number line under the date line is the header’s, the type line in small letters is the type', () => {
    const record = extract(report('báo cáo'));
    expect(record.documentType).toBe('Báo cáo');
    expect(record.documentNumber.text).toBe('05-BC/HND');
    expect(record.title).toBe('Kết quả công tác Hội năm 2009, phương hướng nhiệm vụ năm 2010');
  });

  it('the star stacked onto the date line is no word of the place', () => {
    expect(extract(report('báo cáo')).place).toBe('Nam Định');
  });

  it('a line in small letters that is more than a type name is no type line, and still no number line is the title', () => {
    const record = extract(report('báo cáo nhanh'));
    expect(record.title).toMatch(/^báo cáo nhanh Kết quả/u);
  });
});

describe('documents listed with commas (HD 36)', () => {
  const plan = (clause: string) => [
    'HỘI LIÊN HIỆP PHỤ NỮ', 'TỈNH NINH BÌNH', 'Số: 12/KH-HPN', ...dated('Ninh Bình'), 'KẾ HOẠCH', 'Tổ chức Ngày hội phụ nữ', clause, 'I. MỤC ĐÍCH, YÊU CẦU',
  ];

  it('after a citation complete with its date and issuer, a document named with the body that issued it is the next basis', () => {
    const record = extract(plan('Thực hiện Hướng dẫn số 40/HD-ĐCT ngày 14/02/2019 của Đoàn Chủ tịch Trung ương Hội về công tác tuyên giáo năm 2019, Chương trình công tác năm 2019 của Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh khóa XV, Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:'));
    expect(record.legalBases.map((b) => [b.documentType, b.number, b.issuer, b.subject])).toEqual([
      ['Hướng dẫn', '40/HD-ĐCT', 'Đoàn Chủ tịch Trung ương Hội', 'về công tác tuyên giáo năm 2019'],
      ['Chương trình', null, 'Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh khóa XV', 'công tác năm 2019'],
    ]);
  });

  it('a document named inside the subject, with no body issuing it, stays the subject’s', () => {
    const record = extract(plan('Thực hiện Quyết định số 40/QĐ-UBND ngày 14/02/2019 của UBND tỉnh về việc phê duyệt Đề án phát triển du lịch, Chương trình khuyến công giai đoạn 2019-2025, Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:'));
    expect(record.legalBases).toHaveLength(1);
    expect(record.legalBases[0]!.subject).toMatch(/Chương trình khuyến công/u);
  });
});

describe('the time a plan covers under a trích yếu the type line carries', () => {
  const plan = (under: string) => [
    'LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN LÃO', 'CĐCS TRƯỜNG MẦM NON AN THẮNG', ...dated('An Thắng'), 'KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN', under, 'I. TÌNH HÌNH THÁNG 2/2019',
  ];

  it('`Tháng 3/ 2019` under it ends the trích yếu in any case', () => {
    expect(extract(plan('Tháng 3/ 2019')).title).toBe('HOẠT ĐỘNG CÔNG ĐOÀN Tháng 3/ 2019');
    expect(extract(plan('Năm học 2018 - 2019')).title).toBe('HOẠT ĐỘNG CÔNG ĐOÀN Năm học 2018 - 2019');
  });

  it('a line in small letters that names more than a time is not taken into it', () => {
    expect(extract(plan('Tháng Công nhân năm 2019')).title).toBe('HOẠT ĐỘNG CÔNG ĐOÀN');
  });
});

describe('an organisation’s central committee under its name', () => {
  const report = (lines: string[]) => extract([...lines, '*** Hà Nội, ngày 30 tháng 01 năm 2009', 'Số: 12-BC/TWH', 'BÁO CÁO', 'Kết quả công tác Hội năm 2008', 'Năm 2008 các cấp Hội đã triển khai nhiều hoạt động, cụ thể như sau:']);

  it('`Ủy ban Trung ương` alone under the organisation’s name is that organisation’s', () => {
    expect(report(['Hội Liên hiệp Thanh niên Việt Nam', 'Uỷ ban Trung ương']).issuer.name).toBe('Ủy ban Trung ương Hội Liên hiệp Thanh niên Việt Nam');
  });

  it('a central committee named with its organisation stays as it is', () => {
    expect(report(['ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM', 'BAN THƯỜNG TRỰC']).issuer.name).toBe('Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam');
  });
});

describe('a law cited by its name', () => {
  it('the documents joined to it by `và các văn bản …` are no words of its name', () => {
    const record = extract([
      'HỘI ĐỒNG ĐỘI TỈNH NINH BÌNH', 'Số: 05-QĐ/HĐĐ', ...dated('Ninh Bình'), 'QUYẾT ĐỊNH', 'Về việc ban hành Quy chế thi đua',
      'HỘI ĐỒNG ĐỘI TỈNH NINH BÌNH',
      '- Căn cứ Luật Thi đua, Khen thưởng và các văn bản quy phạm pháp luật về công tác thi đua, khen thưởng của Nhà nước;',
      'QUYẾT ĐỊNH', 'Điều 1: Ban hành Quy chế thi đua.',
    ]);
    expect(record.legalBases.map((b) => [b.documentType, b.subject])).toEqual([['Luật', 'Thi đua, Khen thưởng']]);
  });

  it('a law whose own name holds `và` keeps it', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH', 'Số: 05/QĐ-UBND', ...dated('Ninh Bình'), 'QUYẾT ĐỊNH', 'Về việc ban hành Quy chế', 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành Quy chế.',
    ]);
    expect(record.legalBases[0]!.subject).toBe('Tổ chức Hội đồng nhân dân và Ủy ban nhân dân');
  });
});
