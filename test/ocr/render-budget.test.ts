// An "operator bomb": a page whose compressed content stream (a few KB)
// expands to hundreds of thousands of drawing operations. Rendering it must end
// with a clear error naming the file and page, not run for minutes and gigabytes.
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { DEFAULT_RENDER_BUDGET, loadPage, openPdf, renderPage } from '../../src/ocr/pdf.js';
import { VnplanError } from '../../src/errors.js';

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
