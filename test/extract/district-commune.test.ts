// Documents of district and commune UBND as their web portals post them: a
// notice whose type line is `THÔNG BÁO` (not the Thông cáo one letter away), a
// notice without letterhead that names its issuer only in `… thông báo …`, and a
// plan that lists its bases as the items of `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { readLayout } from '../../src/extract/layout.js';
import { toLines } from '../../src/extract/lines.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'portal.txt' });

describe('a type line that spells a type name exactly', () => {
  it('reads THÔNG BÁO as a Thông báo, not the Thông cáo one letter away', () => {
    const record = extract([
      'THÔNG BÁO',
      'Kết quả tuyển dụng công chức xã năm 2024',
      'Căn cứ Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;',
      'Ủy ban nhân dân xã Phú Mỹ thông báo kết quả như sau:',
      '1. Danh sách người trúng tuyển',
    ]);
    expect(record.documentType).toBe('Thông báo');
  });

  it('still reads a type line OCR split inside a word', () => {
    const record = extract(['UBND HUYỆN TÂN PHÚ', 'Số: 12/TB-UBND', 'Tân Phú, ngày 3 tháng 5 năm 2012', 'THÔNG B ÁO', 'Lịch tiếp công dân tháng 5 năm 2012']);
    expect(record.documentType).toBe('Thông báo');
  });
});

describe('a commune notice posted without its letterhead', () => {
  const record = extract([
    'THÔNG BÁO',
    'Lịch làm việc của bộ phận một cửa xã Hòa Thuận năm 2026',
    'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
    'Ủy ban nhân dân xã Hòa Thuận thông báo lịch làm việc như sau:',
    '1. Thời gian làm việc',
    'Buổi sáng từ 7 giờ đến 11 giờ.',
  ]);

  it('takes the issuer, its level and its place from the sentence in which it announces', () => {
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân xã Hòa Thuận', level: 'xã', locality: 'Hòa Thuận' });
  });

  it('does not read the announcing sentence as a basis', () => {
    expect(record.legalBases.map((b) => b.number)).toEqual(['61/2018/NĐ-CP']);
  });
});

describe('a district notice that names its level but not its place', () => {
  const record = extract([
    'Thông báo về việc tạm dừng tiếp nhận hồ sơ trực tiếp',
    '',
    'Do hệ thống điện của trụ sở đang được sửa chữa, việc tiếp nhận hồ sơ trực tiếp tạm dừng trong hai ngày.',
    '',
    'Ủy ban nhân dân huyện thông báo để các cơ quan, tổ chức và công dân biết.',
  ]);

  it('keeps the level and leaves the name empty, saying why', () => {
    expect(record.issuer).toEqual({ name: null, level: 'huyện', locality: null });
    expect(record.warnings.some((w) => w.includes('without its place'))).toBe(true);
  });
});

describe('a letterhead over an announcing sentence of another body', () => {
  const record = extract([
    'ỦY BAN NHÂN DÂN',
    'XÃ AN BÌNH',
    'Số: 05/TB-UBND',
    'An Bình, ngày 10 tháng 3 năm 2015',
    'THÔNG BÁO',
    'Về việc tổ chức tiêm phòng cho đàn gia súc',
    'Thực hiện Công văn số 210/UBND-NN ngày 02/3/2015 của UBND huyện, Ủy ban nhân dân huyện thông báo lịch tiêm phòng đến các xã.',
    'Ủy ban nhân dân xã An Bình thông báo như sau:',
  ]);

  it('keeps the letterhead as the issuer', () => {
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân xã An Bình', level: 'xã', locality: 'An Bình' });
  });
});

