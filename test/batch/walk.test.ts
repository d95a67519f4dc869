import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { walkInputs } from '../../src/batch/walk.js';
import { callUnprivileged, type PlainError } from '../helpers/unprivileged.js';

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

  it('reports a folder it cannot open and walks on (as an unprivileged user)', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked, { mode: 0o000 });
    await chmod(locked, 0o000); // whatever the umask
    await chmod(dir, 0o755);
    try {
      const call = await callUnprivileged('src/batch/walk.ts', 'walkInputs', [dir, { skipDirs: [join(dir, 'out')] }]);
      const { files, unreadable } = call.value as { files: Array<{ relative: string }>; unreadable: Array<{ relative: string; error: PlainError }> };
      expect(files.map((f) => f.relative)).toContain('z.txt');
      expect(unreadable.map((u) => [u.relative, u.error.code])).toEqual([['locked/', 'UNREADABLE']]);
      expect(unreadable[0]!.error.message).toContain(`${locked}: `);
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
