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
// Real paper (`--only paper` makes these alone), one page each of the plan in
// scripts/lib/letter-spec.ts, laid out with the two-column letterhead:
//   paper_colour.jpg       300 dpi colour scan: red seal over the signer block, blue signature,
//                          number and day written in by hand in blue
//   paper_greypen.jpg      300 dpi greyscale scan of a page whose number and day were written in by
//                          pen: no colour tells the handwriting from the print
//   paper_scan.pdf         image-only PDF of a 300 dpi greyscale scan
//   paper_textlayer.pdf    the same image over the scanner's own text layer: tesseract `eng`
//                          OCR of the page, invisible, as "searchable PDF" scanners write it
//   paper_phone.jpg        phone photo: the sheet at an angle on a dark desk, light falling
//                          off across it, a hand's shadow, blur
//   paper_whitedesk.jpg    the same on a white desk nearly as bright as the paper, at another angle
//   paper_photocopy.jpg    a photocopy photographed at 51 dpi in a dark frame, 300 dpi in its header
//   paper_200dpi.pdf       1-bit 200 dpi pages, as an office scanner's black-and-white mode writes them
//   paper.txt / paper_hand.txt   the printed text of the page (column by column), without / with
//                          the handwritten number and day
//
// Office scans (`--only office` makes these alone), pages of outside documents exactly as
// make-vie-ocr.ts renders them (eng-ocr.ts officeScan) where the OCR stage once failed:
//   office_fresh-2026b-707.jpg   an upright page the ink's orientation signal took for upside down
//   office_fresh-2026b-703.jpg   a noisy coarse page of eight lines, once stretched to snow
//   office_state-2026e-114.jpg   a grey photocopy scanned, once read as nothing
//   office_party-2026f-249.jpg   a speck of dust under the printed day, once taken for a pen figure
//   office_party-2026g-261.jpg   HD 36's star line on a photocopy, once read `>*>*z Š` and taken for the title
//   office_party-2026f-250.jpg   a noisy 300 dpi page whose number `298` was read `208` and `TNCS` `TNGS`
//   office_state-2026j-174.jpg   the quốc hiệu's star rule read `>E>&>k>k>k>k>E>k`, no star in it, glued to the issuer
//   office_state-2026k-191.jpg   a coarse page whose number's slash was read as a fraction slash (`131/2013⁄/NQ-HĐND`)
//   office_state-2026k-195-2.jpg a grey photocopied page of one heading (`KẾ HOẠCH`) whose grain hid it, once read as nothing
//   office_state-2026-1.jpg      the star rule under the organ's name read `2*k*>k>k>*`, its `2` glued to the issuer
//   office_state-2026b-515.jpg   both star rules read with no star (`2K›k2K2K2Kk2k2k5k`), glued to the issuer
// (their texts are fixtures/outside/SET/texts/, one page each)
//
// Set-up (fonts are needed here only, never by the tests):
//   apt-get install -y fonts-liberation2 fonts-dejavu-core
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  PDFDocument,
  StandardFonts,
  TextRenderingMode,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  setTextRenderingMode,
} from 'pdf-lib';
import sharp from 'sharp';
import { createOcrPool } from '../src/ocr/index.js';
import { homography, type Point } from '../src/ocr/sheet.js';
import type { OcrWord } from '../src/types.js';
import { officeScan } from './lib/eng-ocr.js';
import { flagValue } from './lib/flags.js';
import { LETTER } from './lib/letter-spec.js';
import { letterText, mulberry32, paginate, PHOTOCOPY_HAZE, renderLetter, renderPages, renderTextPdf, type RenderOptions } from './lib/render-page.js';

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

