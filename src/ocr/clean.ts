// Page clean-up before OCR: find the sheet in the picture (crop a dark frame,
// warp a photo taken at an angle), fade coloured ink (stamps, signatures, pen),
// even out the light, turn the page upright, bring it to 300 dpi of its real
// size and straighten it. Tesseract's LSTM reads best at ~300 dpi and loses
// whole lines on a page tilted by a degree or two, which is what a hand-fed
// office scanner produces.
import sharp, { type Sharp } from 'sharp';
import type { Box, InkMark, PagePlacement } from '../types.js';
import { VnplanError } from '../errors.js';
import { separateInk } from './ink.js';
import { detectOrientation, type Orientation } from './orientation.js';
import { bytesOf, greyHistogram, luminance, otsuThreshold, resizedGrey, type GreyImage, type RgbImage } from './raster.js';
import { cropBox, findSheet, flattenLight, warpQuad, warpedSize, type Quad } from './sheet.js';

/** The page as it comes from the file (encoded image) or from the PDF renderer (raw pixels). */
export type PageImage =
  | { kind: 'encoded'; bytes: Uint8Array; /** 0-based page of a multi-page TIFF. */ index?: number }
  | { kind: 'raw'; pixels: Uint8Array; width: number; height: number; channels: 1 | 2 | 3 | 4 };

export interface CleanOptions {
  file: string;
  /** 1-based, for error messages. */
  page: number;
  /** Resolution the page was rendered at; null reads it from the image (or estimates it for A4). */
  dpi: number | null;
  /** Largest page accepted, pixels (TOO_LARGE beyond). */
  maxPixels: number;
  /** The clockwise turn to make instead of the one the ink tells (orientation.ts): the other way round, to read and compare. */
  turn?: Orientation;
}

export interface CleanPage {
  /** 8-bit greyscale PNM (P5): tesseract reads it with no decoding cost. */
  image: Uint8Array;
  width: number;
  height: number;
  /** Resolution of the source page: the sheet's pixels over its physical size. */
  dpi: number;
  /** Skew corrected, degrees clockwise (0 when under 0.05°); null when the page had too little ink to measure. */
  skewDegrees: number | null;
  /** Coloured ink faded out of `image`; boxes in fractions of `image`. */
  inkMarks: InkMark[];
  /** What was done beyond the usual (frame cropped, perspective corrected, light evened, rotated). */
  preparation: string[];
  /** The sheet cut from the page and its turn; null when the page was read whole and as it stood. */
  placement: PagePlacement | null;
}

export const TARGET_DPI = 300;
/** Above this the page is brought down to 300 dpi too: more pixels only slow tesseract down. */
const MAX_USEFUL_DPI = 450;
/** Skews smaller than this are not worth a resampling pass. */
const MIN_CORRECTED_SKEW = 0.05;
/** Pixels left off each side of a found sheet (share of its width): the soft edge of the frame. */
const SHEET_INSET = 0.004;
/** Width of the copy orientation is read on, up or down. */
const ORIENTATION_SAMPLE_WIDTH = 1000;

export async function cleanPage(input: PageImage, options: CleanOptions): Promise<CleanPage> {
  const { width, height, density } = await measure(input, options);
  if (width * height > options.maxPixels) {
    throw new VnplanError(
      'TOO_LARGE',
      options.file,
      `the page is ${width}×${height} pixels, the limit is ${(options.maxPixels / 1e6).toFixed(0)} megapixels`,
      options.page,
    );
  }
  const preparation: string[] = [];
  const decoded = await decodeRgb(input, options);
  const sheet = cutSheet(decoded, preparation);
  const { grey: inkless, marks } = separateInk(sheet.image);
  const even = flattenLight(inkless);
  if (even) preparation.push('uneven light evened out');
  const turned = await upright(even ?? inkless, marks, preparation, options.turn);
  // a sheet cut out of a larger picture has no resolution of its own but its size
  const sheetDpi = sheet.cut ? sourceDpi(turned.width, turned.height, undefined) : (options.dpi ?? sourceDpi(turned.width, turned.height, density));
  const grey = await normalised(turned, sheetDpi, options);
  const measured = estimateSkew(await downscaled(grey));
  const skew = measured !== null && Math.abs(measured) < MIN_CORRECTED_SKEW ? 0 : measured;
  const straight = skew ? await rotated(grey, -skew) : grey;
  return {
    image: toPnm(straight),
    width: straight.width,
    height: straight.height,
    dpi: sheetDpi,
    skewDegrees: skew,
    inkMarks: turned.marks,
    preparation,
    placement:
      sheet.cut || turned.turn !== 0
        ? { pageSize: { width: decoded.width, height: decoded.height }, sheet: sheet.corners, turn: turned.turn }
        : null,
  };
}

