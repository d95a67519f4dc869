import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/batch/csv.js';
import { vietnameseDate } from '../../src/batch/summary-csv.js';

describe('csv', () => {
  it('quotes only fields that need it (RFC 4180)', () => {
    expect(csvField('Kế hoạch')).toBe('Kế hoạch');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('chủ đề “x” "y"')).toBe('"chủ đề “x” ""y"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('defuses cells a spreadsheet would run as a formula, leaving numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+84 912')).toBe("'+84 912");
    expect(csvField('- UBND huyện')).toBe("'- UBND huyện");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Số 5/KH-UBND')).toBe('Số 5/KH-UBND');
  });

  it('starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv(['Số', 'Ký hiệu'], [['37', 'KH-UBND']])).toBe('\uFEFFSố,Ký hiệu\r\n37,KH-UBND\r\n');
  });

  it('writes dates the archive way', () => {
    expect(vietnameseDate('2024-02-20')).toBe('20/02/2024');
    expect(vietnameseDate('2022-12')).toBe('12/2022');
    expect(vietnameseDate('2021')).toBe('2021');
  });
});