/** The outside documents kept as office-scan fixtures: set and file name in fixtures/outside. */
const OFFICE_SCANS = [
  ['fresh-2026b', '707_kontum-qd-quyhoach-2024.txt'],
  ['fresh-2026b', '703_bct-quydinh-dangdoan-2023.txt'],
  ['state-2026e', '114_thanhpho-kh-thidua-ntm-2023.txt'],
  ['party-2026f', '249_huyendoan-thuanchau-daihoi-2019.txt'],
  ['party-2026g', '261_doantruong-phuoclong-hoitrai-2018.txt'],
  ['party-2026f', '250_tudoan-daihoi-2011.txt'],
  ['state-2026j', '174_hdcp-qd-thixa-1976.txt'],
  ['state-2026k', '191_tinh-hdnd-nq-phuonghuong-2013.txt'],
  ['state-2026k', '195_tinh-qd-ctubnd-phobien-2013.txt', 2],
  ['state-2026', '001_quan8-qd-2006.txt'],
  ['state-2026b', '515_hdbt-qd-giaithexa-1981.txt'],
] as const;

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const only = flagValue('--only');
  if (only === undefined) await renderedScans();
  if (only === undefined || only === 'paper') await realPaper();
  if (only === undefined || only === 'office') await officeScans();
}

/** A page of each of OFFICE_SCANS (the first unless a page is named) as make-vie-ocr.ts scans it. */
async function officeScans(): Promise<void> {
  for (const [set, file, pageNumber] of OFFICE_SCANS.map((scan) => [scan[0], scan[1], scan[2] ?? 1] as const)) {
    const text = (await readFile(join(ROOT, 'fixtures/outside', set, 'texts', file), 'utf8')).normalize('NFC');
    const number = Number.parseInt(file, 10);
    const page = (await renderPages(text, officeScan(number)))[pageNumber - 1];
    await write(`office_${set}-${number}${pageNumber === 1 ? '' : `-${pageNumber}`}.jpg`, page!);
  }
}