function open(input: PageImage): Sharp {
  // our own pixel limit is checked first, with a clearer message than sharp's
  if (input.kind === 'raw') {
    return sharp(input.pixels, { raw: { width: input.width, height: input.height, channels: input.channels }, limitInputPixels: false });
  }
  return sharp(input.bytes, { page: input.index ?? 0, limitInputPixels: false });
}

async function measure(input: PageImage, options: CleanOptions): Promise<{ width: number; height: number; density: number | undefined }> {
  if (input.kind === 'raw') return { width: input.width, height: input.height, density: undefined };
  try {
    const meta = await open(input).metadata();
    // an EXIF orientation of 5–8 turns the page on its side
    const sideways = (meta.orientation ?? 1) >= 5;
    return {
      width: sideways ? meta.height : meta.width,
      height: sideways ? meta.width : meta.height,
      density: meta.density,
    };
  } catch (error) {
    throw corruptImage(error, options);
  }
}

/** The page in RGB, upright per EXIF, transparency on white. */
async function decodeRgb(input: PageImage, options: CleanOptions): Promise<RgbImage> {
  try {
    const { data, info } = await open(input)
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels === 3) return { pixels: bytesOf(data), width: info.width, height: info.height };
    // one-channel results (grey, 1-bit) spread to three
    const rgb = new Uint8Array(info.width * info.height * 3);
    for (let i = 0; i < info.width * info.height; i++) rgb.fill(data[i * info.channels]!, i * 3, i * 3 + 3);
    return { pixels: rgb, width: info.width, height: info.height };
  } catch (error) {
    throw corruptImage(error, options);
  }
}

/** The sheet alone: a dark frame cropped off, a sheet photographed at an angle warped to a rectangle; `corners`: where it lay. */
function cutSheet(rgb: RgbImage, preparation: string[]): { image: RgbImage; cut: boolean; corners: Quad } {
  const sheet = findSheet(luminance(rgb));
  if (sheet.fix === 'none') return { image: rgb, cut: false, corners: sheet.quad };
  if (sheet.fix === 'warp') {
    const size = warpedSize(sheet.quad);
    preparation.push('perspective corrected');
    return { image: warpQuad(rgb, sheet.quad, size.width, size.height), cut: true, corners: sheet.quad };
  }
  const box = cropBox(sheet.quad, Math.round(rgb.width * SHEET_INSET));
  const [left, top, right, bottom] = [box.left, box.top, box.left + box.width, box.top + box.height];
  const corners: Quad = [{ x: left, y: top }, { x: right, y: top }, { x: right, y: bottom }, { x: left, y: bottom }];
  preparation.push(`dark frame cropped (${box.width}×${box.height} of ${rgb.width}×${rgb.height})`);
  const out = new Uint8Array(box.width * box.height * 3);
  for (let y = 0; y < box.height; y++) {
    const from = ((box.top + y) * rgb.width + box.left) * 3;
    out.set(rgb.pixels.subarray(from, from + box.width * 3), y * box.width * 3);
  }
  return { image: { pixels: out, width: box.width, height: box.height }, cut: true, corners };
}

