import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/input/index.js';
import { VnplanError, type ErrorCode } from '../../src/errors.js';

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

  it.skipIf(process.getuid?.() === 0)('no read permission: UNREADABLE', async () => {
    const path = join(dir, 'locked.txt');
    await writeFile(path, 'KẾ HOẠCH');
    await chmod(path, 0o000);
    await expectError(readInput(path), 'UNREADABLE', path);
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

  it('past maxBytes: TOO_LARGE', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, 'a'.repeat(2000));
    await expectError(readInput(path, { maxBytes: 1000 }), 'TOO_LARGE', path);
  });
});