describe('a commune plan that lists its bases under `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`', () => {
  const record = extract([
    'ỦY BAN NHÂN DÂN',
    'XÃ ĐÔNG SƠN',
    'Số: 21/KH-UBND',
    'Đông Sơn, ngày 15 tháng 02 năm 2013',
    'KẾ HOẠCH',
    'Phòng, chống thiên tai năm 2013',
    'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
    '- Luật Đê điều ngày 29 tháng 11 năm 2006;',
    '- Quyết định số 1002/QĐ-TTg ngày 13/7/2009 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng;',
    '- Kế hoạch số 15/KH-UBND ngày 20/01/2013 của UBND huyện về phòng, chống thiên tai năm 2013.',
    'II. MỤC ĐÍCH, YÊU CẦU',
    '- Thực hiện Quyết định số 1002/QĐ-TTg để chủ động ứng phó với thiên tai.',
  ]);

  it('reads every item of the section as a basis, in order', () => {
    expect(record.legalBases.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Luật', null, '2006-11-29'],
      ['Quyết định', '1002/QĐ-TTg', '2009-07-13'],
      ['Kế hoạch', '15/KH-UBND', '2013-01-20'],
    ]);
    expect(record.legalBases[2]?.issuer).toBe('Ủy ban nhân dân huyện');
  });

  it('keeps the section in the outline', () => {
    expect(record.sections.map((s) => s.number)).toEqual(['I', 'II']);
  });
});

describe('a bases section whose first item a crawl ran onto the heading line', () => {
  const record = extract([
    'I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương trình chuyển đổi số quốc gia; - Quyết định số 06/QĐ-UBND ngày 05/01/2023 của UBND tỉnh về chuyển đổi số năm 2023;',
    'II. MỤC TIÊU',
    'Nâng cao nhận thức về chuyển đổi số.',
  ]);

  it('reads the item after the heading and the ones after it', () => {
    expect(record.legalBases.map((b) => b.number)).toEqual(['749/QĐ-TTg', '06/QĐ-UBND']);
  });
});

describe('a first section that is not a bases section', () => {
  const record = extract([
    'ỦY BAN NHÂN DÂN',
    'XÃ ĐÔNG SƠN',
    'Số: 22/KH-UBND',
    'Đông Sơn, ngày 16 tháng 02 năm 2013',
    'KẾ HOẠCH',
    'Tổng vệ sinh môi trường năm 2013',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Triển khai Quyết định số 1002/QĐ-TTg ngày 13/7/2009 của Thủ tướng Chính phủ trong toàn xã.',
    'II. NỘI DUNG',
    '- Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2013 của UBND huyện, mỗi thôn tổ chức một buổi ra quân.',
  ]);

  it('cites no basis from the items of the body', () => {
    expect(record.legalBases).toEqual([]);
  });
});

describe('a basis cited as `văn bản số …`', () => {
  const cite = (clause: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN LẠC SƠN',
      'Số: 45/KH-UBND',
      'Lạc Sơn, ngày 02 tháng 3 năm 2012',
      'KẾ HOẠCH',
      'Tổ chức Ngày hội văn hóa các dân tộc năm 2012',
      clause,
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]).legalBases;

  it('takes a symbol without a type part for a công văn', () => {
    const [basis] = cite('Thực hiện văn bản số 312/UBND-VX ngày 20/02/2012 của UBND tỉnh về việc tổ chức các hoạt động văn hóa năm 2012, UBND huyện xây dựng kế hoạch như sau:');
    expect(basis).toMatchObject({ documentType: 'Công văn', number: '312/UBND-VX', date: '2012-02-20', issuer: 'Ủy ban nhân dân tỉnh' });
  });

  it('takes the type its symbol names', () => {
    const [basis] = cite('Căn cứ văn bản số 17/KH-SVHTTDL ngày 10/01/2012 của Sở Văn hóa, Thể thao và Du lịch;');
    expect(basis).toMatchObject({ documentType: 'Kế hoạch', number: '17/KH-SVHTTDL', date: '2012-01-10' });
  });

  it('cites nothing where `văn bản` has no number after it', () => {
    expect(cite('Thực hiện các văn bản chỉ đạo của UBND tỉnh về công tác văn hóa, UBND huyện xây dựng kế hoạch như sau:')).toEqual([]);
  });
});