/** The page turned upright when it lies sideways or upside down; the ink marks' boxes turn with it. */
async function upright(grey: GreyImage, marks: InkMark[], preparation: string[], given: Orientation | undefined): Promise<GreyImage & { marks: InkMark[]; turn: Orientation }> {
  // a small sheet (a 51 dpi photo) is brought up too: the line bands need a few pixels each
  const turn = given ?? detectOrientation(await resizedGrey(grey, ORIENTATION_SAMPLE_WIDTH));
  if (turn === 0) return { ...grey, marks, turn };
  preparation.push(`rotated ${turn}°`);
  const { data, info } = await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .rotate(turn)
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: bytesOf(data), width: info.width, height: info.height, marks: marks.map((m) => ({ ...m, box: turnBox(m.box, turn) })), turn };
}

/** A box in page fractions after the page is turned clockwise by `turn`. */
function turnBox(box: InkMark['box'], turn: Orientation): InkMark['box'] {
  const { x0, y0, x1, y1 } = box;
  if (turn === 90) return { x0: 1 - y1, y0: x0, x1: 1 - y0, y1: x1 };
  if (turn === 180) return { x0: 1 - x1, y0: 1 - y1, x1: 1 - x0, y1: 1 - y0 };
  if (turn === 270) return { x0: y0, y0: 1 - x1, x1: y1, y1: 1 - x0 };
  return box;
}

/**
 * Resolution of a page `width` × `height` pixels. This genre is printed on A4
 * (NĐ 30/2020, Phụ lục I): a page shaped like A4 (or A5) is measured by its
 * long side, whatever the file's header says (cameras and web copies write 72
 * or 96 dpi into anything; a 600-pixel-wide A4 page is ~72 dpi). Other shapes
 * (a strip cut from a page) keep the header's density when it gives a
 * plausible size (long side 3–24 in), else A4 is assumed.
 */
export function sourceDpi(width: number, height: number, density: number | undefined): number {
  const a4LongSideInches = 11.69;
  const longSide = Math.max(width, height);
  const ratio = longSide / Math.min(width, height);
  const a4Shaped = ratio >= 1.3 && ratio <= 1.52;
  if (!a4Shaped && density !== undefined && density > 0) {
    const inches = longSide / density;
    if (inches >= 3 && inches <= 24) return Math.round(density);
  }
  return Math.round(longSide / a4LongSideInches);
}

/**
 * Contrast stretched, resampled to 300 dpi when it is far from it. sharp's
 * normalise clips the page's darker grey to black and its paper to white; on
 * a grey photocopy or a sparse noisy page it takes the paper's grain for ink
 * and the page comes out as grey snow (state-2026e 114: paper 224 came out 148
 * with 1 % of the page black, and read as nothing; fresh-2026b 703: 29
 * characters of 308). Such a page, told by its paper still darker than WHITE_PAPER after the
 * stretch, is stretched again from the original between the ink and paper of
 * its own histogram (inkAndPaper).
 */
async function normalised(grey: GreyImage, dpi: number, options: CleanOptions): Promise<GreyImage> {
  const stretched = await resampled(sharpGrey(grey).normalise(), grey, dpi, options);
  if (percentiles(stretched.pixels)(0.5) >= WHITE_PAPER) return stretched;
  const { ink, paper } = inkAndPaper(grey.pixels);
  const gain = 255 / Math.max(1, paper - ink);
  return resampled(sharpGrey(grey).linear(gain, -ink * gain), grey, dpi, options);
}

function sharpGrey(grey: GreyImage): Sharp {
  return sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } });
}

async function resampled(image: Sharp, grey: GreyImage, dpi: number, options: CleanOptions): Promise<GreyImage> {
  const sized = dpi < TARGET_DPI || dpi > MAX_USEFUL_DPI ? image.resize({ width: Math.round((grey.width * TARGET_DPI) / dpi), kernel: 'lanczos3' }) : image;
  try {
    const { data, info } = await sized.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    return { pixels: bytesOf(data), width: info.width, height: info.height };
  } catch (error) {
    throw corruptImage(error, options);
  }
}

