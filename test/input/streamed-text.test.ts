// A UTF-8 or UTF-16 file is decoded and cleaned in pieces: it must give the text, the
// encoding and the errors that decoding it whole gives — on the sample plans,
// on the legacy-encoded files and the mojibake the whole path reads again, and
// wherever a piece boundary falls (inside a multi-byte character, inside a CR
// LF pair, inside a long line).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, decodeLegacyInPieces, decodeTextFile, decodeUnicodeInPieces, type DecodedText } from '../../src/input/text.js';
import { vietnameseEncodings } from '../../src/input/encodings/index.js';
import { legacyEncoder } from '../../scripts/lib/legacy-encoder.js';
import { OffHeapText, type RereadText } from '../../src/off-heap-text.js';

const SAMPLES = join(import.meta.dirname, '../../fixtures/samples');
const encodings = vietnameseEncodings();
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const samples = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();

/** The file decoded in one piece (what the whole text gives) and in pieces of each size given. */
function decodedInPieces(bytes: Uint8Array, sizes: number[]) {
  const whole = decodeTextFile(bytes, 'a.txt', encodings, undefined, Infinity);
  // a text of several pieces is held as UTF-8 outside the heap: its text and encoding are what is compared
  const plain = ({ text, encoding }: DecodedText) => ({ text, encoding });
  return { whole: plain(whole), pieces: sizes.map((size) => plain(decodeTextFile(bytes, 'a.txt', encodings, undefined, size))) };
}

const textOf = (clean: OffHeapText | RereadText): string => (clean instanceof OffHeapText ? clean.join() : clean.text);

/** What the whole path gives for a legacy file's bytes: the encoding chosen on the whole UTF-8 reading, repaired whole, then cleaned. */
function legacyWhole(bytes: Uint8Array) {
  const read = encodings.readBytes(bytes, new TextDecoder().decode(bytes));
  expect(read).not.toBeNull();
  return { text: cleanText(read!.text), encoding: read!.encoding };
}

/** The same through the legacy piece decoder alone, which must take the file. */
function legacyInPieces(bytes: Uint8Array, sizes: number[]) {
  return sizes.map((size) => {
    const decoded = decodeLegacyInPieces(bytes, 'a.txt', encodings, size);
    expect(decoded, `pieces of ${size} bytes`).not.toBeNull();
    return { text: textOf(decoded!.clean), encoding: decoded!.encoding };
  });
}

/** The same through the piece decoder alone, which must take the file (no falling back to the whole path). */
function streamedOnly(bytes: Uint8Array, sizes: number[]) {
  return sizes.map((size) => {
    const streamed = decodeUnicodeInPieces(bytes, 'a.txt', encodings, size);
    expect(streamed, `pieces of ${size} bytes`).not.toBeNull();
    return { text: textOf(streamed!.clean), encoding: streamed!.encoding };
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

  it('leaves legacy encodings to the legacy piece decoder, and Unicode that is their Windows-1252 mojibake to the whole path: the same text and encoding', () => {
    const sample = readFileSync(join(SAMPLES, samples[2]!), 'utf8');
    for (const name of ['tcvn3', 'vni', 'windows-1258'] as const) {
      const legacy = legacyEncoder(encodings.byName(name)!).encode(sample);
      const mojibake = utf8(encodings.decodeWindows1252(legacy));
      expect(decodeLegacyInPieces(mojibake, 'a.txt', encodings, 1000)).toBeNull();
      expect(decodedInPieces(legacy, []).whole).toEqual(legacyWhole(legacy));
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

describe('legacy encodings decoded in pieces', () => {
  const plans = samples.map((name) => readFileSync(join(SAMPLES, name), 'utf8'));
  /**
   * An archive of ~`chars` characters: the plans again and again, each copy's
   * paragraphs also joined into one long line (a file without line breaks),
   * Windows line ends on every other line, Markdown marks to clean.
   */
  const archive = (chars: number): string => {
    const parts: string[] = [];
    for (let i = 0, size = 0; size < chars; i++) {
      const plan = plans[i % plans.length]!;
      const part = `## Bản sao **số ${i}**\n${plan}\n${plan.split('\n').join(' ')}\n`;
      parts.push(part.split('\n').map((line, k) => (k % 2 === 0 ? `${line}\r` : line)).join('\n'));
      size += part.length;
    }
    return parts.join('\n');
  };

  it('gives every encoding of a small text as the whole path does, wherever a piece ends', () => {
    const text = `${plans[2]!}\r\nKẾ HOẠCH\r\n## Ủy ban nhân dân **tỉnh**\n`;
    for (const name of ['tcvn3', 'vni', 'viscii', 'windows-1258'] as const) {
      const bytes = legacyEncoder(encodings.byName(name)!).encode(text);
      const whole = legacyWhole(bytes);
      expect(whole.encoding.name).toBe(name);
      for (const piece of legacyInPieces(bytes, [1, 2, 7, 1000, Infinity])) expect(piece).toEqual(whole);
    }
  });

  it('gives a multi-MB archive with long lines in each encoding — TCVN3 capitals restored across pieces — as the whole path does', () => {
    const text = archive(2_000_000);
    const files = [
      ...(['tcvn3', 'vni', 'viscii', 'windows-1258'] as const).map((name) => legacyEncoder(encodings.byName(name)!).encode(text)),
      // capitals typed in the .VnTimeH font without Shift: the lines the genre writes in capitals are put back
      legacyEncoder(encodings.byName('tcvn3')!, { capitalLinesInLowerCase: true }).encode(text),
    ];
    for (const bytes of files) {
      const whole = legacyWhole(bytes);
      for (const piece of legacyInPieces(bytes, [1 << 16])) expect(piece).toEqual(whole);
    }
    const lowerCase = legacyWhole(files[4]!);
    expect(lowerCase.encoding.notes.some((note) => /capitals with a tone restored on \d+ line/.test(note))).toBe(true);
    expect(lowerCase.text).toContain('KẾ HOẠCH');
  });

  it('drops a stray NUL byte and notes it, as the whole path does', () => {
    const bytes = legacyEncoder(encodings.byName('vni')!).encode(plans[1]!);
    const withNul = Uint8Array.from([...bytes.subarray(0, 100), 0, ...bytes.subarray(100)]);
    const { text, encoding } = legacyWhole(bytes);
    const whole = { text, encoding: { ...encoding, notes: [...encoding.notes, '1 stray NUL byte(s) dropped (first at line 3, byte 100 (0x00))'] } };
    for (const piece of legacyInPieces(withNul, [5, 1000])) expect(piece).toEqual(whole);
  });
});
