// What unseen lower-level documents taught: damage that crawls, typists and
// OCR do to the preamble and its citations, and layouts of the trích yếu, each
// on a short text written for this test.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { readPlace } from '../../src/extract/header.js';
import { extractPlan } from '../../src/extract/index.js';
import { letterheadIssuer, organUnits } from '../../src/extract/organs.js';
import { asWritten } from '../../src/extract/spelling.js';
import { readSymbol } from '../../src/extract/symbols.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'damage.txt' });
const numbersAndDates = (lines: string[]) => extract(lines).legalBases.map((b) => [b.number, b.date]);

describe('dates', () => {
  it('reads a year split after its century (`20 21`), and leaves a four-digit year alone', () => {
    expect(findDates('ngày 03/5/20 19 của Bộ').map((d) => d.iso)).toEqual(['2019-05-03']);
    expect(findDates('ngày 7 tháng 8 năm 20 23').map((d) => d.iso)).toEqual(['2023-08-07']);
    expect(findDates('ngày 3/4/2020 15 người').map((d) => d.iso)).toEqual(['2020-04-03']);
  });
});

describe('a crawl that dropped `cứ`', () => {
  const header = ['ỦY BAN NHÂN DÂN XÃ TÂN LẬP', 'Số: 15/KH-UBND', 'Tân Lập, ngày 02 tháng 3 năm 2022', 'KẾ HOẠCH', 'Tổ chức Ngày hội đọc sách năm 2022'];

  it('reads `Căn Quyết định số …` as a basis and ends the title before it', () => {
    const record = extract([
      ...header,
      'Căn Quyết định số 08/QĐ-UBND ngày 10/01/2022 Ủy ban nhân dân huyện việc ban hành Quy chế;',
      'Căn Công văn số 112/PVHTT ngày 20/02/2022 Phòng Văn hóa Thông tin huyện,',
      'Ủy ban nhân dân xã xây dựng kế hoạch như sau:',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.title).toBe('Tổ chức Ngày hội đọc sách năm 2022');
    expect(record.legalBases.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Quyết định', '08/QĐ-UBND', '2022-01-10'],
      ['Công văn', '112/PVHTT', '2022-02-20'],
    ]);
  });

  it('puts a flattened page back on its lines at `Căn <type> số`', () => {
    const body = 'Nội dung hoạt động gồm trưng bày sách, giới thiệu sách mới và thi kể chuyện theo sách cho học sinh. '.repeat(12);
    const record = extract([
      `ỦY BAN NHÂN DÂN XÃ TÂN LẬP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh phúc Số: 15/KH-UBND Tân Lập, ngày 02 tháng 3 năm 2022 KẾ HOẠCH Tổ chức Ngày hội đọc sách năm 2022 Căn Quyết định số 08/QĐ-UBND ngày 10/01/2022 Ủy ban nhân dân huyện việc ban hành Quy chế, Ủy ban nhân dân xã xây dựng kế hoạch như sau: I MỤC ĐÍCH ${body}`,
    ]);
    expect(record.title).toBe('Tổ chức Ngày hội đọc sách năm 2022');
    expect(record.legalBases.map((b) => b.number)).toEqual(['08/QĐ-UBND']);
  });

  it('takes no lone `Căn` before running text or a type in small letters for an opener', () => {
    expect(numbersAndDates([...header, 'Căn nhà văn hóa số 2 ngày 10/01/2022 được sửa;', 'I. MỤC ĐÍCH'])).toEqual([]);
  });
});

