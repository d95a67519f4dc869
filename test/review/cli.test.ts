// The review and searchable-PDF commands as a user runs them: child processes,
// exit codes, what they print and the files they leave.
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_002, SAMPLES, SCANS } from './helpers.js';
import { VNPLAN_MAIN } from '../helpers/cli-build.js';
import { runCommand, type Run } from '../helpers/run-command.js';

function vnplan(args: string[], onStdout?: (text: string, kill: () => void) => void): Promise<Run> {
  return runCommand(VNPLAN_MAIN, args, { onStdout: (stdout, _chunk, child) => onStdout?.(stdout, () => child.kill('SIGINT')) });
}

/** Stored bytes of the JPEG images of a PDF. */
async function jpegStreams(pdf: Uint8Array): Promise<Buffer[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.context
    .enumerateIndirectObjects()
    .flatMap(([, o]) => (o instanceof PDFRawStream && o.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode') ? [Buffer.from(o.contents)] : []));
}

let work: string;
let dir: string;
let out: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vnplan-review-cli-'));
  dir = join(work, 'in');
  out = join(work, 'out');
  await mkdir(dir);
  await copyFile(join(SAMPLES, SAMPLE_002), join(dir, SAMPLE_002));
  await copyFile(join(SCANS, '002_page1.jpg'), join(dir, '002_page1.jpg'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('vnplan batch --pdf, vnplan review', () => {
  it('writes the review page and a searchable PDF for the scan (its JPEG untouched), none for the text', async () => {
    const run = await vnplan(['batch', dir, '--out', out, '--pdf']);
    expect(run.code, run.stderr).toBe(0);
    const names = await readdir(out);
    expect(names).toContain('index.html');
    expect(names.filter((n) => n.endsWith('.pdf'))).toEqual(['002_page1.pdf']);
    const [jpeg] = await jpegStreams(new Uint8Array(await readFile(join(out, '002_page1.pdf'))));
    expect(Buffer.compare(jpeg!, await readFile(join(SCANS, '002_page1.jpg')))).toBe(0);
  }, 300_000);

  it('vnplan review OUT prints the page path and its file:// URL', async () => {
    const run = await vnplan(['review', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(join(out, 'index.html'));
    expect(run.stdout).toContain('file://');
  });

  it('vnplan review OUT --serve serves the page on 127.0.0.1 until Ctrl-C', async () => {
    let page = '';
    const run = await vnplan(['review', out, '--serve', '--port', '0'], (stdout, stop) => {
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
      if (url && page === '') {
        page = 'pending';
        fetch(url)
          .then((r) => r.text())
          .then((html) => (page = html))
          .finally(stop);
      }
    });
    expect(run.code, run.stderr).toBe(0);
    expect(page).toContain('Duyệt kết quả');
  });

  it('refuses a folder that is no batch output, and --port without --serve', async () => {
    const notBatch = await vnplan(['review', dir]);
    expect(notBatch.code).toBe(2);
    expect(notBatch.stderr).toContain('manifest.jsonl');
    expect((await vnplan(['review', out, '--port', '8080'])).code).toBe(2);
  });

  it('vnplan extract FILE --pdf: a text file has no page images, a clear error and no file', async () => {
    const target = join(work, 'x.pdf');
    const run = await vnplan(['extract', join(SAMPLES, SAMPLE_002), '--pdf', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(SAMPLE_002);
    expect(run.stderr).toContain('--pdf');
    await expect(readFile(target)).rejects.toThrow();
  });
});
