// Held-out synthetic pairs for the real-word corrector of restoration: text
// OCR'd WITH Tesseract's Vietnamese model, against its truth.
//   npx tsx scripts/make-vie-pairs.ts [--data DIR] [--pages N] [--out DIR]
// 1. Takes paragraphs of the held-out slice of corpus-vbpl (the documents
//    matching HOLDOUT_DOCUMENT, left out of tables built with
//    `npm run build:dictionaries -- --holdout --out TABLES`), and upper-cases
//    about half of the heading-like lines (Chương, Điều N., I., 1. titles
//    without a full stop), as plans write their section titles.
// 2. Renders each as a scanned page (scripts/lib/render-page.ts) and reads it
//    through the pipeline's own OCR (src/ocr: createOcrPool({ lang: 'vie' }),
//    readPages).
// 3. Writes DIR/NN.truth.txt (the page as laid out) and DIR/NN.ocr.txt
//    (default DIR: out/vie-pairs, git-ignored); pages already there are kept.
// Scored by `npx tsx scripts/eval-restore.ts --vie TABLES [--pairs DIR]`.
// With --dev-fixtures DIR: the first pages of every dev-set text (DIR, e.g.
// ../shared/dev-plans/texts) read the same way, written to
// test/restore/fixtures/vie/NNN.{ocr,truth}.txt: right text as a Vietnamese
// OCR reads it, on which restoration must do no harm (scripts/eval-restore.ts).
// Never reads the samples, the gold or the scans. Needs fonts-liberation2.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createOcrPool, readPages } from '../src/ocr/index.js';
import { paginate, renderPages } from './lib/render-page.js';
import { flagValue, rawDataDir } from './lib/flags.js';
import { HOLDOUT_DOCUMENT } from './lib/score-restoration.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = rawDataDir();
const pageCount = Number(flagValue('--pages') ?? 24);
const outDir = resolve(flagValue('--out') ?? join(root, 'out', 'vie-pairs'));

/** A line that reads as a section title: a numbered or lettered head without a full stop, short. */
export function headingLike(line: string): boolean {
  const t = line.trim();
  return t.length >= 8 && t.length <= 90 && !/[.;:,]$/.test(t) && /^(Chương|Mục|Điều \d+\.|[IVX]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s*\S/u.test(t);
}

/** Upper-cases every other heading-like line (deterministic), as plans print their titles. */
export function withHeadings(lines: readonly string[]): string[] {
  let k = 0;
  return lines.map((l) => (headingLike(l) && k++ % 2 === 0 ? l.toUpperCase() : l));
}

/** A run of lines from each held-out document, spread over the slice and over each document. */
function heldOutTexts(pages: number): string[] {
  const dir = join(dataDir, 'corpus-vbpl');
  const files = readdirSync(dir).filter((f) => HOLDOUT_DOCUMENT.test(f)).sort();
  const texts: string[] = [];
  for (let p = 0; p < pages; p++) {
    const file = files[p % files.length] ?? '';
    const lines = readFileSync(join(dir, file), 'utf8').normalize('NFC').split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && !/[|#]/.test(l));
    const from = Math.floor((lines.length * (0.2 + 0.6 * ((Math.floor(p / files.length) * 0.37) % 1))) );
    texts.push(withHeadings(lines.slice(from, from + 30)).join('\n'));
  }
  return texts;
}

/** Scanner faults from page to page: clean 300 dpi scans and coarser ones. */
function scanOptions(p: number): Parameters<typeof renderPages>[1] {
  const rough = p % 3 === 2;
  return {
    dpi: rough ? 240 : 300,
    rotationDegrees: ((p % 5) - 2) * 0.3,
    blur: rough ? 0.8 : 0.4 + (p % 3) * 0.15,
    noise: rough ? 12 : 6 + (p % 4) * 2,
    specks: rough ? 25 : 10,
    jpegQuality: rough ? 55 : 70 + (p % 4) * 5,
    seed: 101 + p,
  };
}

/** Pages of each dev-set text made into Vietnamese-OCR fixtures. */
const DEV_PAGES = 2;

/** The first DEV_PAGES pages of each dev-set text, with the name of the fixture they become. */
function devTexts(dir: string): { id: string; text: string }[] {
  return readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => {
    const text = readFileSync(join(dir, f), 'utf8').normalize('NFC');
    return { id: f.slice(0, 3), text: paginate(text, scanOptions(0)).slice(0, DEV_PAGES).join('\n') };
  });
}

async function main(): Promise<void> {
  const devDir = flagValue('--dev-fixtures');
  const dev = devDir ? devTexts(resolve(devDir)) : null;
  const fixtureDir = join(root, 'test', 'restore', 'fixtures', 'vie');
  const texts = dev ? dev.map((d) => d.text) : heldOutTexts(pageCount);
  const name = dev
    ? (p: number, kind: string): string => join(fixtureDir, `${dev[p]?.id ?? p}.${kind}.txt`)
    : (p: number, kind: string): string => join(outDir, `${String(p + 1).padStart(2, '0')}.${kind}.txt`);
  mkdirSync(dev ? fixtureDir : outDir, { recursive: true });
  const pool = createOcrPool({ lang: 'vie' });
  try {
    await Promise.all(
      texts.map(async (text, p) => {
        if (existsSync(name(p, 'ocr'))) return;
        const options = scanOptions(p);
        const images = await renderPages(text, options);
        const references = paginate(text, options);
        if (images.length === 0 || references.length === 0) return;
        const read: string[] = [];
        for (const [i, image] of images.entries()) {
          const doc = { path: `vie-pair-${p + 1}-${i + 1}.jpg`, format: 'jpeg' as const, byteLength: image.length, bytes: new Uint8Array(image) };
          read.push((await readPages(doc, { pool })).text.trim());
        }
        writeFileSync(name(p, 'truth'), references.join('\n\n') + '\n');
        writeFileSync(name(p, 'ocr'), read.join('\n\n') + '\n');
        console.log(`page ${p + 1}/${texts.length}`);
      }),
    );
  } finally {
    await pool.close();
  }
}

// Run as a script only: scripts/eval-restore.ts imports the heading helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
