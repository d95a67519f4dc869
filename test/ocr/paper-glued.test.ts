// A word OCR glued to its neighbours (`LụcBa,ngày` beside the blank left for
// the day) is split into pieces; each piece gets its own confidence from a
// second reading of the word alone, except a piece under handwriting, which
// keeps the glued word's low confidence. No OCR here: the second reading is given.
import { describe, expect, it } from 'vitest';
import { rateGluedPieces, respaceGlued } from '../../src/ocr/layout.js';
import type { Box, OcrWord } from '../../src/types.js';

function row(y: number, confidence: number, ...words: [string, number, number][]): OcrWord[] {
  return words.map(([text, x0, x1]) => ({ text, confidence, bbox: { x0, y0: y, x1, y1: y + 40 } }));
}

const glued = (): ReturnType<typeof respaceGlued> =>
  respaceGlued('LụcBa,ngày22 tháng 01', [...row(100, 12, ['LụcBa,ngày22', 1100, 1460]), ...row(100, 95, ['tháng', 1800, 1950], ['01', 1960, 2010])]);

/** A second reading that finds the spaces, and the boxes it was asked for. */
function reader(words: [string, number][]): { read: (box: Box) => Promise<OcrWord[]>; asked: Box[] } {
  const asked: Box[] = [];
  return {
    asked,
    read: (box) => {
      asked.push(box);
      return Promise.resolve(words.map(([text, confidence]) => ({ text, confidence })));
    },
  };
}

const confidences = (words: OcrWord[]): [string, number][] => words.map((w) => [w.text, w.confidence]);

describe('confidence of the pieces of a glued word', () => {
  it('each printed piece takes its own confidence from the word read again alone', async () => {
    const { read, asked } = reader([['Lục', 96], ['Ba,', 94], ['ngày22', 91]]);
    const page = await rateGluedPieces(glued(), read, []);
    expect(page.text).toBe('Lục Ba, ngày22 tháng 01');
    expect(confidences(page.words)).toEqual([['Lục', 96], ['Ba,', 94], ['ngày22', 91], ['tháng', 95], ['01', 95]]);
    // the glued word's whole box was read, once
    expect(asked).toEqual([{ x0: 1100, y0: 100, x1: 1460, y1: 140 }]);
  });

  it('a piece under handwriting keeps the low confidence; the printed pieces beside it do not', async () => {
    const { read } = reader([['Lục', 96], ['Ba,', 94], ['ngày22', 91]]);
    // the pen wrote the day right after the printed "ngày": its mark overlaps the last piece
    const page = await rateGluedPieces(glued(), read, [{ x0: 1400, y0: 90, x1: 1470, y1: 150 }]);
    expect(confidences(page.words).slice(0, 3)).toEqual([['Lục', 96], ['Ba,', 94], ['ngày22', 12]]);
  });

  it('a piece takes the weakest of the re-read words it spans', async () => {
    const { read } = reader([['LụcBa,', 70], ['ngày', 40], ['22', 93]]);
    const page = await rateGluedPieces(glued(), read, []);
    expect(confidences(page.words).slice(0, 3)).toEqual([['Lục', 70], ['Ba,', 70], ['ngày22', 40]]);
  });

  it('a second reading that spells other letters vouches for nothing', async () => {
    const { read } = reader([['Lực', 96], ['Ba,', 94], ['ngày', 91], ['2', 90]]);
    const page = await rateGluedPieces(glued(), read, []);
    expect(confidences(page.words).slice(0, 3)).toEqual([['Lục', 12], ['Ba,', 12], ['ngày22', 12]]);
  });

  it('a glued word read with high confidence is not read again', async () => {
    const { read, asked } = reader([]);
    const sure = respaceGlued('LụcBa,', row(100, 93, ['LụcBa,', 1100, 1300]));
    const page = await rateGluedPieces(sure, read, []);
    expect(asked).toEqual([]);
    expect(confidences(page.words)).toEqual([['Lục', 93], ['Ba,', 93]]);
  });
});
