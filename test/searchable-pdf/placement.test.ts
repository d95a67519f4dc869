// The searchable PDF's text must sit on the words of the page as stored, also
// when OCR read a sheet cut out of it: a photo's quad warped flat, a page
// turned upright. Each line's box, taken back to the stored page, is cut out
// of the original picture and read again: it must hold that line's words.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import sharp from 'sharp';
import { createOcrPool, readPages } from '../../src/ocr/index.js';
import { documentLayout, pageMapping } from '../../src/searchable-pdf/layout.js';
import type { DocumentText } from '../../src/types.js';
import { cer, documentOf, SCANS } from '../ocr/helpers.js';

const pool = createOcrPool({ workers: 2 });
afterAll(() => pool.close());

/** Lines of the letter that are long and unambiguous enough to be recognised alone. */
const PROBES = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'và toàn thể nhân dân trên địa bàn xã.', 'Nơi nhận:'];

/** Each probe line's box on the stored picture, cut out (turned as the reader turned the page) and read again: the line read closest to it. */
async function rereadProbes(picture: Buffer, document: DocumentText): Promise<{ line: string; read: string }[]> {
  const meta = await sharp(picture).metadata();
  const layout = documentLayout(document, document.text)[0]!;
  const lines = document.text.split('\n');
  const turn = document.pages[0]!.placement?.turn ?? 0;
  const out: { line: string; read: string }[] = [];
  for (const probe of PROBES) {
    const placed = layout.lines.find((l) => cer(lines[l.line - 1]!, probe) < 0.1);
    expect(placed, `line "${probe}" read on the page`).toBeDefined();
    // the words' boxes: on a photo at an angle a line is tilted, and its words follow the tilt
    const boxes = placed!.words.map((w) => w.box);
    const [x0, y0, x1, y1] = [Math.min(...boxes.map((b) => b.x0)), Math.min(...boxes.map((b) => b.y0)), Math.max(...boxes.map((b) => b.x1)), Math.max(...boxes.map((b) => b.y1))];
    const pad = (placed!.box.y1 - placed!.box.y0) * meta.height * 0.6;
    const left = Math.max(0, Math.round(x0 * meta.width - pad));
    const top = Math.max(0, Math.round(y0 * meta.height - pad));
    const region = await sharp(picture)
      .extract({ left, top, width: Math.min(meta.width - left, Math.round((x1 - x0) * meta.width + 2 * pad)), height: Math.min(meta.height - top, Math.round((y1 - y0) * meta.height + 2 * pad)) })
      .toBuffer();
    // a line ~54 px high: 13 pt at 300 dpi (a pipeline of its own: sharp would turn before cutting)
    const scale = 54 / ((placed!.box.y1 - placed!.box.y0) * meta.height);
    const crop = await sharp(region).rotate(turn).resize({ width: Math.round(((x1 - x0) * meta.width + 2 * pad) * scale) }).greyscale().png().toBuffer();
    const read = await pool.recognize({ image: crop, file: 'crop.png', page: 1 });
    // the crop's margin may take in a piece of the lines above and below
    const closest = read.text.split('\n').sort((a, b) => cer(a, probe) - cer(b, probe))[0] ?? '';
    out.push({ line: probe, read: closest });
  }
  return out;
}

describe('OCR boxes taken back through the sheet cut out of the picture', () => {
  it('a phone photo on a white desk, warped flat for OCR: each line box lies on its words in the photo', async () => {
    const picture = await sharp(join(SCANS, 'paper_whitedesk.jpg')).toBuffer();
    const document = await readPages(documentOf('whitedesk.jpg', picture), { pool });
    expect(document.pages[0]!.preparation).toContain('perspective corrected');
    expect(document.pages[0]!.placement?.sheet).toHaveLength(4);
    for (const { line, read } of await rereadProbes(picture, document)) expect(cer(read, line), `${line} read as ${read}`).toBeLessThan(0.15);
  });

  it('the same photo upside down: warped and turned back, the boxes still lie on the words', async () => {
    const picture = await sharp(join(SCANS, 'paper_whitedesk.jpg')).rotate(180).jpeg({ quality: 90 }).toBuffer();
    const document = await readPages(documentOf('upside-down.jpg', picture), { pool });
    expect(document.pages[0]!.placement?.turn).toBe(180);
    for (const { line, read } of await rereadProbes(picture, document)) expect(cer(read, line), `${line} read as ${read}`).toBeLessThan(0.15);
  });
});

describe('pageMapping with a placement', () => {
  it('a crop: a box of the cut sheet lands where it was on the page', () => {
    // a 400×500 sheet cut at (100, 50) out of a 600×700 page, read as it was (no skew, no turn)
    const toPage = pageMapping({ width: 400, height: 500 }, 0, {
      pageSize: { width: 600, height: 700 },
      sheet: [{ x: 100, y: 50 }, { x: 500, y: 50 }, { x: 500, y: 550 }, { x: 100, y: 550 }],
      turn: 0,
    });
    const box = toPage({ x0: 40, y0: 100, x1: 240, y1: 120 });
    expect(box.x0 * 600).toBeCloseTo(140, 6);
    expect(box.x1 * 600).toBeCloseTo(340, 6);
    expect(box.y0 * 700).toBeCloseTo(150, 6);
    expect(box.y1 * 700).toBeCloseTo(170, 6);
  });

  it('a quarter turn: a line along the top of the upright sheet runs up the left side of the stored one', () => {
    // the stored page lies on its side (1000×800); turned 90° clockwise it is 800×1000
    const toPage = pageMapping({ width: 800, height: 1000 }, 0, {
      pageSize: { width: 1000, height: 800 },
      sheet: [{ x: 0, y: 0 }, { x: 1000, y: 0 }, { x: 1000, y: 800 }, { x: 0, y: 800 }],
      turn: 90,
    });
    const box = toPage({ x0: 100, y0: 50, x1: 700, y1: 90 });
    // turning clockwise takes the stored left side to the top: the line stands from y 100 to 700 at x 50–90
    expect(box.x0 * 1000).toBeCloseTo(50, 6);
    expect(box.x1 * 1000).toBeCloseTo(90, 6);
    expect(box.y0 * 800).toBeCloseTo(100, 6);
    expect(box.y1 * 800).toBeCloseTo(700, 6);
  });
});