describe('a letter signed without TM., its position followed by the body', () => {
  const sign = (position: string) =>
    extract([
      'ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN',
      'Lạc Sơn, ngày 20 tháng 12 năm 2019',
      'THƯ CHÚC MỪNG',
      'Nhân dịp năm mới, Ủy ban nhân dân huyện gửi tới toàn thể nhân dân lời chúc mừng tốt đẹp nhất.',
      'Trân trọng!',
      position,
      'Bùi Văn Thắng',
    ]).signer;

  it('reads the position and the name under it', () => {
    expect(sign('PHÓ CHỦ TỊCH UBND HUYỆN')).toEqual({ name: 'Bùi Văn Thắng', position: 'Phó Chủ tịch', authority: null });
  });

  it('does not cut a position off a body that is no elected body of a level', () => {
    expect(sign('PHÓ CHỦ TỊCH CÂU LẠC BỘ HƯU TRÍ').position).toBeNull();
  });
});

describe('a document the opening sentence implements after `và thực hiện`', () => {
  const bases = (sentence: string) =>
    extract([
      'Thông báo về việc thay đổi lịch tiếp công dân tháng 8',
      '',
      `${sentence}, Ủy ban nhân dân huyện thông báo lịch tiếp công dân tháng 8 chuyển sang ngày 20/8/2020.`,
      '',
      'Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị và công dân biết.',
    ]).legalBases;

  it('cites the document named after `và thực hiện`', () => {
    expect(bases('Để bảo đảm công tác phòng, chống dịch bệnh và thực hiện Công văn số 2150/UBND-NC ngày 10/8/2020 của UBND tỉnh về việc điều chỉnh lịch tiếp công dân')).toMatchObject([
      { documentType: 'Công văn', number: '2150/UBND-NC', date: '2020-08-10', issuer: 'Ủy ban nhân dân tỉnh' },
    ]);
  });

  it('cites nothing where `và thực hiện` names no numbered document', () => {
    expect(bases('Để bảo đảm công tác phòng, chống dịch bệnh và thực hiện nghiêm các văn bản chỉ đạo của cấp trên')).toEqual([]);
  });

  it('cites nothing where a document follows `và` without an opener', () => {
    expect(bases('Để bảo đảm công tác phòng, chống dịch bệnh và Kế hoạch số 15/KH-UBND ngày 02/8/2020 của UBND huyện được triển khai đúng tiến độ')).toEqual([]);
  });
});

describe('a record (biên bản) cited by its event and date', () => {
  const bases = (clause: string) =>
    extract([
      'ỦY BAN NHÂN DÂN QUẬN 5',
      'Số: 31/QĐ-UBND',
      'Quận 5, ngày 20 tháng 7 năm 2007',
      'QUYẾT ĐỊNH',
      'Về việc công nhận Ban chấp hành Hội Người cao tuổi quận 5',
      'ỦY BAN NHÂN DÂN QUẬN 5',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;',
      clause,
      'Xét đề nghị của Trưởng Phòng Nội vụ quận 5,',
      'QUYẾT ĐỊNH:',
      'Điều 1. Công nhận Ban chấp hành Hội Người cao tuổi quận 5 nhiệm kỳ 2007 - 2012.',
    ]).legalBases.slice(1);

  it('reads the record with its date and the event as its subject', () => {
    expect(bases('Căn cứ biên bản Đại hội Hội Người cao tuổi quận 5 ngày 02 tháng 7 năm 2007;')).toEqual([
      { documentType: 'Biên bản', number: null, date: '2007-07-02', issuer: null, subject: 'Đại hội Hội Người cao tuổi quận 5' },
    ]);
  });

  it('cites no record that carries no date', () => {
    expect(bases('Căn cứ biên bản Đại hội Hội Người cao tuổi quận 5;')).toEqual([]);
  });

  it('cites no other type written in small letters without a number', () => {
    expect(bases('Căn cứ kế hoạch công tác năm 2007 của Hội Người cao tuổi quận 5 ngày 02 tháng 7 năm 2007;')).toEqual([]);
  });
});

