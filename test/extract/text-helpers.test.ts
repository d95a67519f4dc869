// fold / markers / dates / symbols: the shared helpers the parsers stand on.
import { describe, expect, it } from 'vitest';
import { cleanValue, isPhrase, startsWithPhrase, wordKey } from '../../src/extract/fold.js';
import { findDates, findPhaseYears } from '../../src/extract/dates.js';
import { readMarker } from '../../src/extract/markers.js';
import { canonicalPart, readSymbol } from '../../src/extract/symbols.js';

describe('fold', () => {
  it('keys words without marks, case or OCR digit-for-vowel damage', () => {
    expect(wordKey('Đối')).toBe('doi');
    expect(wordKey('s6')).toBe('so');
    expect(wordKey('x3')).toBe('xa');
    expect(wordKey('chirc')).toBe('chuc');
    expect(wordKey('Pang')).toBe('dang');
    expect(wordKey('Phong')).toBe('phong');
    expect(wordKey('2024')).toBe('2024');
  });

  it('finds fixed phrases in clean and damaged text', () => {
    expect(startsWithPhrase('Căn cứ Luật Tổ chức chính quyền địa phương', 'Căn cứ')).toBe(true);
    expect(startsWithPhrase('Can cir Nghi dinh so 01', 'Căn cứ')).toBe(true);
    expect(startsWithPhrase('Noi nhdn:', 'Nơi nhận')).toBe(true);
    expect(startsWithPhrase('Bdi voi cac hop tac xa', 'Đối với')).toBe(true);
    expect(startsWithPhrase('Các cơ quan', 'Căn cứ')).toBe(false);
    expect(isPhrase('KE HOACH', 'Kế hoạch')).toBe(true);
    expect(isPhrase('KẾ HOẠCH NĂM 2025', 'Kế hoạch')).toBe(false);
  });

  it('does not run a phrase over punctuation', () => {
    expect(startsWithPhrase('Căn. Cứ', 'Căn cứ')).toBe(false);
  });

  it('cleans values: single spaces, no trailing punctuation or ./.', () => {
    expect(cleanValue('  Sở Tài chính;  ')).toBe('Sở Tài chính');
    expect(cleanValue('thực hiện tốt kế hoạch./.')).toBe('thực hiện tốt kế hoạch');
    expect(cleanValue('Lưu:  VT, VP.')).toBe('Lưu: VT, VP');
  });
});

describe('markers', () => {
  it('reads every outline level', () => {
    expect(readMarker('II. NHIỆM VỤ')).toMatchObject({ kind: 'roman', value: 'II', rest: 'NHIỆM VỤ' });
    expect(readMarker('3. Kinh phí')).toMatchObject({ kind: 'number', value: '3' });
    expect(readMarker('1.2. Đối với cá nhân')).toMatchObject({ kind: 'decimal', value: '1.2' });
    expect(readMarker('b) Khen thưởng đột xuất')).toMatchObject({ kind: 'letter', value: 'b' });
    expect(readMarker('- Sở Nội vụ;')).toMatchObject({ kind: 'dash', rest: 'Sở Nội vụ;' });
    expect(readMarker(' - + Giấy khen')).toMatchObject({ kind: 'plus', rest: 'Giấy khen' });
  });

  it('reads OCR roman numerals with 1 for I, and leaves plain text alone', () => {
    expect(readMarker('I11. Nội dung')).toMatchObject({ kind: 'roman', value: 'III' });
    expect(readMarker('Xã đạt chuẩn.')).toBeNull();
    expect(readMarker('2025. Năm cuối')).toBeNull();
  });
});

describe('dates', () => {
  it('reads worded, numeric and blank-day dates', () => {
    expect(findDates('Hà Tĩnh, ngày 05 tháng 9 năm 2023').map((d) => d.iso)).toEqual(['2023-09-05']);
    expect(findDates('ban hành ngày 7/11/2019 và ngày 31/12/2020').map((d) => d.iso)).toEqual(['2019-11-07', '2020-12-31']);
    expect(findDates('ngày    tháng 3 năm 2021').map((d) => d.iso)).toEqual(['2021-03']);
    expect(findDates('ngay25 thang 01 nim 2022').map((d) => d.iso)).toEqual(['2022-01-25']);
    expect(findDates('ngày 40 tháng 13 năm 2021')).toEqual([]);
  });

  it('reads a day or month left for the pen as dots or underscores as blank, never as a number', () => {
    expect(findDates('Đức Hợp, ngày ….. tháng 12 năm 2021').map((d) => d.iso)).toEqual(['2021-12']);
    expect(findDates('Gia Lâm, ngày ...... tháng 3 năm 2019').map((d) => d.iso)).toEqual(['2019-03']);
    expect(findDates('ngày ____ tháng ____ năm 2020').map((d) => d.iso)).toEqual(['2020']);
    expect(findDates('ngày ….. tháng ….. năm 2021').map((d) => d.iso)).toEqual(['2021']);
    // Dots with no month and year after them are no date line.
    expect(findDates('có hiệu lực kể từ ngày ….. đến khi có văn bản thay thế')).toEqual([]);
    expect(findDates('ngày ….. tháng 12')).toEqual([]);
  });

  it('reads the years of a phase', () => {
    expect(findPhaseYears('giai đoạn 2026 – 2030')).toMatchObject({ from: '2026', to: '2030' });
    expect(findPhaseYears('năm 2024')).toBeNull();
  });
});

describe('symbols', () => {
  it('writes symbol parts as NĐ 30 spells them', () => {
    expect(canonicalPart('QD', 'type')).toBe('QĐ');
    expect(canonicalPart('0D', 'type')).toBe('QĐ');
    expect(canonicalPart('HDND', 'organ')).toBe('HĐND');
    expect(canonicalPart('TTq', 'organ')).toBe('TTg');
    expect(canonicalPart('XYZ', 'type')).toBeNull();
  });

  it('reads state, party and normative numbers', () => {
    expect(readSymbol(' 15/QĐ-UBND ngày')).toMatchObject({ number: '15', symbol: 'QĐ-UBND', text: '15/QĐ-UBND' });
    expect(readSymbol(' 05-CT/TU')).toMatchObject({ number: '05', symbol: 'CT/TU', text: '05-CT/TU' });
    expect(readSymbol(' 12/2021/NQ-HĐND')).toMatchObject({ number: '12', symbol: 'NQ-HĐND', text: '12/2021/NQ-HĐND' });
    expect(readSymbol(' 88/KH - UBND')).toMatchObject({ text: '88/KH-UBND' });
  });

  it('reads a blank number and OCR damage', () => {
    expect(readSymbol(':   /TB-UBND')).toMatchObject({ number: null, symbol: 'TB-UBND', text: '/TB-UBND' });
    expect(readSymbol(' 58INQ-HDND')).toMatchObject({ text: '58/NQ-HĐND' });
    expect(readSymbol(' 415 KH-UBND')).toMatchObject({ text: '415/KH-UBND' });
    expect(readSymbol(' 2024 người tham gia')).toBeNull();
  });
});
