// Real paper (fixtures/scans/paper_*, made by scripts/make-scans.ts): a red
// seal over the signer, a number and day written in blue (and the same pen on a
// greyscale scan), a scanner's eng text
// layer, a phone photo on a dark desk and one on a white desk, a 51 dpi
// photocopy in a dark frame, 1-bit 200 dpi.
// Each must read right or be flagged, never come out empty or confidently wrong.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { distance } from 'fastest-levenshtein';
import { createOcrPool, readPages } from '../../src/ocr/index.js';
import { processFile, type ProcessedFile } from '../../src/pipeline.js';
import type { PlanRecord } from '../../src/types.js';
import { judgeFields } from '../../scripts/lib/letter-spec.js';
import { cer, documentOf, SCANS } from './helpers.js';

const pool = createOcrPool({ workers: 2 });
afterAll(() => pool.close());

const processed = new Map<string, Promise<ProcessedFile>>();
/** Each fixture through the whole pipeline once, shared by the tests that look at it. */
function run(name: string): Promise<ProcessedFile> {
  let result = processed.get(name);
  if (!result) {
    result = processFile(join(SCANS, name), { pool });
    processed.set(name, result);
  }
  return result;
}

const printed = readFileSync(join(SCANS, 'paper.txt'), 'utf8');
const printedWithoutHandwriting = readFileSync(join(SCANS, 'paper_hand.txt'), 'utf8');

/** Header and signer fields with a value that is wrong and neither dropped nor in the review list. */
function confidentlyWrong(record: PlanRecord): string[] {
  return judgeFields(record, distance).wrong;
}

describe('coloured ink: a red seal over the signer, the number and day written in blue', () => {
  it('the ink is found and recorded, and kept out of the text', async () => {
    const { document, record } = await run('paper_colour.jpg');
    const kinds = (document.pages[0]!.inkMarks ?? []).map((m) => `${m.kind} ${m.colour}`).sort();
    expect(kinds).toEqual(['handwriting blue', 'handwriting blue', 'signature blue', 'stamp red']);
    const stamp = document.pages[0]!.inkMarks!.find((m) => m.kind === 'stamp')!;
    expect(stamp.box.y0).toBeGreaterThan(0.5); // over the signer block, low on the page
    expect(record.source?.inkMarks).toHaveLength(4);
    // the print is read as if the ink were not there
    expect(cer(document.text, printedWithoutHandwriting)).toBeLessThan(0.02);
  });

  it('the signer under the seal is read', async () => {
    const { record } = await run('paper_colour.jpg');
    expect(record.signer).toEqual({ name: 'Trần Đức Tuấn', position: 'Chủ tịch', authority: 'TM. Ủy ban nhân dân' });
    expect(record.review).toContainEqual({ field: 'signer', reason: 'under a stamp' });
  });

  it('the handwritten number is not guessed: null, flagged handwritten, confidence 0', async () => {
    const { record } = await run('paper_colour.jpg');
    expect(record.documentNumber.number).toBeNull();
    expect(record.documentNumber.symbol).toBe('KH-UBND');
    expect(record.review?.find((r) => r.field === 'documentNumber')?.reason).toBe('handwritten');
    expect(record.confidence?.documentNumber).toBe(0);
    expect(record.issuedDate === null || record.issuedDate === '2024-01').toBe(true);
    expect(confidentlyWrong(record)).toEqual([]);
  });

  it('the place beside the handwritten day keeps its own confidence: OCR glued it to the date, read alone it is sure', async () => {
    const { document, record } = await run('paper_colour.jpg');
    expect(record.place).toBe('Lục Ba');
    // `LụcBa,ngày` was one word of confidence ~10; its printed pieces were read again on their own
    const pieces = document.pages[0]!.words!.filter((w) => ['Lục', 'Ba,', 'ngày'].includes(w.text) && w.bbox!.y0 < document.pages[0]!.imageSize!.height * 0.2);
    expect(pieces.map((w) => w.text)).toEqual(['Lục', 'Ba,', 'ngày']);
    for (const piece of pieces) expect(piece.confidence).toBeGreaterThan(75);
    expect(record.review?.filter((r) => r.field === 'place')).toEqual([]);
    expect(record.confidence?.place).toBeGreaterThan(0.75);
  });
});

