// Old OCR of unseen documents, made once and committed so `npm run eval -- --variant ocr` never OCRs:
//   npx tsx scripts/make-eng-ocr.ts [--set outside-NAME|dev] [--force]
// Every text of each outside set (fixtures/outside/NAME/texts) and of the dev set
// (fixtures/dev-plans/texts) is rendered as a scanned page (scripts/lib/render-page.ts, the
// faults of scanOptions: a clean 300 dpi scan and a coarse one in turn, by the document's number)
// and read by tesseract.js `eng` — the garble of the samples 000/001/003, read without a
// Vietnamese model — and the pages' text, joined by a blank line, is written to the set's
// eng-ocr/ folder under the text's own name. Files already there are kept unless --force.
// Deterministic for a given font and tesseract.js: the same seeds, the same pages.
// Needs a font with Vietnamese glyphs (apt-get install -y fonts-liberation2). OCR is heavy:
// run it with `nice`, one at a time.
import { engWorker, scanOptions } from './lib/eng-ocr.js';
import { flagValue } from './lib/flags.js';
import { writeOcrTexts } from './lib/ocr-sets.js';
import { renderPages } from './lib/render-page.js';

async function main(): Promise<void> {
  const only = flagValue('--set');
  const worker = await engWorker();
  try {
    await writeOcrTexts({
      only: only === undefined ? undefined : [only],
      folder: 'eng-ocr',
      force: process.argv.includes('--force'),
      read: async (text, number) => {
        const pages: string[] = [];
        for (const image of await renderPages(text, scanOptions(number))) pages.push((await worker.recognize(image)).data.text.trim());
        return pages;
      },
    });
  } finally {
    await worker.terminate();
  }
}

await main();
