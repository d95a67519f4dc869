// OCR of real scanned fixtures with the Vietnamese model, and the pool's
// timeout, recycling and languages. A few pages only: CI has two cores.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { createOcrPool, readPages, type OcrPool } from '../../src/ocr/index.js';
import { cleanPage } from '../../src/ocr/clean.js';
import { cer, documentOf, expectVnplanError, fixture, pageTexts, SCANS } from './helpers.js';

const MAX_CER = 0.02;
const pool = createOcrPool({ lang: 'vie' });
const pools: OcrPool[] = [pool];
afterAll(() => Promise.all(pools.map((p) => p.close())));

function newPool(options: Parameters<typeof createOcrPool>[0]): OcrPool {
  const made = createOcrPool(options);
  pools.push(made);
  return made;
}

const page1Jpeg = readFileSync(join(SCANS, '002_page1.jpg'));

/** The heading block of page 1 (four short lines), cleaned: a page that OCRs in a fraction of a second. */
async function smallPage(): Promise<Uint8Array> {
  const crop = await sharp(page1Jpeg).extract({ left: 0, top: 0, width: 2480, height: 700 }).png().toBuffer();
  return (await cleanPage({ kind: 'encoded', bytes: crop }, { file: 'crop.png', page: 1, dpi: 300, maxPixels: 60_000_000 })).image;
}

describe('OCR of scanned fixtures (vie)', () => {
  it(`a JPEG page: CER ≤ ${MAX_CER * 100} % before restoration, confidences kept`, async () => {
    const doc = await readPages(fixture('002_page1.jpg'), { pool });
    expect(doc.pages).toHaveLength(1);
    const [page] = doc.pages;
    expect(page).toMatchObject({ pageNumber: 1, method: 'ocr', dpi: 300 });
    expect(Math.abs(page!.skewDegrees! - 0.8)).toBeLessThanOrEqual(0.3);
    expect(page!.confidence).toBeGreaterThan(80);
    expect(page!.words!.length).toBeGreaterThan(300);
    expect(page!.words!.every((w) => w.confidence >= 0 && w.confidence <= 100)).toBe(true);
    expect(cer(page!.text, pageTexts('002')[0]!)).toBeLessThanOrEqual(MAX_CER);
  });

  it('an image-only PDF page is rendered at the chosen DPI and OCR\'d', async () => {
    const pdf = await PDFDocument.create();
    const image = await pdf.embedJpg(page1Jpeg);
    pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    const doc = await readPages(documentOf('one-page.pdf', await pdf.save()), { pool, dpi: 300 });
    expect(doc.pages.map((p) => [p.method, p.dpi])).toEqual([['ocr', 300]]);
    expect(cer(doc.text, pageTexts('002')[0]!)).toBeLessThanOrEqual(MAX_CER);
  });

  it('a multi-page 1-bit TIFF gives every page, in order', async () => {
    const doc = await readPages(fixture('004_scan.tiff'), { pool });
    const references = pageTexts('004');
    expect(doc.format).toBe('tiff');
    expect(doc.pages.map((p) => p.pageNumber)).toEqual(references.map((_, i) => i + 1));
    doc.pages.forEach((page, i) => {
      expect(page.method).toBe('ocr');
      expect(cer(page.text, references[i]!)).toBeLessThanOrEqual(MAX_CER);
    });
    expect(cer(doc.text, readFileSync(join(SCANS, '004.txt'), 'utf8'))).toBeLessThanOrEqual(MAX_CER);
  });
});

describe('other image formats', () => {
  it.each(['png', 'webp'] as const)('a %s page is cleaned and read', async (format) => {
    const crop = sharp(page1Jpeg).extract({ left: 0, top: 0, width: 2480, height: 700 }).withMetadata({ density: 300 });
    const bytes = format === 'png' ? await crop.png().toBuffer() : await crop.webp({ quality: 80 }).toBuffer();
    const doc = await readPages(documentOf(`crop.${format}`, bytes), { pool });
    expect(doc.format).toBe(format);
    expect(doc.text).toContain('66/KH-UBND');
  });
});

describe('the OCR pool', () => {
  it('a page past its time gives OCR_TIMEOUT naming file and page, and the stuck worker is replaced', async () => {
    const hasty = newPool({ workers: 1, pageTimeoutMs: 1 });
    const image = await smallPage();
    await expectVnplanError(hasty.recognize({ image, file: 'slow.png', page: 3 }), 'OCR_TIMEOUT', 'slow.png', 3);
    await expectVnplanError(hasty.recognize({ image, file: 'slow.png', page: 4 }), 'OCR_TIMEOUT', 'slow.png', 4);
    expect(hasty.workersStarted).toBe(2);
  });

  it('recycles a worker after N pages', async () => {
    const recycling = newPool({ workers: 1, recycleAfter: 2 });
    const image = await smallPage();
    for (let page = 1; page <= 3; page++) {
      const result = await recycling.recognize({ image, file: 'crop.png', page });
      expect(result.text).toContain('KH-UBND');
    }
    expect(recycling.workersStarted).toBe(2);
    expect(recycling.pagesRecognised).toBe(3);
  });

  it('reads with eng and with vie+eng too, from the installed models', async () => {
    const image = await smallPage();
    const eng = await newPool({ lang: 'eng', workers: 1 }).recognize({ image, file: 'crop.png', page: 1 });
    expect(eng.text).toContain('KH-UBND');
    const both = await newPool({ lang: 'vie+eng', workers: 1 }).recognize({ image, file: 'crop.png', page: 1 });
    expect(both.text).toContain('Lục Ba');
  });

  it('refuses pages once closed', async () => {
    const closing = newPool({ workers: 1 });
    await closing.close();
    await expectVnplanError(closing.recognize({ image: new Uint8Array(), file: 'late.png', page: 1 }), 'OCR_FAILED', 'late.png', 1);
  });
});