describe('the number and day written in by pen, on a greyscale scan: no colour tells them from print', () => {
  it('the pen figures are found by their size and place and recorded as black handwriting', async () => {
    const { document } = await run('paper_greypen.jpg');
    const pen = (document.pages[0]!.inkMarks ?? []).filter((m) => m.kind === 'handwriting');
    expect(pen.map((m) => m.colour)).toEqual(['black', 'black']);
    // the number's blank on the left, the day's on the right, both in the letterhead
    expect(pen.map((m) => m.box.x0 < 0.5)).toEqual([true, false]);
    for (const mark of pen) expect(mark.box.y1).toBeLessThan(0.2);
  });

  it('neither is guessed: the number and the day are left out, flagged handwritten; nothing confidently wrong', async () => {
    const { document, record } = await run('paper_greypen.jpg');
    expect(record.documentNumber.number).toBeNull();
    expect(record.documentNumber.symbol).toBe('KH-UBND');
    expect(record.review).toContainEqual(expect.objectContaining({ field: 'documentNumber', reason: 'handwritten' }));
    // what OCR made of the pen figures is kept out of the text, as coloured ink is
    expect(cer(document.text, printedWithoutHandwriting)).toBeLessThan(0.02);
    expect(record.issuedDate === null || record.issuedDate === '2024-01').toBe(true);
    expect(record.review).toContainEqual(expect.objectContaining({ field: 'issuedDate', reason: 'handwritten' }));
    expect(confidentlyWrong(record)).toEqual([]);
  });

  it('printed figures are not taken for handwriting', async () => {
    for (const name of ['paper_scan.pdf', 'paper_200dpi.pdf']) {
      const { document } = await run(name);
      expect((document.pages[0]!.inkMarks ?? []).filter((m) => m.colour === 'black')).toEqual([]);
    }
  });
});

describe('the letterhead in two columns', () => {
  it('number, motto and place-date come out as lines of their own', async () => {
    const { document, record } = await run('paper_200dpi.pdf');
    const lines = document.text.split('\n');
    expect(lines).toContain('Số: 66/KH-UBND');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Lục Ba, ngày 22 tháng 01 năm 2024');
    expect(record.documentNumber.text).toBe('66/KH-UBND');
    expect(record.place).toBe('Lục Ba');
    expect(record.issuedDate).toBe('2024-01-22');
    // the organ block is the left column; its lower line (not the superior organ's joined to it) is the issuer
    expect(record.issuer).toEqual({ name: 'Ủy ban nhân dân xã Lục Ba', level: 'xã', locality: 'Lục Ba' });
  });

  it('1-bit 200 dpi: read right, no field confidently wrong', async () => {
    const { document, record } = await run('paper_200dpi.pdf');
    expect(cer(document.text, printed)).toBeLessThan(0.02);
    expect(confidentlyWrong(record)).toEqual([]);
  });
});

describe("a scanner's text layer made without a Vietnamese model", () => {
  it('is judged bad, the page OCR\'d instead, and the record says so', async () => {
    const { document, record } = await run('paper_textlayer.pdf');
    expect(document.pages[0]!.method).toBe('ocr');
    expect(document.pages[0]!.textLayerRejected).toMatch(/Vietnamese/);
    expect(record.source?.reread).toEqual([{ page: 1, reason: document.pages[0]!.textLayerRejected }]);
    expect(record.warnings.some((w) => w.startsWith('text layer of page 1 not trusted'))).toBe(true);
  });

  it('reads within 1 point of CER of the same page without the layer', async () => {
    const [layered, imageOnly] = await Promise.all([run('paper_textlayer.pdf'), run('paper_scan.pdf')]);
    expect(imageOnly.document.pages[0]!.textLayerRejected).toBeUndefined();
    const layeredCer = cer(layered.document.text, printed);
    expect(Math.abs(layeredCer - cer(imageOnly.document.text, printed))).toBeLessThanOrEqual(0.01);
    expect(layeredCer).toBeLessThan(0.03);
    expect(confidentlyWrong(layered.record)).toEqual([]);
    expect(confidentlyWrong(imageOnly.record)).toEqual([]);
  });
});