async function renderedScans(): Promise<void> {
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

/** The real-paper fixtures: one page each, the faults of offices, phones and photocopiers. */
async function realPaper(): Promise<void> {
  await write('paper.txt', letterText(LETTER, { handwrittenNumberAndDate: false }) + '\n');
  await write('paper_hand.txt', letterText(LETTER, { handwrittenNumberAndDate: true }) + '\n');

  const colour = await renderLetter(LETTER, { stamp: true, signature: true, handwrittenNumberAndDate: true }, { dpi: 300, rotationDegrees: 0.4, noise: 5, blur: 0.6, seed: 3101 });
  await write('paper_colour.jpg', await sharp(colour).jpeg({ quality: 50, mozjpeg: true }).withMetadata({ density: 300 }).toBuffer());

  // the same pen on a greyscale scan: the handwriting is as colourless as the print
  const pen = await renderLetter(LETTER, { stamp: false, signature: true, handwrittenNumberAndDate: true }, { dpi: 300, rotationDegrees: -0.3, noise: 5, blur: 0.6, seed: 3109 });
  await write('paper_greypen.jpg', await sharp(pen).greyscale().jpeg({ quality: 50, mozjpeg: true }).withMetadata({ density: 300 }).toBuffer());

  const plain = await renderLetter(LETTER, { stamp: false, signature: false, handwrittenNumberAndDate: false }, { dpi: 300, rotationDegrees: -0.6, noise: 6, blur: 0.7, seed: 3102 });
  const greyJpeg = await sharp(plain).greyscale().jpeg({ quality: 50, mozjpeg: true }).withMetadata({ density: 300 }).toBuffer();
  await write('paper_scan.pdf', await jpegPdf([greyJpeg], false));
  await write('paper_textlayer.pdf', await withTextLayer(greyJpeg, await engWords(greyJpeg), 300));

  const signed = await renderLetter(LETTER, { stamp: true, signature: true, handwrittenNumberAndDate: false }, { dpi: 200, seed: 3103 });
  await write('paper_phone.jpg', await phonePhoto(signed, 3104, 'dark'));
  await write('paper_whitedesk.jpg', await phonePhoto(signed, 3108, 'white'));

  const copy = await renderLetter(LETTER, { stamp: false, signature: false, handwrittenNumberAndDate: false }, { dpi: 300, rotationDegrees: 0.3, seed: 3105 });
  await write('paper_photocopy.jpg', await framedPhotocopy(copy, 51, 3106));

  const page200 = await renderLetter(LETTER, { stamp: false, signature: false, handwrittenNumberAndDate: false }, { dpi: 200, rotationDegrees: 0.7, noise: 6, blur: 0.6, seed: 3107 });
  await write('paper_200dpi.pdf', await bilevelPdf([page200]));
}

/** Tesseract `eng` words of a page: the text layer a scanner without a Vietnamese model writes. */
async function engWords(image: Buffer): Promise<OcrWord[]> {
  const pool = createOcrPool({ lang: 'eng', workers: 1 });
  try {
    return (await pool.recognize({ image, file: 'scanner', page: 1 })).words;
  } finally {
    await pool.close();
  }
}

/**
 * The page image with the words written under it, invisible (text render mode 3),
 * one text run per line, in Helvetica: WinAnsi only, as scanner firmware does,
 * so anything past Latin-1 becomes '?'.
 */
async function withTextLayer(jpeg: Buffer, words: OcrWord[], dpi: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
  page.drawImage(await pdf.embedJpg(jpeg), { x: 0, y: 0, ...A4_POINTS });
  page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
  const toPoints = 72 / dpi;
  for (const line of wordLines(words)) {
    const box = line[0]!.bbox!;
    const height = Math.max(...line.map((w) => w.bbox!.y1 - w.bbox!.y0));
    const text = line.map((w) => [...w.text].map((ch) => (ch.charCodeAt(0) <= 0xff ? ch : '?')).join('')).join(' ');
    page.drawText(text, { x: box.x0 * toPoints, y: A4_POINTS.height - (box.y0 + height * 0.8) * toPoints, size: height * toPoints * 0.9, font });
  }
  page.pushOperators(popGraphicsState());
  return pdf.save({ useObjectStreams: false });
}

/** Words in reading order grouped into lines: a word left of the previous one, or below it, starts a line. */
function wordLines(words: OcrWord[]): OcrWord[][] {
  const lines: OcrWord[][] = [];
  for (const word of words) {
    const last = lines.at(-1)?.at(-1);
    if (last && word.bbox!.x0 > last.bbox!.x0 && word.bbox!.y0 < last.bbox!.y1) lines.at(-1)!.push(word);
    else lines.push([word]);
  }
  return lines;
}

/** Where the sheet lies in each phone photo: its corners, top-left first, clockwise. */
const PHOTO_CORNERS: Record<'dark' | 'white', Point[]> = {
  dark: [
    { x: 250, y: 170 },
    { x: 1270, y: 140 },
    { x: 1420, y: 1880 },
    { x: 90, y: 1900 },
  ],
  white: [
    { x: 170, y: 110 },
    { x: 1330, y: 200 },
    { x: 1390, y: 1935 },
    { x: 70, y: 1830 },
  ],
};

/**
 * The page photographed by a phone: 1500×2000, the sheet at an angle (a
 * projective map of its corners) on a dark wooden desk, or on a white desk
 * nearly as bright as the paper, where only the sheet's edge and its thin
 * shadow part them; the light falling off from one corner, a hand's soft
 * shadow over the lower left, camera blur and noise.
 */
async function phonePhoto(page: Buffer, seed: number, desk: 'dark' | 'white'): Promise<Buffer> {
  const { data, info } = await sharp(page).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const width = 1500;
  const height = 2000;
  const corners = PHOTO_CORNERS[desk];
  const pageRect: Point[] = [
    { x: 0, y: 0 },
    { x: info.width, y: 0 },
    { x: info.width, y: info.height },
    { x: 0, y: info.height },
  ];
  const h = homography(corners, pageRect);
  const random = mulberry32(seed);
  const out = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const w = h[6]! * x + h[7]! * y + 1;
      const u = Math.round((h[0]! * x + h[1]! * y + h[2]!) / w);
      const v = Math.round((h[3]! * x + h[4]! * y + h[5]!) / w);
      const light = 1 - 0.3 * ((x / width + y / height) / 2);
      const shadowDistance = Math.hypot(x - 200, y - 1750) / 700;
      const shade = light * (shadowDistance < 1 ? 0.78 + 0.22 * shadowDistance * shadowDistance : 1);
      const o = (y * width + x) * 3;
      if (desk === 'white' && (u < 0 || v < 0 || u >= info.width || v >= info.height)) {
        // white laminate, a little greyer and cooler than the paper; the sheet's edge
        // casts a thin shadow on the sides away from the lamp (right and below)
        const beyond = Math.hypot(Math.max(0, u - info.width), Math.max(0, v - info.height)) * (width / info.width) * 0.8;
        const edgeShadow = u >= 0 && v >= 0 ? 1 - 0.3 * Math.exp(-beyond / 4) : 1;
        const level = (236 + random() * 6) * shade * edgeShadow;
        out[o] = level * 0.95;
        out[o + 1] = level * 0.95;
        out[o + 2] = level * 0.93;
        continue;
      }
      if (u < 0 || v < 0 || u >= info.width || v >= info.height) {
        // a dark wooden desk
        const grain = 55 + 15 * Math.sin(y / 9 + Math.sin(x / 40) * 3) + random() * 10;
        out[o] = grain * shade * 1.25;
        out[o + 1] = grain * shade * 0.9;
        out[o + 2] = grain * shade * 0.7;
        continue;
      }
      const i = (v * info.width + u) * info.channels;
      // the paper lit warm, as under an indoor lamp
      out[o] = data[i]! * shade;
      out[o + 1] = data[i + 1]! * shade * 0.97;
      out[o + 2] = data[i + 2]! * shade * 0.9;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.max(0, out[i]! + (random() - 0.5) * 12));
  return sharp(out, { raw: { width, height, channels: 3 } }).blur(1.1).jpeg({ quality: 70, mozjpeg: true }).withMetadata({ density: 72 }).toBuffer();
}

