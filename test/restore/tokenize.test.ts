import { describe, expect, it } from 'vitest';
import { tokenizeLine, type Token } from '../../src/restore/tokenize.js';

const KNOWN = new Set(['UBND', 'HĐND', 'NTM', 'OCOP', 'TTg', 'QĐ', 'KH']);
const kinds = (line: string): [string, string][] =>
  tokenizeLine(line, KNOWN).filter((t) => t.kind !== 'space').map((t: Token) => [t.text, t.kind]);

describe('tokenizeLine', () => {
  it('takes capitals joined by & for one abbreviation, a & glued to a word for an OCR letter', () => {
    expect(kinds('Phòng GD&ĐT, C& nhân')).toEqual([
      ['Phòng', 'word'], ['GD&ĐT', 'abbr'], [',', 'punct'], ['C&', 'word'], ['nhân', 'word'],
    ]);
  });

  it('keeps a symbol whole when one of its parts joins two halves with & (NĐ 30 Phụ lục III: TT-BGD&ĐT)', () => {
    expect(kinds('Thông tư số 36/2009/TT-BGD&ĐT ngày 04/12/2009')).toEqual([
      ['Thông', 'word'], ['tư', 'word'], ['số', 'word'], ['36/2009/TT-BGD&ĐT', 'symbol'], ['ngày', 'word'], ['04/12/2009', 'number'],
    ]);
    // A & standing apart, or after a symbol's last part, is still punctuation.
    expect(kinds('số 12/KH-UBND & các')).toEqual([['số', 'word'], ['12/KH-UBND', 'symbol'], ['&', 'punct'], ['các', 'word']]);
  });

  it('joins back to the line byte for byte', () => {
    const line = '  Căn cứ Quyết định số 30/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;  ';
    expect(tokenizeLine(line, KNOWN).map((t) => t.text).join('')).toBe(line);
  });

  it('keeps abbreviations, symbols, numbers and punctuation apart from words', () => {
    expect(kinds('UBND xã, HĐND và OCOP (NTM) số 231/KH-UBND ngày 08/3/2022; 2021-2025')).toEqual([
      ['UBND', 'abbr'], ['xã', 'word'], [',', 'punct'], ['HĐND', 'abbr'], ['và', 'word'], ['OCOP', 'abbr'],
      ['(', 'punct'], ['NTM', 'abbr'], [')', 'punct'], ['số', 'word'], ['231/KH-UBND', 'symbol'],
      ['ngày', 'word'], ['08/3/2022', 'number'], [';', 'punct'], ['2021-2025', 'number'],
    ]);
  });

  it('reads garbled symbols and party symbols as symbols', () => {
    expect(kinds('s6 30/0D-TTq, 10-NQ/HU')).toEqual([
      ['s6', 'word'], ['30/0D-TTq', 'symbol'], [',', 'punct'], ['10-NQ/HU', 'symbol'],
    ]);
  });

  it('splits a word glued to a number but keeps short OCR mixes as words', () => {
    expect(kinds('ngay25 thang 20thang 16p vo1 6m')).toEqual([
      ['ngay', 'word'], ['25', 'number'], ['thang', 'word'], ['20', 'number'], ['thang', 'word'],
      ['16p', 'word'], ['vo1', 'word'], ['6m', 'number'],
    ]);
  });

  it('keeps a code of a few capitals and digits whole (PO43), splitting only a word glued to a number', () => {
    expect(kinds('PO43 NGAY25')).toEqual([['PO43', 'abbr'], ['NGAY', 'word'], ['25', 'number']]);
  });

  it('reads capital syllables joined by a slash as words, capital abbreviations so joined as a symbol', () => {
    expect(kinds('XA/PHUONG KH-UBND')).toEqual([['XA', 'word'], ['/', 'punct'], ['PHUONG', 'word'], ['KH-UBND', 'symbol']]);
  });

  it('takes unknown all-capital non-syllables for abbreviations, capital syllables for words', () => {
    expect(kinds('KE HOACH MTTQ XXVI')).toEqual([['KE', 'word'], ['HOACH', 'word'], ['MTTQ', 'abbr'], ['XXVI', 'number']]);
  });

  it('treats a list letter and clerical abbreviations as fixed tokens', () => {
    expect(kinds('a) Đối với thôn (B/c)')).toEqual([
      ['a', 'number'], [')', 'punct'], ['Đối', 'word'], ['với', 'word'], ['thôn', 'word'], ['(', 'punct'], ['B/c', 'abbr'], [')', 'punct'],
    ]);
  });

  it('reads two syllables joined by a hyphen as words, capitals so joined as a code', () => {
    expect(kinds('kinh te-xa hoi, Phu luc I-II')).toEqual([
      ['kinh', 'word'], ['te', 'word'], ['-', 'punct'], ['xa', 'word'], ['hoi', 'word'], [',', 'punct'], ['Phu', 'word'], ['luc', 'word'], ['I-II', 'abbr'],
    ]);
  });

  it('keeps OCR currency signs inside a word', () => {
    expect(kinds('nghi¢p ti€u')).toEqual([['nghi¢p', 'word'], ['ti€u', 'word']]);
  });

  it('keeps an & glued after a letter inside the word, and a free one as punctuation', () => {
    expect(kinds('C& nhan, R & D')).toEqual([['C&', 'word'], ['nhan', 'word'], [',', 'punct'], ['R', 'word'], ['&', 'punct'], ['D', 'word']]);
  });

  it('takes a part letter before a dash and a heading in capitals for a marker (HD 36 guideline parts `A - MỤC ĐÍCH`), a word elsewhere', () => {
    // eng OCR's page of Hướng dẫn 20-HD/BTCTW (fixtures/outside/party-2026/eng-ocr/306…): the part letter had been restored `Ở`.
    expect(kinds('A -MUC DICH, YEU CAU')[0]).toEqual(['A', 'number']);
    expect(kinds('B – NỘI DUNG')[0]).toEqual(['B', 'number']);
    // A heading in small letters after the dash, a small letter, or no dash: the letter stays a word.
    expect(kinds('A - Muc dich')[0]).toEqual(['A', 'word']);
    expect(kinds('o - DAY')[0]).toEqual(['o', 'word']);
    expect(kinds('A MUC DICH')[0]).toEqual(['A', 'word']);
  });
});
