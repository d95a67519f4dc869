// A multi-page TIFF whose pages each have their own size, written byte by byte
// (sharp writes multi-page TIFFs of one page size only): baseline TIFF 6.0,
// little-endian, 8-bit grey, one Deflate-compressed strip per page. A huge
// blank page costs little: 64 megapixels of white deflate to ~60 KB.
import { deflateSync } from 'node:zlib';

export interface TiffPage {
  width: number;
  height: number;
  /** Grey level of every pixel (default white). */
  grey?: number;
}

export function multiPageTiff(pages: readonly TiffPage[]): Buffer {
  const strips = pages.map((p) => deflateSync(Buffer.alloc(p.width * p.height, p.grey ?? 255)));
  const ENTRIES = 9;
  const ifdSize = 2 + ENTRIES * 12 + 4;
  const parts: Buffer[] = [];
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4);
  parts.push(header);
  let offset = 8;
  pages.forEach((page, i) => {
    const strip = strips[i]!;
    const ifd = Buffer.alloc(ifdSize);
    const stripOffset = offset + ifdSize;
    const next = i === pages.length - 1 ? 0 : stripOffset + strip.length;
    const SHORT = 3;
    const LONG = 4;
    // tag, type, value: in ascending tag order, as TIFF requires
    const entries: Array<[number, number, number]> = [
      [256, LONG, page.width],
      [257, LONG, page.height],
      [258, SHORT, 8], // bits per sample
      [259, SHORT, 8], // compression: Deflate
      [262, SHORT, 1], // photometric: black is zero
      [273, LONG, stripOffset],
      [277, SHORT, 1], // samples per pixel
      [278, LONG, page.height], // rows per strip: one strip
      [279, LONG, strip.length],
    ];
    ifd.writeUInt16LE(ENTRIES, 0);
    entries.forEach(([tag, type, value], e) => {
      const at = 2 + e * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (type === SHORT) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifd.writeUInt32LE(next, 2 + ENTRIES * 12);
    parts.push(ifd, strip);
    offset = stripOffset + strip.length;
  });
  return Buffer.concat(parts);
}

/**
 * The first `count` pages of a little-endian multi-page TIFF, their bytes
 * untouched: the chain of page directories is cut after page `count` (the
 * later pages' data stays in the file, unreferenced, as a TIFF reader allows).
 */
export function firstPages(tiff: Buffer, count: number): Buffer {
  if (tiff.toString('latin1', 0, 2) !== 'II') throw new Error('firstPages reads little-endian TIFFs only');
  const cut = Buffer.from(tiff);
  let ifd = cut.readUInt32LE(4);
  for (let page = 1; ; page++) {
    if (ifd === 0) throw new Error(`the TIFF has only ${page - 1} pages, not ${count}`);
    const next = ifd + 2 + cut.readUInt16LE(ifd) * 12;
    if (page === count) {
      cut.writeUInt32LE(0, next);
      return cut;
    }
    ifd = cut.readUInt32LE(next);
  }
}
