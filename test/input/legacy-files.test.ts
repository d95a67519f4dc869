// Legacy-encoded files through the stages: readInput records the encoding, a
// PDF whose text layer extracts as `KÕ ho¹ch` is read again, and the plan
// record says in `source.encoding` what was found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readInput } from '../../src/input/index.js';
import { vietnameseEncodings } from '../../src/input/encodings/index.js';
import { createOcrPool, readPages } from '../../src/ocr/index.js';
import { processFile } from '../../src/pipeline.js';
import { extractPlan } from '../../src/extract/index.js';
import { cer, documentOf } from '../ocr/helpers.js';
import { legacyEncoder } from '../../scripts/lib/legacy-encoder.js';

const SAMPLE = join(import.meta.dirname, '../../fixtures/samples/002_73ad0eb0821da3f9.txt');
const encodings = vietnameseEncodings();
let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vnplan-legacy-'));
  sample = await readFile(SAMPLE, 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('legacy text files', () => {
  it('readInput reads a TCVN3 file and records the encoding', async () => {
    const path = join(dir, 'tcvn3.txt');
    await writeFile(path, legacyEncoder(encodings.byName('tcvn3')!).encode(sample));
    const doc = await readInput(path);
    expect(doc.format === 'text' && doc.text).toBe(sample);
    expect(doc.format === 'text' && doc.encoding).toMatchObject({ name: 'tcvn3', via: 'bytes' });
  });

  it('a VNI file through the whole pipeline: the record of the original, with source.encoding', async () => {
    const path = join(dir, 'vni.txt');
    await writeFile(path, legacyEncoder(encodings.byName('vni')!).encode(sample));
    const { record } = await processFile(path, { restore: false });
    expect(record.source?.encoding).toEqual({ name: 'vni', via: 'bytes', notes: [] });
    // source, restoration and the review stage's confidence are the pipeline's, not the extractor's
    const { source: _source, restoration: _restoration, confidence: _confidence, review: _review, ...fields } = record;
    expect(fields).toEqual({ ...extractPlan(sample, { sample: 'vni.txt' }) });
  });

  it('a UTF-8 file records utf-8', async () => {
    const { record } = await processFile(SAMPLE, { restore: false });
    expect(record.source?.encoding).toEqual({ name: 'utf-8', via: 'bytes', notes: [] });
  });
});

describe('a PDF whose text layer is TCVN3 read as Windows-1252', () => {
  // never started: the text layer is read, nothing is OCR'd
  const pool = createOcrPool({ workers: 1 });
  afterAll(() => pool.close());

  /** The sample's first lines, wrapped to a page's width, as a PDF made from a .VnTime document shows them. */
  async function legacyPdf(lines: string[]): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman); // WinAnsi: the bytes come back as Windows-1252
    const page = pdf.addPage([595, 842]);
    const coder = legacyEncoder(encodings.byName('tcvn3')!);
    lines.forEach((line, i) => page.drawText(encodings.decodeWindows1252(coder.encode(line)), { x: 30, y: 810 - i * 13, size: 8, font }));
    return pdf.save();
  }

  function wrapped(text: string, width: number, count: number): string[] {
    const out: string[] = [];
    for (const paragraph of text.split('\n').filter((l) => l.trim())) {
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        if (line && line.length + word.length + 1 > width) {
          out.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      out.push(line);
    }
    return out.slice(0, count);
  }

  it('is read again as TCVN3, capitals restored, and says so', async () => {
    const lines = wrapped(sample, 110, 55);
    const doc = await readPages(documentOf('legacy.pdf', await legacyPdf(lines)), { pool });
    expect(pool.pagesRecognised).toBe(0);
    expect(doc.pages[0]?.method).toBe('text-layer');
    expect(doc.pages[0]?.encoding).toMatchObject({ name: 'tcvn3', via: 'mis-decoded' });
    expect(doc.encoding?.name).toBe('tcvn3');
    expect(doc.encoding?.notes[0]).toBe('text layer read again from tcvn3 on page(s) 1');
    expect(doc.text).toContain('KẾ HOẠCH');
    expect(doc.text).toContain('Lục Ba, ngày 22 tháng 01 năm 2024');
    expect(cer(doc.text, lines.join('\n'))).toBe(0);
  });

  it('a Unicode text layer is left as it is', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    // French in WinAnsi: Latin-1 letters that are no legacy Vietnamese
    const text = 'Le plan du comité régional prévoit des réunions trimestrielles à Hanoï et à Huế';
    page.drawText(text.replace('ế', 'e'), { x: 30, y: 800, size: 10, font });
    const doc = await readPages(documentOf('french.pdf', await pdf.save()), { pool });
    expect(doc.pages[0]?.encoding).toBeUndefined();
    expect(doc.encoding).toBeUndefined();
  });
});
