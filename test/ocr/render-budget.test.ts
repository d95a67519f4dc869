// An "operator bomb": a page whose compressed content stream (a few KB)
// expands to hundreds of thousands of drawing operations. Rendering it, or
// reading its text layer, must end with a clear error naming the file and
// page, not run for minutes and gigabytes.
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { DEFAULT_RENDER_BUDGET, loadPage, openPdf, renderPage } from '../../src/ocr/pdf.js';
import { DEFAULT_TEXT_LAYER_BUDGET, TextLayerReader } from '../../src/ocr/pdf-text.js';
import { createOcrPool, readPages } from '../../src/ocr/index.js';
import { VnplanError } from '../../src/errors.js';
import { documentOf, expectVnplanError } from './helpers.js';

async function bomb(operations: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const stream = doc.context.flateStream('10 10 m 20 20 l S\n'.repeat(operations));
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return doc.save();
}

async function renderWith(bytes: Uint8Array, budget: typeof DEFAULT_RENDER_BUDGET): Promise<unknown> {
  const pdf = await openPdf(bytes, 'bomb.pdf', { maxPages: 10, maxPixels: 60e6 });
  try {
    const page = await loadPage(pdf, 1, 'bomb.pdf');
    return await renderPage(pdf, page, 72, 'bomb.pdf', 60e6, budget).catch((error: unknown) => error);
  } finally {
    await pdf.destroy();
  }
}

describe('per-page render budget', () => {
  it('a page with more drawing operations than the budget ends with TOO_LARGE, naming file and page', async () => {
    const bytes = await bomb(60_000);
    expect(bytes.length).toBeLessThan(20_000);
    const error = await renderWith(bytes, { maxOperators: 20_000, maxMs: 600_000 });
    expect(error).toBeInstanceOf(VnplanError);
    expect((error as VnplanError).code).toBe('TOO_LARGE');
    expect((error as VnplanError).message).toBe("bomb.pdf (page 1): the page's drawing has more than 20,000 operations, the limit; not rendered");
  });

  it('a page that renders past its time budget ends with TOO_LARGE', async () => {
    const error = await renderWith(await bomb(60_000), { maxOperators: 1e9, maxMs: 1 });
    expect((error as VnplanError).message).toBe('bomb.pdf (page 1): the page takes more than 0.001 s to render, the limit');
  });

  it('within the budget the page renders', async () => {
    const image = await renderWith(await bomb(1_000), DEFAULT_RENDER_BUDGET);
    expect(image).toMatchObject({ kind: 'raw', width: 595, height: 842 });
  });
});

/**
 * A page of `operations` path operations (deflated by zlib: 10 million are
 * ~60 MB of content in ~250 KB), then a page of text.
 */
async function bombThenText(operations: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bombPage = doc.addPage([595, 842]);
  const content = Buffer.from('10 10 m 20 20 l S\n'.repeat(Math.ceil(operations / 3)));
  bombPage.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(deflateSync(content, { level: 1 }), { Filter: 'FlateDecode' })));
  const text = doc.addPage([595, 842]);
  for (let line = 0; line < 30; line++) text.drawText(`Line ${line} of a page of plain text`, { x: 50, y: 800 - line * 20, size: 12, font });
  return doc.save();
}

/** One page whose text layer is `lines` lines of 50 characters. */
async function wordy(lines: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  for (let line = 0; line < lines; line++) page.drawText('abcdefghij'.repeat(5), { x: 20, y: 20 + (line % 40) * 20, size: 10, font });
  return doc.save();
}

describe('per-page text-layer budget (read in a worker thread)', () => {
  const pool = createOcrPool({ workers: 1 }); // never started: no page here reaches OCR
  afterAll(() => pool.close());

  it('a page whose content stream is an operator bomb ends with TOO_LARGE naming file and page', async () => {
    const bytes = await bombThenText(10_000_000);
    expect(bytes.length).toBeLessThan(1_000_000);
    const error = await expectVnplanError(
      readPages(documentOf('bomb.pdf', bytes), { pool, textLayerBudget: { maxMs: 1_500 } }),
      'TOO_LARGE',
      'bomb.pdf',
      1,
    );
    expect(error.message).toBe("bomb.pdf (page 1): reading the page's text layer takes more than 1.5 s, the limit");
    expect(pool.workersStarted).toBe(0);
  });

  it('a page whose text layer runs past the character budget ends with TOO_LARGE', async () => {
    const reader = new TextLayerReader(await wordy(400), 'wordy.pdf', { ...DEFAULT_TEXT_LAYER_BUDGET, maxChars: 10_000 });
    try {
      const error = await reader.read(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VnplanError);
      expect((error as VnplanError).message).toBe("wordy.pdf (page 1): the page's text layer holds more than 10,000 characters, the limit");
    } finally {
      await reader.close();
    }
  });

  it('within the budget, pages are read one after another by the same thread, each whole', async () => {
    const reader = new TextLayerReader(await bombThenText(3), 'fine.pdf');
    try {
      const [first, second] = await Promise.all([reader.read(1), reader.read(2)]);
      expect(first).toBe('');
      expect(second.split('\n')).toHaveLength(30);
      expect(second).toContain('Line 29 of a page of plain text');
      const missing = await reader.read(3).catch((e: unknown) => e);
      expect((missing as VnplanError).message).toMatch(/^fine\.pdf \(page 3\): /);
    } finally {
      await reader.close();
    }
  });
});
