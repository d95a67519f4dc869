// Office scans where the OCR stage once failed (fixtures/scans/office_*, made by
// `npm run make:scans -- --only office` exactly as make-vie-ocr.ts renders outside documents):
// an upright page the ink's orientation signal took for upside down, a noisy coarse page of
// eight lines and a grey photocopy that sharp's normalise stretched to snow. Each must read.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createOcrPool, readPages } from '../../src/ocr/index.js';
import { cleanPage, inkAndPaper } from '../../src/ocr/clean.js';
import { readingEvidence } from '../../src/ocr/orientation.js';
import { processFile } from '../../src/pipeline.js';
import { cer, documentOf, SCANS } from './helpers.js';

const pool = createOcrPool({ workers: 2 });
const scratch = mkdtempSync(join(tmpdir(), 'vnplan-office-'));
afterAll(async () => {
  await pool.close();
  rmSync(scratch, { recursive: true, force: true });
});

const OUTSIDE = join(import.meta.dirname, '../../fixtures/outside');

function scan(name: string): Buffer {
  return readFileSync(join(SCANS, `office_${name}.jpg`));
}

/** The text a fixture was rendered from, without the rules and bars OCR rightly reads as nothing. */
function printedText(set: string, file: string): string {
  return readFileSync(join(OUTSIDE, set, 'texts', file), 'utf8')
    .split('\n')
    .filter((line) => !/^[-|\s]*$/.test(line))
    .join('\n');
}

/** An office scan run through the whole pipeline, as `vnplan extract` would read the file. */
async function processScan(name: string): Promise<Awaited<ReturnType<typeof processFile>> & { lineUnder: (text: string) => string | undefined }> {
  const path = join(scratch, `${name}.jpg`);
  writeFileSync(path, scan(name));
  const processed = await processFile(path, { pool });
  const lines = processed.document.text.split('\n');
  return { ...processed, lineUnder: (text) => lines[lines.findIndex((l) => l.includes(text)) + 1] };
}

async function greyOf(bytes: Buffer): Promise<Uint8Array> {
  return new Uint8Array(await sharp(bytes).greyscale().raw().toBuffer());
}

describe('orientation: how far a line reaches above its core, and a turn read both ways', () => {
  const printed = printedText('fresh-2026b', '707_kontum-qd-quyhoach-2024.txt');

  it('an upright page whose top and bottom ink is near even (once turned upside down) is read as it stands', async () => {
    const doc = await readPages(documentOf('707.jpg', scan('fresh-2026b-707')), { pool });
    const page = doc.pages[0]!;
    expect(page.preparation).not.toContain('rotated 180°');
    expect(page.placement ?? null).toBeNull();
    expect(cer(doc.text, printed)).toBeLessThan(0.1);
  });

  it('the page read upright holds several times the Vietnamese of the page read upside down', async () => {
    const options = { file: '707.jpg', page: 1, dpi: null, maxPixels: 60_000_000 };
    const evidence = async (turn: 0 | 180): Promise<number> => {
      const clean = await cleanPage({ kind: 'encoded', bytes: scan('fresh-2026b-707') }, { ...options, turn });
      return readingEvidence((await pool.recognize({ image: clean.image, file: '707.jpg', page: 1 })).words);
    };
    const [upright, upsideDown] = [await evidence(0), await evidence(180)];
    expect(upright).toBeGreaterThan(5 * upsideDown);
  });

  it('the same page really upside down is turned back', async () => {
    const bytes = await sharp(scan('fresh-2026b-707')).rotate(180).jpeg({ quality: 90 }).toBuffer();
    const doc = await readPages(documentOf('707-upside-down.jpg', bytes), { pool });
    expect(doc.pages[0]!.placement?.turn).toBe(180);
    expect(cer(doc.text, printed)).toBeLessThan(0.1);
  });
});

