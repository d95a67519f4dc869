import { describe, expect, it } from 'vitest';
import { leftColumn, readHeader, readPlaceAndDate } from '../../src/extract/header.js';
import { toLines } from '../../src/extract/lines.js';
import { findTypeHeading, readTitle } from '../../src/extract/title.js';

describe('header', () => {
  it('reads a letterhead over two lines, number, place and date', () => {
    const header = readHeader(
      toLines(
        [
          'ỦY BAN NHÂN DÂN',
          'PHƯỜNG HÒA BÌNH',
          '-------',
          'Số: 112/KH-UBND',
          'Hòa Bình, ngày 03 tháng 4 năm 2025',
        ].join('\n'),
      ),
    );
    expect(header.documentNumber).toMatchObject({ number: '112', symbol: 'KH-UBND', text: '112/KH-UBND' });
    expect(header).toMatchObject({ place: 'Hòa Bình', issuedDate: '2025-04-03', dateLine: 5 });
    expect(header.letterhead).toMatchObject({ organ: 'Ủy ban nhân dân', level: 'phường', locality: 'Hòa Bình' });
  });

  it('reads the two columns squashed on one line', () => {
    const header = readHeader(
      toLines(
        [
          'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'HUYỆN SƠN TÂY Độc lập - Tự do - Hạnh phúc',
          'Số:    /KH-UBND Sơn Tây, ngày    tháng 6 năm 2023',
        ].join('\n'),
      ),
    );
    expect(header.documentNumber).toMatchObject({ number: null, symbol: 'KH-UBND', text: '/KH-UBND' });
    expect(header).toMatchObject({ place: 'Sơn Tây', issuedDate: '2023-06' });
    expect(header.letterhead).toMatchObject({ organ: 'Ủy ban nhân dân', level: 'huyện', locality: 'Sơn Tây' });
  });

  it('reads OCR damage in the number line', () => {
    const header = readHeader(toLines('XA AN PHU Doc lap - Tu do - Hanh phuc\nS6: 19 /KH-UBND An Phu, ngay 2 thang 3 nam 2021'));
    expect(header.documentNumber?.text).toBe('19/KH-UBND');
    expect(header.issuedDate).toBe('2021-03-02');
    expect(header.letterhead).toMatchObject({ organ: null, level: 'xã', locality: 'An Phu' });
  });

  it('cuts the quốc hiệu and tiêu ngữ off a line', () => {
    expect(leftColumn('SỞ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').trim()).toBe('SỞ TÀI CHÍNH');
    expect(readPlaceAndDate('Thuận An, ngày 9 tháng 10 năm 2020')).toMatchObject({ place: 'Thuận An', date: '2020-10-09' });
  });
});

describe('title', () => {
  const lines = toLines(
    ['KẾ HOẠCH', 'Tổ chức Hội thi tìm hiểu pháp luật', 'năm 2025', '', 'Căn cứ Luật Phổ biến, giáo dục pháp luật;'].join('\n'),
  );

  it('finds the document type line', () => {
    expect(findTypeHeading(lines)).toEqual({ documentType: 'Kế hoạch', line: 1 });
    expect(findTypeHeading(toLines('QUYẾT ĐỊNH\nVề việc'))).toEqual({ documentType: 'Quyết định', line: 1 });
    expect(findTypeHeading(toLines('Kế hoạch này được phổ biến'))).toBeNull();
  });

  it('joins the wrapped title and stops at the preamble', () => {
    const title = readTitle(lines.slice(1), (t) => t.startsWith('Căn cứ'));
    expect(title).toEqual({ title: 'Tổ chức Hội thi tìm hiểu pháp luật năm 2025', lines: { from: 2, to: 3 } });
  });
});
