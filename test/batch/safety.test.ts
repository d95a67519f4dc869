// The batch against the mistakes and accidents of real archives: an OUT that is
// DIR under another name or a folder of inputs, a symbolic link planted in OUT,
// symbolic links in DIR (good, looping, dangling, leading out), a full disk,
// SIGTERM, folders the user may not write (as `nobody`), a PDF past a page budget, many image files at a
// high --concurrency.
import { spawn, spawnSync } from 'node:child_process';
import { access, chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { runBatch, type Processor } from '../../src/batch/index.js';
import { runBatchCommand } from '../../src/cli/batch.js';
import { capture } from './helpers/capture.js';
import { processFile } from '../../src/pipeline.js';
import { buildTextArchive, ROOT, samplePaths } from './helpers/archive.js';
import { latestEntries, manifestLines, tempFiles } from './helpers/inspect.js';
import { spawnBatch } from './helpers/spawn.js';
import { asNobody } from '../helpers/unprivileged.js';
import { CLI_TREE, VNPLAN_MAIN } from '../helpers/cli-build.js';

const IS_ROOT = process.getuid?.() === 0;
const made: string[] = [];

async function scratch(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

/** A folder with two sample plans, one nested; returns it and the inputs' bytes. */
async function smallArchive(): Promise<{ dir: string; contents: Map<string, Buffer> }> {
  const dir = await scratch('vnplan-safe-');
  const [s0, s1] = await samplePaths();
  await mkdir(join(dir, 'nested'));
  await copyFile(s0!, join(dir, 'a.txt'));
  await copyFile(s1!, join(dir, 'nested/b.txt'));
  const contents = new Map<string, Buffer>();
  for (const name of ['a.txt', 'nested/b.txt']) contents.set(name, await readFile(join(dir, name)));
  return { dir, contents };
}

async function expectIntact(dir: string, contents: Map<string, Buffer>): Promise<void> {
  for (const [name, bytes] of contents) expect((await readFile(join(dir, name))).equals(bytes), name).toBe(true);
}

describe('OUT never lands on the inputs', () => {
  it('an OUT that is a symbolic link to DIR is refused (exit 2), naming both', async () => {
    const { dir, contents } = await smallArchive();
    const alias = join(await scratch('vnplan-alias-'), 'out');
    await symlink(dir, alias);
    const { io, text } = capture();
    expect(await runBatchCommand([dir, '--out', alias], io)).toBe(2);
    expect(text.stderr).toContain(`${alias}: is the input folder ${dir}`);
    await expectIntact(dir, contents);
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'nested']);
  });

  it('an OUT inside DIR that holds inputs is refused (exit 2); a new one is fine', async () => {
    const { dir, contents } = await smallArchive();
    const { io, text } = capture();
    expect(await runBatchCommand([dir, '--out', join(dir, 'nested')], io)).toBe(2);
    expect(text.stderr).toMatch(/lies inside the input folder .* holds files that are not vnplan outputs \(b\.txt\)/);
    await expectIntact(dir, contents);
    expect(await runBatchCommand([dir, '--out', join(dir, 'out')], capture().io)).toBe(0);
  });

  it('a symbolic link planted in OUT that leads into DIR is not written through', async () => {
    const { dir, contents } = await smallArchive();
    const out = await scratch('vnplan-planted-');
    await symlink(join(dir, 'nested'), join(out, 'nested'));
    const summary = await runBatch({ inputDir: dir, outDir: out, concurrency: 1 });
    const latest = await latestEntries(out);
    expect(latest.get('a.txt')?.status).toBe('ok');
    expect(latest.get('nested/b.txt')).toMatchObject({ status: 'error', errorCode: 'OUTPUT_CONFLICT' });
    // OUT/nested/b.txt is, through the link, the input itself
    expect(latest.get('nested/b.txt')?.error).toBe(`${join(out, 'nested/b.txt')}: is the input ${join(dir, 'nested/b.txt')}; refusing to overwrite it (choose another output path)`);
    expect(summary.failed).toHaveLength(1);
    await expectIntact(dir, contents);
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['b.txt']);
  });
});

