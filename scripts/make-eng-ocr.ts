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
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engWorker, scanOptions } from './lib/eng-ocr.js';
import { flagValue } from './lib/flags.js';
import { renderPages } from './lib/render-page.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each set's texts folder, by the name `npm run eval -- --set` knows it by. */
function sets(): Record<string, string> {
  const found: Record<string, string> = {};
  const outside = join(root, 'fixtures', 'outside');
  for (const name of existsSync(outside) ? readdirSync(outside).sort() : []) found[`outside-${name}`] = join(outside, name);
  found['dev'] = join(root, 'fixtures', 'dev-plans');
  return found;
}

async function main(): Promise<void> {
  const all = sets();
  const only = flagValue('--set');
  if (only !== undefined && !(only in all)) throw new Error(`--set must be one of ${Object.keys(all).join(', ')}`);
  const force = process.argv.includes('--force');
  const worker = await engWorker();
  try {
    for (const [name, dir] of Object.entries(all)) {
      if (only !== undefined && name !== only) continue;
      const out = join(dir, 'eng-ocr');
      mkdirSync(out, { recursive: true });
      for (const file of readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.txt')).sort()) {
        if (!force && existsSync(join(out, file))) continue;
        const text = readFileSync(join(dir, 'texts', file), 'utf8').normalize('NFC');
        const pages: string[] = [];
        for (const image of await renderPages(text, scanOptions(Number.parseInt(file, 10)))) {
          pages.push((await worker.recognize(image)).data.text.trim());
        }
        writeFileSync(join(out, file), pages.join('\n\n') + '\n');
        console.log(`${name} ${file}: ${pages.length} page(s)`);
      }
    }
  } finally {
    await worker.terminate();
  }
}

await main();