/** A stretched page whose paper (its median) is darker than this was stretched from its grain. */
const WHITE_PAPER = 200;
/** Share of the pixels at each end of the stretch. */
const STRETCH_TAIL = 0.01;
/**
 * The darkest shares taken for ink, in turn, on a page whose ink is under STRETCH_TAIL: a few lines of print at 300
 * dpi still fill the first; one short heading alone on a coarse photocopy (a plan's `KẾ HOẠCH` at the head of its
 * own page, state-2026k 195) fills a fifth of it, and its darkest 0.05 % is the grain's tail.
 */
const SPARSE_INK_TAILS = [0.0005, 0.0001];
/** The share of a normal spread lying more than one standard deviation below its middle. */
const GRAIN_SHARE = 0.16;
/** The 1st percentile is print when it lies further below the paper's median than this many grains (a normal spread's 1st lies 2.3 out). */
const INK_CONTRAST = 5;

/**
 * Grey levels a page is stretched between, from its own histogram: its 99th
 * percentile (paper) to its 1st (ink), or to its darkest 0.05 % on a page
 * whose print covers under 1 % of it (a letterhead and a title, a cover), or
 * its darkest 0.01 % where that too is grain; a share is print when it lies
 * more than a few grains below the paper's median. A page with no such share
 * (`print` false: no ink, or dust only) keeps the 0.05 %.
 */
export function inkAndPaper(pixels: Uint8Array): { ink: number; paper: number; median: number; print: boolean } {
  const percentile = percentiles(pixels);
  const median = percentile(0.5);
  const paper = percentile(1 - STRETCH_TAIL);
  // the grain's reach one standard deviation either side of the median; above it white clips it, so below too
  const grain = Math.max(1, paper - median, median - percentile(GRAIN_SHARE));
  const isPrint = (level: number): boolean => median - level > INK_CONTRAST * grain;
  const tails = [STRETCH_TAIL, ...SPARSE_INK_TAILS].map(percentile);
  const ink = tails.find(isPrint);
  return { ink: ink ?? tails[1]!, paper, median, print: ink !== undefined };
}

/**
 * The cleaned page thresholded halfway between its ink and its paper (the median), for a page that read as no
 * text: tesseract binarises a page at Otsu's split of its own histogram, and where print covers a few hundredths of
 * a percent of it (one heading alone on a grey photocopy: state-2026k 195's second page, a plan's `KẾ HOẠCH`) that
 * split falls inside the paper's grain, which fills the page with black specks and hides the print. Null when the
 * page has no ink told from its grain: an empty page stays empty.
 */
export function thresholdedPage(page: CleanPage): CleanPage | null {
  const grey = cleanGrey(page);
  const { ink, median, print } = inkAndPaper(grey.pixels);
  if (!print) return null;
  const level = Math.round((ink + median) / 2);
  const pixels = grey.pixels.map((v) => (v < level ? 0 : 255));
  return { ...page, image: toPnm({ pixels, width: grey.width, height: grey.height }), preparation: [...page.preparation, `thresholded between ink and paper (${level}): the paper's grain hid the print`] };
}

/** The grey level under which a share of the pixels lies, for any share, from one histogram. */
function percentiles(pixels: Uint8Array): (share: number) => number {
  const histogram = greyHistogram(pixels);
  return (share) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!;
      if (seen > share * pixels.length) return v;
    }
    return 255;
  };
}

/** Width of the copy the skew is measured on: 0.02° is still a fifth of a pixel across it. */
const SKEW_SAMPLE_WIDTH = 1200;

async function downscaled(grey: GreyImage): Promise<GreyImage> {
  return grey.width <= SKEW_SAMPLE_WIDTH ? grey : resizedGrey(grey, SKEW_SAMPLE_WIDTH);
}

