// Searchable PDF (what OCRmyPDF does for a digitisation project): the pages as
// they were scanned, untouched, under an invisible text layer (render mode 3)
// that holds the restored text where the OCR found each word, so a viewer can
// search and copy the document.
//   - image-only PDF pages keep their content; the text goes in a content
//     stream of its own, the old ones wrapped in q … Q;
//   - a PDF with no OCR'd page (a real text layer) is copied as it is;
//   - a JPEG becomes one page holding the very same JPEG bytes (DCTDecode),
//     its EXIF turn kept as the page's /Rotate;
//   - PNG, TIFF (every page) and WebP pages are decoded and stored losslessly
//     (Flate of the decoded pixels: 1 bit for black and white, else 8 or 16
//     bits, alpha as a soft mask).
import { readFile } from 'node:fs/promises';
import { PDFDocument, PDFName, degrees, type PDFPage, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { scaleBox } from '../boxes.js';
import { VnplanError } from '../errors.js';
import { sourceDpi } from '../ocr/clean.js';
import type { DocumentText } from '../types.js';
import { CHARACTER_WIDTH, embedGlyphlessFont, glyphlessHex } from './glyphless-font.js';
import { documentLayout, type LayoutWord, type PageLayout } from './layout.js';

export { documentLayout, type PageLayout, type LayoutLine, type LayoutWord, type PageBox } from './layout.js';

/** The input file as read (the pipeline's InputDocument holds the same bytes). */
export interface PdfSource {
  path: string;
  bytes: Uint8Array;
}

const FONT_NAME = 'VnplanOcrText';

/** The searchable PDF of one processed file; `restoredText` is the text the layer holds. */
export async function searchablePdf(source: PdfSource, document: DocumentText, restoredText: string): Promise<Uint8Array> {
  if (document.format === 'text') {
    throw new VnplanError('UNSUPPORTED_FORMAT', source.path, 'a text file has no page images to make a searchable PDF from');
  }
  const layouts = documentLayout(document, restoredText);
  if (document.format === 'pdf') {
    // no OCR'd page: the text layer is already there
    if (layouts.length === 0) return source.bytes;
    return withTextLayer(source, layouts);
  }
  return imagePdf(source, document.format, layouts);
}

async function withTextLayer(source: PdfSource, layouts: PageLayout[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(source.bytes, { updateMetadata: false }).catch((error: unknown) => {
    throw new VnplanError('CORRUPT_PDF', source.path, `the PDF cannot be rewritten (${error instanceof Error ? error.message : String(error)})`);
  });
  const font = embedGlyphlessFont(pdf);
  const pages = pdf.getPages();
  for (const layout of layouts) {
    const page = pages[layout.pageNumber - 1];
    if (page) addTextLayer(pdf, page, font, layout);
  }
  return pdf.save({ updateFieldAppearances: false });
}

async function imagePdf(source: PdfSource, format: 'png' | 'jpeg' | 'tiff' | 'webp', layouts: PageLayout[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = embedGlyphlessFont(pdf);
  const meta = await sharp(source.bytes, { limitInputPixels: false }).metadata();
  const count = format === 'tiff' ? (meta.pages ?? 1) : 1;
  for (let index = 0; index < count; index++) {
    const image = await pageImage(pdf, source, format, index);
    const width = (image.width * 72) / image.dpi;
    const height = (image.height * 72) / image.dpi;
    const page = pdf.addPage([width, height]);
    page.setRotation(degrees(image.rotate));
    page.node.setXObject(PDFName.of('Scan'), image.ref);
    page.node.addContentStream(pdf.context.register(pdf.context.flateStream(`q ${num(width)} 0 0 ${num(height)} 0 0 cm /Scan Do Q`)));
    const layout = layouts.find((l) => l.pageNumber === index + 1);
    if (layout) addTextLayer(pdf, page, font, layout);
  }
  return pdf.save();
}

interface EmbeddedImage {
  ref: PDFRef;
  /** Stored size in pixels (before the page's /Rotate). */
  width: number;
  height: number;
  dpi: number;
  /** Clockwise turn a viewer applies (a JPEG's EXIF orientation kept as the page's /Rotate). */
  rotate: 0 | 90 | 180 | 270;
}

/** EXIF orientations that are plain turns, as the clockwise angle that shows the image upright. */
const EXIF_TURNS: Record<number, 0 | 90 | 180 | 270> = { 1: 0, 3: 180, 6: 90, 8: 270 };

async function pageImage(pdf: PDFDocument, source: PdfSource, format: string, index: number): Promise<EmbeddedImage> {
  const image = sharp(source.bytes, { page: index, limitInputPixels: false });
  const meta = await image.metadata();
  const dpi = sourceDpi(meta.width, meta.height, meta.density);
  const turn = EXIF_TURNS[meta.orientation ?? 1];
  // a JPEG goes in as it is (its EXIF turn becomes the page's /Rotate); a mirrored one is decoded like the others
  if (format === 'jpeg' && turn !== undefined) {
    const colorSpace = meta.channels === 1 ? 'DeviceGray' : meta.channels === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    const stream = pdf.context.stream(source.bytes, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: meta.width,
      Height: meta.height,
      BitsPerComponent: 8,
      ColorSpace: colorSpace,
      Filter: 'DCTDecode',
      // Adobe CMYK JPEGs are stored inverted
      ...(colorSpace === 'DeviceCMYK' ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {}),
    });
    return { ref: pdf.context.register(stream), width: meta.width, height: meta.height, dpi, rotate: turn };
  }
  // decoded pixels, turned upright as the OCR saw them (turning and flipping lose nothing), at their own depth
  const sixteen = meta.depth === 'ushort';
  // (grey kept grey: sharp's turn would otherwise hand it back as RGB)
  const upright = (meta.channels ?? 3) <= 2 ? image.autoOrient().toColourspace(sixteen ? 'grey16' : 'b-w') : image.autoOrient();
  const { data, info } = await upright.raw({ depth: sixteen ? 'ushort' : 'uchar' }).toBuffer({ resolveWithObject: true });
  const bytesPerSample = sixteen ? 2 : 1;
  const samples = sixteen ? bigEndian16(data) : data;
  const colour = info.channels >= 3 ? 3 : 1;
  const alpha = info.channels === 2 || info.channels === 4;
  const pixels = alpha ? channelsOf(samples, info.channels, 0, colour, bytesPerSample) : samples;
  const dict = (colourSpace: string) => ({
    Type: 'XObject',
    Subtype: 'Image',
    Width: info.width,
    Height: info.height,
    BitsPerComponent: 8 * bytesPerSample,
    ColorSpace: colourSpace,
  });
  const smask = alpha
    ? pdf.context.register(pdf.context.flateStream(channelsOf(samples, info.channels, colour, 1, bytesPerSample), dict('DeviceGray')))
    : null;
  // a black-and-white page (a CCITT or 1-bit scan) stays 1 bit a pixel: the same pixels, an eighth of the size
  const bilevel = !sixteen && !alpha && colour === 1 ? packBits(pixels, info.width, info.height) : null;
  const stream = bilevel
    ? pdf.context.flateStream(bilevel, { ...dict('DeviceGray'), BitsPerComponent: 1 })
    : pdf.context.flateStream(pixels, { ...dict(colour === 3 ? 'DeviceRGB' : 'DeviceGray'), ...(smask ? { SMask: smask } : {}) });
  return { ref: pdf.context.register(stream), width: info.width, height: info.height, dpi, rotate: 0 };
}

/** Grey samples that are all 0 or 255 as 1-bit rows (PDF: 1 is white, rows padded to a byte); null otherwise. */
function packBits(grey: Uint8Array, width: number, height: number): Uint8Array | null {
  const rowBytes = Math.ceil(width / 8);
  const packed = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = grey[y * width + x];
      if (value === 255) packed[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
      else if (value !== 0) return null;
    }
  }
  return packed;
}

/** sharp's 16-bit samples are in the machine's order; PDF's are big-endian. */
function bigEndian16(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i + 1 < data.length; i += 2) {
    out[i] = data[i + 1]!;
    out[i + 1] = data[i]!;
  }
  return out;
}