describe('a type name the NĐ 30 table lacks, standing where the type line stands', () => {
  const read = (typeLine: string, under: string) =>
    extract([
      'ỦY BAN NHÂN DÂN HUYỆN BA VÌ',
      'Ba Vì, ngày 15 tháng 01 năm 2014',
      typeLine,
      under,
      '',
      'Nhân dịp Xuân Giáp Ngọ, Ủy ban nhân dân huyện kêu gọi các tổ chức, cá nhân chung tay giúp đỡ các hộ nghèo đón Tết.',
    ]);

  it('takes the capitals line for the type and the line under it for the trích yếu', () => {
    const record = read('THƯ KÊU GỌI', 'Ủng hộ Quỹ Vì người nghèo dịp Tết Nguyên đán');
    expect(record.documentType).toBe('Thư kêu gọi');
    expect(record.title).toBe('Ủng hộ Quỹ Vì người nghèo dịp Tết Nguyên đán');
  });

  it('reads no type from a short title in capitals over a bracketed note', () => {
    const record = read('PHÒNG CHỐNG DỊCH', '(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 10/01/2014)');
    expect(record.documentType).toBeNull();
  });

  it('reads no type from a short title in capitals over the preamble', () => {
    const record = read('PHÒNG CHỐNG DỊCH', 'Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;');
    expect(record.documentType).toBeNull();
  });
});

describe('a basis before the issuer calls on others (`…, Ủy ban nhân dân huyện kêu gọi …`)', () => {
  const subject = (sentence: string) =>
    extract([
      'ỦY BAN NHÂN DÂN HUYỆN BA VÌ',
      'Ba Vì, ngày 15 tháng 01 năm 2014',
      'THƯ KÊU GỌI',
      'Ủng hộ Quỹ Vì người nghèo dịp Tết Nguyên đán',
      '',
      sentence,
    ]).legalBases[0]?.subject;

  it('ends the subject where the issuer acts', () => {
    expect(subject('Thực hiện Công văn số 95/UBND-VX ngày 06/01/2014 của UBND thành phố về việc chăm lo Tết cho hộ nghèo, Ủy ban nhân dân huyện kêu gọi các tổ chức, cá nhân chung tay ủng hộ.')).toBe(
      'về việc chăm lo Tết cho hộ nghèo',
    );
  });

  it('keeps a subject that itself speaks of calling on others', () => {
    expect(subject('Thực hiện Công văn số 95/UBND-VX ngày 06/01/2014 của UBND thành phố về việc kêu gọi các tổ chức, cá nhân ủng hộ hộ nghèo đón Tết.')).toBe(
      'về việc kêu gọi các tổ chức, cá nhân ủng hộ hộ nghèo đón Tết',
    );
  });
});

describe('a page cut before its signature', () => {
  it('has no closing and nothing after it: the body is not taken for an attachment', () => {
    const layout = readLayout(
      toLines(
        [
          'ỦY BAN NHÂN DÂN QUẬN 3',
          'Số: 12/QĐ-UBND',
          'Quận 3, ngày 05 tháng 3 năm 2009',
          'QUYẾT ĐỊNH',
          'Về việc thành lập Ban chỉ đạo phổ cập giáo dục quận 3',
          'ỦY BAN NHÂN DÂN QUẬN 3',
          'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;',
          'QUYẾT ĐỊNH:',
          'Điều 1. Thành lập Ban chỉ đạo phổ cập giáo dục quận 3 gồm các ông, bà có tên sau',
        ].join('\n'),
      ),
    );
    expect(layout.closing).toEqual([]);
    expect(layout.appendix).toEqual([]);
    expect(layout.body.length).toBeGreaterThan(0);
  });
});
