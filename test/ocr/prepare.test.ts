// The page-preparation pieces on their own, without OCR: sheet finding and the
// projective warp, coloured ink, orientation, reading order, text-layer judging,
// page confidence.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { findSheet, homography, warpQuad, type Quad } from '../../src/ocr/sheet.js';
import { separateInk } from '../../src/ocr/ink.js';
import { detectOrientation } from '../../src/ocr/orientation.js';
import { dropMarginNotes, readingOrder, respaceGlued, wordsByLine } from '../../src/ocr/layout.js';
import { judgeTextLayer } from '../../src/ocr/text-layer.js';
import { pageConfidence } from '../../src/ocr/index.js';
import { sourceDpi } from '../../src/ocr/clean.js';
import type { OcrWord } from '../../src/types.js';
import { SCANS } from './helpers.js';

const SAMPLES = join(SCANS, '../samples');

async function grey(bytes: Buffer | string, width: number): Promise<{ pixels: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(bytes).resize({ width }).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height };
}

async function rgb(path: string): Promise<{ pixels: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(path).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height };
}

describe('the sheet in the picture', () => {
  it('a scan that is all page is left alone', async () => {
    expect(findSheet(await grey(join(SCANS, '002_page1.jpg'), 1200)).fix).toBe('none');
  });

  it('a dark frame is found as a straight crop around the sheet', async () => {
    const picture = await grey(join(SCANS, 'paper_photocopy.jpg'), 506);
    const { fix, quad } = findSheet(picture);
    expect(fix).toBe('crop');
    // the generator put the sheet 46 px from the left, 52 from the top, 418 px wide
    expect(Math.abs(quad[0].x - 46)).toBeLessThanOrEqual(4);
    expect(Math.abs(quad[0].y - 52)).toBeLessThanOrEqual(4);
    expect(Math.abs(quad[1].x - quad[0].x - 422)).toBeLessThanOrEqual(8);
  });

  it('a sheet photographed at an angle gives its four corners, and the warp maps them to the rectangle', async () => {
    const photo = await grey(join(SCANS, 'paper_phone.jpg'), 1500);
    const { fix, quad } = findSheet(photo);
    expect(fix).toBe('warp');
    // scripts/make-scans.ts placed the corners at (250,170) (1270,140) (1420,1880) (90,1900)
    const placed = [[250, 170], [1270, 140], [1420, 1880], [90, 1900]];
    quad.forEach((corner, i) => expect(Math.hypot(corner.x - placed[i]![0]!, corner.y - placed[i]![1]!)).toBeLessThan(25));
  });

  it('the homography takes each corner to its target', () => {
    const from = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 140 }, { x: 0, y: 140 }];
    const to = [{ x: 12, y: 9 }, { x: 95, y: 3 }, { x: 110, y: 150 }, { x: 2, y: 133 }];
    const h = homography(from, to);
    from.forEach((p, i) => {
      const w = h[6]! * p.x + h[7]! * p.y + 1;
      expect((h[0]! * p.x + h[1]! * p.y + h[2]!) / w).toBeCloseTo(to[i]!.x, 6);
      expect((h[3]! * p.x + h[4]! * p.y + h[5]!) / w).toBeCloseTo(to[i]!.y, 6);
    });
  });

  it('warping a rectangle onto itself copies the image', () => {
    const pixels = Uint8Array.from({ length: 20 * 10 * 3 }, (_, i) => (i * 7) % 256);
    const quad: Quad = [{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 10 }, { x: 0, y: 10 }];
    expect(warpQuad({ pixels, width: 20, height: 10 }, quad, 20, 10).pixels).toEqual(pixels);
  });
});

