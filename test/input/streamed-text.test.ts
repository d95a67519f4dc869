// A UTF-8 or UTF-16 file is decoded and cleaned in pieces: it must give the text, the
// encoding and the errors that decoding it whole gives — on the sample plans,
// on the legacy-encoded files and the mojibake the whole path reads again, and
// wherever a piece boundary falls (inside a multi-byte character, inside a CR
// LF pair, inside a long line).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, decodeTextFile, decodeUnicodeInPieces } from '../../src/input/text.js';
import { vietnameseEncodings } from '../../src/input/encodings/index.js';
import { legacyEncoder } from '../../scripts/lib/legacy-encoder.js';

const SAMPLES = join(import.meta.dirname, '../../fixtures/samples');
const encodings = vietnameseEncodings();
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const samples = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();

/** The file decoded in one piece (what the whole text gives) and in pieces of each size given. */
function decodedInPieces(bytes: Uint8Array, sizes: number[]) {
  const whole = decodeTextFile(bytes, 'a.txt', encodings, undefined, Infinity);
  return { whole, pieces: sizes.map((size) => decodeTextFile(bytes, 'a.txt', encodings, undefined, size)) };
}

/** The same through the piece decoder alone, which must take the file (no falling back to the whole path). */
function streamedOnly(bytes: Uint8Array, sizes: number[]) {
  return sizes.map((size) => {
    const streamed = decodeUnicodeInPieces(bytes, 'a.txt', encodings, size);
    expect(streamed, `pieces of ${size} bytes`).not.toBeNull();
    return { text: streamed!.clean.join(), encoding: streamed!.encoding };
  });
}

describe('UTF-8 decoded in pieces', () => {
  it('gives every sample plan as decoding it whole and cleaning the whole string does', () => {
    for (const name of samples) {
      const bytes = readFileSync(join(SAMPLES, name));
      const { whole } = decodedInPieces(bytes, []);
      expect(whole.text).toBe(cleanText(bytes.toString('utf8')));
      for (const piece of streamedOnly(bytes, [1, 2, 3, 1000, 4096])) expect(piece).toEqual(whole);
    }
  });

  it('keeps a character whose bytes straddle two pieces, and a CR LF pair cut between them', () => {
    const text = 'Kế hoạch\r\nTriển khai 𝔸 công tác thi đua\r\n\r\n## Mục tiêu **chung**\r\nỦy ban nhân dân tỉnh';
    const bytes = utf8(text);
    // every cut from 1 to 40 bytes: a cut inside ế (3 bytes), 𝔸 (4 bytes) and between \r and \n among them
    const { whole } = decodedInPieces(bytes, []);
    expect(whole.text).toBe('Kế hoạch\nTriển khai 𝔸 công tác thi đua\n\nMục tiêu chung\nỦy ban nhân dân tỉnh');
    for (const piece of streamedOnly(bytes, Array.from({ length: 40 }, (_, i) => i + 1))) expect(piece).toEqual(whole);
  });

  it('reads a line longer than a piece whole (a file without line breaks)', () => {
    const line = readFileSync(join(SAMPLES, samples[0]!), 'utf8').split('\n').join(' ');
    const { whole } = decodedInPieces(utf8(line), []);
    expect(whole.text).toBe(cleanText(line));
    for (const piece of streamedOnly(utf8(line), [7, 1 << 10])) expect(piece).toEqual(whole);
  });

  it('keeps the byte-order mark note, and NFD composed to NFC across pieces', () => {
    const nfd = 'Kế hoạch năm 2025\nỦy ban'.normalize('NFD');
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(nfd)]);
    const { whole } = decodedInPieces(bytes, []);
    expect(whole).toEqual({ text: 'Kế hoạch năm 2025\nỦy ban', encoding: { name: 'utf-8', via: 'bytes', notes: ['byte-order mark'] } });
    for (const piece of streamedOnly(bytes, [1, 5])) expect(piece).toEqual(whole);
  });

  it('leaves legacy encodings, and Unicode that is their Windows-1252 mojibake, to the whole path: the same text and encoding', () => {
    const sample = readFileSync(join(SAMPLES, samples[2]!), 'utf8');
    for (const name of ['tcvn3', 'vni', 'windows-1258'] as const) {
      const legacy = legacyEncoder(encodings.byName(name)!).encode(sample);
      const mojibake = utf8(encodings.decodeWindows1252(legacy));
      for (const bytes of [legacy, mojibake]) {
        const { whole, pieces } = decodedInPieces(bytes, [3, 1000]);
        expect(whole.encoding.name).toBe(name);
        expect(decodeUnicodeInPieces(bytes, 'a.txt', encodings, 1000)).toBeNull();
        for (const piece of pieces) expect(piece).toEqual(whole);
      }
    }
  });

  it('gives UTF-16 (either byte order, with a byte-order mark or told by its NUL bytes) as decoding it whole does', () => {
    const text = `${readFileSync(join(SAMPLES, samples[1]!), 'utf8')}\r\nTriển khai 𝔸\r\n`;
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const cases = [
      { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), le]), name: 'utf-16le', notes: ['byte-order mark'] },
      { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), be]), name: 'utf-16be', notes: ['byte-order mark'] },
      { bytes: le, name: 'utf-16le', notes: ['no byte-order mark: told by its NUL bytes'] },
      { bytes: be, name: 'utf-16be', notes: ['no byte-order mark: told by its NUL bytes'] },
    ];
    for (const { bytes, name, notes } of cases) {
      const whole = { text: cleanText(text), encoding: { name, via: 'bytes', notes } };
      // pieces that cut a code unit, a surrogate pair and a CR LF pair among them
      for (const piece of streamedOnly(bytes, [1, 2, 3, 5, 1000, 1 << 20])) expect(piece).toEqual(whole);
    }
  });

  it('leaves broken UTF-16 to the whole path, which names it', () => {
    // a high surrogate without its low half
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Kế hoạch ', 'utf16le'), 0x00, 0xd8, 0x61, 0x00]);
    expect(decodeUnicodeInPieces(bytes, 'a.txt', encodings, 4)).toBeNull();
    expect(() => decodeTextFile(bytes, 'a.txt', encodings, undefined, 4)).toThrow(/not valid UTF-16LE/);
  });

  it('names an empty text as the whole path does, however it is cut', () => {
    for (const size of [1, 2, Infinity]) {
      expect(() => decodeTextFile(utf8(' \r\n\t\n  '), 'blank.txt', encodings, undefined, size)).toThrow(/holds no text/);
    }
  });
});