describe('symbols a restored stripped text or a typist left', () => {
  const header = ['TRƯỜNG TIỂU HỌC HÒA BÌNH', 'Số: 09/KH-THHB', 'Hòa Bình, ngày 15 tháng 9 năm 2017', 'KẾ HOẠCH', 'Tổ chức Tết Trung thu năm 2017'];

  it('spells an organ code written in two parts as the tables do (`BGĐ-DT` → `BGD-ĐT`)', () => {
    expect(readSymbol('12/CT-BGĐ-DT ngày')?.text).toBe('12/CT-BGD-ĐT');
    expect(readSymbol('12/CT-BGD-ĐT ngày')?.text).toBe('12/CT-BGD-ĐT');
  });

  it('joins an organ code split by a space even without its `Đ` (`SGD DT`)', () => {
    const bases = extract([...header, 'Căn cứ Công văn số 733/SGD DT-GDTH ngày 05/9/2017 của Sở GD&ĐT về nhiệm vụ năm học;', 'I. MỤC ĐÍCH']).legalBases;
    expect(bases.map((b) => b.number)).toEqual(['733/SGDĐT-GDTH']);
  });

  it('cites a type in small letters before `số` and a number, or before a symbol of its type', () => {
    expect(
      numbersAndDates([
        ...header,
        'Căn cứ Quyết định số 15/QĐ-UBND ngày 02/01/2017 của Ủy ban nhân dân huyện và quyết định số 77/QGD-UBND ngày 03/3/2017 của Ủy ban nhân dân xã;',
        'Căn cứ kế hoạch',
        '215/KH.PGD&ĐT ngày 08/9/2017 của Phòng Giáo dục và Đào tạo;',
        'I. MỤC ĐÍCH',
      ]),
    ).toEqual([
      ['15/QĐ-UBND', '2017-01-02'],
      ['77/QGD-UBND', '2017-03-03'],
      ['215/KH.PGD&ĐT', '2017-09-08'],
    ]);
  });

  it('reads no citation from a type in small letters without a number (`quyết định số lượng`)', () => {
    expect(numbersAndDates([...header, 'Căn cứ Quyết định số 15/QĐ-UBND ngày 02/01/2017 của Ủy ban nhân dân huyện về việc quyết định số lượng học sinh;', 'I. MỤC ĐÍCH'])).toEqual([
      ['15/QĐ-UBND', '2017-01-02'],
    ]);
  });
});

