// What the outside set state-2026f taught (a plural head whose first item follows it with no colon, a citation's
// date read as the date line, a flattened page OCR wrapped after `năm`, a flattened trích yếu run on into the
// collective authority line or into the body in sentence case), each on the real lines of those documents
// (fixtures/outside/state-2026f; the OCR lines as restoration gives them back), with a case where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { unflatten } from '../../src/extract/flattened.js';
import { readPlaceAndDate } from '../../src/extract/header.js';
import { restoreHeaderLines } from '../../src/extract/header-lines.js';
import { extractPlan } from '../../src/extract/index.js';
import { toLines } from '../../src/extract/lines.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'state.txt' });

describe('a list head whose first item follows it with no colon (`Căn cứ các Quyết định số …`)', () => {
  const decision = (clause: string) =>
    extract([
      'ỦY BAN NHÂN DÂN',
      'TỈNH KON TUM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 503/QĐ-UBND',
      'Kon Tum, ngày 17 tháng 5 năm 2019',
      'QUYẾT ĐỊNH',
      'BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TRÊN ĐỊA BÀN TỈNH KON TUM NĂM 2019',
      'ỦY BAN NHÂN DÂN TỈNH KON TUM',
      'Căn cứ Nghị định số 160/2018/NĐ-CP ngày 29 tháng 11 năm 2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Phòng, chống thiên tai;',
      clause,
      'Xét đề nghị của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 57/TTr-SNN ngày 18 tháng 4 năm 2019,',
      'QUYẾT ĐỊNH:',
    ]);

  it('cites the document named right after the head', () => {
    const record = decision(
      'Căn cứ các Quyết định số 1061/QĐ-TTg ngày 01 tháng 7 năm 2014 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Phòng, chống thiên tai;',
    );
    const basis = record.legalBases.find((b) => b.number === '1061/QĐ-TTg');
    expect(basis).toMatchObject({ documentType: 'Quyết định', date: '2014-07-01', issuer: 'Thủ tướng Chính phủ' });
    expect(record.legalBases.map((b) => b.number)).toEqual(['160/2018/NĐ-CP', '1061/QĐ-TTg']);
  });

  it('a head with no number after it cites nothing of its own', () => {
    const record = decision('Căn cứ các Quyết định của Thủ tướng Chính phủ về phòng, chống thiên tai;');
    expect(record.legalBases.map((b) => b.number)).toEqual(['160/2018/NĐ-CP']);
  });
});

describe('a date right after a cited number dates that document, never the date line', () => {
  it('is no date line', () => {
    expect(readPlaceAndDate('là kể từ khi chấp hành thực hiện chỉ thị số 1792/CT-TTg ngày 15 tháng 10 năm 2011 của')).toBeNull();
  });

  it('the date line itself is still read', () => {
    expect(readPlaceAndDate('An Giang, ngày 05 tháng 10 năm 2012')).toMatchObject({ place: 'An Giang', date: '2012-10-05' });
  });
});

// The Chỉ thị 15/2012/CT-UBND of An Giang, flattened by its site and then rendered and read by OCR without the
// Vietnamese model, as restoration gives it back: the page's width wrapped it, cutting the date line after `năm`.
const wrappedChiThi = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH AN',
  'GIANG Độc lập - Tự do - Hạnh phúc -------- =====-=-meuee- An Giang, ngày 05 tháng 10 năm',
  '2012 Số: 15/2012/CT-UBND CHỈ THỊ VỀ VIỆC CHẤN CHỈNH VÀ TĂNG CƯỜNG',
  'CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ ĐẦU TƯ XÂY DỰNG TỪ NGUỒN VỐN',
  'NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH AN GIANG Trong thời gian qua, nhất',
  'là kể từ khi chấp hành thực hiện chỉ thị số 1792/CT-TTg ngày 15 tháng 10 năm 2011 của',
  'Thủ tướng Chính phủ về tăng cường quản lý đầu tư từ vốn ngân sách nhà nước và vốn trái',
  'phiếu Chính phủ (sau đây gọi và viết tắt là CT1792), việc thực hiện đầu tư xây dựng trên',
  'địa bàn tỉnh An Giang đã đạt được kết quả nhất định.',
];

