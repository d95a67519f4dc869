// Real files for the batch tests: the sample plans, a scan, and the ways an
// archive goes wrong (corrupt PDF, empty file, JPEG named .pdf, binary blob,
// nested folders, Vietnamese names with spaces, two inputs with one stem).
import { access, copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SAMPLES = join(ROOT, 'fixtures/samples');
const SCANS = join(ROOT, 'fixtures/scans');

export async function samplePaths(): Promise<string[]> {
  const names = (await readdir(SAMPLES)).filter((n) => /^00[0-4]_.*\.txt$/.test(n)).sort();
  return names.map((n) => join(SAMPLES, n));
}

/** A one-page scan from the OCR stage's fixtures (`npm run make:scans`): a few seconds of OCR. */
export async function scanFixture(): Promise<string> {
  const path = join(SCANS, '002_page1.jpg');
  await access(path).catch(() => {
    throw new Error(`missing scan fixture ${path} (npm run make:scans)`);
  });
  return path;
}

export interface Archive {
  dir: string;
  /** Relative paths that must end ok. */
  good: string[];
  /** Relative path -> expected error code. */
  bad: Record<string, string>;
}

async function put(dir: string, relative: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(dir, relative)), { recursive: true });
  await writeFile(join(dir, relative), content);
}

export async function buildArchive(): Promise<Archive> {
  const dir = await mkdtemp(join(tmpdir(), 'vnplan-archive-'));
  const [s0, s1, s2, s3, s4] = await samplePaths();
  const copies: Record<string, string | undefined> = {
    [`${base(s0)}`]: s0,
    [`${base(s1)}`]: s1,
    [`${base(s2)}`]: s2,
    [`nested/${base(s4)}`]: s4,
    [`nested/deeper/${base(s3)}`]: s3,
    'dup/x.txt': s2,
  };
  for (const [relative, source] of Object.entries(copies)) {
    await mkdir(dirname(join(dir, relative)), { recursive: true });
    await copyFile(source!, join(dir, relative));
  }
  const scan = await scanFixture();
  const scanName = `scans/${base(scan)}`;
  await mkdir(join(dir, 'scans'));
  await copyFile(scan, join(dir, scanName));
  await put(dir, 'nested/Kế hoạch số 5.txt', `${await readFile(s1!, 'utf8')}\nBản sao lưu trữ số 5\n`);
  await put(dir, 'dup/x.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x9c), Buffer.from('garbage\n')]));
  await put(dir, 'broken/empty.txt', '');
  await put(dir, 'broken/blob.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  await put(dir, 'broken/photo.pdf', await smallJpeg());
  await put(dir, '.DS_Store', 'hidden: never an input');
  return {
    dir,
    good: [base(s0), base(s1), base(s2), `nested/${base(s4)}`, `nested/deeper/${base(s3)}`, 'nested/Kế hoạch số 5.txt', 'dup/x.txt', scanName, 'broken/photo.pdf'].sort(),
    bad: { 'dup/x.pdf': 'CORRUPT_PDF', 'broken/empty.txt': 'EMPTY', 'broken/blob.bin': 'UNSUPPORTED_FORMAT' },
  };
}

/** A JPEG with a line of print on it, named .pdf: content decides, not the name. */
async function smallJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120">
    <rect width="100%" height="100%" fill="white"/>
    <text x="20" y="70" font-size="36" font-family="sans-serif">KẾ HOẠCH thi đua năm 2024</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** `count` text inputs that differ in content (so in sha256), for the kill/interrupt tests. */
export async function buildTextArchive(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vnplan-texts-'));
  const samples = await Promise.all((await samplePaths()).map((p) => readFile(p, 'utf8')));
  for (let i = 0; i < count; i++) {
    await put(dir, `${String(Math.floor(i / 10))}/bản sao ${String(i).padStart(3, '0')}.txt`, `${samples[i % samples.length]}\nBản sao số ${i}\n`);
  }
  return dir;
}

function base(path: string | undefined): string {
  return path!.slice(path!.lastIndexOf('/') + 1);
}
