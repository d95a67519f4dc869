// Raw pixel images passed between the page-preparation steps, and the few
// conversions they share. Sharp does the decoding and resampling; the steps
// that sharp has no operation for (ink colour, sheet corners, projective warp,
// orientation) work on these arrays.
import sharp from 'sharp';

export interface GreyImage {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Interleaved RGB, 3 bytes a pixel. */
export interface RgbImage {
  pixels: Uint8Array;
  width: number;
  height: number;
}

export function bytesOf(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Resized (or only copied) grey image; `width` in pixels, height keeps the aspect. */
export async function resizedGrey(grey: GreyImage, width: number, kernel: 'linear' | 'lanczos3' = 'linear'): Promise<GreyImage> {
  const { data, info } = await sharp(grey.pixels, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize({ width, kernel })
    .extractChannel(0) // sharp turns one-channel raw input into sRGB
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: bytesOf(data), width: info.width, height: info.height };
}

/** Luminance (Rec. 601), the grey a greyscale scanner would have given. */
export function luminance(rgb: RgbImage): GreyImage {
  const out = new Uint8Array(rgb.width * rgb.height);
  const p = rgb.pixels;
  for (let i = 0, j = 0; i < out.length; i++, j += 3) {
    out[i] = (p[j]! * 299 + p[j + 1]! * 587 + p[j + 2]! * 114 + 500) / 1000;
  }
  return { pixels: out, width: rgb.width, height: rgb.height };
}

/** How many pixels have each grey level. */
export function greyHistogram(pixels: Uint8Array): Float64Array {
  const histogram = new Float64Array(256);
  for (const value of pixels) histogram[value]!++;
  return histogram;
}

export function otsuThreshold(pixels: Uint8Array): number {
  const histogram = greyHistogram(pixels);
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

/** Each 4-connected region of ones in a mask `width` pixels wide, as its pixels' indexes. */
export function connectedRegions(mask: Uint8Array, width: number): number[][] {
  const seen = new Uint8Array(mask.length);
  const regions: number[][] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    const region = [start];
    seen[start] = 1;
    for (let k = 0; k < region.length; k++) {
      const i = region[k]!;
      const x = i % width;
      for (const n of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
        if (n < 0 || n >= mask.length || !mask[n] || seen[n]) continue;
        seen[n] = 1;
        region.push(n);
      }
    }
    regions.push(region);
  }
  return regions;
}

/** The pixels of a rectangle of the image (columns x0–x1, rows y0–y1, clipped to it), row by row. */
export function regionPixels(grey: GreyImage, x0: number, y0: number, x1: number, y1: number): Uint8Array {
  const left = Math.max(0, Math.round(x0));
  const right = Math.min(grey.width, Math.round(x1));
  const out: number[] = [];
  for (let y = Math.max(0, Math.round(y0)); y < Math.min(grey.height, Math.round(y1)); y++) for (let x = left; x < right; x++) out.push(grey.pixels[y * grey.width + x]!);
  return Uint8Array.from(out);
}

/** The 4-connected blots of a mask that reach at least `size` pixels one way or the other: ink smaller both ways is dust or grain. */
export function blotsOfSize(mask: Uint8Array, width: number, size: number): number[][] {
  return connectedRegions(mask, width).filter((blot) => {
    let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const i of blot) {
      const [x, y] = [i % width, Math.floor(i / width)];
      [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
    }
    return right - left >= size || bottom - top >= size;
  });
}
