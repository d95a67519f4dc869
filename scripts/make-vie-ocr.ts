// Unseen documents as a real scanned archive reaches the project, read once and committed so
// `npm run eval -- --variant scan` never OCRs:
//   nice npx tsx scripts/make-vie-ocr.ts [--set outside-NAME|dev]... [--text NNN]... [--force]
// Every text of the chosen sets (all of ocr-sets.ts's when no --set) is rendered as an office scan
// by the project's scan maker (scripts/lib/render-page.ts with eng-ocr.ts officeScan: the skew,
// blur, noise, dust and JPEG of scanOptions, a clean 300 dpi scan and a coarse one in turn by the
// document's number, and every third document a photocopy scanned) and each page is read by the
// project's own OCR stage (src/ocr readPages: page cleaning, deskew, tesseract.js `vie`, reading
// order), as `vnplan
// extract page.jpg` reads it; the pages' text, joined by a blank line as the pipeline joins
// them, is written to the set's vie-ocr/ folder under the text's own name. Files already there
// are kept unless --force; --text reads only the texts of those numbers (after a fix of the OCR
// stage, the pages it was made for). Deterministic for a given font and tesseract.js.
// Needs a font with Vietnamese glyphs (apt-get install -y fonts-liberation2). OCR is heavy: run
// it with `nice`; it uses one OCR worker.
import { inputFromBytes } from '../src/input/index.js';
import { createOcrPool, readPages } from '../src/ocr/index.js';
import { officeScan } from './lib/eng-ocr.js';
import { flagValues } from './lib/flags.js';
import { writeOcrTexts } from './lib/ocr-sets.js';
import { renderPages } from './lib/render-page.js';

async function main(): Promise<void> {
  const only = flagValues('--set');
  const numbers = flagValues('--text').map(Number);
  const pool = createOcrPool({ lang: 'vie', workers: 1 });
  try {
    await writeOcrTexts({
      only: only.length > 0 ? only : undefined,
      folder: 'vie-ocr',
      force: process.argv.includes('--force'),
      numbers: numbers.length > 0 ? numbers : undefined,
      read: async (text, number) => {
        const pages: string[] = [];
        for (const [i, image] of (await renderPages(text, officeScan(number))).entries()) {
          const page = await inputFromBytes(`${number}-page${i + 1}.jpg`, image);
          const read = await readPages(page, { pool });
          // a page that read nothing is said, not left as a silently empty reading
          for (const warning of read.warnings ?? []) console.warn(`  ${number} page ${i + 1}: ${warning}`);
          pages.push(read.text);
        }
        return pages;
      },
    });
  } finally {
    await pool.close();
  }
}

await main();
