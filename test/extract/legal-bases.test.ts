// Căn cứ ban hành on preambles written the ways the genre writes them; the
// longer lines are excerpts of documents of the development set
// (../shared/dev-plans, 2025), quoted here so the test needs nothing outside
// the project.
import { describe, expect, it } from 'vitest';
import { readLegalBases } from '../../src/extract/legal-bases.js';
import { opensPreamble } from '../../src/extract/legal-bases.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';

const bases = (...lines: string[]) => readLegalBases(paragraphs(toLines(lines.join('\n')), opensPreamble)).map((b) => b.basis);
const keys = (...lines: string[]) => bases(...lines).map((b) => [b.documentType, b.number, b.date]);

describe('a regulation cited by the decision that issued it', () => {
  it('is recorded as that decision, read up to its closing bracket', () => {
    expect(
      bases('Căn cứ Quy chế làm việc của Ủy ban (ban hành kèm theo Quyết định số 7/2015/QĐ-UBND ngày 3/2/2015 của Ủy ban nhân dân tỉnh) và các văn bản khác;'),
    ).toEqual([{ documentType: 'Quyết định', number: '7/2015/QĐ-UBND', date: '2015-02-03', issuer: 'Ủy ban nhân dân tỉnh', subject: null }]);
    expect(keys('Căn cứ Quy định về thi đua ban hành kèm theo Quyết định số 12-QĐ/TU ngày 5/6/2016 của Ban Thường vụ Tỉnh ủy;')).toEqual([
      ['Quyết định', '12-QĐ/TU', '2016-06-05'],
    ]);
  });
});

describe('the charter of the Party or a mass organisation (Điều lệ)', () => {
  it('is a basis of its own, named like a law, before the plan it goes with', () => {
    expect(
      bases(
        'Căn cứ Điều lệ Hội Nông dân Việt Nam;',
        'Căn cứ Kế hoạch số 45-KH/HNDT ngày 20/02/2019 của Ban Thường vụ Hội Nông dân tỉnh về phong trào thi đua năm 2019;',
      ),
    ).toEqual([
      { documentType: 'Điều lệ', number: null, date: null, issuer: null, subject: 'Hội Nông dân Việt Nam' },
      { documentType: 'Kế hoạch', number: '45-KH/HNDT', date: '2019-02-20', issuer: 'Ban Thường vụ Hội Nông dân tỉnh', subject: 'về phong trào thi đua năm 2019' },
    ]);
  });
});

describe('a letter cited by a school or a department', () => {
  it('joins an organ code split by a space, and ends the issuer at V/v', () => {
    expect(
      bases(
        'Căn cứ Công văn số 1859/SGD ĐT-GDTH ngày 8/9/2016 của Giám đốc Sở GD&ĐT về hướng dẫn nhiệm vụ năm học 2016-2017;',
        'Căn cứ Công văn số 321 /PGD ĐT ngày 9/9/2016 của Phòng GD-ĐT huyện v/v hướng dẫn nhiệm vụ năm học;',
      ),
    ).toEqual([
      { documentType: 'Công văn', number: '1859/SGDĐT-GDTH', date: '2016-09-08', issuer: 'Giám đốc Sở GD&ĐT', subject: 'về hướng dẫn nhiệm vụ năm học 2016-2017' },
      { documentType: 'Công văn', number: '321/PGDĐT', date: '2016-09-09', issuer: 'Phòng GD-ĐT huyện', subject: 'hướng dẫn nhiệm vụ năm học' },
    ]);
  });
});

describe('a citation typed in small letters', () => {
  it('is read when `số` and a symbol of the same type follow', () => {
    expect(bases('Căn cứ hướng dẫn số 4/HD-BTĐKT ngày 5/1/2012 của Ban Thi đua Khen thưởng Trung ương ban hành về việc chấm điểm thi đua.')).toEqual([
      {
        documentType: 'Hướng dẫn',
        number: '4/HD-BTĐKT',
        date: '2012-01-05',
        issuer: 'Ban Thi đua Khen thưởng Trung ương',
        subject: 'ban hành về việc chấm điểm thi đua',
      },
    ]);
  });

  it('is not read from words of a name, nor from a number whose symbol names another type', () => {
    expect(keys('Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;')).toEqual([['Luật', '80/2015/QH13', null]]);
    expect(keys('Căn cứ Nghị định số 3/2020/NĐ-CP ngày 1/2/2020 của Chính phủ hướng dẫn số 9/NĐ-CP cũ;').map((k) => k[1])).toEqual(['3/2020/NĐ-CP']);
  });
});

