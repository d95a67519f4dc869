// A text file is read from disk a piece at a time as it is decoded (FileBytes),
// never whole: it must give what decoding its bytes whole gives wherever a
// piece ends, and a file that changes while it is read must be named, never
// decoded half old and half new.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, truncateSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileBytes } from '../../src/input/byte-source.js';
import { readInput } from '../../src/input/index.js';
import { decodeTextFile, type DecodedText } from '../../src/input/text.js';
import { vietnameseEncodings } from '../../src/input/encodings/index.js';
import { legacyEncoder } from '../../scripts/lib/legacy-encoder.js';
import { isVnplanError } from '../../src/errors.js';
import { RereadText } from '../../src/off-heap-text.js';

const SAMPLES = join(import.meta.dirname, '../../fixtures/samples');
const encodings = vietnameseEncodings();
const plan = readFileSync(join(SAMPLES, '004_836adf478699530c.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'vnplan-file-bytes-'));

function fileOf(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function source(path: string, sha256?: string): FileBytes {
  return new FileBytes(path, readFileSync(path).length, sha256);
}

const plain = ({ text, encoding }: DecodedText) => ({ text, encoding });

/** The file decoded from disk in pieces of each size, against its bytes decoded whole in memory. */
function expectSameFromDisk(name: string, bytes: Uint8Array, sizes: number[]) {
  const whole = plain(decodeTextFile(bytes, name, encodings, undefined, Infinity));
  const path = fileOf(name, bytes);
  for (const size of sizes) expect(plain(decodeTextFile(source(path), name, encodings, undefined, size)), `pieces of ${size} bytes`).toEqual(whole);
  return whole;
}

describe('a text file read from disk a piece at a time', () => {
  it('keeps a character whose bytes straddle two reads (UTF-8 of 2, 3 and 4 bytes)', () => {
    const text = `Kế hoạch ${'Ủy ban 𝔸 nhân dân ©\r\n'.repeat(3)}${plan}`;
    const whole = expectSameFromDisk('cut.txt', Buffer.from(text), [1, 2, 3, 5, 7, 1000]);
    expect(whole.text).toContain('Ủy ban 𝔸 nhân dân ©\nỦy ban');
  });

  it('finds a stray NUL in the last piece and reads the file as decoding it whole does, noting it', () => {
    const bytes = Buffer.concat([Buffer.from(plan), Buffer.from([0]), Buffer.from('Kết thúc\n')]);
    const whole = expectSameFromDisk('nul-last.txt', bytes, [1000, bytes.length - 5]);
    expect(whole.encoding.notes).toEqual([expect.stringMatching(/^1 stray NUL byte\(s\) dropped \(first at line \d+, byte \d+ \(0x00\)\)$/)]);
    expect(whole.text.trimEnd().endsWith('Kết thúc')).toBe(true);
  });

  it('names a file with too many NULs in its last piece as binary', () => {
    const bytes = Buffer.concat([Buffer.from(plan), Buffer.alloc(50)]);
    const path = fileOf('nuls.txt', bytes);
    expect(() => decodeTextFile(source(path), path, encodings, undefined, 1000)).toThrow(/50 NUL bytes \(first at line \d+, byte \d+ \(0x00\)\): binary data/);
  });

  it('reads a byte-order mark cut between reads (UTF-8 and UTF-16) and UTF-16 without one', () => {
    const le = Buffer.from(`${plan}\r\nTriển khai 𝔸\r\n`, 'utf16le');
    expect(expectSameFromDisk('bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan)]), [1, 2, 4, 1000]).encoding.notes).toEqual(['byte-order mark']);
    expect(expectSameFromDisk('bom16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), [1, 3, 1001]).encoding.name).toBe('utf-16le');
    const bare = expectSameFromDisk('bare16.txt', Buffer.from(le).swap16(), [1, 3, 1001]);
    expect(bare.encoding).toEqual({ name: 'utf-16be', via: 'bytes', notes: ['no byte-order mark: told by its NUL bytes'] });
  });

  it('reads a legacy encoding (TCVN3 with a stray NUL, VNI) in pieces as decoding it whole does', () => {
    const tcvn3 = legacyEncoder(encodings.byName('tcvn3')!).encode(plan);
    const withNul = Buffer.concat([tcvn3.subarray(0, 300), Buffer.from([0]), tcvn3.subarray(300)]);
    expect(expectSameFromDisk('tcvn3.txt', withNul, [7, 1000]).encoding.name).toBe('tcvn3');
    expect(expectSameFromDisk('vni.txt', legacyEncoder(encodings.byName('vni')!).encode(plan), [7, 1000]).encoding.name).toBe('vni');
  });

  it('reads mojibake and broken bytes whole, as before', () => {
    const mojibake = Buffer.from(encodings.decodeWindows1252(legacyEncoder(encodings.byName('tcvn3')!).encode(plan)));
    expect(expectSameFromDisk('mojibake.txt', mojibake, [1000]).encoding.via).toBe('mis-decoded');
    const broken = Buffer.concat([Buffer.from(plan), Buffer.from([0xc3, 0x28]), Buffer.from('Kết thúc')]);
    expect(expectSameFromDisk('broken.txt', broken, [1000]).encoding.notes[0]).toMatch(/invalid UTF-8 byte sequence/);
  });
});

describe('a big text file read again rather than held', () => {
  const tcvn3 = legacyEncoder(encodings.byName('tcvn3')!).encode(plan);
  const files = [
    ['utf-8', Buffer.from(`Kế hoạch ${'Ủy ban 𝔸 nhân dân ©\r\n'.repeat(3)}${plan}`)],
    ['tcvn3', tcvn3],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')])],
  ] as const;

  it('keeps nothing of the text but its length and lines, and gives back at every reading what holding it gives', () => {
    for (const [name, bytes] of files) {
      const held = decodeTextFile(bytes, name, encodings, undefined, 1000);
      const path = fileOf(`${name}.txt`, bytes);
      const reread = decodeTextFile(source(path), path, encodings, undefined, 1000, true, 1000);
      expect(reread.utf8, name).toBeInstanceOf(RereadText);
      expect(reread.encoding).toEqual(held.encoding);
      expect(reread.utf8!.length).toBe(held.text.length);
      expect(reread.utf8!.lineCount()).toBe(held.text.split('\n').length);
      // counted on the first pass, so that the pipeline need not read the file again to know whether a line wraps
      expect(reread.utf8!.longestLine).toBe(Math.max(...held.text.split('\n').map((line) => line.length)));
      for (let reading = 0; reading < 2; reading++) expect(reread.text).toBe(held.text);
      expect([...reread.utf8!.pieces()].join('')).toBe(held.text);
      for (const chars of [0, 1, 999, held.text.length, held.text.length + 1]) expect(reread.utf8!.head(chars)).toBe(held.text.slice(0, chars));
      // a text no larger than largeBytes is held as a string
      expect(decodeTextFile(source(path), path, encodings, undefined, bytes.length, true).utf8).toBeUndefined();
    }
  });

  it('names a file changed since it was first read at the next reading, even of its head', () => {
    for (const [name, bytes] of files) {
      const path = fileOf(`changed-${name}.txt`, bytes);
      const reread = decodeTextFile(source(path), path, encodings, undefined, 1000, true, 1000);
      const edited = Buffer.from(bytes);
      edited[edited.length - 3] = 0x41;
      writeFileSync(path, edited);
      for (const read of [() => reread.text, () => reread.utf8!.head(10)]) {
        expect(read, name).toThrow(expect.objectContaining({ code: 'UNREADABLE', message: expect.stringMatching(/changed while it was read/) }));
      }
    }
  });
});

describe('a file that changes while it is read', () => {
  const bytes = Buffer.from(plan);

  /** The error of reading every piece of `file`, doing `change` after the first. */
  function readChanging(file: FileBytes, change: () => void): unknown {
    let first = true;
    try {
      for (const piece of file.pieces(1000)) {
        void piece;
        if (first) change();
        first = false;
      }
    } catch (error) {
      return error;
    }
    return null;
  }

  it('is named when it grows or shrinks during a pass', () => {
    const grown = fileOf('grows.txt', bytes);
    const shrunk = fileOf('shrinks.txt', bytes);
    const grew = readChanging(source(grown), () => appendFileSync(grown, 'thêm'));
    const shrank = readChanging(source(shrunk), () => truncateSync(shrunk, 1500));
    for (const [error, how] of [
      [grew, /grew past the \d+ bytes/],
      [shrank, /shrank to 1500 of the \d+ bytes/],
    ] as const) {
      expect(isVnplanError(error) && error.code).toBe('UNREADABLE');
      expect(String((error as Error).message)).toMatch(how);
      expect((error as Error).message).toMatch(/changed while it was read/);
    }
  });

  it('is named when a later pass reads other bytes than the first (same size)', () => {
    const path = fileOf('edited.txt', bytes);
    const file = source(path);
    expect(readChanging(file, () => undefined)).toBeNull();
    writeFileSync(path, Buffer.from(plan.replace('Kế hoạch', 'Kế HOẠCH')));
    expect(readChanging(file, () => undefined)).toMatchObject({ code: 'UNREADABLE', message: expect.stringMatching(/not those read before/) });
  });

  it('readInput refuses a file whose bytes are not those it was fingerprinted by, and reads it when they are', async () => {
    const path = fileOf('fingerprinted.txt', bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect((await readInput(path, undefined, sha256)).format).toBe('text');
    writeFileSync(path, Buffer.from(plan.replace('Kế hoạch', 'Kế HOẠCH')));
    await expect(readInput(path, undefined, sha256)).rejects.toMatchObject({ code: 'UNREADABLE', file: path, message: expect.stringMatching(/changed while it was read/) });
  });
});