describe('symbolic links in DIR', () => {
  it('follows links inside DIR once each; reports loops, dangling links and links out of DIR by name', async () => {
    const { dir } = await smallArchive();
    const outside = join(await scratch('vnplan-outside-'), 'elsewhere.txt');
    await copyFile((await samplePaths())[2]!, outside);
    await mkdir(join(dir, 'links'));
    await symlink('../a.txt', join(dir, 'links/good.txt'));
    await symlink('../nested', join(dir, 'links/folder'));
    await symlink('..', join(dir, 'links/loop'));
    await symlink('missing.txt', join(dir, 'links/dangling.txt'));
    await symlink(outside, join(dir, 'links/out.txt'));
    await symlink('self.txt', join(dir, 'links/self.txt'));
    const out = await scratch('vnplan-links-out-');
    const summary = await runBatch({ inputDir: dir, outDir: out, concurrency: 2 });
    const latest = await latestEntries(out);
    expect([...latest.keys()].sort()).toEqual(
      ['a.txt', 'links/dangling.txt', 'links/folder/b.txt', 'links/good.txt', 'links/loop', 'links/out.txt', 'links/self.txt', 'nested/b.txt'].sort(),
    );
    for (const ok of ['a.txt', 'nested/b.txt', 'links/good.txt', 'links/folder/b.txt']) expect(latest.get(ok)?.status, ok).toBe('ok');
    const failed = (path: string) => [latest.get(path)?.errorCode, latest.get(path)?.error];
    expect(failed('links/loop')).toEqual(['LINK_LOOP', `${join(dir, 'links/loop')}: symbolic link to ./, a folder that contains it: a loop, not followed`]);
    expect(failed('links/self.txt')[0]).toBe('LINK_LOOP');
    expect(failed('links/dangling.txt')).toEqual(['BROKEN_LINK', `${join(dir, 'links/dangling.txt')}: symbolic link to missing.txt, which does not exist`]);
    expect(failed('links/out.txt')[0]).toBe('LINK_OUTSIDE');
    expect(failed('links/out.txt')[1]).toContain(outside);
    expect(summary.failed.map((f) => f.path).sort()).toEqual(['links/dangling.txt', 'links/loop', 'links/out.txt', 'links/self.txt']);
  });
});