describe('coloured ink', () => {
  it('a black-and-white page has none', async () => {
    const page = await sharp(join(SCANS, '002_page1.jpg')).resize({ width: 1240 }).toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const { marks } = separateInk({ pixels: new Uint8Array(page.data), width: page.info.width, height: page.info.height });
    expect(marks).toEqual([]);
  });

  it('the seal fades but the black print under it stays', async () => {
    const page = await rgb(join(SCANS, 'paper_colour.jpg'));
    const { grey: faded, marks } = separateInk(page);
    const stamp = marks.find((m) => m.kind === 'stamp')!;
    const x0 = Math.floor(stamp.box.x0 * page.width);
    const x1 = Math.ceil(stamp.box.x1 * page.width);
    const y0 = Math.floor(stamp.box.y0 * page.height);
    const y1 = Math.ceil(stamp.box.y1 * page.height);
    let red = 0;
    let redLeft = 0;
    let black = 0;
    let blackLeft = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = y * page.width + x;
        const [r, g, b] = [page.pixels[i * 3]!, page.pixels[i * 3 + 1]!, page.pixels[i * 3 + 2]!];
        if (r > 150 && g < 110 && b < 110) {
          red++;
          if (faded.pixels[i]! < 160) redLeft++;
        } else if (Math.max(r, g, b) < 70 && Math.max(r, g, b) - Math.min(r, g, b) < 30) {
          black++;
          if (faded.pixels[i]! < 100) blackLeft++;
        }
      }
    }
    expect(red).toBeGreaterThan(5000);
    expect(redLeft / red).toBeLessThan(0.02);
    expect(black).toBeGreaterThan(2000);
    expect(blackLeft / black).toBeGreaterThan(0.95);
  });
});

describe('orientation', () => {
  it.each([90, 180, 270])('a page turned %i° clockwise is turned back', async (degrees) => {
    const turned = await sharp(join(SCANS, '002_page1.jpg')).rotate(degrees).toBuffer();
    expect(detectOrientation(await grey(turned, 1000))).toBe((360 - degrees) % 360);
  });

  it('an upright page stays', async () => {
    expect(detectOrientation(await grey(join(SCANS, '002_page1.jpg'), 1000))).toBe(0);
  });
});

describe('resolution from the page itself', () => {
  it('an A4-shaped page is measured by its size, whatever its header says', () => {
    expect(sourceDpi(600, 848, 300)).toBe(73);
    expect(sourceDpi(600, 848, 72)).toBe(73);
    expect(sourceDpi(418, 593, 300)).toBe(51);
  });
});

/** Words laid out on rows: each `[text, x0, x1]`, rows 60 px apart. */
function row(y: number, ...words: [string, number, number][]): OcrWord[] {
  return words.map(([text, x0, x1]) => ({ text, confidence: 90, bbox: { x0, y0: y, x1, y1: y + 40 } }));
}

describe('reading order of a two-column letterhead', () => {
  const words = [
    ...row(100, ['UBND', 300, 420], ['HUYỆN', 430, 560], ['CỘNG', 1100, 1220], ['HÒA', 1230, 1320]),
    ...row(160, ['Số:', 330, 390], ['66/KH-UBND', 400, 640], ['Lục', 1150, 1230], ['Ba,', 1240, 1300], ['ngày', 1310, 1400]),
    ...row(260, ['KẾ', 1100, 1160], ['HOẠCH', 1170, 1330]),
    ...row(360, ['Thực', 300, 400], ['hiện', 410, 500], ['Nghị', 510, 600], ['quyết', 610, 720], ['số', 730, 780]),
  ];
  const text = 'UBND HUYỆN CỘNG HÒA\nSố: 66/KH-UBND Lục Ba, ngày\nKẾ HOẠCH\n\nThực hiện Nghị quyết số';

  it('rows sharing a gutter are read column by column; the rest keeps its order', () => {
    const reading = readingOrder(text, words, 2480);
    expect(reading.text).toBe('UBND HUYỆN\nSố: 66/KH-UBND\nCỘNG HÒA\nLục Ba, ngày\nKẾ HOẠCH\n\nThực hiện Nghị quyết số');
    expect(wordsByLine(reading.text, reading.words)?.[1]?.map((w) => w.text)).toEqual(['Số:', '66/KH-UBND']);
  });

  it('one row with a gap is not a column', () => {
    const single = [...row(100, ['Số:', 330, 390], ['66/KH-UBND', 1100, 1340]), ...row(160, ['Thực', 300, 400], ['hiện', 410, 500])];
    expect(readingOrder('Số: 66/KH-UBND\nThực hiện', single, 2480).text).toBe('Số: 66/KH-UBND\nThực hiện');
  });

  it('words that do not spell the text leave it as it is', () => {
    expect(readingOrder('something else', words, 2480).text).toBe('something else');
  });
});