describe('a flattened page that OCR wrapped, its date line cut after `năm`', () => {
  it('is read as the flattened frame: number, date, type and trích yếu', () => {
    const record = extract(wrappedChiThi);
    expect(record.documentType).toBe('Chỉ thị');
    expect(record.documentNumber.text).toBe('15/2012/CT-UBND');
    expect(record.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh An Giang', level: 'tỉnh', locality: 'An Giang' });
    expect(record.place).toBe('An Giang');
    expect(record.issuedDate).toBe('2012-10-05');
    expect(record.title).toBe(
      'VỀ VIỆC CHẤN CHỈNH VÀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ ĐẦU TƯ XÂY DỰNG TỪ NGUỒN VỐN NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH AN GIANG',
    );
  });

  it('a page laid out in its frame, the date line cut after `năm`, is left as it is', () => {
    const lines = toLines(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH AN GIANG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 15/2012/CT-UBND',
        'An Giang, ngày 05 tháng 10 năm',
        '2012',
        'CHỈ THỊ',
      ].join('\n'),
    );
    expect(unflatten(lines).lines.map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });
});

// The Quyết định 1669/QĐ-UBND of Hà Tĩnh as tailieu.vn flattened it: header columns interleaved, hyphens lost.
const flatDecision = (authorityAndPreamble: string) =>
  extract([
    `ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH HÀ TĨNH Độc lập  Tự do  Hạnh phúc    Số: 1669/QĐUBND Hà Tĩnh, ngày 04 tháng 06 năm 2019   QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT PHƯƠNG ÁN PHÒNG NGỪA, ỨNG PHÓ VỚI BÃO MẠNH, SIÊU  BÃO NĂM 2019, TỈNH HÀ TĨNH ${authorityAndPreamble}`,
  ]);
const preamble =
  'Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015; Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013; Căn cứ Quyết định số 25/2016/QĐUBND ngày 17/6/2016 của UBND tỉnh quy định một số nội  dung về công tác phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh; Xét đề nghị của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tại Văn bản số  81/PCTT ngày 28/5/2019, QUYẾT ĐỊNH:';

describe('a flattened trích yếu run on into the authority line of a body deciding as a whole (`ỦY BAN NHÂN DÂN TỈNH`)', () => {
  it('ends before the authority line', () => {
    const record = flatDecision(`ỦY BAN NHÂN DÂN TỈNH ${preamble}`);
    expect(record.title).toBe('VỀ VIỆC PHÊ DUYỆT PHƯƠNG ÁN PHÒNG NGỪA, ỨNG PHÓ VỚI BÃO MẠNH, SIÊU BÃO NĂM 2019, TỈNH HÀ TĨNH');
    expect(record.issuer.name).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
  });

  it('a body the trích yếu names after `cho`, `của` … is the trích yếu’s own', () => {
    const record = flatDecision(`CHO ỦY BAN NHÂN DÂN HUYỆN ${preamble}`);
    expect(record.title).toBe('VỀ VIỆC PHÊ DUYỆT PHƯƠNG ÁN PHÒNG NGỪA, ỨNG PHÓ VỚI BÃO MẠNH, SIÊU BÃO NĂM 2019, TỈNH HÀ TĨNH CHO ỦY BAN NHÂN DÂN HUYỆN');
  });
});

describe('a flattened trích yếu in capitals run on into the body in sentence case', () => {
  // The Chỉ thị 15/2012/CT-UBND of An Giang as tailieumienphi flattened it.
  const flat = (tail: string) =>
    extract([
      `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH AN GIANG Độc lập - Tự do - Hạnh phúc -------- --------------- An Giang, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND CHỈ THỊ VỀ VIỆC CHẤN CHỈNH VÀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ ĐẦU TƯ XÂY DỰNG TỪ NGUỒN VỐN NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN ${tail} Trong thời gian qua, nhất là kể từ khi chấp hành thực hiện chỉ thị số 1792/CT-TTg ngày 15 tháng 10 năm 2011 của Thủ tướng Chính phủ về tăng cường quản lý đầu tư từ vốn ngân sách nhà nước và vốn trái phiếu Chính phủ (sau đây gọi và viết tắt là CT1792), việc thực hiện đầu tư xây dựng trên địa bàn tỉnh An Giang đã đạt được kết quả nhất định.`,
    ]);

  it('ends where two words in sentence case follow the capitals', () => {
    const record = flat('TỈNH AN GIANG');
    expect(record.documentType).toBe('Chỉ thị');
    expect(record.title).toBe(
      'VỀ VIỆC CHẤN CHỈNH VÀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ ĐẦU TƯ XÂY DỰNG TỪ NGUỒN VỐN NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH AN GIANG',
    );
    expect(record.legalBases).toEqual([]);
  });

  it('a stray small letter OCR leaves in a capital word (`TiNH AN`) does not end it', () => {
    const record = flat('TiNH AN GIANG');
    expect(record.title).toMatch(/TRÊN ĐỊA BÀN TiNH AN GIANG$/u);
  });
});

describe('the quốc hiệu read across between the letterhead’s words (a text layer reading both columns by rows)', () => {
  // The Quyết định 1669/QĐ-UBND of Hà Tĩnh, rendered and read by OCR without the Vietnamese model, as restoration gives it back.
  const ocrDecision = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XaHOI CHỦ NGHĨA VIỆT NAM TỈNH HÀ TĨNH',
    'Được lập Tự do Hạnh phúc Số: 1669/QDUBND Hà Tĩnh, ngày 04 tháng 06 năm 2019',
    'QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT PHƯỜNG AN PHONG NGỪA, ỨNG PHÓ VỚI',
  ];

  it('gives the letterhead its words back and the quốc hiệu a line of its own', () => {
    const lines = restoreHeaderLines(toLines(ocrDecision.join('\n')));
    expect(lines.slice(0, 2).map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'CỘNG HÒA XaHOI CHỦ NGHĨA VIỆT NAM']);
    expect(extract(ocrDecision).issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', level: 'tỉnh', locality: 'Hà Tĩnh' });
  });

  it('a quốc hiệu followed by the tiêu ngữ, or ending the line, is left where it stands', () => {
    const glued = 'ỦY BAN NHÂN DÂN XÃ VẠN THẮNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc';
    const ending = 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(restoreHeaderLines(toLines(glued)).map((l) => l.text)).toEqual([glued]);
    expect(restoreHeaderLines(toLines(ending)).map((l) => l.text)).toEqual([ending]);
  });
});

describe('a date line wrapped after its place’s comma on the line of the tiêu ngữ', () => {
  // The Quyết định 172/2015/QĐ-UBND of Bắc Giang (vbpl's two glued header lines), read by OCR and given back by restoration.
  const decision = (second: string, third: string) =>
    extract(['UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND', second, third, 'QUYẾT ĐỊNH', 'Ban hành Quy định công tác thi đua, khen thưởng', 'trên địa bàn tỉnh Bắc Giang']);

  it('gives the place back to its date', () => {
    const record = decision('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Giang,', 'ngày 5 tháng 5 năm 2015');
    expect(record.place).toBe('Bắc Giang');
    expect(record.issuedDate).toBe('2015-05-05');
  });

  it('words after the tiêu ngữ that are no place are not taken for one', () => {
    const record = decision('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số trang,', 'ngày 5 tháng 5 năm 2015');
    expect(record.place).toBeNull();
  });
});
