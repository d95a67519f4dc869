import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/input/index.js';
import { VnplanError, type ErrorCode } from '../../src/errors.js';
import { callUnprivileged } from '../helpers/unprivileged.js';

const SCANS = join(import.meta.dirname, '../../fixtures/scans');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vnplan-input-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectError(promise: Promise<unknown>, code: ErrorCode, file: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VnplanError);
  expect((error as VnplanError).code).toBe(code);
  expect((error as VnplanError).message).toContain(file);
}

describe('readInput', () => {
  it('reads a PDF by its content', async () => {
    const doc = await readInput(join(SCANS, '002_scan.pdf'));
    expect(doc.format).toBe('pdf');
  });

  it('reads a Vietnamese text file by its content, whatever its name', async () => {
    const path = join(dir, 'plan.pdf');
    await writeFile(path, 'KẾ HOẠCH\nPhát động đợt thi đua\n');
    const doc = await readInput(path);
    expect(doc).toMatchObject({ format: 'text', text: 'KẾ HOẠCH\nPhát động đợt thi đua\n' });
  });

  it('reads UTF-16 with a byte-order mark as text', async () => {
    const path = join(dir, 'utf16.txt');
    await writeFile(path, Buffer.from('\ufeffKẾ HOẠCH thi đua', 'utf16le'));
    const doc = await readInput(path);
    expect(doc.format).toBe('text');
    expect(doc.format === 'text' && doc.text).toBe('KẾ HOẠCH thi đua');
  });

  it('reads a multi-page TIFF as TIFF', async () => {
    expect((await readInput(join(SCANS, '004_scan.tiff'))).format).toBe('tiff');
  });

  it('a .pdf that is really a JPEG is read as JPEG', async () => {
    const path = join(dir, 'misnamed.pdf');
    await writeFile(path, await readFile(join(SCANS, '002_page1.jpg')));
    const doc = await readInput(path);
    expect(doc.format).toBe('jpeg');
    expect(doc.byteLength).toBeGreaterThan(0);
  });

  it('missing file: NOT_FOUND', async () => {
    const path = join(dir, 'nope.txt');
    await expectError(readInput(path), 'NOT_FOUND', path);
  });

  it('a directory: UNREADABLE', async () => {
    const path = join(dir, 'folder.pdf');
    await mkdir(path);
    await expectError(readInput(path), 'UNREADABLE', path);
  });

  it('no read permission: UNREADABLE (as an unprivileged user)', async () => {
    const path = join(dir, 'locked.txt');
    await writeFile(path, 'KẾ HOẠCH');
    await chmod(path, 0o000);
    await chmod(dir, 0o755); // the user may enter the folder, not read the file
    const call = await callUnprivileged('src/input/index.ts', 'readInput', [path]);
    expect(call.error).toEqual({ name: 'VnplanError', code: 'UNREADABLE', message: `${path}: permission denied` });
  });

  it('0 bytes: EMPTY', async () => {
    const path = join(dir, 'empty.pdf');
    await writeFile(path, '');
    await expectError(readInput(path), 'EMPTY', path);
  });

  it('a binary blob: UNSUPPORTED_FORMAT', async () => {
    const path = join(dir, 'blob.txt');
    await writeFile(path, Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256));
    await expectError(readInput(path), 'UNSUPPORTED_FORMAT', path);
  });

  it('a file of a format vnplan does not read is named in the error', async () => {
    const zipEntry = (name: string): Buffer => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26, 0), Buffer.from(name), Buffer.alloc(64, 0x01)]);
    const cases: Array<[string, Uint8Array, string]> = [
      ['plan.docx', zipEntry('[Content_Types].xml'), 'a ZIP archive'],
      ['plan2.docx', Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')]), 'a Word document (.docx)'],
      ['plan.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512, 0)]), 'a Word, Excel or PowerPoint 97–2003 file (.doc/.xls/.ppt)'],
      ['plan.rtf', Buffer.from(String.raw`{\rtf1\ansi\deff0 {\fonttbl {\f0 .VnTime;}} K\'d5 ho\'b9ch}`), 'an RTF document'],
      ['scan.gif', Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100, 0)]), 'a GIF image'],
      // every byte value 8 times: NUL 8 / 2048; 27 C0 controls (not tab, LF, FF, CR) and DEL, 224 / 2048
      ['blob.txt', Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256), 'binary data of no known format (0.4 % NUL and 10.9 % other control bytes in the first 2 KB)'],
    ];
    for (const [name, bytes, what] of cases) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const error = await readInput(path).then(() => null, (e: unknown) => e as VnplanError);
      expect(error?.code).toBe('UNSUPPORTED_FORMAT');
      expect(error?.message).toBe(`${path}: the file is ${what}; vnplan reads text, PDF, PNG, JPEG, TIFF and WebP`);
    }
  });

  it('legacy and unusual text files are read, the encoding recorded', async () => {
    const path = join(dir, 'utf16-no-bom.txt');
    await writeFile(path, Buffer.from('KẾ HOẠCH thi đua năm 2025', 'utf16le'));
    const doc = await readInput(path);
    expect(doc.format === 'text' && doc.text).toBe('KẾ HOẠCH thi đua năm 2025');
    expect(doc.format === 'text' && doc.encoding?.name).toBe('utf-16le');
  });

  it('past maxBytes: TOO_LARGE', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, 'a'.repeat(2000));
    await expectError(readInput(path, { maxBytes: 1000 }), 'TOO_LARGE', path);
  });
});
