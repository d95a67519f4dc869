// Single-file commands and their outputs, as a user can get them wrong: an
// output that is the input, a device, a FIFO, a folder, a pipe closed early,
// a folder the user may not write, a read-only file system, a killed run's
// temp file. Child processes, run as `nobody` where permissions matter (the
// suite runs as root, which may write anywhere).
import { spawnSync, type SpawnOptions } from 'node:child_process';
import { chmod, copyFile, link, lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { asNobody } from '../helpers/unprivileged.js';
import { VNPLAN_MAIN } from '../helpers/cli-build.js';
import { runCommand, type Run } from '../helpers/run-command.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'fixtures/samples/002_73ad0eb0821da3f9.txt');
const IS_ROOT = process.getuid?.() === 0;

function vnplan(args: string[], options: SpawnOptions & { readStdout?: (chunk: string, stop: () => void) => void } = {}): Promise<Run> {
  const { readStdout, ...spawnOptions } = options;
  return runCommand(VNPLAN_MAIN, args, { ...spawnOptions, onStdout: (_stdout, chunk, child) => readStdout?.(chunk, () => child.stdout!.destroy()) });
}

let work: string;
let input: string;
let original: Buffer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vnplan-outputs-'));
  await chmod(work, 0o755); // `nobody` reads the inputs here
  input = join(work, 'plan.txt');
  await copyFile(SAMPLE, input);
  await chmod(input, 0o644);
  original = await readFile(input);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function expectInputIntact(): Promise<void> {
  expect((await readFile(input)).equals(original)).toBe(true);
}

describe('an output never replaces the input', () => {
  it('vnplan restore x.txt -o x.txt is refused, naming both paths', async () => {
    const run = await vnplan(['restore', input, '-o', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${input}: is the input ${input}`);
    await expectInputIntact();
  });

  it('--text, -o or --log reaching the input through a symbolic link or a hard link is refused', async () => {
    const soft = join(work, 'soft.txt');
    const hard = join(work, 'hard.txt');
    await symlink(input, soft);
    await link(input, hard);
    const viaText = await vnplan(['extract', input, '--text', hard]);
    expect(viaText.code).toBe(2);
    expect(viaText.stderr).toContain(`${hard}: is the input ${input}`);
    const viaOutput = await vnplan(['extract', soft, '-o', input]);
    expect(viaOutput.code).toBe(2);
    expect(viaOutput.stderr).toContain(`${input}: is the input ${soft}`);
    const viaLog = await vnplan(['restore', input, '--log', soft]);
    expect(viaLog.code).toBe(2);
    await expectInputIntact();
    expect((await lstat(soft)).isSymbolicLink()).toBe(true);
  });

  it('one file given to two outputs is refused', async () => {
    const both = join(work, 'both.json');
    const run = await vnplan(['extract', input, '-o', both, '--text', both]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/given to both/);
  });
});

describe('devices, FIFOs, stdout and folders as outputs', () => {
  it('-o /dev/null writes to the device and leaves it a device', async () => {
    const run = await vnplan(['extract', input, '-o', '/dev/null']);
    expect(run.code, run.stderr).toBe(0);
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('-o - and -o /dev/stdout write the record to stdout', async () => {
    for (const target of ['-', '/dev/stdout']) {
      const run = await vnplan(['extract', input, '-o', target]);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ documentType: 'Kế hoạch' });
    }
    expect((await lstat('/dev/stdout')).isSymbolicLink()).toBe(true);
  });

  it('a FIFO is written as a stream and stays a FIFO', async () => {
    const fifo = join(work, 'record.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = readFile(fifo, 'utf8'); // opening for reading lets the writer in
    const run = await vnplan(['extract', input, '-o', fifo]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(await reader)).toMatchObject({ documentType: 'Kế hoạch' });
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('a folder given as an output file is refused with its name', async () => {
    const folder = join(work, 'a-folder');
    await mkdir(folder);
    const run = await vnplan(['extract', input, '-o', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${folder}: is a folder`);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('file-system errors name the path and the reason', () => {
  it('a reader closing the pipe early (restore BIG | head) ends quietly', async () => {
    const big = join(work, 'big.txt');
    const text = await readFile(SAMPLE, 'utf8');
    await writeFile(big, Array.from({ length: 8 }, () => text).join('\n'));
    const run = await vnplan(['restore', big], { readStdout: (_chunk, stop) => stop() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('an output folder the user may not write: permission denied, no stack trace (as nobody)', async () => {
    const locked = join(work, 'root-only');
    await mkdir(locked, { mode: 0o755 });
    const target = join(locked, 'plan.json');
    const run = await vnplan(['extract', input, '-o', target], asNobody());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`vnplan extract: ${target}: cannot write the output (permission denied, EACCES)\n`);
  });

  it.skipIf(!IS_ROOT)('a read-only file system: named, no stack trace (needs root to mount a tmpfs)', async () => {
    const mountPoint = join(work, 'ro');
    await mkdir(mountPoint);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', mountPoint]);
    if (mounted.status !== 0) return expect.fail(`cannot mount a tmpfs: ${mounted.stderr.toString()}`);
    try {
      const target = join(mountPoint, 'plan.json');
      const run = await vnplan(['extract', input, '-o', target]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`vnplan extract: ${target}: cannot write the output (read-only file system, EROFS)\n`);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

describe('temp files of a killed run', () => {
  it('are removed on the next run when their process is gone; a live run’s and other files stay', async () => {
    const out = join(work, 'again.json');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // exited: its pid is free
    const stale = `again.json.${dead}.0123456789ab.tmp`;
    const live = `again.json.${process.pid}.abcdefabcdef.tmp`;
    const foreign = 'again.json.123.backup.tmp';
    for (const name of [stale, live, foreign]) await writeFile(join(work, name), '{"sample":');
    const run = await vnplan(['extract', input, '-o', out]);
    expect(run.code, run.stderr).toBe(0);
    const names = await readdir(work);
    expect(names).not.toContain(stale);
    expect(names).toContain(live);
    expect(names).toContain(foreign);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ documentType: 'Kế hoạch' });
  });
});

describe('images outside the documented limits', () => {
  it('a 1×1 and a 1×20000 image get a clear error naming the file, no stack trace', async () => {
    const white = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).png().toBuffer();
    for (const [name, width, height, reason] of [
      ['dot.png', 1, 1, 'too small'],
      ['strip.png', 1, 20000, 'too small'],
      ['ribbon.png', 100, 20000, 'too narrow'],
    ] as const) {
      const path = join(work, name);
      await writeFile(path, await white(width, height));
      const run = await vnplan(['extract', path]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toContain(`vnplan extract: ${path} (page 1): the image is ${width}×${height} pixels: ${reason}`);
      expect(run.stderr, name).not.toMatch(/\n\s+at /);
    }
  });
});