describe('several documents in one `Căn cứ` clause', () => {
  const header = ['ỦY BAN NHÂN DÂN XÃ HÒA AN', 'Số: 20/KH-UBND', 'Hòa An, ngày 05 tháng 4 năm 2019', 'KẾ HOẠCH', 'Duy trì xã đạt chuẩn nông thôn mới năm 2019'];

  it('lists a numbered citation after a comma that follows the number before', () => {
    const bases = extract([...header, 'Căn cứ Quyết định 100/QĐ-TTg, Quyết định 200/QĐ-TTg của Thủ tướng Chính phủ và quyết định số 30/QĐ-UBND ngày 12/3/2019 của UBND tỉnh;', 'I. MỤC ĐÍCH']).legalBases;
    expect(bases.map((b) => [b.number, b.date])).toEqual([
      ['100/QĐ-TTg', null],
      ['200/QĐ-TTg', null],
      ['30/QĐ-UBND', '2019-03-12'],
    ]);
    expect(bases[1]!.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('lists a dated citation after a comma that closes a complete one', () => {
    expect(
      numbersAndDates([...header, 'Căn cứ Kế hoạch số 11/KH-UBND ngày 02/01/2019 Ủy ban nhân dân huyện duy trì nông thôn mới năm 2019, Chỉ thị số 03/CT-UBND ngày 04/01/2019 Ủy ban nhân dân huyện về nông thôn mới;', 'I. MỤC ĐÍCH']),
    ).toEqual([
      ['11/KH-UBND', '2019-01-02'],
      ['03/CT-UBND', '2019-01-04'],
    ]);
  });

  it('keeps a document listed inside a subject after a law named there in that subject', () => {
    expect(
      numbersAndDates([...header, 'Căn cứ Thông tư số 05/2018/TT-BNV ngày 02/5/2018 của Bộ Nội vụ hướng dẫn thi hành Luật Thi đua, Khen thưởng, Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ;', 'I. MỤC ĐÍCH']),
    ).toEqual([['05/2018/TT-BNV', '2018-05-02']]);
  });
});

describe('a document the clause names indirectly', () => {
  const header = ['BAN TỔ CHỨC HỘI THAO', 'Số: 07/BTC-HT', 'Cần Thơ, ngày 10 tháng 5 năm 2015', 'V/v hướng dẫn đăng ký vận động viên', 'Kính gửi: Các đơn vị'];

  it('reads the citation in brackets after `Căn cứ nội dung …`', () => {
    const bases = extract([...header, 'Căn cứ nội dung điều lệ Hội thao công nhân viên chức (Hướng dẫn số 02/HD-BTC ngày 20/4/2015 của Ban Tổ chức Hội thao), Ban Tổ chức hướng dẫn như sau:', '1. Hồ sơ']).legalBases;
    expect(bases.map((b) => [b.documentType, b.number, b.date, b.issuer])).toEqual([['Hướng dẫn', '02/HD-BTC', '2015-04-20', 'Ban Tổ chức Hội thao']]);
  });

  it('reads no citation from a bracket that does not open with a document', () => {
    expect(numbersAndDates([...header, 'Căn cứ nội dung kế hoạch năm (đã gửi các đơn vị ngày 20/4/2015), Ban Tổ chức hướng dẫn như sau:', '1. Hồ sơ'])).toEqual([]);
  });

  it('dates a document cited by name with its date set off by commas', () => {
    const bases = extract([...header, 'Căn cứ Nghị quyết Hội nghị cán bộ công chức năm 2015, ngày 12/01/2015, của Ban Tổ chức;', '1. Hồ sơ']).legalBases;
    expect(bases.map((b) => [b.documentType, b.date, b.issuer])).toEqual([['Nghị quyết', '2015-01-12', 'Ban Tổ chức']]);
  });
});

describe('a report’s trích yếu', () => {
  const head = ['ỦY BAN NHÂN DÂN XÃ AN HÒA', '', 'Số: 03/BC-UBND', '', 'An Hòa, ngày 20 tháng 12 năm 2021', '', 'BÁO CÁO', ''];

  it('goes on past a blank to a second line in small letters that opens with a capital, up to the first part', () => {
    const record = extract([...head, 'Kết quả công tác dân số năm 2021', '', 'Phương hướng, nhiệm vụ năm 2022', '', 'PHẦN THỨ NHẤT', 'I. KẾT QUẢ']);
    expect(record.title).toBe('Kết quả công tác dân số năm 2021 Phương hướng, nhiệm vụ năm 2022');
  });

  it('stops at the blank when a sentence of the body follows', () => {
    const record = extract([...head, 'Kết quả công tác dân số năm 2021', '', 'Năm 2021, Ủy ban nhân dân xã báo cáo như sau:', '', 'PHẦN THỨ NHẤT']);
    expect(record.title).toBe('Kết quả công tác dân số năm 2021');
  });
});

describe('a list of bases joined by `và` and `trên cơ sở`', () => {
  const head = ['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 45/HD-BVHTTDL', 'Hà Nội, ngày 02 tháng 6 năm 2017', 'HƯỚNG DẪN', 'Sơ kết phong trào văn hóa cơ sở'];

  it('reads each regulation by the decision that issued it, and a document after `; trên cơ sở`', () => {
    expect(
      numbersAndDates([
        ...head,
        'Thực hiện Quy chế làm việc (ban hành kèm theo Quyết định số 12/2016/QĐ-TTg ngày 01/3/2016 của Thủ tướng Chính phủ) và Chương trình công tác năm 2017 (ban hành kèm theo Quyết định số 34/QĐ-TTg ngày 05/01/2017 của Thủ tướng Chính phủ); trên cơ sở Công văn số 567/BKHĐT-TH ngày 20/5/2017 của Bộ Kế hoạch và Đầu tư về sơ kết, Bộ Văn hóa, Thể thao và Du lịch hướng dẫn như sau:',
        'I. NỘI DUNG',
      ]),
    ).toEqual([
      ['12/2016/QĐ-TTg', '2016-03-01'],
      ['34/QĐ-TTg', '2017-01-05'],
      ['567/BKHĐT-TH', '2017-05-20'],
    ]);
  });

  it('takes no basis from a sentence that `Trên cơ sở` opens after the list', () => {
    expect(
      numbersAndDates([
        ...head,
        'Thực hiện Quyết định số 34/QĐ-TTg ngày 05/01/2017 của Thủ tướng Chính phủ về sơ kết. Trên cơ sở Kế hoạch số 89/KH-BVHTTDL ngày 02/02/2017 của Bộ, Bộ hướng dẫn như sau:',
        'I. NỘI DUNG',
      ]),
    ).toEqual([['34/QĐ-TTg', '2017-01-05']]);
  });
});

describe('an OCR page of a district council flattened onto one line', () => {
  const body = 'Các phòng, ban, đơn vị tổ chức cho cán bộ, công chức tham gia viết bài về người tốt, việc tốt. '.repeat(10);
  const page = `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc UBND HUYỆN GIA LÂM HỘI ĐÔNG THIDUA-KHEN THl/ONG Gia Lâm, ngày ^ 7 tháng^-năm 2019 Số: ^5 /KH-HĐTĐKT KẾ HOẠCH Tổ chức Hội thi tuyên truyền về người tốt, việc tốt huyện Gia Lâm năm 2020 Thực hiện Quyết định số 03/2019/QĐ-UBND ngày 10/01/2019 của UBND thành phố Hà Nội về việc ban hành Quy chế; Kế hoạch số 02/KH- BTC ngày 11/9/2019 của Ban Tổ chức hội thi. Hội đồng Thi đua - Khen thưởng huyện Gia Lâm xây dựng Kế hoạch tổ chức Hội thi năm 2020, như sau: I. MỤC ĐÍCH ${body}`;

  it('reads the frame: a date line and a number written in by hand, the type after the number, the title up to `Thực hiện`', () => {
    const record = extract([page]);
    expect(record.documentNumber).toEqual({ number: null, symbol: 'KH-HĐTĐKT', text: '/KH-HĐTĐKT' });
    expect(record.place).toBe('Gia Lâm');
    expect(record.issuedDate).toBe('2019');
    expect(record.title).toBe('Tổ chức Hội thi tuyên truyền về người tốt, việc tốt huyện Gia Lâm năm 2020');
    expect(numbersAndDates([page])).toEqual([
      ['03/2019/QĐ-UBND', '2019-01-10'],
      ['02/KH-BTC', '2019-09-11'],
    ]);
  });

  it('takes the issuer the symbol names and the body confirms, not the parent body of the letterhead', () => {
    expect(extract([page]).issuer).toEqual({ name: 'Hội đồng Thi đua - Khen thưởng huyện Gia Lâm', level: 'huyện', locality: 'Gia Lâm' });
  });

  it('reads a date line with marks where the day was written in as its year', () => {
    expect(findDates('Gia Lâm, ngày ^ 7 tháng^-năm 2019').map((d) => d.iso)).toEqual(['2019']);
    expect(findDates('ngày 05 tháng 3 năm 2019').map((d) => d.iso)).toEqual(['2019-03-05']);
  });
});

describe('the end of the last citation’s subject', () => {
  const head = ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẢO LÂM', 'Số: 08/KH-LĐLĐ', 'Bảo Lâm, ngày 14 tháng 02 năm 2023', 'KẾ HOẠCH', 'Tổ chức Tháng Công nhân năm 2023'];
  const subjects = (lines: string[]) => extract([...head, ...lines, 'I. MỤC ĐÍCH']).legalBases.map((b) => b.subject);

  it('ends before a line where a body of another writes its own text, the line before ending without a mark', () => {
    expect(
      subjects([
        'Căn cứ Kế hoạch số 03/KH-LĐLĐ ngày 06/01/2023 của Liên đoàn Lao động tỉnh về Tháng Công nhân năm 2023',
        'Ban Thường vụ Liên đoàn Lao động huyện xây dựng kế hoạch như sau:',
      ]),
    ).toEqual(['về Tháng Công nhân năm 2023']);
  });

  it('goes on to a line that opens with the verb of the subject itself', () => {
    expect(
      subjects([
        'Căn cứ Quyết định số 21/QĐ-UBND ngày 06/01/2023 của Ủy ban nhân dân huyện về việc',
        'Ban hành Kế hoạch tổ chức Tháng Công nhân năm 2023;',
      ]),
    ).toEqual(['về việc Ban hành Kế hoạch tổ chức Tháng Công nhân năm 2023']);
  });
});

describe('a page that kept neither `Nơi nhận` nor `./.`', () => {
  const head = ['TRƯỜNG MẦM NON HOA SEN', 'Số: 11/KH-MNHS', 'Phú Lộc, ngày 08 tháng 9 năm 2021', 'KẾ HOẠCH', 'Tổ chức Tết Trung thu năm 2021', 'I. MỤC ĐÍCH', '- Tạo niềm vui cho trẻ.'];

  it('reads the signature block from its authority or its position alone', () => {
    expect(extract([...head, 'TM. BAN GIÁM HIỆU', 'HIỆU TRƯỞNG', '', 'Lê Thị Mai']).signer).toEqual({ name: 'Lê Thị Mai', position: 'Hiệu trưởng', authority: 'TM. Ban giám hiệu' });
    expect(extract([...head, 'HIỆU TRƯỞNG', '', '', 'Lê Thị Mai']).signer).toEqual({ name: 'Lê Thị Mai', position: 'Hiệu trưởng', authority: null });
  });

  it('reads no signer from a position in capitals with no name under it', () => {
    expect(extract([...head, 'II. HIỆU TRƯỞNG', 'Chỉ đạo chung, phân công nhiệm vụ cho các tổ.']).signer.name).toBeNull();
  });
});

describe('a ward or district named by its number', () => {
  it('is a place in the date line; a figure elsewhere is not', () => {
    expect(readPlace('Phường 12')).toBe('Phường 12');
    expect(readPlace('Quận 3')).toBe('Quận 3');
    expect(readPlace('Tổ 12')).toBeNull();
    expect(readPlace('Số 12')).toBeNull();
  });
});

describe('a mass organisation’s letterhead', () => {
  const issuerOf = (lines: string[]) => letterheadIssuer(organUnits(lines.map((text, i) => ({ no: i + 1, text }))))?.name;

  it('reads `HỘI NÔNG DÂN` as the Hội, not as a garbled `Hội đồng`; OCR without marks still reads `Hội đồng`', () => {
    expect(issuerOf(['HỘI NÔNG DÂN TỈNH QUẢNG TRỊ'])).toBe('Hội Nông dân tỉnh Quảng Trị');
    expect(issuerOf(['HOI DONG NHAN DAN TINH QUANG TRI'])).toBe('Hội đồng nhân dân tỉnh Quảng Trị');
  });

  it('takes the national name in the quốc hiệu’s place for a heading under a body of a level', () => {
    const record = extract([
      'HỘI CỰU CHIẾN BINH HUYỆN CAM LỘ',
      '***',
      'Số: 07-KH/CCB',
      'HỘI CỰU CHIẾN BINH VIỆT NAM',
      'Cam Lộ, ngày 12 tháng 3 năm 2020',
      'KẾ HOẠCH',
      'Tổ chức các hoạt động kỷ niệm ngày truyền thống',
      'I. MỤC ĐÍCH',
    ]);
    expect(record.issuer).toEqual({ name: 'Hội Cựu chiến binh huyện Cam Lộ', level: 'huyện', locality: 'Cam Lộ' });
    expect(issuerOf(['TRUNG ƯƠNG HỘI CỰU CHIẾN BINH VIỆT NAM'])).not.toBeNull();
  });
});

describe('a trade union’s letterhead', () => {
  const issuerOf = (lines: string[]) => letterheadIssuer(organUnits(lines.map((text, i) => ({ no: i + 1, text }))))?.name;

  it('reads a Công đoàn under the Liên đoàn Lao động, its level word alone taking the place above', () => {
    expect(issuerOf(['LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE', 'CÔNG ĐOÀN VIÊN CHỨC TỈNH'])).toBe('Công đoàn Viên chức tỉnh Bến Tre');
    expect(issuerOf(['LIÊN ĐOÀN LAO ĐỘNG HUYỆN CHỢ MỚI', 'CÔNG ĐOÀN CƠ SỞ XÃ MỸ HỘI ĐÔNG'])).toBe('Công đoàn cơ sở xã Mỹ Hội Đông');
  });
});

describe('an issuer as written', () => {
  it('keeps the text’s punctuation between the words the tables spell with a dash, and still writes out abbreviations', () => {
    expect(asWritten('Ban Thi đua Khen thưởng tỉnh')).toBe('Ban Thi đua Khen thưởng tỉnh');
    expect(asWritten('Ban Thi đua - Khen thưởng tỉnh')).toBe('Ban Thi đua - Khen thưởng tỉnh');
    expect(asWritten('UBND tỉnh Long An')).toBe('Ủy ban nhân dân tỉnh Long An');
  });
});
