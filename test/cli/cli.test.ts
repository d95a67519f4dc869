// The command line as a user runs it: a child process, its exit code, stdout,
// stderr and the files it leaves behind.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRecord } from '../../src/types.js';
import { decodeText } from '../../src/input/text.js';
import { VNPLAN_MAIN } from '../helpers/cli-build.js';
import { runCommand, type Run } from '../helpers/run-command.js';
import { latestEntries } from '../batch/helpers/inspect.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLEAN_SAMPLE = join(ROOT, 'fixtures/samples/002_73ad0eb0821da3f9.txt');
const RAW_SAMPLE = join(ROOT, 'fixtures/samples/001_e964ddde52d2b84f.txt');

function vnplan(args: string[]): Promise<Run> {
  return runCommand(VNPLAN_MAIN, args);
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vnplan-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('vnplan (usage)', () => {
  it('prints help and exits 0 with --help', async () => {
    const run = await vnplan(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/vnplan extract FILE/);
  });

  it('exits 2 with usage when no command or an unknown one is given', async () => {
    expect((await vnplan([])).code).toBe(2);
    const unknown = await vnplan(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('exits 2 on an unknown flag or a missing FILE', async () => {
    const flag = await vnplan(['extract', CLEAN_SAMPLE, '--bogus']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/bogus/);
    expect((await vnplan(['extract'])).code).toBe(2);
    expect((await vnplan(['extract', CLEAN_SAMPLE, '--dpi', 'lots'])).code).toBe(2);
  });
});

describe('vnplan extract', () => {
  it('prints a valid plan record for a clean text plan', async () => {
    const run = await vnplan(['extract', CLEAN_SAMPLE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const record = PlanRecord.parse(JSON.parse(run.stdout));
    const gold = JSON.parse(await readFile(join(ROOT, 'fixtures/expected/002.json'), 'utf8')) as PlanRecord;
    expect(record.sample).toBe(gold.sample);
    expect(record.documentNumber).toEqual(gold.documentNumber);
    expect(record.issuer).toEqual(gold.issuer);
    expect(record.source?.pageMethods).toEqual(['text']);
    // Clean text needs no repair: restoration leaves it (nearly) as it is.
    expect(record.restoration?.changeRate).toBeLessThan(0.001);
  });

  it('OCRs a page image and prints its record, with nothing on stderr', async () => {
    const run = await vnplan(['extract', join(ROOT, 'fixtures/scans/002_page1.jpg')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const record = PlanRecord.parse(JSON.parse(run.stdout));
    const gold = JSON.parse(await readFile(join(ROOT, 'fixtures/expected/002.json'), 'utf8')) as PlanRecord;
    expect(record.source).toMatchObject({ format: 'jpeg', pages: 1, pageMethods: ['ocr'], dpi: 300 });
    expect(record.source?.meanOcrConfidence).toBeGreaterThan(80);
    // The first page holds the header: number, issuer, place and date.
    expect(record.documentNumber).toEqual(gold.documentNumber);
    expect(record.issuer).toEqual(gold.issuer);
    expect(record.issuedDate).toBe(gold.issuedDate);
  });

  it('writes -o and --text atomically, leaving no temp file', async () => {
    const out = join(work, 'rec.json');
    const text = join(work, 'rec.txt');
    const run = await vnplan(['extract', RAW_SAMPLE, '-o', out, '--text', text]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const record = PlanRecord.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(record.restoration?.changed).toBeGreaterThan(0);
    const restored = await readFile(text, 'utf8');
    expect(restored.split('\n').length).toBeGreaterThan(100);
    expect((await readdir(work)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names the file and the reason for a missing, empty or non-plan-format file, and writes nothing', async () => {
    const missing = join(work, 'no-such-plan.txt');
    const run = await vnplan(['extract', missing, '-o', join(work, 'missing.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(missing);

    const empty = join(work, 'empty.txt');
    await writeFile(empty, '');
    const emptyRun = await vnplan(['extract', empty, '-o', join(work, 'empty.json')]);
    expect(emptyRun.code).toBe(1);
    expect(emptyRun.stderr).toContain(empty);
    expect(emptyRun.stderr).toMatch(/empty/i);

    const corrupt = join(work, 'broken.pdf');
    await writeFile(corrupt, '%PDF-1.7\n1 0 obj <<garbage');
    const corruptRun = await vnplan(['extract', corrupt, '-o', join(work, 'broken.json')]);
    expect(corruptRun.code).toBe(1);
    expect(corruptRun.stderr).toContain(corrupt);

    const left = await readdir(work);
    expect(left).not.toContain('missing.json');
    expect(left).not.toContain('empty.json');
    expect(left).not.toContain('broken.json');
  });
});

describe('vnplan restore', () => {
  it('keeps line breaks and logs each correction with its line', async () => {
    const log = join(work, 'log.json');
    const run = await vnplan(['restore', RAW_SAMPLE, '--log', log]);
    expect(run.code).toBe(0);
    // Restoration sees the decoded text (trailing blank lines trimmed); every
    // one of its lines must come out as one line.
    const input = decodeText(await readFile(RAW_SAMPLE), RAW_SAMPLE).replace(/\n$/, '');
    const output = run.stdout.replace(/\n$/, '');
    expect(output.split('\n').length).toBe(input.split('\n').length);
    const written = JSON.parse(await readFile(log, 'utf8')) as {
      changed: number;
      corrections: { line: number; from: string; to: string; confidence: number }[];
    };
    expect(written.corrections.length).toBe(written.changed);
    expect(written.corrections.length).toBeGreaterThan(100);
    const outputLines = output.split('\n');
    for (const correction of written.corrections.slice(0, 50)) {
      expect(outputLines[correction.line - 1]).toContain(correction.to);
      expect(correction.confidence).toBeGreaterThanOrEqual(0);
      expect(correction.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('vnplan schema', () => {
  it('prints the JSON Schema of the plan record', async () => {
    const run = await vnplan(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown>; required: string[] };
    for (const field of ['documentNumber', 'issuer', 'legalBases', 'awardForms', 'signer', 'provenance']) {
      expect(schema.properties).toHaveProperty(field);
    }
    expect(schema.required).toContain('legalBases');
  });
});

// --read-by vie-ocr on a text Tesseract's Vietnamese model read before vnplan
// got it (fixtures/outside/party-2026f/vie-ocr/245): that model reads the hook
// of "Tổ chức" as an acute, a real word ("Tố chức") restoration leaves in a
// text it knows nothing of, and weighs apart only when told who read it.
const SET = join(ROOT, 'fixtures/outside/party-2026f');
const NAME = '245_hnd-tinh-hanam-hoithi-2021';
const READ = join(SET, 'vie-ocr', `${NAME}.txt`);
/** The title line as the page printed it, and as the model read it. */
const PRINTED = 'Tổ chức Hội thi Nhà nông đua tài tỉnh Hà Nam năm 2022';
const MISREAD = 'Tố chức Hội thi Nhà nông đua tài tỉnh Hà Nam năm 2022';

describe('vnplan --read-by', () => {
  it('restore: vie-ocr mends the hook the model read as an acute; auto (the default) leaves the real word', async () => {
    expect((await readFile(join(SET, 'texts', `${NAME}.txt`), 'utf8')).split('\n')).toContain(PRINTED);
    const asIs = await vnplan(['restore', READ]);
    const told = await vnplan(['restore', READ, '--read-by', 'vie-ocr']);
    expect([asIs.code, told.code]).toEqual([0, 0]);
    expect(asIs.stdout.split('\n')).toContain(MISREAD);
    expect((await vnplan(['restore', READ, '--read-by', 'auto'])).stdout).toBe(asIs.stdout);
    expect(told.stdout.split('\n')).toContain(PRINTED);
    expect(told.stdout).not.toContain('Tố chức');
  });

  it('extract: the title is the gold title with vie-ocr, the misread one without', async () => {
    const gold = JSON.parse(await readFile(join(SET, 'gold', `${NAME}.json`), 'utf8')) as PlanRecord;
    expect(gold.title).toBe(PRINTED);
    const told = await vnplan(['extract', READ, '--read-by', 'vie-ocr']);
    expect(told.code).toBe(0);
    expect(PlanRecord.parse(JSON.parse(told.stdout)).title).toBe(gold.title);
    expect(PlanRecord.parse(JSON.parse((await vnplan(['extract', READ])).stdout)).title).toBe(MISREAD);
  });

  it('batch: the option is in the resume key, so a re-run with it redoes the file, and one more skips it', async () => {
    const dir = join(work, 'archive');
    const out = join(work, 'out');
    await mkdir(dir);
    await cp(READ, join(dir, `${NAME}.txt`));
    const restored = () => readFile(join(out, `${NAME}.txt`), 'utf8');

    expect((await vnplan(['batch', dir, '--out', out])).code).toBe(0);
    const first = (await latestEntries(out)).get(`${NAME}.txt`);
    expect(first?.status).toBe('ok');
    expect((await restored()).split('\n')).toContain(MISREAD);

    expect((await vnplan(['batch', dir, '--out', out, '--read-by', 'vie-ocr'])).code).toBe(0);
    const second = (await latestEntries(out)).get(`${NAME}.txt`);
    expect(second?.status).toBe('ok');
    expect(second?.version).not.toBe(first?.version);
    expect((await restored()).split('\n')).toContain(PRINTED);

    expect((await vnplan(['batch', dir, '--out', out, '--read-by', 'vie-ocr'])).code).toBe(0);
    expect((await latestEntries(out)).get(`${NAME}.txt`)).toMatchObject({ status: 'skipped', version: second?.version });
  });

  it('exits 2 naming the flag and its values on any other value, before any work', async () => {
    const out = join(work, 'refused');
    for (const args of [
      ['restore', READ, '--read-by', 'eng-ocr'],
      ['extract', READ, '--read-by', 'vie'],
      ['batch', join(SET, 'vie-ocr'), '--out', out, '--read-by', 'VIE-OCR'],
    ]) {
      const run = await vnplan(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--read-by takes auto, vie-ocr \(got "/);
    }
    await expect(readFile(join(out, 'manifest.jsonl'))).rejects.toThrow();
    expect((await vnplan(['batch', '--help'])).stdout).toMatch(/--read-by WHO +auto \| vie-ocr/);
  });
});
