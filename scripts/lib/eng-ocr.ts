// The OCR that garbled the archive, as the project reproduces it: pages rendered as scans
// (render-page.ts) and read by tesseract.js `eng`, without a Vietnamese model. Shared by the
// scripts that make eng-OCR text (make-channel-pairs.ts, make-eng-ocr.ts); officeScan is the scan
// make-vie-ocr.ts reads with the project's own OCR (and make-scans.ts keeps a few of as fixtures).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM } from 'tesseract.js';
import type { renderPages, RenderOptions } from './render-page.js';

/** A tesseract.js worker with the `eng` LSTM model of @tesseract.js-data/eng, page layout found automatically. */
export async function engWorker(): Promise<Awaited<ReturnType<typeof createWorker>>> {
  const require = createRequire(import.meta.url);
  const langPath = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
  const worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
  return worker;
}

/** Scanner faults vary from page to page, as in an archive: every other page a clean 300 dpi scan, the others coarse. */
export function scanOptions(p: number): Parameters<typeof renderPages>[1] {
  const rough = p % 2 === 1;
  return {
    dpi: rough ? 200 + (p % 3) * 20 : 300,
    rotationDegrees: ((p % 5) - 2) * 0.4,
    blur: rough ? 0.8 + (p % 3) * 0.3 : 0.4 + (p % 3) * 0.2,
    noise: rough ? 12 + (p % 4) * 3 : 6 + (p % 4) * 2,
    specks: rough ? 30 : 15,
    jpegQuality: rough ? 45 + (p % 4) * 6 : 60 + (p % 4) * 6,
    seed: p + 1,
  };
}

/** The scanner's faults of scanOptions, and every third document photocopied before it was scanned. */
export function officeScan(number: number): Partial<RenderOptions> {
  return { ...scanOptions(number), photocopy: number % 3 === 0 };
}