/** A photocopy (grey toner haze, weak contrast) photographed at `dpi` inside a dark frame; its header claims 300 dpi. */
async function framedPhotocopy(page: Buffer, dpi: number, seed: number): Promise<Buffer> {
  const width = Math.round((A4_POINTS.width / 72) * dpi);
  const { data, info } = await sharp(page).greyscale().linear(PHOTOCOPY_HAZE.multiplier, PHOTOCOPY_HAZE.offset).resize({ width, kernel: 'lanczos3' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const frame = { left: 46, top: 52, right: 38, bottom: 60 };
  const outWidth = info.width + frame.left + frame.right;
  const outHeight = info.height + frame.top + frame.bottom;
  const random = mulberry32(seed);
  const out = new Uint8Array(outWidth * outHeight);
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      const u = x - frame.left;
      const v = y - frame.top;
      const inside = u >= 0 && v >= 0 && u < info.width && v < info.height;
      out[y * outWidth + x] = inside ? data[v * info.width + u]! : 25 + random() * 30;
    }
  }
  return sharp(out, { raw: { width: outWidth, height: outHeight, channels: 1 } }).blur(0.5).jpeg({ quality: 75 }).withMetadata({ density: 300 }).toBuffer();
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

/** Image-only PDF, one full-page JPEG per A4 page (`encode`: the pages are PNG still, else JPEG already). */
async function jpegPdf(pages: Buffer[], encode = true): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false }); // no creation date: the same bytes on every run
  for (const page of pages) {
    const image = await pdf.embedJpg(encode ? await toJpeg(page) : page);
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
