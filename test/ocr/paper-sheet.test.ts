// The sheet on a white desk, without OCR: desk and paper are both bright and
// the light falls off across the photo, so only the sheet's edges part them.
// Print beside a straight line (a table's rule, a line of text) must never be
// taken for a sheet's edge.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import sharp from 'sharp';
import { findSheet, type Point } from '../../src/ocr/sheet.js';
import { SCANS } from './helpers.js';

async function grey(input: Buffer | string): Promise<{ pixels: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(input).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height };
}

const WHITE_DESK = join(SCANS, 'paper_whitedesk.jpg');
/** Where scripts/make-scans.ts laid the sheet in paper_whitedesk.jpg (1500×2000). */
const SHEET: Point[] = [
  { x: 170, y: 110 },
  { x: 1330, y: 200 },
  { x: 1390, y: 1935 },
  { x: 70, y: 1830 },
];

/** A page of "print" (rows of dark word-sized bars) with a table ruled at an angle in the middle, on white. */
async function ruledPage(): Promise<Buffer> {
  const width = 1240;
  const height = 1754;
  const words: string[] = [];
  for (let y = 120; y < height - 120; y += 34) {
    if (y > 560 && y < 1180) continue; // the table's rows are drawn below
    for (let x = 150; x < width - 150; x += 95) words.push(`<rect x="${x}" y="${y}" width="${70 + ((x * 7 + y) % 20)}" height="14" fill="#222"/>`);
  }
  const rows = Array.from({ length: 8 }, (_, i) => `<line x1="120" y1="${600 + i * 80}" x2="1120" y2="${600 + i * 80}" stroke="#111" stroke-width="3"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fbfaf7"/>
    ${words.join('')}<g transform="rotate(3 620 880)"><rect x="120" y="560" width="1000" height="620" fill="none" stroke="#111" stroke-width="4"/>${rows.join('')}
    <line x1="500" y1="560" x2="500" y2="1180" stroke="#111" stroke-width="3"/></g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('a sheet on a white desk', () => {
  it('is found by its four edges and warped, its corners within 1 % of where the photo put them', async () => {
    const picture = await grey(WHITE_DESK);
    const { fix, quad } = findSheet(picture);
    expect(fix).toBe('warp');
    quad.forEach((corner, i) => {
      expect(Math.abs(corner.x - SHEET[i]!.x)).toBeLessThan(picture.width * 0.01);
      expect(Math.abs(corner.y - SHEET[i]!.y)).toBeLessThan(picture.height * 0.01);
    });
  });

  it('a sheet running off the picture is left alone, not warped to a quad of desk and paper', async () => {
    // the photo without its left third: the sheet's left edge is gone
    const cut = await sharp(WHITE_DESK).extract({ left: 500, top: 0, width: 1000, height: 2000 }).toBuffer();
    expect(findSheet(await grey(cut)).fix).toBe('none');
  });

  it('a ruled table with print round it is no sheet: the page is left as it is', async () => {
    expect(findSheet(await grey(await ruledPage())).fix).toBe('none');
  });

  it('flat scans stay as they are', async () => {
    for (const name of ['paper_colour.jpg', '002_page1.jpg']) expect(findSheet(await grey(join(SCANS, name))).fix).toBe('none');
  });
});
