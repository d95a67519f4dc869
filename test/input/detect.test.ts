import { describe, expect, it } from 'vitest';
import { detectFormat, looksLikeText } from '../../src/input/detect.js';

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v, 'latin1')] : [v])));

describe('detectFormat (magic bytes)', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['png', bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR')],
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF', 0)],
    ['tiff', bytes('II*', 0, 8, 0, 0, 0)],
    ['tiff', bytes('MM', 0, '*', 0, 0, 0, 8)],
    ['webp', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ')],
    ['text', new TextEncoder().encode('Số: 66/KH-UBND\nLục Ba, ngày 22 tháng 01 năm 2024\n')],
  ] as const)('%s', (format, header) => {
    expect(detectFormat(header)).toBe(format);
  });

  it('finds a PDF header after junk a mailer prepended', () => {
    expect(detectFormat(bytes('\r\n\r\nX-Junk: 1\r\n%PDF-1.4\n'))).toBe('pdf');
  });

  it('UTF-8 Vietnamese and UTF-16 with a byte-order mark are text', () => {
    expect(detectFormat(new TextEncoder().encode('KẾ HOẠCH thi đua'))).toBe('text');
    expect(detectFormat(Buffer.from('\ufeffKẾ HOẠCH', 'utf16le'))).toBe('text');
  });

  it('a RIFF file that is not WebP (WAV) is not WebP', () => {
    expect(detectFormat(bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt ', 16, 0, 0, 0))).toBeNull();
  });

  it('a binary blob is none of the formats', () => {
    const blob = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(detectFormat(blob)).toBeNull();
  });

  it('many NUL bytes make it binary; a stray one, UTF-16 without a BOM and a legacy 8-bit encoding are text (the decoder reads them)', () => {
    const line = 'Kế hoạch phát động thi đua năm 2024\n';
    expect(looksLikeText(bytes('abc', 0, 'def', 0, 'ghi', 0, 'jkl'))).toBe(false);
    const page = [...new TextEncoder().encode(line.repeat(20))];
    expect(looksLikeText(Uint8Array.from([...page, 0, ...page]))).toBe(true);
    expect(looksLikeText(Buffer.from(line.repeat(3), 'utf16le'))).toBe(true);
    expect(looksLikeText(Buffer.from(line.repeat(3), 'utf16le').swap16())).toBe(true);
    expect(looksLikeText(bytes('K\xca HO\xc3CH thi \xf0ua\n'))).toBe(true);
  });
});
