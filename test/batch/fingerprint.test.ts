import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/batch/fingerprint.js';

describe('fingerprint', () => {
  const content = Buffer.from('Kế hoạch số 12/KH-UBND\n'.repeat(10_000));

  async function file(): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'vnplan-fingerprint-')), 'plan.txt');
    await writeFile(path, content);
    return path;
  }

  it('keeps the bytes of a file it may keep, and a head that does not hold on to them', async () => {
    const fp = await fingerprint(await file(), content.length);
    expect(fp.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(Buffer.from(fp.bytes!).equals(content)).toBe(true);
    expect(Buffer.from(fp.head).equals(content.subarray(0, 64 * 1024))).toBe(true);
    // the head outlives the bytes (the batch drops them once the pipeline has them): a view would keep the whole file
    expect(fp.head.buffer.byteLength).toBe(64 * 1024);
  });

  it('hashes a larger file as a stream, keeping its head only', async () => {
    const fp = await fingerprint(await file(), 1000);
    expect(fp.bytes).toBeNull();
    expect(fp.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(Buffer.from(fp.head).equals(content.subarray(0, 64 * 1024))).toBe(true);
  });

  it('hashes a file it is told not to keep (a text, read again in pieces) a piece at a time, with a head of its own', async () => {
    // more than one 4 MB piece, the head read before them all
    const big = Buffer.concat(Array.from({ length: 40 }, () => content));
    const path = join(await mkdtemp(join(tmpdir(), 'vnplan-fingerprint-')), 'archive.txt');
    await writeFile(path, big);
    const fp = await fingerprint(path, big.length, () => false);
    expect(fp.bytes).toBeNull();
    expect(fp.size).toBe(big.length);
    expect(fp.sha256).toBe(createHash('sha256').update(big).digest('hex'));
    expect(Buffer.from(fp.head).equals(big.subarray(0, 64 * 1024))).toBe(true);
  });
});