async function rotated(grey: GreyImage, degrees: number): Promise<GreyImage> {
  const { data, info } = await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .rotate(degrees, { background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: bytesOf(data), width: info.width, height: info.height };
}

// ---------------------------------------------------------------------------
// Skew by projection profiles: shear the ink at each candidate angle and sum
// it per row; the rows are sharpest (largest sum of squares) when the angle
// matches the text lines.

const MAX_SKEW = 5;
const COARSE_STEP = 0.2;
const FINE_STEP = 0.02;
/** A page with less ink than this (share of pixels) has no lines to measure. */
const MIN_INK_SHARE = 0.002;

/** Skew of the text lines in degrees, clockwise positive; null for a page with almost no ink. */
export function estimateSkew(grey: GreyImage): number | null {
  const ink = inkPixels(grey);
  if (ink.length / 2 < grey.width * grey.height * MIN_INK_SHARE) return null;
  const coarse = bestAngle(ink, grey, -MAX_SKEW, MAX_SKEW, COARSE_STEP);
  const fine = bestAngle(ink, grey, coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
  return Math.round(fine * 100) / 100;
}

/** Coordinates (x, y pairs) of the dark pixels, split from the paper by Otsu's threshold. */
function inkPixels(grey: GreyImage): Int32Array {
  const threshold = otsuThreshold(grey.pixels);
  const coordinates: number[] = [];
  for (let y = 0; y < grey.height; y++) {
    for (let x = 0; x < grey.width; x++) {
      if ((grey.pixels[y * grey.width + x] ?? 255) <= threshold) coordinates.push(x, y);
    }
  }
  return Int32Array.from(coordinates);
}

function bestAngle(ink: Int32Array, size: GreyImage, from: number, to: number, step: number): number {
  let best = 0;
  let bestScore = -1;
  for (let angle = from; angle <= to + step / 2; angle += step) {
    const score = profileSharpness(ink, size, angle);
    if (score > bestScore) {
      bestScore = score;
      best = angle;
    }
  }
  return best;
}

function profileSharpness(ink: Int32Array, size: GreyImage, degrees: number): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const centreX = size.width / 2;
  // a clockwise skew moves ink down the further right it lies: y = row + (x - cx)·slope
  const margin = Math.ceil(Math.abs(slope) * centreX) + 1;
  const rows = new Float64Array(size.height + 2 * margin);
  for (let i = 0; i < ink.length; i += 2) {
    const row = Math.round(ink[i + 1]! - (ink[i]! - centreX) * slope) + margin;
    rows[row]!++;
  }
  let sum = 0;
  for (const count of rows) sum += count * count;
  return sum;
}

// ---------------------------------------------------------------------------

/** The cleaned page's pixels (what OCR read), without the PNM header. */
export function cleanGrey(page: CleanPage): GreyImage {
  return { pixels: page.image.subarray(page.image.length - page.width * page.height), width: page.width, height: page.height };
}

/** Page around a word cropped for reading it again: a share of its height, on each side. */
const CROP_MARGIN = 0.3;
/** …and white paper added round the crop, the same share: tesseract misses letters touching the edge. */
const CROP_PADDING = 0.5;

/** The region `box` (pixels) of a cleaned page, as a PNM of its own: one word to read again on its own. */
export function cropClean(page: CleanPage, box: Box): Uint8Array {
  const { pixels } = cleanGrey(page);
  const height = box.y1 - box.y0;
  const margin = Math.round(height * CROP_MARGIN);
  const pad = Math.round(height * CROP_PADDING);
  const left = Math.max(0, box.x0 - margin);
  const top = Math.max(0, box.y0 - margin);
  const right = Math.min(page.width, box.x1 + margin);
  const bottom = Math.min(page.height, box.y1 + margin);
  const width = right - left + 2 * pad;
  const out = new Uint8Array(width * (bottom - top + 2 * pad)).fill(255);
  for (let y = top; y < bottom; y++) out.set(pixels.subarray(y * page.width + left, y * page.width + right), (y - top + pad) * width + pad);
  return toPnm({ pixels: out, width, height: bottom - top + 2 * pad });
}

function toPnm(grey: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${grey.width} ${grey.height}\n255\n`);
  const pnm = new Uint8Array(header.length + grey.pixels.length);
  pnm.set(header);
  pnm.set(grey.pixels, header.length);
  return pnm;
}

function corruptImage(error: unknown, options: CleanOptions): VnplanError {
  const reason = error instanceof Error ? error.message : String(error);
  return new VnplanError('CORRUPT_IMAGE', options.file, `the image cannot be decoded (${reason})`, options.page);
}