describe('a phone photo: the sheet at an angle, uneven light, a shadow', () => {
  it('is warped flat and read; nothing confidently wrong', async () => {
    const { document, record } = await run('paper_phone.jpg');
    expect(document.pages[0]!.preparation).toContain('perspective corrected');
    expect(cer(document.text, printed)).toBeLessThan(0.05);
    expect(document.text).toContain('Trần Đức Tuấn');
    expect(confidentlyWrong(record)).toEqual([]);
  });

  it('the signer is read through the scrawl of the signature and a position OCR made partly small', async () => {
    const { record } = await run('paper_phone.jpg');
    expect(record.signer).toEqual({ name: 'Trần Đức Tuấn', position: 'Chủ tịch', authority: 'TM. Ủy ban nhân dân' });
  });
});

describe('a phone photo on a white desk, nearly as bright as the paper', () => {
  it('the sheet is found by its edges, warped flat and read; nothing confidently wrong', async () => {
    const { document, record } = await run('paper_whitedesk.jpg');
    expect(document.pages[0]!.preparation).toContain('perspective corrected');
    // the sheet's real size gives the resolution: ~1270 px across A4 is ~150 dpi
    expect(Math.abs(document.pages[0]!.dpi! - 150)).toBeLessThanOrEqual(10);
    expect(cer(document.text, printed)).toBeLessThan(0.03);
    expect(confidentlyWrong(record)).toEqual([]);
    expect(record.documentNumber.text).toBe('66/KH-UBND');
    expect(record.issuedDate).toBe('2024-01-22');
  });
});

describe('a 51 dpi photocopy photographed in a dark frame', () => {
  it('is cropped to the sheet, measured at its real resolution and read, never empty', async () => {
    const { document, record } = await run('paper_photocopy.jpg');
    const page = document.pages[0]!;
    expect(page.preparation?.some((step) => step.startsWith('dark frame cropped'))).toBe(true);
    // the header says 300 dpi; the sheet is 418 pixels across A4
    expect(Math.abs(page.dpi! - 51)).toBeLessThanOrEqual(2);
    expect(cer(document.text, printed)).toBeLessThan(0.2);
    expect(record.warnings.filter((w) => w.startsWith('no text found'))).toEqual([]);
    expect(confidentlyWrong(record)).toEqual([]);
    // its number line (`Số; 68/…`, the figures guessed) is dropped as unreadable, never read as an organ of the letterhead
    expect(record.documentNumber.number).toBeNull();
    expect(judgeFields(record, distance).right).toContain('issuer.name');
  });

  it('upside down, it is turned back', async () => {
    const bytes = await sharp(join(SCANS, 'paper_photocopy.jpg')).rotate(180).jpeg().toBuffer();
    const doc = await readPages(documentOf('upside-down.jpg', bytes), { pool });
    expect(doc.pages[0]!.preparation).toContain('rotated 180°');
    expect(cer(doc.text, printed)).toBeLessThan(0.2);
  });
});

describe('a page with nothing to read', () => {
  it('is a warning and confidence 0, never "ok, confidence 95"', async () => {
    const blank = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#f4f1ea' } }).withMetadata({ density: 150 }).png().toBuffer();
    const doc = await readPages(documentOf('blank.png', blank), { pool });
    expect(doc.pages[0]!.confidence).toBe(0);
    expect(doc.warnings).toEqual([expect.stringMatching(/^no text found on page 1: /)]);
  });
});
