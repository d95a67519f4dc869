// The bad inputs of real archives through `vnplan batch` and `vnplan extract`,
// run as `nobody` (a file of mode 000 is only unreadable to a user the kernel
// holds to file modes): each is named with its reason, the rest of the batch is
// done, and nothing is written for it (no record, no text, no temp file). And a
// broken installation (a table of dictionaries/ missing) says which table and
// what brings it back, and stops a batch at once.
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, samplePaths } from '../batch/helpers/archive.js';
import { manifestLines, tempFiles } from '../batch/helpers/inspect.js';
import { CLI_TREE, VNPLAN_MAIN } from '../helpers/cli-build.js';
import { encryptedPdf } from '../helpers/encrypted-pdf.js';
import { asNobody } from '../helpers/unprivileged.js';
import { runCommand, type Run } from '../helpers/run-command.js';

const IS_ROOT = process.getuid?.() === 0;

function vnplan(main: string, args: string[]): Promise<Run> {
  return runCommand(process.execPath, [main, ...args], IS_ROOT ? asNobody() : {});
}


/** Each bad input (relative to DIR), its error code and its reason as the message says it. */
const BAD: [string, string, string][] = [
  ['empty.txt', 'EMPTY', 'the file is empty (0 bytes)'],
  ['spaces.txt', 'EMPTY', 'the file holds no text'],
  ['zero-pages.pdf', 'CORRUPT_PDF', 'the PDF has no pages'],
  ['truncated.jpg', 'CORRUPT_IMAGE', '(page 1): the image cannot be decoded (VipsJpeg: premature end of JPEG image)'],
  ['locked.pdf', 'ENCRYPTED_PDF', 'the PDF is encrypted and needs a password'],
  ['binary.txt', 'UNSUPPORTED_FORMAT', 'the file is binary data of no known format'],
  ['mode-000.txt', 'UNREADABLE', 'permission denied'],
];

