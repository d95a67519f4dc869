// OCR word boxes back onto the stored page: the mapping undoes the deskew that
// clean.ts applied (sharp's rotate), and lines pair OCR words with restored tokens.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { documentLayout, pageMapping } from '../../src/searchable-pdf/layout.js';
import type { DocumentText } from '../../src/types.js';

describe('pageMapping', () => {
  it.each([2.5, -3.2, 0])('finds a block of a page turned by %s° where it stood on the page', async (skew) => {
    const width = 1000;
    const height = 1400;
    const pixels = Buffer.alloc(width * height, 255);
    for (let y = 300; y < 340; y++) for (let x = 700; x < 900; x++) pixels[y * width + x] = 0;
    // what clean.ts does to a page measured as skewed by `skew`
    const { data, info } = await sharp(pixels, { raw: { width, height, channels: 1 } })
      .rotate(-skew, { background: '#ffffff' })
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    let [x0, y0, x1, y1] = [Infinity, Infinity, 0, 0];
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        if (data[y * info.width + x]! < 128) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
      }
    }
    const box = pageMapping({ width: info.width, height: info.height }, skew)({ x0, y0, x1, y1 });
    expect(((box.x0 + box.x1) / 2) * width).toBeCloseTo(800, -0.5); // within 1.5 px
    expect(((box.y0 + box.y1) / 2) * height).toBeCloseTo(320, -0.5);
  });
});

function ocrDocument(text: string, words: string[]): DocumentText {
  return {
    path: 'x.png',
    format: 'png',
    text,
    pages: [
      {
        pageNumber: 1,
        text,
        method: 'ocr',
        confidence: 90,
        dpi: 300,
        skewDegrees: 0,
        imageSize: { width: 1000, height: 1000 },
        words: words.map((w, i) => ({ text: w, confidence: 80 + i, bbox: { x0: i * 100, y0: 100, x1: i * 100 + 80, y1: 140 } })),
      },
    ],
  };
}

describe('documentLayout', () => {
  it('puts each restored token on its OCR word, and a line whose count changed over the whole line', () => {
    const document = ocrDocument('ke hoach\n\nso 5', ['ke', 'hoach', 'so', '5']);
    const [page] = documentLayout(document, 'kế hoạch\n\nsố5');
    expect(page!.lines.map((l) => l.line)).toEqual([1, 3]);
    expect(page!.lines[0]!.words.map((w) => w.text)).toEqual(['kế', 'hoạch']);
    expect(page!.lines[0]!.words[1]!.box.x0).toBeCloseTo(0.1);
    expect(page!.lines[1]!.words).toEqual([{ text: 'số5', box: page!.lines[1]!.box }]);
    expect(page!.lines[0]!.confidence).toBe(80.5);
  });

  it('places the OCR words as read when they do not match the page text', () => {
    const [page] = documentLayout(ocrDocument('ke hoach', ['ke', 'hoach', 'extra']), 'kế hoạch');
    expect(page!.lines).toEqual([]);
    expect(page!.looseWords.map((w) => w.text)).toEqual(['ke', 'hoach', 'extra']);
  });

  it('gives text pages no layout', () => {
    const text: DocumentText = { path: 'a.txt', format: 'text', text: 'a', pages: [{ pageNumber: 1, text: 'a', method: 'text', confidence: null, dpi: null, skewDegrees: null }] };
    expect(documentLayout(text, 'a')).toEqual([]);
  });
});