describe('the resume key follows what makes the output', () => {
  it('a table of dictionaries/ changed by one byte redoes the file; unchanged, it is skipped', async () => {
    // A copy of the package (code — the tree built from src/ for this run —,
    // tables, package.json; node_modules linked), so the run really reads the copied tables.
    const pkg = await scratch('vnplan-pkg-');
    spawnSync('cp', ['-r', CLI_TREE, join(ROOT, 'dictionaries'), join(ROOT, 'package.json'), pkg]);
    await symlink(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const { dir } = await smallArchive();
    const out = await scratch('vnplan-key-out-');
    const run = () => {
      const result = spawnSync(process.execPath, [join(pkg, relative(ROOT, VNPLAN_MAIN)), 'batch', dir, '--out', out, '--include', 'a.txt'], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return [...(result.stdout.match(/(\d+) ok, (\d+) unchanged/) ?? [])].slice(1).map(Number);
    };
    expect(run()).toEqual([1, 0]);
    expect(run()).toEqual([0, 1]);
    const table = join(pkg, 'dictionaries/admin-terms.txt');
    const bytes = await readFile(table);
    bytes[2] = bytes[2] === 0x41 ? 0x61 : 0x41; // one letter's case: 'A' <-> 'a'
    await writeFile(table, bytes);
    expect(run()).toEqual([1, 0]);
    const versions = (await manifestLines(out)).map((e) => e.version);
    expect(new Set(versions).size).toBe(2);
  }, 120_000);
});

describe('a full disk, SIGTERM, no permission', () => {
  it.skipIf(!IS_ROOT)('ENOSPC stops taking files, keeps what is done and says so (a 1 MB tmpfs; needs root to mount)', async () => {
    const dir = await buildTextArchive(30);
    made.push(dir);
    const out = await scratch('vnplan-full-');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', out]);
    if (mounted.status !== 0) return expect.fail(`cannot mount a tmpfs: ${mounted.stderr.toString()}`);
    try {
      const run = await spawnBatch('main', [dir, '--out', out, '--concurrency', '2']).exited;
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(run.stdout).toMatch(/Stopped taking files: .*cannot write the output \(no space left on the device, ENOSPC\)/);
      const lines = await manifestLines(out);
      const ok = lines.filter((e) => e.status === 'ok');
      expect(ok.length).toBeGreaterThan(0);
      expect(ok.length).toBeLessThan(30);
      for (const entry of ok) {
        JSON.parse(await readFile(join(out, entry.json!), 'utf8'));
        await access(join(out, entry.text!));
      }
      expect(await tempFiles(out)).toEqual([]);
      expect((await readdir(out)).filter((n) => n.startsWith('.vnplan'))).toEqual([]);
    } finally {
      spawnSync('umount', [out]);
    }
  });

  it('SIGTERM is handled like Ctrl-C: running files finish, lock released, summary.csv written, exit 143', async () => {
    const dir = await buildTextArchive(20);
    made.push(dir);
    const out = await scratch('vnplan-term-');
    const child = spawnBatch('helper', [dir, '--out', out, '--concurrency', '2'], { VNPLAN_TEST_DELAY_MS: '300' });
    for (;;) {
      if ((await readFile(join(out, 'manifest.jsonl'), 'utf8').catch(() => '')).includes('\n')) break;
      if (child.process.exitCode !== null) throw new Error(`ended early: ${(await child.exited).stderr}`);
      await sleep(10);
    }
    child.process.kill('SIGTERM');
    const stopped = await child.exited;
    expect(stopped.code, stopped.stderr).toBe(143);
    expect(stopped.stdout).toContain('Interrupted');
    const lines = await manifestLines(out);
    expect(lines.length).toBeLessThan(20);
    expect(lines.every((e) => e.status === 'ok')).toBe(true);
    const csv = await readFile(join(out, 'summary.csv'), 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(lines.length + 1);
    expect(await readdir(out)).not.toContain('.vnplan-batch.lock');
    expect(await tempFiles(out)).toEqual([]);
  });

  it('an OUT that cannot be made, or whose lock cannot be taken, is named with the reason (as nobody)', async () => {
    const { dir } = await smallArchive();
    await chmod(dir, 0o755);
    await chmod(join(dir, 'nested'), 0o755);
    const parent = await scratch('vnplan-rootonly-');
    await chmod(parent, 0o755); // nobody may enter, not write
    const batchAsNobody = (out: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(process.execPath, [VNPLAN_MAIN, 'batch', dir, '--out', out], { cwd: ROOT, ...asNobody() });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => done({ code, stdout, stderr }));
      });
    const notMade = join(parent, 'out');
    const made = await batchAsNobody(notMade);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain(`${notMade}: cannot create the output folder (permission denied, EACCES)`);
    const noLock = join(parent, 'existing');
    await mkdir(noLock, { mode: 0o755 });
    const locked = await batchAsNobody(noLock);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toBe(`vnplan batch: ${join(noLock, '.vnplan-batch.lock')}: cannot take the batch lock (permission denied, EACCES)\n`);
  });
});

describe('a PDF past a budget', () => {
  // 4,100 lines of 50 characters: a page's text layer past the 200,000 characters of one page's budget
  it('fails alone, named with its page and the limit; the other files of the batch are done', async () => {
    const { dir } = await smallArchive();
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 4_100; line++) page.drawText('abcdefghij'.repeat(5), { x: 20, y: 20 + (line % 40) * 20, size: 10, font });
    await writeFile(join(dir, 'nested/wordy.pdf'), await doc.save());
    const out = await scratch('vnplan-budget-');
    const summary = await runBatch({ inputDir: dir, outDir: out });
    expect(summary.ok).toBe(2);
    const entry = (await latestEntries(out)).get('nested/wordy.pdf')!;
    expect(entry).toMatchObject({ status: 'error', errorCode: 'TOO_LARGE', json: null, text: null });
    expect(entry.error).toBe(`${join(dir, 'nested/wordy.pdf')} (page 1): the page's text layer holds more than 200,000 characters, the limit`);
    expect((await readdir(join(out, 'nested'))).filter((n) => n.startsWith('wordy'))).toEqual([]);
  });
});

describe('OCR work is bounded by the cores, whatever --concurrency says', () => {
  it('at --concurrency 8, image files in flight never outnumber the OCR workers', async () => {
    const dir = await scratch('vnplan-images-');
    const page = await sharp({ create: { width: 400, height: 560, channels: 3, background: '#ffffff' } }).png().toBuffer();
    for (let i = 0; i < 8; i++) await writeFile(join(dir, `scan ${i}.png`), page);
    for (let i = 0; i < 4; i++) await copyFile((await samplePaths())[i]!, join(dir, `text ${i}.txt`));
    let running = 0;
    let most = { images: 0, all: 0 };
    let images = 0;
    const slow: Processor = async (path, options) => {
      const image = path.endsWith('.png');
      running++;
      if (image) images++;
      most = { images: Math.max(most.images, images), all: Math.max(most.all, running) };
      await sleep(150);
      running--;
      if (image) images--;
      if (image) throw new Error('not read in this test');
      return processFile(path, options);
    };
    const out = await scratch('vnplan-images-out-');
    await runBatch({ inputDir: dir, outDir: out, concurrency: 8, processFile: slow });
    expect(most.images).toBeLessThanOrEqual(Math.max(1, availableParallelism()));
    expect(most.all).toBeGreaterThan(most.images); // texts still run beside them
  });
});