/** `count` channels from `first` of every pixel of interleaved `data` (`size` bytes a sample). */
function channelsOf(data: Uint8Array, channels: number, first: number, count: number, size: number): Uint8Array {
  const pixels = data.length / channels / size;
  const out = new Uint8Array(pixels * count * size);
  for (let p = 0; p < pixels; p++) {
    out.set(data.subarray((p * channels + first) * size, (p * channels + first + count) * size), p * count * size);
  }
  return out;
}

/**
 * The invisible text of one page. Positions are in "display" space (the page
 * as a viewer shows it, origin bottom left, points), mapped onto the page's
 * own space by one `cm` for its crop box and rotation.
 */
function addTextLayer(pdf: PDFDocument, page: PDFPage, font: PDFRef, layout: PageLayout): void {
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const sideways = rotation === 90 || rotation === 270;
  const display = { width: sideways ? box.height : box.width, height: sideways ? box.width : box.height };
  const toUser = displayToUser(rotation, box);
  const runs: string[] = [];
  const lines = [...layout.lines.map((l) => ({ words: l.words, height: l.box.y1 - l.box.y0 })), ...layout.looseWords.map((w) => ({ words: [w], height: w.box.y1 - w.box.y0 }))];
  for (const line of lines) {
    const size = line.height * display.height;
    if (size > 0 && line.words.length > 0) runs.push(lineRun(line.words, size, display));
  }
  if (runs.length === 0) return;
  const content = `q ${toUser.map(num).join(' ')} cm BT /${FONT_NAME} 1 Tf 3 Tr\n${runs.join('\n')}\nET Q`;
  // normalize() wraps the page's own content in q … Q: whatever graphics state it leaves, the text starts afresh
  page.node.normalize();
  page.node.setFontDictionary(PDFName.of(FONT_NAME), font);
  page.node.addContentStream(pdf.context.register(pdf.context.flateStream(content)));
}

