// What read a document decides whether restoration weighs the vie model's hook misreadings (Tố chức for Tổ
// chức): pages OCR'd here with `vie` say so themselves, a text file only through its caller (the eval's
// scan variant: texts the project's OCR stage wrote out), in one chunk or held in several.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreFile } from '../../src/pipeline.js';
import { readerOf } from '../../src/ocr/index.js';
import type { DocumentText, PageText } from '../../src/types.js';

const READ = readFileSync(new URL('../../fixtures/outside/state-2026f/vie-ocr/131_tinh-qd-dean-thidua-2021.txt', import.meta.url));

describe('a text read by the vie model', () => {
  it('has its hook misreadings weighed only when its caller says the vie model read it', async () => {
    // one chunk, and held outside the heap as a text of several (1,946 bytes)
    for (const chunkChars of [undefined, 500]) {
      const read = await restoreFile('131.txt', { bytes: READ, chunkChars, readBy: 'vie-ocr' });
      expect(read.restored.text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương');
      const unsaid = await restoreFile('131.txt', { bytes: READ, chunkChars });
      expect(unsaid.restored.text).toContain('Căn cứ Luật Tố chức chính quyền địa phương');
    }
  });
});

describe('readerOf', () => {
  const page = (method: PageText['method'], text: string): PageText => ({ pageNumber: 1, text, method, confidence: null, dpi: null, skewDegrees: null });
  const document = (model: string | null, pages: PageText[]): DocumentText => ({
    path: 'plan.pdf',
    format: 'pdf',
    pages,
    text: pages.map((p) => p.text).join('\n\n'),
    ...(model !== null && { ocrEngine: { name: 'tesseract.js', version: '6', model } }),
  });
  const body = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015';

  it('is the vie model for a document mostly OCR-read with a model of vie', () => {
    expect(readerOf(document('vie best sha256:0123456789ab', [page('ocr', body)]))).toBe('vie-ocr');
    expect(readerOf(document('vie+eng best sha256:0123456789ab', [page('ocr', body), page('text-layer', 'Trang 2')]))).toBe('vie-ocr');
  });

  it('is another OCR for one read by another model, or one mostly of text-layer pages with some OCR-read', () => {
    expect(readerOf(document('eng best sha256:0123456789ab', [page('ocr', body)]))).toBe('ocr');
    expect(readerOf(document('vie best sha256:0123456789ab', [page('text-layer', body), page('ocr', 'Trang 2')]))).toBe('ocr');
  });

  it('is none for text-layer pages or a text', () => {
    expect(readerOf(document(null, [page('text-layer', body)]))).toBeUndefined();
    expect(readerOf({ ...document(null, [page('text', body)]), format: 'text' })).toBeUndefined();
  });
});
