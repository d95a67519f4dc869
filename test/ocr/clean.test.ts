// Page clean-up: skew measured within ±0.3°, low-DPI pages brought to 300 dpi.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { cleanPage, estimateSkew, sourceDpi } from '../../src/ocr/clean.js';
import { expectVnplanError, SCANS } from './helpers.js';

const page1 = readFileSync(join(SCANS, '002_page1.jpg')); // rendered rotated +0.8°
const options = { file: 'page.png', page: 1, dpi: null, maxPixels: 60_000_000 };

async function greyOf(image: Buffer): Promise<{ pixels: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(image).greyscale().resize({ width: 1200 }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height };
}

/** The cleaned page is a binary PGM (P5): its pixels are the last width × height bytes. */
function pnmToPng(pnm: Uint8Array, width: number, height: number): Promise<Buffer> {
  const pixels = pnm.subarray(pnm.length - width * height);
  return sharp(pixels, { raw: { width, height, channels: 1 } }).png().toBuffer();
}

describe('deskew', () => {
  it('measures the rotation a fixture was rendered with', async () => {
    const skew = estimateSkew(await greyOf(page1))!;
    expect(Math.abs(skew - 0.8)).toBeLessThanOrEqual(0.3);
  });

  it.each([-3.2, -1.5, 2.4])('measures a further rotation of %s° within ±0.3°', async (degrees) => {
    const rotated = await sharp(page1).rotate(degrees, { background: '#ffffff' }).png().toBuffer();
    const skew = estimateSkew(await greyOf(rotated))!;
    expect(Math.abs(skew - (0.8 + degrees))).toBeLessThanOrEqual(0.3);
  });

  it('a blank page has nothing to measure', async () => {
    const blank = await sharp({ create: { width: 1200, height: 1700, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect(estimateSkew(await greyOf(blank))).toBeNull();
  });

  it('cleanPage straightens the page and reports the angle', async () => {
    const clean = await cleanPage({ kind: 'encoded', bytes: page1 }, options);
    expect(Math.abs(clean.skewDegrees! - 0.8)).toBeLessThanOrEqual(0.3);
    expect(clean.dpi).toBe(300);
    // rotated by sharp, so a little larger than A4 at 300 dpi
    expect(clean.width).toBeGreaterThanOrEqual(2480);
    const straightened = await greyOf(await pnmToPng(clean.image, clean.width, clean.height));
    expect(Math.abs(estimateSkew(straightened)!)).toBeLessThanOrEqual(0.15);
  });
});

describe('resolution', () => {
  it('a 150 dpi page is brought up to 300 dpi', async () => {
    const low = await sharp(page1).resize({ width: 1240 }).withMetadata({ density: 150 }).png().toBuffer();
    const clean = await cleanPage({ kind: 'encoded', bytes: low }, options);
    expect(clean.dpi).toBe(150);
    expect(clean.width).toBeGreaterThanOrEqual(2480);
  });

  it('the density in the file is trusted only when it gives a page-sized page', () => {
    expect(sourceDpi(2480, 3508, 300)).toBe(300);
    expect(sourceDpi(1240, 1754, 150)).toBe(150);
    // 72 dpi written into an A4 scan: 49 inches long is no page, so A4 is assumed
    expect(sourceDpi(2480, 3508, 72)).toBe(300);
    expect(sourceDpi(1654, 2339, undefined)).toBe(200);
    expect(sourceDpi(3508, 2480, undefined)).toBe(300); // landscape
    // a strip cut from a 300 dpi page keeps its density
    expect(sourceDpi(2480, 700, 300)).toBe(300);
  });

  it('more pixels than the limit: TOO_LARGE naming file and page', async () => {
    await expectVnplanError(cleanPage({ kind: 'encoded', bytes: page1 }, { ...options, maxPixels: 1_000_000 }), 'TOO_LARGE', 'page.png', 1);
  });
});
