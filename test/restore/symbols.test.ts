import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRestorer, restoreText } from '../../src/restore/index.js';
import { composedCode, nearestKnown, repairAbbreviation, repairSymbol } from '../../src/restore/symbols.js';
import { stripMarks } from '../../src/restore/vietnamese.js';

const { grammar } = loadRestorer();

describe('repairSymbol', () => {
  it('repairs type and organ parts misread by the OCR', () => {
    expect(repairSymbol('30/0D-TTq', grammar)).toBe('30/QĐ-TTg');
    expect(repairSymbol('263/QP-TTg', grammar)).toBe('263/QĐ-TTg');
    expect(repairSymbol('867/Qb-UBND', grammar)).toBe('867/QĐ-UBND');
    expect(repairSymbol('03/2022/NQ-HPND', grammar)).toBe('03/2022/NQ-HĐND');
  });

  it('reads an organ part written with & whole: kept as printed, or given its Đ (TT-BGD&DT)', () => {
    expect(repairSymbol('36/2009/TT-BGD&ĐT', grammar)).toBe('36/2009/TT-BGD&ĐT');
    expect(repairSymbol('36/2009/TT-BGD&DT', grammar)).toBe('36/2009/TT-BGD&ĐT');
    // Cut before its &, the same part is another abbreviation's shadow: the repair needs the whole part.
    expect(repairSymbol('36/2009/TT-BGD', grammar)).not.toBe('36/2009/TT-BGD');
  });

  it('leaves correct symbols, party symbols and unknown parts alone', () => {
    for (const symbol of ['231/KH-UBND', '10-NQ/HU', '12-NQ/TU', '40/NQ-HĐND', '1234/UBND-VX', '05/2023/TT-BNV']) {
      expect(repairSymbol(symbol, grammar)).toBe(symbol);
    }
  });
});

describe('abbreviations written as abbreviations are kept unless the grammar proves another reading', () => {
  it('keeps free abbreviations and codes', () => {
    for (const part of ['BVT', 'TĐ', 'DT', 'GD', 'BIM', 'NC', 'A03', 'CB']) expect(repairAbbreviation(part, grammar.organs, grammar)).toBe(part);
  });

  it('gives an abbreviation split by & the Đ of the table (GD&DT is GDĐT), and keeps one it cannot prove', () => {
    expect(repairAbbreviation('GD&DT', grammar.organs, grammar)).toBe('GD&ĐT');
    expect(repairAbbreviation('GD&ĐT', grammar.organs, grammar)).toBe('GD&ĐT');
    expect(repairAbbreviation('R&D', grammar.organs, grammar)).toBe('R&D');
  });

  it('keeps an organ part that writes Đ, though one letter from a known organ without it', () => {
    expect(repairSymbol('888/KH-ĐCT', grammar)).toBe('888/KH-ĐCT');
    expect(repairSymbol('49/HD-ĐCT', grammar)).toBe('49/HD-ĐCT');
  });

  it('keeps a compound without a number: it is no document symbol', () => {
    expect(repairSymbol('TĐ-KT', grammar)).toBe('TĐ-KT');
  });

  it('keeps a two-letter organ code of a symbol, repairs a longer one and the type part', () => {
    expect(repairSymbol('574/UBND-NC', grammar)).toBe('574/UBND-NC');
    expect(repairSymbol('03/2022/NQ-HPND', grammar)).toBe('03/2022/NQ-HĐND');
    expect(repairSymbol('263/QP-TTg', grammar)).toBe('263/QĐ-TTg');
  });

  it('gives an official abbreviation its Đ back', () => {
    expect(repairSymbol('30/2020/ND-CP', grammar)).toBe('30/2020/NĐ-CP');
  });

  it("gives a department's code the Đ of its sector's, and leaves a short one alone", () => {
    expect(repairSymbol('20/HD-SLDTBXH', grammar)).toBe('20/HD-SLĐTBXH');
    expect(repairSymbol('3/QD-SKHDT', grammar)).toBe('3/QĐ-SKHĐT');
    expect(repairSymbol('8/KH-PLDTBXH', grammar)).toBe('8/KH-PLĐTBXH');
    expect(repairSymbol('7/KH-SDT', grammar)).toBe('7/KH-SDT');
  });
});

describe('abbreviations', () => {
  it('maps an ASCII or misread form to the one known abbreviation it can be', () => {
    expect(repairAbbreviation('HDND', grammar.organs, grammar)).toBe('HĐND');
    expect(repairAbbreviation('UBND', grammar.organs, grammar)).toBe('UBND');
  });

  it('refuses ties and far matches', () => {
    expect(nearestKnown('TX', ['TU', 'TT'])).toBeNull();
    expect(nearestKnown('QQ', ['QĐ', 'QH'])).toBeNull();
  });
});

describe('codes glued from official codes (composedCode)', () => {
  // Real lines of outside texts (fresh-2026 406, state-2026i 166, state-2026b 508), stripped as the judge strips them.
  const fixtureLine = (file: string, n: number): string => stripMarks(readFileSync(file, 'utf8').normalize('NFC').split('\n')[n - 1] ?? '');

  it('gives a code that lost its hyphen or joins organs its Đ back, on a line that lost its marks', () => {
    expect(restoreText(fixtureLine('fixtures/outside/fresh-2026/texts/406_kiengiang-qd-pdf-2019.txt', 3), { damage: 'stripped' }).text).toBe('Số: 1961/QĐUBND');
    expect(restoreText(fixtureLine('fixtures/outside/state-2026i/texts/166_tinh-hdnd-nq-nohyphen-2024.txt', 5), { damage: 'stripped' }).text).toContain('21/2024/NQHĐND');
    expect(restoreText(fixtureLine('fixtures/outside/state-2026b/texts/508_tinh-huongdan-thidua-2007.txt', 12), { damage: 'stripped' }).text).toContain('56/HD-BTĐKTTW');
  });

  it('leaves a code whose cuts disagree on its D, or that holds a piece no table has', () => {
    expect(composedCode('TTHD', grammar)).toBeNull();
    expect(composedCode('CDNT', grammar)).toBeNull();
    expect(composedCode('UBND', grammar)).toBeNull();
    expect(composedCode('QDUBND', grammar)).toBe('QĐUBND');
  });
});
