import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, writeFileAtomic } from '../../src/batch/atomic-write.js';

describe('writeFileAtomic', () => {
  it('writes through a temp file and leaves only the target', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vnplan-atomic-'));
    const target = join(dir, 'sub', 'Kế hoạch.json');
    await writeFileAtomic(target, 'old');
    await writeFileAtomic(target, 'mới');
    expect(await readFile(target, 'utf8')).toBe('mới');
    expect(await readdir(join(dir, 'sub'))).toEqual(['Kế hoạch.json']);
  });

  it('writes nothing once its signal is aborted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vnplan-atomic-'));
    const controller = new AbortController();
    controller.abort();
    await expect(writeFileAtomic(join(dir, 'x.json'), '{}', { signal: controller.signal })).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the temp files of killed runs, and nothing else (not those of a live process)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vnplan-atomic-'));
    await mkdir(join(dir, 'a'));
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const live = `a/z.txt.${process.pid}.abcdefabcdef.tmp`;
    const names = [`x.json.${dead}.0123456789ab.tmp`, `a/y.txt.${dead}.abcdefabcdef.tmp`, live, 'keep.tmp', 'a/keep.json'];
    await Promise.all(names.map((n) => writeFile(join(dir, n), '')));
    expect(await removeStaleTemps(dir)).toBe(2);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['a', 'a/keep.json', live, 'keep.tmp']);
  });
});
