import { describe, expect, it } from 'vitest';
import { readSymbol } from '../../src/extract/symbols.js';

describe('document numbers as the genre prints them', () => {
  it('keeps a letter that closes the serial (30c/NQ-CP)', () => {
    expect(readSymbol(' 41b/NQCP ngày 2/3/2011')).toMatchObject({ number: '41b', symbol: 'NQ-CP', text: '41b/NQ-CP', type: 'Nghị quyết' });
    expect(readSymbol(' 7c/2019/QĐ-UBND')).toMatchObject({ number: '7c', text: '7c/2019/QĐ-UBND' });
  });

  it('reads Party numbering whose dash was lost or spaced (số-loại/cơ quan, HD 36)', () => {
    expect(readSymbol(' 77 KH/TWĐTN ngày 1/2/2012')).toMatchObject({ number: '77', symbol: 'KH/TWĐTN', text: '77-KH/TWĐTN' });
    expect(readSymbol(': 15 - NQ/TU')).toMatchObject({ text: '15-NQ/TU', type: 'Nghị quyết' });
    // State numbering with a spaced slash stays state numbering.
    expect(readSymbol(' 15 /KH-UBND')).toMatchObject({ text: '15/KH-UBND' });
  });
});

describe('an organ code made of two of the table’s, typed without marks', () => {
  it('takes the marks of the one pair whose letters it has', () => {
    expect(readSymbol(' 8/HD-BTDKTTW')).toMatchObject({ text: '8/HD-BTĐKTTW' });
    // Letters no pair of the table makes stay as typed.
    expect(readSymbol(' 8/KH-XYZW')).toMatchObject({ text: '8/KH-XYZW' });
  });
});
