import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/extract/header.js';
import { opensPreamble, readLegalBases } from '../../src/extract/legal-bases.js';
import { paragraphs, toLines } from '../../src/extract/lines.js';
import { readSymbol } from '../../src/extract/symbols.js';

const header = (lines: string[]) => readHeader(toLines(lines.join('\n')));

// Hướng dẫn 36-HD/VPTW: a Party body that is no territory (Đảng ủy Khối các cơ quan …) heads its documents with its
// own name; `cơ quan` there is a noun, not the district level `quận` written without its mark.
describe('a Party bloc committee letterhead', () => {
  it('keeps `CƠ QUAN` a noun in a name written with marks, and spells out TW', () => {
    const h = header(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW', '*', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 08 tháng 01 năm 2021']);
    expect(h.letterhead).toMatchObject({ name: 'Đảng ủy Khối các cơ quan Trung ương', level: null, locality: null });
  });

  it('still reads a district written without marks where the whole line lost them', () => {
    const h = header(['DANG UY KHOI CAC CO QUAN QUAN BA DINH', 'DANG CONG SAN VIET NAM', 'Ha Noi, ngay 08 thang 01 nam 2021']);
    expect(h.letterhead?.level).toBe('quận');
  });
});

const bases = (...lines: string[]) => readLegalBases(paragraphs(toLines(lines.join('\n')), opensPreamble)).map((b) => b.basis);
const keys = (...lines: string[]) => bases(...lines).map((b) => [b.documentType, b.number, b.date]);

// Hướng dẫn 36-HD/VPTW: a Party plan cites one document after another with commas, `số …, ngày …`, types in small letters.
describe('a Party preamble citing a second document after a quoted subject', () => {
  it('opens the dated citation after `”,` as a basis of its own', () => {
    const found = bases(
      'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về “Đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng”, kế hoạch số 41-KH/HU, ngày 16/6/2020 về tổ chức đại hội đảng bộ huyện; Đảng ủy xã xây dựng kế hoạch như sau:',
    );
    expect(found.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Chỉ thị', '35-CT/TW', '2019-05-30'],
      ['Kế hoạch', '41-KH/HU', '2020-06-16'],
    ]);
    expect(found[0]!.subject).toBe('về “Đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng”');
  });

  it('leaves an undated citation after the quote inside the subject', () => {
    expect(
      keys('Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về “Đại hội đảng bộ các cấp”, kế hoạch số 41-KH/HU về tổ chức đại hội;'),
    ).toEqual([['Chỉ thị', '35-CT/TW', '2019-05-30']]);
  });
});

describe('the issuing council after the preamble, and a crawl’s Latin Ð in a symbol', () => {
  it('does not read `Hội đồng Thi đua …` as a contract (Hợp đồng) cited without number', () => {
    expect(
      keys(
        'Căn cứ Kế hoạch số 133/KH-HĐTĐKT ngày 28/12/2018 của Hội đồng Thi đua - Khen thưởng quận về việc triển khai Cuộc thi năm 2019.',
        '',
        'Hội đồng Thi đua – Khen thưởng trường THCS Lương Yên ban hành kế hoạch tổ chức triển khai Cuộc thi năm 2019 như sau:',
      ),
    ).toEqual([['Kế hoạch', '133/KH-HĐTĐKT', '2018-12-28']]);
  });

  it('still reads a contract cited by its name, and a type whose marks OCR lost', () => {
    expect(keys('Căn cứ Hợp đồng số 12/2020/HĐ-UBND ngày 02/3/2020 của Ủy ban nhân dân huyện;')).toEqual([['Hợp đồng', '12/2020/HĐ-UBND', '2020-03-02']]);
    expect(keys('Can cu Quyet dinh so 12/QD-UBND ngay 02/3/2020 cua Uy ban nhan dan huyen;')[0]?.[2]).toBe('2020-03-02');
  });

  it('reads the symbol with the Latin Ð as printed, and the citation’s date after it', () => {
    expect(keys('Thực hiện Quyết định số 36/QĐÐ-UBND ngày 07/12/2015 của UBND thành phố Hà Nội về việc ban hành quy chế;')).toEqual([
      ['Quyết định', '36/QĐÐ-UBND', '2015-12-07'],
    ]);
  });
});

