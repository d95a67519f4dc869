import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, textPieces, writeFileAtomic } from '../../src/batch/atomic-write.js';

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

describe('textPieces', () => {
  // lines of Vietnamese (two- and three-byte UTF-8), a blank line, a line longer than a piece, an astral character
  const text = ['Kế hoạch số 12/KH-UBND', '', 'Căn cứ Luật Tổ chức chính quyền địa phương', 'x'.repeat(23) + '𝔘𝔅𝔑𝔇' + 'ở'.repeat(9), 'Nơi nhận:', ''].join('\n');

  it('cuts after line ends and never inside a surrogate pair, at every piece size', () => {
    for (let chars = 1; chars <= text.length + 1; chars++) {
      const pieces = [...textPieces(text, chars)];
      expect(pieces.join(''), `pieces of ${chars}`).toBe(text);
      for (const piece of pieces.slice(0, -1)) {
        expect(piece.endsWith('\n') || piece.length <= Math.max(chars, 2), `pieces of ${chars}`).toBe(true);
        expect(/[\ud800-\udbff]$/.test(piece), `pieces of ${chars}: ${JSON.stringify(piece)}`).toBe(false);
      }
    }
  });

  it('written one after another, gives the bytes of the whole text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vnplan-atomic-'));
    for (const chars of [1, 2, 7, 30, 1 << 20]) {
      const target = join(dir, `streamed-${chars}.txt`);
      await writeFileAtomic(target, textPieces(text, chars));
      expect((await readFile(target)).equals(Buffer.from(text)), `pieces of ${chars}`).toBe(true);
    }
    expect((await readdir(dir)).every((name) => name.startsWith('streamed-') && name.endsWith('.txt'))).toBe(true);
  });

  it('leaves no file when a piece cannot be made', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vnplan-atomic-'));
    function* failing(): Generator<string> {
      yield 'Kế hoạch\n';
      throw new Error('disk gone');
    }
    await expect(writeFileAtomic(join(dir, 'x.txt'), failing())).rejects.toThrow('disk gone');
    expect(await readdir(dir)).toEqual([]);
  });
});
