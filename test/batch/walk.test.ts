import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { walkInputs } from '../../src/batch/walk.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vnplan-walk-'));
  for (const folder of ['a/b', '.git', 'out/a', 'c', 'old-out']) await mkdir(join(dir, folder), { recursive: true });
  for (const file of ['z.txt', 'a/Kế hoạch 1.pdf', 'a/b/scan.tiff', '.hidden.txt', '.git/config', 'out/a/x.json', 'c/draft.txt', 'old-out/manifest.jsonl', 'old-out/x.txt']) {
    await writeFile(join(dir, file), 'x');
  }
});

const relatives = async (options = {}) => (await walkInputs(dir, options)).files.map((f) => f.relative);

describe('walkInputs', () => {
  it('lists regular files in a stable order, without hidden ones, OUT, or older output folders', async () => {
    expect(await relatives({ skipDirs: [join(dir, 'out')], markerFile: 'manifest.jsonl' })).toEqual([
      'a/Kế hoạch 1.pdf',
      'a/b/scan.tiff',
      'c/draft.txt',
      'z.txt',
    ]);
  });

  it('filters with --include / --exclude globs; a slash-free glob matches at any depth', async () => {
    expect(await relatives({ skipDirs: [join(dir, 'out'), join(dir, 'old-out')], include: ['*.pdf', '*.tiff'] })).toEqual(['a/Kế hoạch 1.pdf', 'a/b/scan.tiff']);
    expect(await relatives({ skipDirs: [join(dir, 'out'), join(dir, 'old-out')], exclude: ['c/**', 'a/b/**'] })).toEqual(['a/Kế hoạch 1.pdf', 'z.txt']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it cannot open and walks on', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked, { mode: 0o000 });
    try {
      const { files, unreadable } = await walkInputs(dir, { skipDirs: [join(dir, 'out')] });
      expect(files.map((f) => f.relative)).toContain('z.txt');
      expect(unreadable.map((u) => [u.relative, u.error.code])).toEqual([['locked/', 'UNREADABLE']]);
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
