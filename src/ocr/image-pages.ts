// The pages of an image file, checked from their headers before a pixel is
// decoded: a multi-page TIFF whose tenth page is a 100-megapixel poster (or a
// 1×20000 strip) is refused at once, by page, not after nine pages of OCR
// and with a decoder's error.
import sharp, { type Metadata } from 'sharp';
import { VnplanError } from '../errors.js';
import { checkPageShape } from '../input/index.js';

export interface ImagePageLimits {
  maxPages: number;
  maxPixels: number;
}

/**
 * How many pages the image has (every page of a TIFF; 1 for every other
 * image: an animated WebP or PNG is read as its first frame), each within the
 * limits: the page count, then each page's shape and pixels from its header.
 */
export async function checkedImagePages(bytes: Uint8Array, file: string, limits: ImagePageLimits): Promise<number> {
  const first = await header(bytes, 0, file);
  const count = first.format === 'tiff' ? (first.pages ?? 1) : 1;
  if (count > limits.maxPages) throw new VnplanError('TOO_LARGE', file, `${count} pages, the limit is ${limits.maxPages}`);
  for (let index = 0; index < count; index++) {
    const meta = index === 0 ? first : await header(bytes, index, file);
    const page = index + 1;
    if (meta.width === undefined || meta.height === undefined) {
      throw new VnplanError('CORRUPT_IMAGE', file, 'the image cannot be decoded (no size in its header)', page);
    }
    checkPageShape(file, page, meta.width, meta.height);
    if (meta.width * meta.height > limits.maxPixels) {
      throw new VnplanError('TOO_LARGE', file, `the page is ${meta.width}×${meta.height} pixels, the limit is ${(limits.maxPixels / 1e6).toFixed(0)} megapixels`, page);
    }
  }
  return count;
}

/** One page's header (sharp reads no pixels for metadata). */
async function header(bytes: Uint8Array, index: number, file: string): Promise<Metadata> {
  try {
    return await sharp(bytes, { page: index, limitInputPixels: false }).metadata();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new VnplanError('CORRUPT_IMAGE', file, `the image cannot be decoded (${reason})`, index + 1);
  }
}