describe('spaces lost beside a blank left for the pen', () => {
  it('a comma before a letter and a capital after a small letter part words, boxes shared', () => {
    const words = row(100, ['LụcBa,ngày', 1100, 1400], ['tháng', 1800, 1950], ['01', 1960, 2010]);
    const page = respaceGlued('LụcBa,ngày tháng 01', words);
    expect(page.text).toBe('Lục Ba, ngày tháng 01');
    expect(page.words.map((w) => [w.text, w.bbox!.x0, w.bbox!.x1])).toEqual([
      ['Lục', 1100, 1190], ['Ba,', 1190, 1280], ['ngày', 1280, 1400], ['tháng', 1800, 1950], ['01', 1960, 2010],
    ]);
  });

  it('symbols, abbreviations and numbers stay whole', () => {
    const words = row(100, ['Số:', 300, 380], ['45/QĐ-TTg,', 400, 700], ['HĐND', 720, 900], ['1,5', 920, 990]);
    expect(respaceGlued('Số: 45/QĐ-TTg, HĐND 1,5', words).text).toBe('Số: 45/QĐ-TTg, HĐND 1,5');
  });
});

describe('margin notes', () => {
  // nine body lines from x 300 to 2200 on a 2480 px page; a note beside line 3 and one alone in the left margin
  const body = Array.from({ length: 9 }, (_, i) =>
    row(200 + i * 60, ['một', 300, 500], ['hai', 600, 900], ['ba', 1000, 1300], ['bốn', 1400, 1700], ['năm', 1800, 2200]),
  );
  body[2]!.push(...row(320, ['đã', 2290, 2350], ['xem', 2360, 2460]));
  const note = row(700, ['đồng', 20, 120], ['ý', 130, 180]);
  const words = [...body.flat(), ...note];
  const text = [...body.map((ws) => ws.map((w) => w.text).join(' ')), '', 'đồng ý'].join('\n');

  it('words wholly outside the text block are dropped and listed', () => {
    const page = dropMarginNotes(text, words, 2480);
    expect(page.marginNotes).toEqual(['đã xem', 'đồng ý']);
    expect(page.text.split('\n')).toEqual([...Array.from({ length: 9 }, () => 'một hai ba bốn năm'), '']);
    expect(wordsByLine(page.text, page.words)).not.toBeNull();
  });

  it('the last word of a long line is no note, however far it reaches', () => {
    const long = row(900, ['một', 300, 500], ['hai', 600, 900], ['ba', 1000, 1300], ['bốn', 1400, 1700], ['năm', 1800, 2200], ['sáu', 2230, 2420]);
    const page = dropMarginNotes([...body.map((ws) => ws.map((w) => w.text).join(' ')), 'một hai ba bốn năm sáu'].join('\n'), [...body.flat(), ...long], 2480);
    expect(page.text.split('\n').at(-1)).toBe('một hai ba bốn năm sáu');
  });

  it('a page with too few long lines to measure its block is left as it is', () => {
    const short = [...body[0]!, ...note];
    expect(dropMarginNotes('một hai ba bốn năm\nđồng ý', short, 2480).text).toBe('một hai ba bốn năm\nđồng ý');
  });
});

describe('text-layer judging', () => {
  it('trusts Vietnamese, refuses eng-OCR garble, stripped text and legacy-font junk', () => {
    expect(judgeTextLayer(readFileSync(join(SCANS, '002.txt'), 'utf8')).trusted).toBe(true);
    // sample 001: a plan OCR'd long ago without a Vietnamese model
    const sample = readdirSync(SAMPLES).find((name) => name.startsWith('001_'))!;
    const eng = judgeTextLayer(readFileSync(join(SAMPLES, sample), 'utf8'));
    expect(eng).toMatchObject({ trusted: false, reason: expect.stringMatching(/syllables|marks/) });
    const stripped = 'Thuc hien Nghi quyet so 40 cua Hoi dong nhan dan huyen Dai Tu ve viec dieu chinh de an xay dung nong thon moi huyen Dai Tu giai doan 2021 2025 Uy ban nhan dan xa Luc Ba xay dung ke hoach';
    expect(judgeTextLayer(stripped)).toMatchObject({ trusted: false, reason: expect.stringMatching(/marks/) });
    expect(judgeTextLayer('Uû ban nh©n d©n x· Lôc Ba ®· ban hµnh kÕ ho¹ch thi ®ua n¨m 2024 ë ®Þa ph­¬ng')).toMatchObject({ trusted: false });
  });

  it('an empty layer is no verdict on quality: simply nothing to read', () => {
    expect(judgeTextLayer('')).toEqual({ trusted: false, reason: null });
  });
});

describe('page confidence', () => {
  it('weighs words by length and is 0 when nothing was read', () => {
    expect(pageConfidence([])).toBe(0);
    expect(pageConfidence([{ text: ':', confidence: 95 }, { text: 'nghị', confidence: 40 }])).toBe(51);
  });
});