describe('a wrapped line of the proposal (Xét đề nghị …)', () => {
  it('cites nothing when its words before `tại Tờ trình` were cut onto a line of their own', () => {
    expect(
      keys('Căn cứ Luật Khoáng sản năm 2010;', 'Xét đề nghị của Giám đốc Sở Công', 'Thương tại Tờ trình số 1530/TTr-SCT ngày 26 tháng 12 năm 2016,', 'QUYẾT ĐỊNH:'),
    ).toEqual([['Luật', null, null]]);
  });
});

describe('a Party Quy định’s symbol (HD 36-HD/VPTW: QĐi)', () => {
  it('is read as a Quy định, its Đ given back where the text lost the mark', () => {
    expect(readSymbol(': 07-QDi/TW')).toMatchObject({ type: 'Quy định', text: '07-QĐi/TW' });
    expect(keys('- Căn cứ Quy định số 07-QDi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm;')).toEqual([
      ['Quy định', '07-QĐi/TW', '2018-08-28'],
    ]);
  });

  it('leaves QĐ a Quyết định', () => {
    expect(readSymbol(': 97-QD/TW')).toMatchObject({ type: 'Quyết định', text: '97-QĐ/TW' });
  });
});

// NĐ 30/2020 Phụ lục I: the căn cứ cites documents; one cited without number (a school's or a Đoàn's own plan) is
// still a basis when the clause names the body that issued it.
describe('a plan cited without number right after the opener', () => {
  it('is a basis when its clause names the issuing body after `của`', () => {
    const found = bases(
      'Căn cứ kế hoạch thực hiện nhiệm vụ năm học 2020-2021 của trường THPT số 2 Bảo Thắng;',
      'Căn cứ vào kế hoạch công tác Đoàn năm học 2020-2021 của Ban Chấp hành Đoàn trường;',
      'BCH Đoàn trường xây dựng kế hoạch thi đua, cụ thể như sau:',
    );
    expect(found.map((b) => [b.documentType, b.number, b.date])).toEqual([
      ['Kế hoạch', null, null],
      ['Kế hoạch', null, null],
    ]);
    expect(found[0]!.subject).toBe('thực hiện nhiệm vụ năm học 2020-2021');
  });

  it('is none without an issuer, or after words that are no opener', () => {
    expect(
      keys(
        'Căn cứ quy định của pháp luật về thi đua, khen thưởng;',
        'Căn cứ nhiệm vụ năm học 2020-2021 của đơn vị;',
        'Căn cứ tình hình thực tế, kế hoạch của nhà trường;',
        'Trường THCS An Hòa xây dựng kế hoạch như sau:',
      ),
    ).toEqual([]);
  });
});

// A mass organisation's body named with its place and no level word (`BCH HỘI NÔNG DÂN TÂY TRẠCH`) under its superior.
describe('a mass organisation named with a place and no level word', () => {
  it('takes the one level the register knows the place by', () => {
    const h = header(['HỘI NÔNG DÂN BỐ TRẠCH', 'BCH HỘI NÔNG DÂN TÂY TRẠCH', 'Tây Trạch, ngày 2 tháng 3 năm 2018']);
    expect(h.letterhead).toMatchObject({ level: 'xã', locality: 'Tây Trạch' });
  });

  it('takes none where the register knows the place as a district and as a commune', () => {
    const h = header(['HỘI NÔNG DÂN QUẢNG BÌNH', 'BCH HỘI NÔNG DÂN BỐ TRẠCH', 'Bố Trạch, ngày 2 tháng 3 năm 2018']);
    expect(h.letterhead).toMatchObject({ level: null, locality: null });
  });
});
