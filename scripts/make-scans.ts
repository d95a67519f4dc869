// npm run make:scans — renders clean texts into realistic scanned fixtures in
// fixtures/scans/ (deterministic: same seeds, same files):
//
//   002_scan.pdf       image-only PDF, greyscale JPEG pages (rotated +0.8°)
//   004_scan.pdf       image-only PDF, greyscale JPEG pages (rotated −1.1°)
//   001_scan.pdf       image-only PDF, 1-bit pages as black-and-white office scanners make them
//   004_scan.tiff      the 004 pages as one multi-page TIFF (CCITT G4, 1-bit)
//   002_page1.jpg      one page photo-copied to JPEG
//   002_textlayer.pdf  a born-digital PDF with a real text layer
//   NNN.txt            the clean text each was rendered from (reference for CER)
//   NNN.pages.json     that text as laid out on each page (reference for one page)
//
// Set-up (fonts are needed here only, never by the tests):
//   apt-get install -y fonts-liberation2
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, drawObject, popGraphicsState, pushGraphicsState, concatTransformationMatrix } from 'pdf-lib';
import sharp from 'sharp';
import { paginate, renderPages, renderTextPdf, type RenderOptions } from './lib/render-page.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'fixtures/scans');
const A4_POINTS = { width: 595.28, height: 841.89 };
const MAX_FIXTURE_BYTES = 1.5 * 1024 * 1024;

/** The faults of each scan: mild, like a flatbed office scanner at 300 dpi. */
const SCANNER: Record<string, Partial<RenderOptions>> = {
  '002': { rotationDegrees: 0.8, blur: 0.8, noise: 6, specks: 30, seed: 2002 },
  '004': { rotationDegrees: -1.1, blur: 0.7, noise: 6, specks: 25, seed: 2004 },
  '001': { rotationDegrees: 0.5, blur: 0.9, noise: 8, specks: 20, seed: 2001 },
};
const JPEG = { quality: 55, mozjpeg: true };
/** Grey level under which a pixel is ink in the 1-bit scans. */
const BILEVEL_THRESHOLD = 150;

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const texts = {
    '002': markdownToPlain(await readSample('002')),
    '004': markdownToPlain(await readSample('004')),
    '001': goldToPlain(await readFile(join(ROOT, 'fixtures/gold-text/001.txt'), 'utf8')),
  };
  for (const [id, text] of Object.entries(texts)) {
    await write(`${id}.txt`, text);
    await write(`${id}.pages.json`, JSON.stringify(paginate(text), null, 1) + '\n');
  }

  const pages002 = await renderPages(texts['002'], SCANNER['002']);
  const pages004 = await renderPages(texts['004'], SCANNER['004']);
  const pages001 = await renderPages(texts['001'], SCANNER['001']);

  await write('002_scan.pdf', await jpegPdf(pages002));
  await write('002_page1.jpg', await toJpeg(pages002[0]!));
  await write('004_scan.pdf', await jpegPdf(pages004));
  await write('004_scan.tiff', await bilevelTiff(pages004));
  await write('001_scan.pdf', await bilevelPdf(pages001));
  await write('002_textlayer.pdf', renderTextPdf(texts['002']));
}

async function readSample(id: string): Promise<string> {
  const name = (await readdir(join(ROOT, 'fixtures/samples'))).find((file) => file.startsWith(`${id}_`));
  if (!name) throw new Error(`no sample ${id} in fixtures/samples`);
  return readFile(join(ROOT, 'fixtures/samples', name), 'utf8');
}

/** The samples are Markdown: drop heading marks, bold marks and hard-break spaces, keep the words. */
export function markdownToPlain(markdown: string): string {
  return tidy(
    markdown
      .split('\n')
      .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').replace(/\s+$/, ''))
      .join('\n'),
  );
}

/** The gold text marks uncertain words ⟦like this⟧: keep the words, drop the brackets. */
export function goldToPlain(gold: string): string {
  return tidy(gold.replace(/[⟦⟧]/g, ''));
}

function tidy(text: string): string {
  return text.normalize('NFC').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

async function toJpeg(page: Buffer): Promise<Buffer> {
  return sharp(page).jpeg(JPEG).withMetadata({ density: 300 }).toBuffer();
}

/** Image-only PDF, one full-page JPEG per A4 page. */
async function jpegPdf(pages: Buffer[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false }); // no creation date: the same bytes on every run
  for (const page of pages) {
    const image = await pdf.embedJpg(await toJpeg(page));
    pdf.addPage([A4_POINTS.width, A4_POINTS.height]).drawImage(image, { x: 0, y: 0, ...A4_POINTS });
  }
  return pdf.save({ useObjectStreams: false });
}

/**
 * Image-only PDF of 1-bit pages (Flate-compressed bit rows), as a black-and-
 * white office scanner writes them; pdf-lib has no embedder for that, so the
 * image XObject is written by hand.
 */
async function bilevelPdf(pages: Buffer[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false }); // no creation date: the same bytes on every run
  for (const page of pages) {
    const { bits, width, height } = await bilevel(page);
    const image = pdf.context.register(
      pdf.context.flateStream(bits, {
        Type: 'XObject',
        Subtype: 'Image',
        Width: width,
        Height: height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 1,
      }),
    );
    const pdfPage = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
    const name = pdfPage.node.newXObject('Scan', image);
    pdfPage.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(A4_POINTS.width, 0, 0, A4_POINTS.height, 0, 0),
      drawObject(name),
      popGraphicsState(),
    );
  }
  return pdf.save({ useObjectStreams: false });
}

/** Rows of bits, most significant first, 1 = white (DeviceGray), each row padded to a byte. */
async function bilevel(page: Buffer): Promise<{ bits: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(page).greyscale().raw().toBuffer({ resolveWithObject: true });
  const rowBytes = Math.ceil(info.width / 8);
  const bits = new Uint8Array(rowBytes * info.height);
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if ((data[y * info.width + x] ?? 255) >= BILEVEL_THRESHOLD) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { bits, width: info.width, height: info.height };
}

/** One multi-page TIFF, 1-bit CCITT G4 pages at 300 dpi, the fax-era scanner format. */
async function bilevelTiff(pages: Buffer[]): Promise<Buffer> {
  const thresholded = await Promise.all(pages.map((page) => sharp(page).greyscale().threshold(BILEVEL_THRESHOLD).png().toBuffer()));
  return sharp(thresholded, { join: { animated: true } })
    .extractChannel(0) // the join adds an alpha channel; G4 takes one 1-bit channel
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 300 / 25.4, yres: 300 / 25.4, resolutionUnit: 'inch' })
    .toBuffer();
}

async function write(name: string, bytes: string | Uint8Array): Promise<void> {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  if (size > MAX_FIXTURE_BYTES) throw new Error(`${name} is ${(size / 1024 / 1024).toFixed(2)} MB, over the 1.5 MB fixture limit`);
  await writeFile(join(OUT, name), bytes);
  console.log(`${name.padEnd(20)} ${(size / 1024).toFixed(0).padStart(6)} KB`);
}

await main();