let work: string;
let dir: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vnplan-bad-'));
  await chmod(work, 0o755);
  dir = join(work, 'in');
  await mkdir(dir);
  const [sample] = await samplePaths();
  await copyFile(sample!, join(dir, 'good.txt'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'spaces.txt'), ' \n\t\n');
  // pdf-lib adds a blank page to a document saved without one unless told not to
  await writeFile(join(dir, 'zero-pages.pdf'), await (await PDFDocument.create()).save({ addDefaultPage: false }));
  await writeFile(join(dir, 'truncated.jpg'), (await readFile(join(ROOT, 'fixtures/scans/paper_colour.jpg'))).subarray(0, 20_000));
  await writeFile(join(dir, 'locked.pdf'), await encryptedPdf());
  await writeFile(join(dir, 'binary.txt'), Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
  await mkdir(join(dir, 'x.pdf'));
  await symlink('loop-b.pdf', join(dir, 'loop-a.pdf'));
  await symlink('loop-a.pdf', join(dir, 'loop-b.pdf'));
  await copyFile(sample!, join(dir, 'mode-000.txt'));
  await chmod(join(dir, 'mode-000.txt'), 0o000);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('bad inputs', () => {
  it('vnplan batch: each bad file named with its reason, the good one done, nothing written for the bad ones', async () => {
    const out = join(work, 'out');
    await mkdir(out, { mode: 0o777 });
    await chmod(out, 0o777);
    const run = await vnplan(VNPLAN_MAIN, ['batch', dir, '--out', out]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    const lines = await manifestLines(out);
    const byPath = new Map(lines.map((l) => [l.path, l]));
    expect(byPath.get('good.txt')?.status).toBe('ok');
    for (const [name, code, reason] of BAD) {
      const line = byPath.get(name);
      expect([line?.status, line?.errorCode], name).toEqual(['error', code]);
      expect(line?.error, name).toContain(join(dir, name));
      expect(line?.error, name).toContain(reason);
      expect(run.stdout, name).toContain(`${name} [${code}] ${join(dir, name)}`);
    }
    for (const loop of ['loop-a.pdf', 'loop-b.pdf']) {
      expect(byPath.get(loop)?.errorCode, loop).toBe('LINK_LOOP');
      expect(byPath.get(loop)?.error, loop).toContain('a chain of links that never ends');
    }
    // A folder named x.pdf is a folder: walked (it is empty), never read as a PDF.
    expect([...byPath.keys()].filter((p) => p.startsWith('x.pdf'))).toEqual([]);
    expect(lines).toHaveLength(1 + BAD.length + 2);
    const written = (await readdir(out, { recursive: true })).filter((n) => /\.(json|txt|pdf)$/.test(n) && !n.startsWith('index.files'));
    expect(written.filter((n) => !n.startsWith('good.'))).toEqual([]);
    expect(await tempFiles(out)).toEqual([]);
  });

  it('vnplan extract: each bad file exits 1 with one line naming it and the reason, and writes no output', async () => {
    const cases: [string, string][] = [
      ...BAD.map(([name, , reason]): [string, string] => [name, reason]),
      ['x.pdf', 'is a directory, not a file'],
      ['loop-a.pdf', 'cannot read the file (a loop of symbolic links, or a chain of them too long to follow, ELOOP)'],
    ];
    for (const [name, reason] of cases) {
      const run = await vnplan(VNPLAN_MAIN, ['extract', join(dir, name), '-o', join(work, `${name}.json`)]);
      expect([run.code, run.stdout], name).toEqual([1, '']);
      expect(run.stderr.split('\n').filter(Boolean), name).toHaveLength(1);
      expect(run.stderr, name).toContain(`vnplan extract: ${join(dir, name)}`);
      expect(run.stderr, name).toContain(reason);
    }
    expect((await readdir(work)).filter((n) => n.endsWith('.json'))).toEqual([]);
  });
});

describe('a broken installation', () => {
  /** The built CLI tree beside a dictionaries/ without `left` (its packages and unpacked model linked). */
  async function installWithout(left: string): Promise<string> {
    const root = join(work, `install-without-${left}`);
    await cp(CLI_TREE, join(root, 'dist-test'), { recursive: true });
    await copyFile(join(ROOT, 'package.json'), join(root, 'package.json'));
    await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    await symlink(join(ROOT, 'dist'), join(root, 'dist'));
    await cp(join(ROOT, 'dictionaries'), join(root, 'dictionaries'), { recursive: true, filter: (from) => !from.endsWith(`/${left}`) });
    await chmod(root, 0o755);
    return root;
  }

  it('a missing table of the extractor: extract and batch name it and what brings it back; the batch stops at once', async () => {
    const root = await installWithout('letterhead.json');
    const main = join(root, 'dist-test/cli/main.js');
    const table = join(root, 'dictionaries/letterhead.json');
    const says = `${table}: the table is missing: vnplan cannot run without this table; reinstall vnplan, or in its checkout run \`git checkout -- dictionaries/letterhead.json\` (it is written by hand, see dictionaries/SOURCES.md)`;

    const extract = await vnplan(main, ['extract', join(dir, 'good.txt')]);
    expect([extract.code, extract.stdout, extract.stderr]).toEqual([1, '', `vnplan extract: ${says}\n`]);

    const archive = join(work, 'four');
    await mkdir(archive);
    for (const name of ['a', 'b', 'c', 'd']) await copyFile(join(dir, 'good.txt'), join(archive, `${name}.txt`));
    await chmod(archive, 0o755);
    const out = join(work, 'out-broken');
    await mkdir(out, { mode: 0o777 });
    await chmod(out, 0o777);
    const batch = await vnplan(main, ['batch', archive, '--out', out, '--concurrency', '1']);
    expect(batch.code, batch.stderr).toBe(1);
    expect(batch.stdout).toContain(`Stopped taking files: ${says}`);
    const lines = await manifestLines(out);
    expect(lines.map((l) => [l.status, l.errorCode])).toEqual([['error', 'BAD_TABLE']]);
    expect((await readdir(out)).filter((n) => /\.(json|txt)$/.test(n))).toEqual([]);
  });
});
