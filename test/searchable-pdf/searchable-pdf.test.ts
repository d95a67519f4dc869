// Searchable PDFs of the scan fixtures, read back the way any viewer would
// (pdfjs-dist, through vnplan's own text-layer reader): the text holds the
// document within 2 % CER, and the page images are the originals (the same
// JPEG bytes; TIFF pages decoded to the very same pixels). Multi-page inputs
// are the fixtures' first two pages: what is checked holds page by page, and
// every OCR'd page costs seconds on CI's two cores.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/input/index.js';
import { createOcrPool, readPages } from '../../src/ocr/index.js';
import { processFile } from '../../src/pipeline.js';
import { searchablePdf } from '../../src/searchable-pdf/index.js';
import type { DocumentText } from '../../src/types.js';
import { cer, expectVnplanError, pageTexts, SCANS } from '../ocr/helpers.js';
import { firstPages } from '../helpers/tiff.js';

const pool = createOcrPool({ workers: 2 });
const temps: string[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
// OCR of up to two pages on a shared two-core machine
const SLOW = 300_000;
/** Pages of each multi-page input. */
const PAGES = 2;
afterAll(async () => {
  await pool.close();
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The searchable PDF of an input, written to a temp file and read back by the input and page stages. */
async function roundTrip(path: string) {
  const name = basename(path);
  const bytes = new Uint8Array(await readFile(path));
  const { document, restored } = await processFile(path, { pool });
  const pdf = await searchablePdf({ path, bytes }, document, restored.text);
  const out = join(await tempDir('vnplan-pdf-'), `${name}.pdf`);
  await writeFile(out, pdf);
  const back = await readPages(await readInput(out));
  return { bytes, pdf, back, document };
}

/** A fixture cut to its first PAGES pages, written to a temp folder. */
async function firstPagesOf(name: string): Promise<string> {
  const bytes = await readFile(join(SCANS, name));
  let cut: Uint8Array;
  if (name.endsWith('.tiff')) cut = firstPages(bytes, PAGES);
  else {
    const source = await PDFDocument.load(bytes);
    const target = await PDFDocument.create();
    for (const page of await target.copyPages(source, [...Array(PAGES).keys()])) target.addPage(page);
    cut = await target.save();
  }
  const path = join(await tempDir('vnplan-pages-'), name);
  await writeFile(path, cut);
  return path;
}

/** The clean text of a rendered fixture's first PAGES pages. */
const firstPagesText = (id: string) => pageTexts(id).slice(0, PAGES).join('\n');

/** Image XObjects of a PDF: filter and the stream's stored bytes. */
async function images(pdfBytes: Uint8Array): Promise<{ filter: string; width: number; height: number; bits: number; contents: Uint8Array; colour: string }[]> {
  const pdf = await PDFDocument.load(pdfBytes);
  const found = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    if (object.dict.get(PDFName.of('SMask')) === undefined && object.dict.get(PDFName.of('ColorSpace')) === undefined) continue;
    found.push({
      filter: String(object.dict.get(PDFName.of('Filter'))),
      width: Number(String(object.dict.get(PDFName.of('Width')))),
      height: Number(String(object.dict.get(PDFName.of('Height')))),
      colour: String(object.dict.get(PDFName.of('ColorSpace'))),
      bits: Number(String(object.dict.get(PDFName.of('BitsPerComponent')))),
      contents: object.contents,
    });
  }
  return found;
}

describe('searchable PDF', () => {
  it('a JPEG page: the same JPEG bytes under a text layer that reads back within 2 % CER', async () => {
    const { bytes, pdf, back } = await roundTrip(join(SCANS, '002_page1.jpg'));
    expect(back.pages.map((p) => p.method)).toEqual(['text-layer']);
    expect(cer(back.text, pageTexts('002')[0]!)).toBeLessThanOrEqual(0.02);
    const embedded = await images(pdf);
    expect(embedded).toHaveLength(1);
    expect(embedded[0]!.filter).toBe('/DCTDecode');
    expect(Buffer.compare(Buffer.from(embedded[0]!.contents), Buffer.from(bytes))).toBe(0);
  }, SLOW);

  it('a multi-page CCITT TIFF: one page per TIFF page, pixels kept exactly (1 bit each), text within 2 % CER', async () => {
    const { bytes, pdf, back } = await roundTrip(await firstPagesOf('004_scan.tiff'));
    expect(back.pages.map((p) => p.method)).toEqual(Array(PAGES).fill('text-layer'));
    expect(cer(back.text, firstPagesText('004'))).toBeLessThanOrEqual(0.02);
    const embedded = await images(pdf);
    expect(embedded).toHaveLength(PAGES);
    for (const [index, image] of embedded.entries()) {
      // a black-and-white page: every channel sharp decodes it to is the same
      const { data, info } = await sharp(bytes, { page: index }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      expect(image.filter).toBe('/FlateDecode');
      expect([image.width, image.height]).toEqual([info.width, info.height]);
      expect(image.bits).toBe(1);
      const rowBytes = Math.ceil(info.width / 8);
      const packed = inflateSync(image.contents);
      const unpacked = Buffer.alloc(info.width * info.height);
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) unpacked[y * info.width + x] = packed[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
      }
      expect(Buffer.compare(unpacked, data)).toBe(0);
    }
  }, SLOW);

  it('an image-only PDF: its JPEG pages untouched, text added on every page within 2 % CER', async () => {
    const { bytes, pdf, back } = await roundTrip(await firstPagesOf('002_scan.pdf'));
    expect(back.pages.map((p) => p.method)).toEqual(Array(PAGES).fill('text-layer'));
    expect(cer(back.text, firstPagesText('002'))).toBeLessThanOrEqual(0.02);
    const before = (await images(bytes)).map((i) => Buffer.from(i.contents).toString('base64'));
    const after = (await images(pdf)).map((i) => Buffer.from(i.contents).toString('base64'));
    expect(before.length).toBe(PAGES);
    expect(after.sort()).toEqual(before.sort());
  }, SLOW);

  it('a PDF with a real text layer is copied as it is', async () => {
    const path = join(SCANS, '002_textlayer.pdf');
    const bytes = new Uint8Array(await readFile(path));
    const { document, restored } = await processFile(path, { pool });
    const pdf = await searchablePdf({ path, bytes }, document, restored.text);
    expect(Buffer.compare(Buffer.from(pdf), Buffer.from(bytes))).toBe(0);
  });

  it('a text file has no pages to make a PDF from: a clear error naming it', async () => {
    const path = join(SCANS, '002.txt');
    const { document, restored } = await processFile(path);
    await expectVnplanError(searchablePdf({ path, bytes: new Uint8Array(await readFile(path)) }, document, restored.text), 'UNSUPPORTED_FORMAT', path);
  });
});

describe('searchable PDF: how images are kept', () => {
  it('a JPEG turned by its EXIF orientation: the same bytes, the turn as the page /Rotate, text still in reading order', async () => {
    const dir = await tempDir('vnplan-exif-');
    const path = join(dir, 'turned.jpg');
    // the page stored on its side, with the tag that tells a viewer to turn it upright
    await writeFile(path, await sharp(join(SCANS, '002_page1.jpg')).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer());
    const bytes = new Uint8Array(await readFile(path));
    const { document, restored } = await processFile(path, { pool });
    const pdf = await searchablePdf({ path, bytes }, document, restored.text);
    const [image] = await images(pdf);
    expect(Buffer.compare(Buffer.from(image!.contents), Buffer.from(bytes))).toBe(0);
    expect((await PDFDocument.load(pdf)).getPage(0).getRotation().angle).toBe(90);
    const out = join(dir, 'turned.pdf');
    await writeFile(out, pdf);
    const back = await readPages(await readInput(out));
    expect(cer(back.text, pageTexts('002')[0]!)).toBeLessThanOrEqual(0.02);
  }, SLOW);

  it('PNGs of 8 and 16 bits, with alpha: the very same samples, alpha as a soft mask', async () => {
    const width = 40;
    const height = 30;
    const rgba = Buffer.alloc(width * height * 4);
    for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 37) % 256;
    const empty: DocumentText = { path: 'x.png', format: 'png', pages: [], text: '' };
    for (const sixteen of [false, true]) {
      let png = sharp(rgba, { raw: { width, height, channels: 4 } });
      if (sixteen) png = png.toColourspace('rgb16');
      const bytes = new Uint8Array(await png.png().toBuffer());
      const pdf = await searchablePdf({ path: 'x.png', bytes }, empty, '');
      const found = await images(pdf);
      const { data } = await sharp(bytes).raw({ depth: sixteen ? 'ushort' : 'uchar' }).toBuffer({ resolveWithObject: true });
      const size = sixteen ? 2 : 1;
      const stored = Buffer.concat([inflateSync(found.find((i) => i.colour === '/DeviceRGB')!.contents)]);
      const mask = inflateSync(found.find((i) => i.colour === '/DeviceGray')!.contents);
      for (let p = 0; p < width * height; p++) {
        for (let c = 0; c < 4; c++) {
          for (let b = 0; b < size; b++) {
            // PDF samples are big-endian, sharp's in machine order (little-endian here)
            const expected = data[(p * 4 + c) * size + (sixteen ? size - 1 - b : b)];
            const actual = c < 3 ? stored[(p * 3 + c) * size + b] : mask[p * size + b];
            if (actual !== expected) throw new Error(`${sixteen ? 16 : 8}-bit pixel ${p} channel ${c}: ${actual} != ${expected}`);
          }
        }
      }
    }
  });
});
