// Pen figures without colour (black ink, a greyscale scan): the number after
// `Số:` and the day after `ngày` are handwriting when their ink is clearly taller
// than the print of their own line or off its line. No OCR: the words and their
// boxes are given, the page is drawn with bars of ink.
import { describe, expect, it } from 'vitest';
import { penWrittenFigures } from '../../src/ocr/handwriting.js';
import type { OcrWord } from '../../src/types.js';

const WIDTH = 1400;
const HEIGHT = 300;

/** A white page with ink rectangles [x0, y0, x1, y1]. */
function page(...bars: [number, number, number, number][]): { pixels: Uint8Array; width: number; height: number } {
  const pixels = new Uint8Array(WIDTH * HEIGHT).fill(250);
  for (const [x0, y0, x1, y1] of bars) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) pixels[y * WIDTH + x] = 20;
  return { pixels, width: WIDTH, height: HEIGHT };
}

/** Print of a word: letter-wide bars 40 px high on the line 100–140, 8 px apart. */
function print(x0: number, x1: number, top = 100, bottom = 140): [number, number, number, number][] {
  const bars: [number, number, number, number][] = [];
  for (let x = x0; x + 14 <= x1; x += 22) bars.push([x, top, x + 14, bottom]);
  return bars;
}

function word(text: string, x0: number, x1: number, y0 = 98, y1 = 142): OcrWord {
  return { text, confidence: 80, bbox: { x0, y0, x1, y1 } };
}

const NUMBER_WORDS = [word('Số:', 100, 160), word('66/KH-UBND', 180, 420)];
const NUMBER_PRINT = [...print(100, 160), ...print(260, 420)]; // "Số:" and the symbol's letters

describe('a number written in by pen', () => {
  it('taller than the symbol beside it: a black handwriting mark over it', () => {
    const grey = page(...NUMBER_PRINT, [185, 78, 200, 150], [210, 82, 226, 152]);
    const marks = penWrittenFigures(grey, 'Số: 66/KH-UBND', NUMBER_WORDS);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ kind: 'handwriting', colour: 'black' });
    expect(marks[0]!.box.x0 * WIDTH).toBeCloseTo(185, 0);
    expect(marks[0]!.box.y0 * HEIGHT).toBeLessThan(85);
  });

  it('printed as tall as the symbol: no mark', () => {
    const grey = page(...NUMBER_PRINT, ...print(185, 230));
    expect(penWrittenFigures(grey, 'Số: 66/KH-UBND', NUMBER_WORDS)).toEqual([]);
  });

  it('dots left in the blank, and the rule under the organ name just above: no mark', () => {
    const dots: [number, number, number, number][] = [185, 195, 205, 215, 225].map((x) => [x, 134, x + 4, 140]);
    const rule: [number, number, number, number] = [90, 84, 430, 87];
    expect(penWrittenFigures(page(...NUMBER_PRINT, ...dots, rule), 'Số: 66/KH-UBND', NUMBER_WORDS)).toEqual([]);
    expect(penWrittenFigures(page(...NUMBER_PRINT, ...print(185, 230), rule), 'Số: 66/KH-UBND', NUMBER_WORDS)).toEqual([]);
  });
});

describe('a day written in by pen', () => {
  const words = [word('Lục', 600, 660), word('Ba,', 670, 720), word('ngày', 730, 800), word('22', 830, 880), word('tháng', 920, 1000), word('01', 1010, 1050), word('năm', 1060, 1120), word('2024', 1130, 1210)];
  const printed = [...print(600, 800), ...print(920, 1210)];
  const text = 'Lục Ba, ngày 22 tháng 01 năm 2024';

  it('written above the line, larger than the year: a mark', () => {
    const marks = penWrittenFigures(page(...printed, [835, 70, 852, 132], [858, 72, 876, 134]), text, words);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.box.x0 * WIDTH).toBeGreaterThan(800);
    expect(marks[0]!.box.x1 * WIDTH).toBeLessThan(920);
  });

  it('printed like the year: no mark', () => {
    expect(penWrittenFigures(page(...printed, ...print(830, 880)), text, words)).toEqual([]);
  });

  // A line of print set tight above the date line (a body's citation, a letterhead set close, a
  // scan rendered at 1.35 line spacing): its letters' feet lie within the reach of the search.
  const above = [word('Tự', 600, 700, 38, 90), word('do', 720, 820, 38, 90), word('Hạnh', 840, 1000, 38, 90), word('phúc', 1020, 1210, 38, 90)];
  const abovePrint = print(600, 1210, 44, 88);
  const tight = `Tự do Hạnh phúc\n${text}`;

  it('printed under a line set tight above it: the print above is not the figure, no mark', () => {
    expect(penWrittenFigures(page(...abovePrint, ...printed, ...print(830, 880)), tight, [...above, ...words])).toEqual([]);
  });

  it('written in under a line set tight above it, taller than the year: still a mark', () => {
    const marks = penWrittenFigures(page(...abovePrint, ...printed, [835, 92, 852, 152], [858, 94, 876, 154]), tight, [...above, ...words]);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.box.y0 * HEIGHT).toBeGreaterThanOrEqual(90);
  });

  it('a line without a printed year to measure against is left alone', () => {
    const noYear = words.slice(0, 6);
    expect(penWrittenFigures(page(...printed, [835, 70, 852, 132]), 'Lục Ba, ngày 22 tháng 01', noYear)).toEqual([]);
  });
});