describe('laws', () => {
  it('records a law and the law amending it, cited by their two dates, once per date (the dev convention)', () => {
    expect(keys('Căn cứ Luật Đất đai ngày 2/3/2010 và ngày 4/5/2018;', 'Căn cứ Nghị định số 10/2019/NĐ-CP ngày 6/7/2019 của Chính phủ;')).toEqual([
      ['Luật', null, '2010-03-02'],
      ['Luật', null, '2018-05-04'],
      ['Nghị định', '10/2019/NĐ-CP', '2019-07-06'],
    ]);
    // A date further on in the clause, not joined to the law's own, dates something else.
    expect(keys('Căn cứ Luật Đất đai ngày 2/3/2010 có hiệu lực từ ngày 1/7/2011;')).toEqual([['Luật', null, '2010-03-02']]);
  });

  it('reads a law cited by name and date, the name as subject, no issuer', () => {
    expect(bases('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')).toEqual([
      { documentType: 'Luật', number: null, date: '2022-06-15', issuer: null, subject: 'Thi đua, khen thưởng' },
    ]);
  });

  it('reads a law cited by name and number, `pháp luật` inside the name being no citation', () => {
    expect(bases('Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;')).toEqual([
      { documentType: 'Luật', number: '64/2025/QH15', date: null, issuer: null, subject: 'Ban hành văn bản quy phạm pháp luật' },
      {
        documentType: 'Luật',
        number: '87/2025/QH15',
        date: null,
        issuer: null,
        subject: 'Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
      },
    ]);
  });

  it('does not date a document with the date of what it reports', () => {
    expect(keys('Căn cứ Báo cáo nhanh tình hình thiệt hại mưa lũ trên địa bàn tỉnh đến sáng ngày 21/11/2025;')).toEqual([['Báo cáo', null, null]]);
  });
});

describe('openers', () => {
  it('reads `Căn cứ vào …` and a Party preamble written as dash items', () => {
    expect(
      keys(
        'Căn cứ vào Quyết định số 12/QĐ-UBND ngày 3/2/2020 của UBND tỉnh Bắc Giang về công tác thi đua;',
        '- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;',
      ),
    ).toEqual([
      ['Quyết định', '12/QĐ-UBND', '2020-02-03'],
      ['Quy định', '24-QĐ/TW', '2021-07-30'],
    ]);
  });
});

describe('`Thực hiện` before a law cited by its name', () => {
  it('opens the preamble: laws are cited by name and year, the documents after it are bases too', () => {
    expect(opensPreamble('Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; UBND tỉnh ban hành Kế hoạch như sau:')).toBe(true);
    expect(
      keys('Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch; UBND tỉnh ban hành Kế hoạch như sau:'),
    ).toEqual([
      ['Luật', null, null],
      ['Nghị định', '123/2015/NĐ-CP', '2015-11-15'],
    ]);
  });

  it('does not open it before a named document of another type with no number', () => {
    expect(opensPreamble('Thực hiện Chương trình hành động năm 2024, Ủy ban nhân dân xã tổ chức ra quân như sau:')).toBe(false);
    expect(opensPreamble('Thực hiện Kế hoạch năm học 2023 - 2024, nhà trường phát động phong trào thi đua.')).toBe(false);
  });
});

describe('clauses that are no bases', () => {
  it('leaves out the proposal, the circumstances and the Tờ trình', () => {
    expect(
      keys(
        'Căn cứ Nghị quyết số 16/NQ-UBBC ngày 24 tháng 12 năm 2025 của Ủy ban bầu cử phường Sa Đéc về việc ấn định đơn vị bầu cử;',
        'Sau khi thống nhất với Thường trực Hội đồng nhân dân phường Sa Đéc;',
        'Theo đề nghị của Trưởng phòng Văn hóa - Xã hội Phường tại Tờ trình số 1934/TTr-PVHXH ngày 31 tháng 12 năm 2025.',
        'Xét Tờ trình số 16241/TTr-UBND ngày 11 tháng 11 năm 2025 của Ủy ban nhân dân thành phố Huế; Báo cáo thẩm tra của Ban Văn hoá - Xã hội;',
        'Căn cứ tình hình thực tế của địa phương, UBND xã ban hành Kế hoạch như sau:',
      ),
    ).toEqual([['Nghị quyết', '16/NQ-UBBC', '2025-12-24']]);
  });

  it('ends the subject before the issuer’s own sentence and reads nothing after the preamble', () => {
    const found = bases(
      'Thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ “về tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới”, UBND tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh Nghệ An như sau:',
      'Sau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương, …',
    );
    expect(found).toEqual([
      {
        documentType: 'Chỉ thị',
        number: '32/CT-TTg',
        date: '2025-10-21',
        issuer: 'Thủ tướng Chính phủ',
        subject: 'về tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới',
      },
    ]);
  });

  it('ends a subject at the end of its sentence, even after a figure (a text layer joins the lines)', () => {
    const found = bases(
      'Thực hiện Nghị quyết số 40/NQ-HĐND ngày 21/8/2023 của HĐND huyện Đại Từ về việc điều chỉnh đề án xây dựng nông thôn mới huyện Đại Từ, giai đoạn 2021-2025. Để thực hiện thắng lợi Nghị quyết, Ủy ban nhân dân xã Lục Ba xây dựng kế hoạch như sau:',
    );
    expect(found.map((b) => b.subject)).toEqual(['về việc điều chỉnh đề án xây dựng nông thôn mới huyện Đại Từ, giai đoạn 2021-2025']);
  });

  it('takes a back-reference for no new basis', () => {
    expect(keys('Căn cứ Kế hoạch số 45/KH-UBND ngày 02/3/2023 của UBND huyện;', 'Thực hiện Kế hoạch nêu trên, UBND xã xây dựng Kế hoạch như sau:')).toEqual([
      ['Kế hoạch', '45/KH-UBND', '2023-03-02'],
    ]);
  });
});

