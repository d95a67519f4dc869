// PDF and image pages that never reach OCR: the text layer, and every kind of bad file.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { createOcrPool, hasRealText, readPages } from '../../src/ocr/index.js';
import { cer, documentOf, expectVnplanError, fixture, SCANS } from './helpers.js';
import { encryptedPdf } from '../helpers/encrypted-pdf.js';
import { multiPageTiff } from '../helpers/tiff.js';

// never started: no test here may OCR a page
const pool = createOcrPool({ workers: 1 });
afterAll(() => pool.close());

describe('PDF with a text layer', () => {
  it('is read from the layer, page by page, and never OCR\'d', async () => {
    const doc = await readPages(fixture('002_textlayer.pdf'), { pool });
    expect(doc.format).toBe('pdf');
    expect(doc.pages.length).toBeGreaterThan(1);
    expect(doc.pages.every((page) => page.method === 'text-layer' && page.confidence === null)).toBe(true);
    expect(pool.pagesRecognised).toBe(0);
    expect(pool.workersStarted).toBe(0);
    expect(cer(doc.text, readFileSync(join(SCANS, '002.txt'), 'utf8'))).toBeLessThan(0.005);
    expect(doc.text).toContain('Lục Ba, ngày 22 tháng 01 năm 2024');
  });

  it('real text means letters, not a page number or unmapped glyphs', () => {
    expect(hasRealText('')).toBe(false);
    expect(hasRealText('Trang 1')).toBe(false);
    expect(hasRealText('\uFFFD'.repeat(200) + ' Kế hoạch thi đua năm 2024 của xã')).toBe(false);
    expect(hasRealText('Kế hoạch phát động đợt thi đua cao điểm năm 2024')).toBe(true);
  });
});

describe('bad PDFs give their error, naming the file', () => {
  const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(SCANS, name)));

  it('truncated: CORRUPT_PDF', async () => {
    const full = bytesOf('002_scan.pdf');
    await expectVnplanError(readPages(documentOf('cut.pdf', full.slice(0, full.length / 3)), { pool }), 'CORRUPT_PDF', 'cut.pdf');
  });

  it('a PDF header over garbage: CORRUPT_PDF', async () => {
    const bytes = Uint8Array.from([...Buffer.from('%PDF-1.7\n'), ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)]);
    await expectVnplanError(readPages(documentOf('garbage.pdf', bytes), { pool }), 'CORRUPT_PDF', 'garbage.pdf');
  });

  it('zero pages: CORRUPT_PDF "no pages"', async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const error = await expectVnplanError(readPages(documentOf('empty.pdf', empty), { pool }), 'CORRUPT_PDF', 'empty.pdf');
    expect(error.message).toContain('no pages');
  });

  it('encrypted with a user password: ENCRYPTED_PDF', async () => {
    await expectVnplanError(readPages(documentOf('locked.pdf', await encryptedPdf()), { pool }), 'ENCRYPTED_PDF', 'locked.pdf');
  });

  it('more pages than the limit: TOO_LARGE', async () => {
    await expectVnplanError(readPages(fixture('002_textlayer.pdf'), { pool, limits: { maxPages: 2 } }), 'TOO_LARGE', '002_textlayer.pdf');
  });

  it('an absurd page size: TOO_LARGE naming the page', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    pdf.addPage([14_400, 14_400]); // 200 × 200 inches
    const error = await expectVnplanError(readPages(documentOf('poster.pdf', await pdf.save()), { pool }), 'TOO_LARGE', 'poster.pdf', 2);
    expect(error.message).toContain('(page 2)');
  });
});

describe('bad images give their error, naming the file', () => {
  it('a PNG signature over garbage: CORRUPT_IMAGE', async () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 400 }, (_, i) => (i * 53) % 256)]);
    await expectVnplanError(readPages(documentOf('broken.png', bytes), { pool }), 'CORRUPT_IMAGE', 'broken.png', 1);
  });

  it('a truncated JPEG: CORRUPT_IMAGE', async () => {
    const jpeg = fixture('002_page1.jpg');
    if (jpeg.format === 'text') throw new Error('unreachable');
    const cut = documentOf('cut.jpg', jpeg.bytes.slice(0, 3000));
    await expectVnplanError(readPages(cut, { pool }), 'CORRUPT_IMAGE', 'cut.jpg', 1);
  });

  it('more pixels than the limit: TOO_LARGE', async () => {
    await expectVnplanError(readPages(fixture('002_page1.jpg'), { pool, limits: { maxPixels: 4_000_000 } }), 'TOO_LARGE', '002_page1.jpg', 1);
  });

  // the first page is a fine page: refused before it is read means every header was checked first
  it('a TIFF whose 2nd page is past the pixel limit: TOO_LARGE naming file and page, no page read', async () => {
    const tiff = multiPageTiff([{ width: 600, height: 800, grey: 200 }, { width: 8000, height: 8000 }]);
    expect(tiff.length).toBeLessThan(200_000);
    const error = await expectVnplanError(readPages(documentOf('bomb.tiff', tiff), { pool }), 'TOO_LARGE', 'bomb.tiff', 2);
    expect(error.message).toBe('bomb.tiff (page 2): the page is 8000×8000 pixels, the limit is 60 megapixels');
    expect(pool.pagesRecognised).toBe(0);
  });

  it('a TIFF whose 3rd page is a strip: BAD_PAGE_SIZE naming file and page', async () => {
    const tiff = multiPageTiff([{ width: 600, height: 800 }, { width: 600, height: 800 }, { width: 2000, height: 10 }]);
    const error = await expectVnplanError(readPages(documentOf('strip.tiff', tiff), { pool }), 'BAD_PAGE_SIZE', 'strip.tiff', 3);
    expect(error.message).toContain('(page 3): the image is 2000×10 pixels: too small to hold a page of text');
  });

  it('a TIFF of more pages than the limit: TOO_LARGE', async () => {
    const tiff = multiPageTiff(Array.from({ length: 4 }, () => ({ width: 100, height: 140 })));
    const error = await expectVnplanError(readPages(documentOf('long.tiff', tiff), { pool, limits: { maxPages: 3 } }), 'TOO_LARGE', 'long.tiff');
    expect(error.message).toBe('long.tiff: 4 pages, the limit is 3');
  });

  it('none of these started an OCR worker', () => {
    expect(pool.workersStarted).toBe(0);
  });
});

