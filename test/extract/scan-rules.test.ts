// The rules that read a scanned page's layout: specks at line edges, page
// numbers, wrapped lines split by blanks, garbled roman numerals and letter
// markers. Small hand-written inputs, one rule each.
import { describe, expect, it } from 'vitest';
import { paragraphs, toLines, wrapWidth, cleanScanLine } from '../../src/extract/lines.js';
import { garbledLetterMarker, readMarker, romanNumeral, toRoman } from '../../src/extract/markers.js';
import { buildOutline, sections } from '../../src/extract/outline.js';
import { readTargets } from '../../src/extract/targets.js';
import { extractPlan } from '../../src/extract/index.js';

const paragraphsOf = (text: string) => paragraphs(toLines(text));
const sectionNumbers = (text: string) => sections(buildOutline(paragraphsOf(text))).map((s) => s.section.number);

// Filler lines of a page wrapped at about 80 characters, so that the text reads as wrapped.
const page = Array.from(
  { length: 10 },
  (_, i) => `- Nội dung công việc số ${i + 1} được giao cho các phòng, ban, ngành thực hiện đúng tiến độ;`,
);

describe('specks and page numbers', () => {
  it('drops a lone mark before the first word or a dash, and after the last word', () => {
    expect(cleanScanLine('. Phú Lộc, ngày 05 tháng 3 năm 2025')).toBe('Phú Lộc, ngày 05 tháng 3 năm 2025');
    expect(cleanScanLine("'- Sở Nội vụ;")).toBe('- Sở Nội vụ;');
    expect(cleanScanLine('| các thôn, tổ dân phố.')).toBe('các thôn, tổ dân phố.');
    expect(cleanScanLine('phối hợp với các ngành |')).toBe('phối hợp với các ngành');
    expect(cleanScanLine('thực hiện kế hoạch ,')).toBe('thực hiện kế hoạch');
  });

  it('keeps what is text: an ellipsis, a quote, a list dash, a closing mark', () => {
    expect(cleanScanLine('... và các nội dung khác')).toBe('... và các nội dung khác');
    expect(cleanScanLine('“Dân vận khéo” năm 2025')).toBe('“Dân vận khéo” năm 2025');
    expect(cleanScanLine('- Lưu: VT.')).toBe('- Lưu: VT.');
    expect(cleanScanLine('thực hiện./.')).toBe('thực hiện./.');
  });

  it('reads a page number alone on its line as a blank, keeping line numbers', () => {
    expect(cleanScanLine('3')).toBe('');
    expect(cleanScanLine('- 12 -')).toBe('');
    expect(toLines('a\n4\nb').map((l) => [l.no, l.text])).toEqual([[1, 'a'], [2, ''], [3, 'b']]);
  });
});