describe('several documents in one clause', () => {
  it('reads a list with its shared date, issuer and subject (105)', () => {
    const found = bases(
      'Căn cứ Công điện số 223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ về tập trung ứng phó lũ đặc biệt lớn tại Khánh Hòa, Đắk Lắk và Gia Lai; Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về khẩn trương khắc phục hậu quả lũ lụt;',
    );
    expect(found.map((b) => [b.number, b.date, b.issuer])).toEqual([
      ['223/CĐ-TTg', '2025-11-20', 'Thủ tướng Chính phủ'],
      ['007/CĐ-UBND', '2025-11-17', 'Ủy ban nhân dân tỉnh'],
      ['008/CĐ-UBND', '2025-11-19', 'Ủy ban nhân dân tỉnh'],
      ['009/CĐ-UBND', '2025-11-19', 'Ủy ban nhân dân tỉnh'],
      ['010/CĐ-UBND', '2025-11-20', 'Ủy ban nhân dân tỉnh'],
    ]);
    expect(found[0]!.subject).toBe('về tập trung ứng phó lũ đặc biệt lớn tại Khánh Hòa, Đắk Lắk và Gia Lai');
    expect(new Set(found.slice(1).map((b) => b.subject))).toEqual(new Set(['về khẩn trương khắc phục hậu quả lũ lụt']));
  });

  it('reads a bracketed list, not the documents named in its items’ subjects (113)', () => {
    expect(
      keys(
        'Căn cứ Các Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Quy hoạch (Số 37/2019/NĐ-CP ngày 07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023 sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP và số 22/2025/NĐ-CP ngày 11/02/2025 sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP đã được sửa đổi, bổ sung một số điều theo Nghị định số 58/2023/NĐ-CP);',
      ),
    ).toEqual([
      ['Nghị định', '37/2019/NĐ-CP', '2019-05-07'],
      ['Nghị định', '58/2023/NĐ-CP', '2023-08-12'],
      ['Nghị định', '22/2025/NĐ-CP', '2025-02-11'],
    ]);
  });

  it('reads a Party Thông tri and the Công văn after `hướng dẫn của … tại` (102)', () => {
    const found = bases(
      'Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh về lãnh đạo tiếp tục thực hiện hiệu quả “Tháng cùng phụ nữ hành động” và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về việc hướng dẫn triển khai “Tháng hành động vì bình đẳng giới” năm 2025 (sau đây gọi tắt là Tháng hành động); Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:',
    );
    expect(found).toEqual([
      {
        documentType: 'Thông tri',
        number: '02-TT/TU',
        date: '2025-10-03',
        issuer: 'Thành ủy Thành phố Hồ Chí Minh',
        subject: 'về lãnh đạo tiếp tục thực hiện hiệu quả “Tháng cùng phụ nữ hành động”',
      },
      {
        documentType: 'Công văn',
        number: '8935/BNV-CTTN&BĐG',
        date: '2025-10-03',
        issuer: 'Bộ Nội vụ',
        subject: 'về việc hướng dẫn triển khai “Tháng hành động vì bình đẳng giới” năm 2025',
      },
    ]);
  });

  it('keeps a document named inside a subject out, whole in the subject, and dates a basis from its later mention (111)', () => {
    const found = bases(
      'Thực hiện Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia đến năm 2030; Quyết định 1229/QĐ-UBND ngày 28/02/2025 của UBND Thành phố về việc Phê duyệt “Chiến lược dữ liệu thành phố Hà Nội đến năm 2030 triển khai thực hiện Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu Quốc gia”; UBND thành phố Hà Nội ban hành Kế hoạch, cụ thể như sau:',
    );
    expect(found.map((b) => [b.number, b.date])).toEqual([
      ['142/QĐ-TTg', '2024-02-02'],
      ['1229/QĐ-UBND', '2025-02-28'],
    ]);
    expect(found[1]!.subject).toBe(
      'về việc Phê duyệt “Chiến lược dữ liệu thành phố Hà Nội đến năm 2030 triển khai thực hiện Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu Quốc gia”',
    );
  });

  it('reads the amending document in brackets as its own basis, the bracket out of the issuer (103)', () => {
    const found = bases(
      'Căn cứ Quyết định số 650/QĐ-LĐTBXH ngày 21 tháng 7 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội (được điều chỉnh bổ sung bởi Quyết định số 128/QĐ-LĐTBXH ngày 17 tháng 3 năm 2023 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội, phê duyệt Điều chỉnh Kế hoạch truyền thông);',
    );
    expect(found.map((b) => [b.number, b.issuer])).toEqual([
      ['650/QĐ-LĐTBXH', 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội'],
      ['128/QĐ-LĐTBXH', 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội'],
    ]);
  });
});