describe('contrast stretched between the page’s own ink and paper', () => {
  it('a noisy coarse page of eight lines reads whole', async () => {
    const doc = await readPages(documentOf('703.jpg', scan('fresh-2026b-703')), { pool });
    expect(cer(doc.text, printedText('fresh-2026b', '703_bct-quydinh-dangdoan-2023.txt'))).toBeLessThan(0.1);
  });

  it('a grey photocopy reads whole, with no warning', async () => {
    const doc = await readPages(documentOf('114.jpg', scan('state-2026e-114')), { pool });
    expect(cer(doc.text, printedText('state-2026e', '114_thanhpho-kh-thidua-ntm-2023.txt'))).toBeLessThan(0.1);
    expect(doc.warnings).toEqual([]);
  });

  it('a page of two lines, under 1 % ink, is stretched from its darkest print, not from the grain of its paper', async () => {
    const page = scan('fresh-2026b-703');
    const { width, height } = await sharp(page).metadata();
    // the letterhead's two lines (rows 170–340 of the 220 dpi page) on the page's own empty paper
    const lines = await sharp(page).extract({ left: 0, top: 170, width: width!, height: 170 }).toBuffer();
    const paper = await sharp(page).extract({ left: 0, top: 800, width: width!, height: 1500 }).resize(width!, height!).toBuffer();
    const sparse = await sharp(paper).composite([{ input: lines, left: 0, top: 170 }]).jpeg({ quality: 60 }).toBuffer();
    const grey = await greyOf(sparse);
    const firstPercentile = [...grey].sort((a, b) => a - b)[Math.floor(grey.length * 0.01)]!;
    expect(firstPercentile).toBeGreaterThan(200); // the 1st percentile is paper
    expect(inkAndPaper(grey).ink).toBeLessThan(120);
    const doc = await readPages(documentOf('two-lines.jpg', sparse), { pool });
    expect(cer(doc.text, 'BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM')).toBeLessThan(0.1);
  });

  it('a grey photocopied page with nothing on it is a record with its warning, never a silently empty one', async () => {
    const page = scan('state-2026e-114');
    const { width, height } = await sharp(page).metadata();
    // the empty lower half of the photocopy, twice over
    const paper = await sharp(page).extract({ left: 0, top: 1800, width: width!, height: height! - 1800 }).toBuffer();
    const blank = await sharp({ create: { width: width!, height: 2 * (height! - 1800), channels: 3, background: '#ffffff' } })
      .composite([{ input: paper, left: 0, top: 0 }, { input: paper, left: 0, top: height! - 1800 }])
      .jpeg({ quality: 60 })
      .toBuffer();
    const path = join(scratch, 'blank-photocopy.jpg');
    writeFileSync(path, blank);
    const { record } = await processFile(path, { pool });
    expect(record.warnings).toContainEqual(expect.stringMatching(/^no text found on page 1: /));
  });

  it('a grey photocopied page of one heading (state-2026k 195’s second page) reads its heading, thresholded past its grain', async () => {
    const doc = await readPages(documentOf('195-2.jpg', scan('state-2026k-195-2')), { pool });
    expect(doc.text).toBe('KẾ HOẠCH');
    expect(doc.pages[0]!.preparation).toContainEqual(expect.stringMatching(/^thresholded between ink and paper/u));
  });
});

describe('print told from what is not print by its ink', () => {
  it('a speck of dust under a printed day is no pen figure: the day is kept', async () => {
    const doc = await readPages(documentOf('249.jpg', scan('party-2026f-249')), { pool });
    expect(doc.pages[0]!.inkMarks ?? []).toEqual([]);
    expect(doc.text).toContain('ngày 29 tháng 03 năm 2019');
  });

  it('HD 36’s star line read as small scraps (`>*>*z Š`) is read as its three stars, and the title under it is the title', async () => {
    const { record, lineUnder } = await processScan('party-2026g-261');
    expect(lineUnder('ngày 24 tháng 02 năm 2018')).toBe('***');
    expect(record.title).toBe('THAM GIA “HỘI TRẠI TÒNG QUÂN” THỊ XÃ PHƯỚC LONG NĂM 2018');
  });

  it('the quốc hiệu’s star rule read with no star in it (`>E>&>k>k>k>k>E>k`, state-2026j 174) is read as its stars, off the issuer', async () => {
    const { record, lineUnder } = await processScan('state-2026j-174');
    expect(lineUnder('Độc lập - Tự do - Hạnh phúc')).toBe('********');
    expect(record.issuer.name).toBe('Hội đồng Chính phủ');
  });

  it('a star rule read with a digit among its marks (`2*k*>k>k>*`, state-2026 001) is read as its stars, its `2` off the issuer', async () => {
    const { record, lineUnder } = await processScan('state-2026-1');
    expect(lineUnder('ỦY BAN NHÂN DÂN QUẬN 8')).toBe('*****');
    expect(record.issuer.name).toBe('Ủy ban nhân dân quận 8');
  });

  it('both star rules read as `k`, `K` and digits with no star (`2K›k2K2K2Kk2k2k5k`, state-2026b 515) are read as their stars, off the issuer', async () => {
    const { record, lineUnder } = await processScan('state-2026b-515');
    expect(lineUnder('HỘI ĐỒNG BỘ TRƯỞNG')).toBe('********');
    expect(lineUnder('Độc lập - Tự do - Hạnh phúc')).toBe('********');
    expect(record.issuer.name).toBe('Hội đồng Bộ trưởng');
  });
});