/**
 * One line, word by word: each word (with a space when a word follows) set on
 * its own box and stretched (Tz) to reach the next word. The text matrix is not
 * turned by the page's skew: pdf.js reads turned text whose Tz changes as one
 * line per word; each word lies on its own box, so a line follows the tilt in
 * steps of a word.
 */
function lineRun(words: LayoutWord[], size: number, display: { width: number; height: number }): string {
  return words
    .map((word, i) => {
      const next = words[i + 1];
      const text = next ? `${word.text} ` : word.text;
      // display points, top-down still: flipped at the baseline
      const { x0, y0, x1, y1 } = scaleBox(word.box, display);
      const reach = next ? Math.max(x1, scaleBox(next.box, display).x0) - x0 : x1 - x0;
      const natural = (text.length * CHARACTER_WIDTH * size) / 1000;
      // baseline a fifth of the size above the bottom of a line-high box around the word's centre
      const baseline = display.height - (y0 + y1) / 2 - size / 2 + size / 5;
      return `${num((100 * reach) / natural)} Tz ${num(size)} 0 0 ${num(size)} ${num(x0)} ${num(baseline)} Tm ${glyphlessHex(text)} Tj`;
    })
    .join('\n');
}


/** The matrix from display space to the page's user space, for a crop box and a /Rotate. */
function displayToUser(rotation: number, box: { x: number; y: number; width: number; height: number }): number[] {
  switch (rotation) {
    case 90:
      return [0, 1, -1, 0, box.x + box.width, box.y];
    case 180:
      return [-1, 0, 0, -1, box.x + box.width, box.y + box.height];
    case 270:
      return [0, -1, 1, 0, box.x, box.y + box.height];
    default:
      return [1, 0, 0, 1, box.x, box.y];
  }
}

function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/**
 * Writes the searchable PDF of a processed file to `outPath` (atomically);
 * false, writing nothing, for a text input (no page images).
 */
export async function writeSearchablePdf(
  outPath: string,
  inputPath: string,
  processed: { document: DocumentText; restored: { text: string } },
  options: { signal?: AbortSignal } = {},
): Promise<boolean> {
  if (processed.document.format === 'text') return false;
  const bytes = new Uint8Array(await readFile(inputPath));
  await writeFileAtomic(outPath, await searchablePdf({ path: inputPath, bytes }, processed.document, processed.restored.text), options);
  return true;
}
