// Headers as web pages, table exports and PDF text layers break them (the
// header table's cells as `|` lines, the quốc hiệu wrapped, `Số:` and the date
// cut over two lines, the number run onto the letterhead's line, the date after
// the tiêu ngữ): short texts written for these tests, in the layout such pages give.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { restoreHeaderLines } from '../../src/extract/header-lines.js';
import { toLines } from '../../src/extract/lines.js';

const extract = (lines: string[]) => extractPlan(lines.join('\n'), { sample: 'crawl.txt' });

describe('header table broken into cells', () => {
  const record = extract([
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐÔNG SƠN',
    '-------',
    '|',
    'CỘNG HÒA XÃ HỘI',
    'CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    '|',
    'Số:',
    '48/KH-UBND',
    '|',
    'Đông Sơn, ngày',
    '11 tháng 3 năm 2019',
    '|',
    'KẾ HOẠCH',
    'TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2019',
    'Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2019 của Ủy ban nhân dân huyện;',
  ]);

  it('reads issuer, number, place and date from the cells', () => {
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân huyện Đông Sơn', level: 'huyện', locality: 'Đông Sơn' });
    expect(record.documentNumber).toEqual({ number: '48', symbol: 'KH-UBND', text: '48/KH-UBND' });
    expect(record).toMatchObject({ place: 'Đông Sơn', issuedDate: '2019-03-11', documentType: 'Kế hoạch' });
  });
});

describe('one row of cells on a line', () => {
  it('reads the place after the number cell', () => {
    const record = extract([
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'XÃ PHÚ LỘC | Độc lập - Tự do - Hạnh phúc |',
      'Số: 07/QĐ-UBND | Phú Lộc, ngày 05 tháng 01 năm 2016 |',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công tác',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    ]);
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân xã Phú Lộc', level: 'xã', locality: 'Phú Lộc' });
    expect(record).toMatchObject({ place: 'Phú Lộc', issuedDate: '2016-01-05' });
    expect(record.documentNumber?.text).toBe('07/QĐ-UBND');
  });

  it('keeps a slash OCR read as | inside V|v', () => {
    const lines = restoreHeaderLines(toLines('Số: 52/UBND-VP V|v báo cáo'));
    expect(lines.map((l) => l.text)).toEqual(['Số: 52/UBND-VP V|v báo cáo']);
  });
});

describe('squashed columns', () => {
  const record = extract([
    'UBND HUYỆN TIÊN DU Số: 215/2017/QĐ-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Tiên Du, ngày 9 tháng 8 năm 2017',
    'QUYẾT ĐỊNH',
    'Ban hành Quy chế làm việc',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  ]);

  it('splits the number from the letterhead and reads the date after the tiêu ngữ', () => {
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân huyện Tiên Du', level: 'huyện', locality: 'Tiên Du' });
    expect(record.documentNumber?.text).toBe('215/2017/QĐ-UBND');
    expect(record).toMatchObject({ place: 'Tiên Du', issuedDate: '2017-08-09' });
  });

  it('reads a number line that names the type before `số`', () => {
    const lines = restoreHeaderLines(toLines('Nghị quyết số: 12/2018/NQ-HĐND'));
    expect(lines.map((l) => l.text)).toEqual(['số: 12/2018/NQ-HĐND']);
  });
});

describe('letterheads a table export glued or wrapped', () => {
  it('puts the gap back before a quốc hiệu run onto the letterhead, and reads a date with day and month blank as its year', () => {
    const record = extract([
      'UBND XÃ YÊN THỌCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc',
      'Số: 03 /BC-UBND Yên Thọ, ngày    tháng    năm 2021',
      'BÁO CÁO',
      'Kết quả công tác năm 2020',
    ]);
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân xã Yên Thọ', level: 'xã', locality: 'Yên Thọ' });
    expect(record).toMatchObject({ place: 'Yên Thọ', issuedDate: '2021' });
  });

  it('joins a head wrapped after its first word', () => {
    const record = extract(['ỦY', 'BAN NHÂN DÂN', 'TỈNH BẠC LIÊU', 'Số: 12/QĐ-UBND', 'Bạc Liêu, ngày 02 tháng 3 năm 2015', 'QUYẾT ĐỊNH', 'Về việc khen thưởng', 'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;']);
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Bạc Liêu', level: 'tỉnh', locality: 'Bạc Liêu' });
  });
});

describe('a decision whose type line the page dropped', () => {
  const record = (...underDate: string[]) =>
    extract([
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 215/QĐ-UBND | Tuy Hòa, ngày 08 tháng 5 năm 2014 |',
      ...underDate,
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;',
      'QUYẾT ĐỊNH:',
    ]);

  it('reads the type from the symbol and the trích yếu under the date line, not the authority line', () => {
    const r = record('VỀ VIỆC THÀNH LẬP HỘI ĐỒNG THI ĐUA', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN');
    expect(r.documentType).toBe('Quyết định');
    expect(r.title).toBe('VỀ VIỆC THÀNH LẬP HỘI ĐỒNG THI ĐUA');
    expect(r.issuer).toEqual({ name: 'Ủy ban nhân dân tỉnh Phú Yên', level: 'tỉnh', locality: 'Phú Yên' });
    expect(r).toMatchObject({ place: 'Tuy Hòa', issuedDate: '2014-05-08' });
  });

  it('leaves the title empty when only the authority line stands above the preamble', () => {
    const r = record('ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN');
    expect(r.title).toBeNull();
    expect(r.issuer.name).toBe('Ủy ban nhân dân tỉnh Phú Yên');
  });
});
