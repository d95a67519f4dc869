// Page clean-up before OCR (sharp): greyscale, contrast stretched, brought to
// 300 dpi, straightened. Tesseract's LSTM reads best at ~300 dpi and loses
// whole lines on a page tilted by a degree or two, which is what a hand-fed
// office scanner produces.
import sharp, { type Sharp } from 'sharp';
import { VnplanError } from '../errors.js';

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
}

export interface CleanPage {
  /** 8-bit greyscale PNM (P5): tesseract reads it with no decoding cost. */
  image: Uint8Array;
  width: number;
  height: number;
  /** Resolution of the source page. */
  dpi: number;
  /** Skew corrected, degrees clockwise (0 when under 0.05°); null when the page had too little ink to measure. */
  skewDegrees: number | null;
}

export const TARGET_DPI = 300;
/** Above this the page is brought down to 300 dpi too: more pixels only slow tesseract down. */
const MAX_USEFUL_DPI = 450;
/** Skews smaller than this are not worth a resampling pass. */
const MIN_CORRECTED_SKEW = 0.05;

interface GreyImage {
  pixels: Uint8Array;
  width: number;
  height: number;
}

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
  const dpi = options.dpi ?? sourceDpi(width, height, density);
  const grey = await normalised(input, options, width, dpi);
  const measured = estimateSkew(await downscaled(grey));
  const skew = measured !== null && Math.abs(measured) < MIN_CORRECTED_SKEW ? 0 : measured;
  const straight = skew ? await rotated(grey, -skew) : grey;
  return { image: toPnm(straight), width: straight.width, height: straight.height, dpi, skewDegrees: skew };
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

/**
 * The image's own density when it gives a plausible page (long side 3–24
 * inches, up to A2), else the density of an A4 page whose long side is this
 * many pixels: cameras and some scanners write 72 dpi into a 3508-pixel page.
 */
export function sourceDpi(width: number, height: number, density: number | undefined): number {
  const a4LongSideInches = 11.69;
  const longSide = Math.max(width, height);
  if (density !== undefined && density > 0) {
    const inches = longSide / density;
    if (inches >= 3 && inches <= 24) return Math.round(density);
  }
  return Math.round(longSide / a4LongSideInches);
}

/** Greyscale, contrast stretched, resampled to 300 dpi when it is far from it. */
async function normalised(input: PageImage, options: CleanOptions, width: number, dpi: number): Promise<GreyImage> {
  let image = open(input).autoOrient().flatten({ background: '#ffffff' }).greyscale().normalise();
  if (dpi < TARGET_DPI || dpi > MAX_USEFUL_DPI) {
    image = image.resize({ width: Math.round((width * TARGET_DPI) / dpi), kernel: 'lanczos3' });
  }
  try {
    const { data, info } = await image.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  } catch (error) {
    throw corruptImage(error, options);
  }
}

/** Width of the copy the skew is measured on: 0.02° is still a fifth of a pixel across it. */
const SKEW_SAMPLE_WIDTH = 1200;

async function downscaled(grey: GreyImage): Promise<GreyImage> {
  if (grey.width <= SKEW_SAMPLE_WIDTH) return grey;
  const { data, info } = await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize({ width: SKEW_SAMPLE_WIDTH, kernel: 'linear' })
    .extractChannel(0) // sharp turns one-channel raw input into sRGB
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

async function rotated(grey: GreyImage, degrees: number): Promise<GreyImage> {
  const { data, info } = await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .rotate(degrees, { background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
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

function otsuThreshold(pixels: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const value of pixels) histogram[value]!++;
  const total = pixels.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * histogram[v]!;
  let best = 127;
  let bestVariance = -1;
  let weightDark = 0;
  let sumDark = 0;
  for (let t = 0; t < 256; t++) {
    weightDark += histogram[t]!;
    sumDark += t * histogram[t]!;
    const weightLight = total - weightDark;
    if (weightDark === 0 || weightLight === 0) continue;
    const meanDifference = sumDark / weightDark - (sumAll - sumDark) / weightLight;
    const variance = weightDark * weightLight * meanDifference * meanDifference;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
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
