import { describe, expect, it } from 'vitest';
import { leftColumn, readHeader, readPlaceAndDate } from '../../src/extract/header.js';
import { readLayout } from '../../src/extract/layout.js';
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
    const title = readTitle(lines.slice(1), (t) => t.startsWith('Căn cứ'), false);
    expect(title).toEqual({ title: 'Tổ chức Hội thi tìm hiểu pháp luật năm 2025', lines: { from: 2, to: 3 } });
  });
});

describe('the authority line under a trích yếu, only where the type’s template has one', () => {
  const layout = (...lines: string[]) => readLayout(toLines(lines.join('\n'))).title?.title;
  const head = ['BAN CHẤP HÀNH ĐOÀN TỈNH NAM ĐỊNH', 'Số: 12-KH/TĐTN', 'Nam Định, ngày 3 tháng 4 năm 2023'];

  it('keeps a body’s name as the last line of a Kế hoạch’s title, right above Thực hiện …', () => {
    expect(
      layout(...head, 'KẾ HOẠCH', 'TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU', 'ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH TỈNH NAM ĐỊNH', 'Thực hiện Nghị quyết số 5-NQ/TU ngày 1/2/2023 của Tỉnh ủy, Ban Chấp hành xây dựng kế hoạch như sau:'),
    ).toBe('TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH TỈNH NAM ĐỊNH');
  });

  it('leaves a decision’s authority line out of its title', () => {
    expect(
      layout(
        'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH',
        'Số: 12/QĐ-UBND',
        'Nam Định, ngày 3 tháng 4 năm 2023',
        'QUYẾT ĐỊNH',
        'Về việc ban hành Kế hoạch phòng chống thiên tai',
        'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      ),
    ).toBe('Về việc ban hành Kế hoạch phòng chống thiên tai');
  });
});

describe('the trích yếu label written out', () => {
  it('takes the genre’s marks where a text without them was restored word by word, each letter keeping its case', () => {
    const title = (line: string) => readTitle(toLines(line), (t) => t.startsWith('Căn cứ'), true)?.title;
    expect(title('Ve việc ban hành Quy chế làm việc')).toBe('Về việc ban hành Quy chế làm việc');
    expect(title('VE VIEC BAN HÀNH QUY CHẾ')).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ');
    expect(title('V/v ban hành Quy chế')).toBe('ban hành Quy chế');
    // Only the label: a title on `vé` or `về việc` further on is left alone.
    expect(title('Về công tác vé việc làm')).toBe('Về công tác vé việc làm');
  });
});