describe('roman numerals as OCR reads them', () => {
  it('reads the numeral on its mark-free form, with 1, l or | for a stroke', () => {
    expect(readMarker('VỊ. TỔ CHỨC THỰC HIỆN')).toMatchObject({ kind: 'roman', value: 'VI', rest: 'TỔ CHỨC THỰC HIỆN' });
    expect(readMarker('1I. NỘI DUNG')).toMatchObject({ kind: 'roman', value: 'II' });
    expect(readMarker('Il. NỘI DUNG')).toMatchObject({ kind: 'roman', value: 'II' });
    expect(readMarker('IIl. KINH PHÍ')).toMatchObject({ kind: 'roman', value: 'III' });
    expect(readMarker('|V. KHEN THƯỞNG')).toMatchObject({ kind: 'roman', value: 'IV' });
  });

  it('reads a numeral whose dot OCR lost, but only before a heading in capitals', () => {
    expect(readMarker('I MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ kind: 'roman', value: 'I', rest: 'MỤC ĐÍCH, YÊU CẦU' });
    expect(readMarker('IV GIẢI PHÁP THỰC HIỆN')).toMatchObject({ kind: 'roman', value: 'IV' });
    expect(readMarker('I Mục đích, yêu cầu')).toBeNull();
    expect(readMarker('XÃ CẨM LONG')).toBeNull();
    expect(readMarker('II KH')).toBeNull();
  });

  it('leaves numbers, letters and words alone', () => {
    expect(readMarker('1. Mục đích')).toMatchObject({ kind: 'number', value: '1' });
    expect(readMarker('l. các thôn')).toMatchObject({ kind: 'letter', value: 'l' });
    expect(romanNumeral('XÃ')).toBeNull();
    expect(romanNumeral('11')).toBeNull();
    expect(toRoman(14)).toBe('XIV');
  });

  it('repairs a heading whose numeral repeats the last or is one stroke off the next', () => {
    expect(sectionNumbers('I. MỤC ĐÍCH\nII. MỤC TIÊU\nII. NỘI DUNG\nIV. TỔ CHỨC THỰC HIỆN')).toEqual(['I', 'II', 'III', 'IV']);
    expect(sectionNumbers('I. MỤC ĐÍCH\nII. NỘI DUNG\nIII. KINH PHÍ\nIV. KHEN THƯỞNG\nV. GIẢI PHÁP\nV. TỔ CHỨC')).toEqual([
      'I', 'II', 'III', 'IV', 'V', 'VI',
    ]);
  });

  it('reads a skipped numeral as a lost heading, unless the same numeral comes again', () => {
    expect(sectionNumbers('I. MỤC ĐÍCH\nIII. NỘI DUNG\nIV. TỔ CHỨC')).toEqual(['I', 'III', 'IV']);
    expect(sectionNumbers('I. MỤC ĐÍCH\nII. NỘI DUNG\nIII. GIẢI PHÁP\nV. KHEN THƯỞNG\nV. TỔ CHỨC')).toEqual([
      'I', 'II', 'III', 'IV', 'V',
    ]);
  });

  it('repairs only headings in capitals', () => {
    expect(sectionNumbers('I. MỤC ĐÍCH\nII. NỘI DUNG\nII. Các nội dung đã nêu')).toEqual(['I', 'II']);
  });
});

describe('wrapped lines', () => {
  it('knows a wrapped text from one written a paragraph a line', () => {
    expect(wrapWidth(toLines(page.join('\n')))).toBeGreaterThan(70);
    const mixed = page.map((l, i) => (i % 2 ? l.slice(0, 20) : l.repeat(4)));
    expect(wrapWidth(toLines(mixed.join('\n')))).toBeNull();
    expect(wrapWidth(toLines(page.map((l) => l.repeat(4)).join('\n')))).toBeNull();
  });

  it('joins a line across the blank OCR leaves under an indented first line', () => {
    const text = [
      ...page,
      '',
      'a) Các cơ quan, đơn vị tổ chức quán triệt, triển khai thực hiện kế hoạch đến toàn thể',
      '',
      'cán bộ, công chức; báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15 hằng tháng.',
    ].join('\n');
    const last = paragraphsOf(text).at(-1)!;
    expect(last.text).toMatch(/đến toàn thể cán bộ, công chức;/u);
    expect([last.from, last.to]).toEqual([12, 14]);
  });

  it('joins a capitalised or numeric line under a line that ran to the margin unfinished', () => {
    const text = [
      ...page,
      'Nhằm đẩy mạnh phong trào thi đua, phấn đấu đến hết năm 2025 toàn bộ các xã của huyện',
      '',
      'Phú Lộc đạt chuẩn, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:',
      '',
      '- Tỷ lệ hộ gia đình được dùng nước sạch theo quy chuẩn của Bộ Y tế đạt ít nhất',
      '',
      '95% vào cuối năm 2025.',
    ].join('\n');
    const ps = paragraphsOf(text).slice(-2);
    expect(ps[0]!.text).toMatch(/các xã của huyện Phú Lộc đạt chuẩn/u);
    expect(ps[1]!.text).toMatch(/đạt ít nhất 95% vào cuối năm 2025/u);
  });

  it('keeps paragraphs apart where the line above ended its sentence or stopped short', () => {
    const text = [...page, '', 'Tổ chức sơ kết, tổng kết phong trào', '', 'Các phòng, ban thực hiện.'].join('\n');
    expect(paragraphsOf(text).slice(-2).map((p) => p.text)).toEqual(['Tổ chức sơ kết, tổng kết phong trào', 'Các phòng, ban thực hiện.']);
  });

  it('does not join across blanks in a text written a paragraph a line', () => {
    const long = 'Các cơ quan, đơn vị tổ chức quán triệt, triển khai thực hiện kế hoạch này tới toàn thể cán bộ công chức viên chức';
    const text = [long, '', 'Hằng năm tổ chức sơ kết.', '', 'Short.', '', long.repeat(3)].join('\n');
    expect(paragraphsOf(text)).toHaveLength(4);
  });

  it('reads a dash before a lower-case word under an unfinished margin line as a speck', () => {
    const text = [
      ...page,
      '- Cán bộ, công chức có sáng kiến, giải pháp hữu ích giúp tháo gỡ những khó',
      '- khăn cho cơ sở trong xây dựng nông thôn mới.',
      '- Người lao động tích cực tham gia phong trào.',
    ].join('\n');
    const ps = paragraphsOf(text).slice(-2);
    expect(ps.map((p) => p.marker?.rest)).toEqual([
      'Cán bộ, công chức có sáng kiến, giải pháp hữu ích giúp tháo gỡ những khó khăn cho cơ sở trong xây dựng nông thôn mới.',
      'Người lao động tích cực tham gia phong trào.',
    ]);
  });

  it('keeps lower-case list items after a colon or a semicolon', () => {
    const text = [...page, 'Đối tượng áp dụng của Kế hoạch gồm các cơ quan, đơn vị trên địa bàn như sau:', '- các xã;', '- các thôn.'].join('\n');
    expect(paragraphsOf(text).slice(-2).map((p) => p.marker?.kind)).toEqual(['dash', 'dash']);
  });

  it('starts the preamble on its own line under a title that ran to the margin', () => {
    const text = [
      'KẾ HOẠCH',
      'Tổ chức phong trào thi đua “Chung tay xây dựng nông thôn mới” trên địa bàn huyện giai',
      'đoạn 2025 - 2030',
      '',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 03/01/2025 của UBND tỉnh Phú Thọ về phong trào thi',
      'đua;',
      '',
      ...page,
    ].join('\n');
    const record = extractPlan(text, { sample: 't' });
    expect(record.title).toBe('Tổ chức phong trào thi đua “Chung tay xây dựng nông thôn mới” trên địa bàn huyện giai đoạn 2025 - 2030');
    expect(record.legalBases.map((b) => b.number)).toEqual(['12/KH-UBND']);
  });
});

describe('a letter marker OCR garbled', () => {
  it('takes the letter the sequence is due for a glyph of no Vietnamese letter', () => {
    expect(garbledLetterMarker('Ð Đối với hộ gia đình:', 'f')).toEqual({ kind: 'letter', value: 'f', rest: 'Đối với hộ gia đình:' });
    expect(garbledLetterMarker('f Đối với cá nhân', 'f')).toMatchObject({ value: 'f' });
    expect(garbledLetterMarker('Ở các xã, thị trấn', 'f')).toBeNull();
    expect(garbledLetterMarker('Đối với cá nhân', 'f')).toBeNull();
  });

  it('fills the gap of a lettered list with the one paragraph that opens that way', () => {
    const text = [
      'I. ĐỐI TƯỢNG THI ĐUA',
      'a) Đối với các xã:',
      '- Hoàn thành các tiêu chí.',
      '',
      '£ Đối với hộ gia đình:',
      '- Có đóng góp cho phong trào.',
      'c) Đối với cá nhân:',
      '- Có sáng kiến.',
    ].join('\n');
    const groups = readTargets(buildOutline(paragraphsOf(text)), true).map((t) => t.target.group);
    expect(groups).toEqual(['Các xã', 'Hộ gia đình', 'Cá nhân']);
  });

  it('leaves a list without a gap alone', () => {
    const text = 'a) Đối với các xã:\n\n£ Ghi chú thêm\nb) Đối với cá nhân:';
    expect(paragraphsOf(text).map((p) => p.marker?.value ?? null)).toEqual(['a', null, 'b']);
  });
});
