// Work and memory bounded by design: a text without line breaks, a text far
// larger than any plan, the documented size limits, and a batch's single read.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractedPart, MAX_LINE_CHARS, processFile, restoreInChunks, restoreFile, wrapLongLines } from '../../src/pipeline.js';
import { readInput } from '../../src/input/index.js';
import { VnplanError } from '../../src/errors.js';

const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples');
const CLEAN = join(SAMPLES, '002_73ad0eb0821da3f9.txt');
const RAW = join(SAMPLES, '001_e964ddde52d2b84f.txt');

describe('long lines', () => {
  it('are wrapped at a space, never losing a character', () => {
    const line = 'một hai ba '.repeat(3000).trim();
    const wrapped = wrapLongLines(`đầu\n${line}\ncuối`, 100);
    const lines = wrapped.split('\n');
    expect(lines.every((l) => l.length <= 100)).toBe(true);
    expect(lines.slice(1, -1).join(' ')).toBe(line);
    expect(wrapLongLines('x'.repeat(250), 100).split('\n').map((l) => l.length)).toEqual([100, 100, 50]);
    expect(wrapLongLines('short\nlines', 100)).toBe('short\nlines');
  });

  // 1 MB here to keep the suite short; scripts/bench-batch.ts --long-line times 5 MB.
  it('a 1 MB text on a single line goes through restoration and extraction, wrapped', async () => {
    const plan = (await readFile(CLEAN, 'utf8')).split('\n').join(' ');
    const line = Array.from({ length: Math.ceil(1e6 / plan.length) }, () => plan).join(' ');
    const bytes = new TextEncoder().encode(line);
    const { restored, record } = await processFile('one-line.txt', { bytes });
    const lines = restored.text.split('\n');
    expect(lines.length).toBeGreaterThan(line.length / MAX_LINE_CHARS);
    expect(lines.every((l) => l.length <= MAX_LINE_CHARS)).toBe(true);
    expect(record.sample).toBe('one-line.txt');
    const asIs = await restoreFile('one-line.txt', { bytes, restore: false });
    expect(asIs.restored.text.split('\n').join(' ')).toBe(line.normalize('NFC'));
  });
});

describe('texts larger than a plan', () => {
  it('are restored chunk by chunk, corrections numbered by the whole text’s lines', async () => {
    const raw = await readFile(RAW, 'utf8');
    const text = [raw, raw, raw].join('\n\n');
    const whole = restoreInChunks(text, Infinity);
    const chunked = restoreInChunks(text, 2_000);
    expect(chunked.text.split('\n')).toHaveLength(text.split('\n').length);
    const lines = text.split('\n');
    for (const c of chunked.corrections) expect(lines[c.line - 1], `line ${c.line}`).toContain(c.from);
    // cut at every blank line here: a text ending in a line break, or in blank lines, keeps them
    for (const edge of ['kế hoạch\n\nthi đua\n', '\n\nkế hoạch\n\n', 'kế hoạch', '𝔘 kế hoạch\n\n𝔘\n\n']) {
      expect(restoreInChunks(edge, 1).text).toBe(restoreInChunks(edge, Infinity).text);
    }
    // chunks see less context, not different rules: nearly every line comes out the same
    const same = whole.text.split('\n').filter((l, i) => l === chunked.text.split('\n')[i]).length;
    expect(same / lines.length).toBeGreaterThan(0.9);
  });

  it('long lines are restored in pieces and keep their line: the output has the input’s lines', async () => {
    const raw = (await readFile(RAW, 'utf8')).split('\n');
    const long = raw.join(' ');
    const text = ['Tiêu đề', long, `${'x'.repeat(2500)}`, ...raw.slice(0, 5)].join('\n');
    const restored = restoreInChunks(text, 256_000, 300);
    const lines = restored.text.split('\n');
    expect(lines).toHaveLength(text.split('\n').length);
    expect(lines[2]).toBe('x'.repeat(2500)); // a hard cut rejoined without a space
    // restoration may only give a glued word its space back ("ngay25" -> "ngày 25")
    expect(Math.abs(lines[1]!.split(' ').length - long.split(' ').length)).toBeLessThanOrEqual(long.split(' ').length / 100);
    expect(restored.corrections.every((c) => c.line === 2 || c.line > 3)).toBe(true);
    expect(restored.corrections.filter((c) => c.line === 2).length).toBeGreaterThan(10);
  });

  it('are read by extraction up to a documented size, cut at a line end, as a view of the text', () => {
    const text = ['Kế hoạch số 1', 'một hai ba', '', 'bốn năm sáu', 'bảy'].join('\n');
    expect(extractedPart({ text }, text.length)).toEqual({ text, lines: null });
    expect(extractedPart({ text }, 25)).toEqual({ text: 'Kế hoạch số 1\nmột hai ba\n', lines: 3 });
    expect(extractedPart({ text }, 24)).toEqual({ text: 'Kế hoạch số 1\nmột hai ba', lines: 2 });
    // a first line longer than the limit is read to the limit
    expect(extractedPart({ text: 'x'.repeat(50) }, 20)).toEqual({ text: 'x'.repeat(20), lines: 1 });
  });

  it('a text file past the documented size is refused, naming file and limit', async () => {
    const error = await readInput(CLEAN, { maxTextBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VnplanError);
    expect((error as VnplanError).code).toBe('TOO_LARGE');
    expect((error as VnplanError).message).toMatch(/002_73ad0eb0821da3f9\.txt: the file is \d+ bytes, the limit for a text file is 1000 bytes/);
  });
});

describe('a batch reads each input once', () => {
  it('processFile takes the bytes already read instead of reading the path again', async () => {
    const bytes = await readFile(CLEAN);
    const { record } = await processFile('/no/such/folder/002.txt', { bytes, restore: false });
    expect(record.documentType).toBe('Kế hoạch');
    expect(record.sample).toBe('002.txt');
  });
});
