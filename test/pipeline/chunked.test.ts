// A text larger than a chunk goes through in pieces — cleaned after decoding,
// restored, written — and comes out as the whole text would: same text, same
// corrections, same record. Memory is what the pieces are for; it is measured
// by scripts/bench-batch.ts --big, not asserted here.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdLargeText, MAX_LINE_CHARS, processFile, restoreFile, restoreInChunks, wrapLongLines, type ProcessOptions } from '../../src/pipeline.js';
import { cleanText, decodeText, decodeTextFile } from '../../src/input/text.js';
import { StreamedTextFile, textPieces, writeFileAtomic } from '../../src/batch/atomic-write.js';
import { vietnameseEncodings } from '../../src/input/encodings/index.js';
import { legacyEncoder } from '../../scripts/lib/legacy-encoder.js';
import { Utf8Text } from '../../src/off-heap-text.js';

const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples');

/** The five sample plans one after another, as an archive pasted into one file is; with what decoding must clean. */
async function archiveBytes(): Promise<Uint8Array> {
  const names = (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).sort();
  const plans = await Promise.all(names.map((n) => readFile(join(SAMPLES, n), 'utf8')));
  const text = plans
    .map((plan, i) => `## Bản sao số ${i}  \n${plan}`)
    .join('\n\n')
    // Windows line ends on every other line, and decomposed marks (NFD) in every plan
    .split('\n')
    .map((line, i) => (i % 2 === 0 ? `${line}\r` : line))
    .join('\n')
    .replace(/Kế hoạch/gu, 'Kế hoạch'.normalize('NFD'));
  return new TextEncoder().encode(text);
}

describe('a text of several chunks', () => {
  it('is cleaned chunk by chunk into the text the whole would give', async () => {
    const bytes = await archiveBytes();
    const whole = decodeTextFile(bytes, 'archive.txt', undefined, Infinity, Infinity);
    for (const size of [1, 64, 4096]) {
      // UTF-8 decoded in pieces of bytes; the whole decoded string cleaned in chunks of characters
      const pieces = decodeTextFile(bytes, 'archive.txt', undefined, Infinity, size, false, size);
      expect({ text: pieces.text, encoding: pieces.encoding }).toEqual(whole);
      // larger than largeBytes: held outside the heap as the text's UTF-8
      expect(pieces.utf8 instanceof Utf8Text && Buffer.concat(pieces.utf8.blocks).equals(Buffer.from(whole.text, 'utf8'))).toBe(true);
      expect(pieces.utf8?.length).toBe(whole.text.length);
      expect(cleanText(new TextDecoder().decode(bytes), size)).toBe(whole.text);
    }
    expect(whole.text).not.toContain('\r');
    expect(whole.text).toContain('\nBản sao số 1\n');
    // nothing to clean: the text itself comes back, not a copy
    expect(cleanText(whole.text, 64)).toBe(whole.text);
  });

  it('is restored with a turn of the event loop between chunks: timers run meanwhile (a queue worker renews its job\'s lock)', async () => {
    const bytes = await archiveBytes();
    const dir = await mkdtemp(join(tmpdir(), 'vnplan-chunked-'));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    // the ticks counted as each chunk restored is written out
    const ticksAtChunk: number[] = [];
    const file = new StreamedTextFile(join(dir, 'archive.txt'), dir);
    const push = file.push.bind(file);
    file.push = (piece) => (ticksAtChunk.push(ticks), push(piece));
    try {
      await restoreFile('archive.txt', { bytes, chunkChars: 20_000, restoredTextFile: () => file });
    } finally {
      clearInterval(ticker);
      await file.close();
      await rm(dir, { recursive: true, force: true });
    }
    expect(ticksAtChunk.length).toBeGreaterThan(2);
    for (let k = 1; k < ticksAtChunk.length; k++) expect(ticksAtChunk[k], `chunk ${k + 1}`).toBeGreaterThan(ticksAtChunk[k - 1]!);
  });

  it('is held outside the heap in pieces that give back its lines, wrapped, and the text as read', () => {
    const long = 'một hai ba '.repeat(2 * MAX_LINE_CHARS / 11);
    for (const text of [`Kế hoạch\n\n${long}\ncuối\n`, `${long}\n\n\nKế hoạch 😀\ncuối`, '\n'.repeat(300)]) {
      const held = holdLargeText({ path: 'a.txt', format: 'text', byteLength: 0, text }, 10, 64);
      expect(held).not.toBeNull();
      expect([...held!.wrappedLines()]).toEqual(wrapLongLines(text, MAX_LINE_CHARS).split('\n'));
      expect(held!.original.text).toBe(text);
      expect(held!.wrappedLength).toBe(wrapLongLines(text, MAX_LINE_CHARS).length);
    }
    // one chunk: the whole-text path
    expect(holdLargeText({ path: 'a.txt', format: 'text', byteLength: 0, text: 'Kế hoạch' }, 100)).toBeNull();
  });

  it('gives the same text and record restored in chunks as restored whole, written piece by piece', async () => {
    const bytes = await archiveBytes();
    // chunks of a plan's size or more, as in a real run (RESTORE_CHUNK_CHARS is 256 K): restoration
    // judges a text by what it reads, and a chunk of a few paragraphs cut from a plan is judged alone
    const chunkChars = 20_000;
    const whole: ProcessOptions = { bytes: bytes.slice(), chunkChars: Infinity };
    const chunked: ProcessOptions = { bytes: bytes.slice(), chunkChars };
    const a = await processFile('archive.txt', whole);
    const b = await processFile('archive.txt', chunked);
    expect(b.restored.text.length).toBeGreaterThan(2.5 * chunkChars);
    expect(b.restored.changed).toBeGreaterThan(0); // the raw OCR sample is restored, in its chunk
    expect(b.restored.text).toBe(a.restored.text);
    expect(b.restored.corrections).toEqual(a.restored.corrections);
    expect(b.record).toEqual(a.record);
    expect(b.record.documentType).toBe('Kế hoạch');
    // the bytes are let go of once read
    expect(chunked.bytes).toBeUndefined();

    const dir = await mkdtemp(join(tmpdir(), 'vnplan-chunked-'));
    try {
      await writeFileAtomic(join(dir, 'archive.txt'), textPieces(b.restored.text, 4096));
      expect(await readFile(join(dir, 'archive.txt'), 'utf8')).toBe(a.restored.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps a TCVN3 text of over a megabyte, with long lines, outside the heap, as read and as restored, and gives what the whole-string path gives', async () => {
    const names = (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt')).sort();
    const plans = await Promise.all(names.map((n) => readFile(join(SAMPLES, n), 'utf8')));
    const parts: string[] = [];
    // each plan also as one long line: wrapped before restoration, piece by piece on the held path
    // more than LARGE_TEXT_BYTES (1 MB), so the text is held as it is read
    for (let i = 0, size = 0; size < 1_100_000; i++) {
      const plan = plans[i % plans.length]!;
      parts.push(`Bản sao số ${i}\n${plan}\n\n${plan.split('\n').join(' ')}\n`);
      size += parts[i]!.length;
    }
    const encodings = vietnameseEncodings();
    const bytes = legacyEncoder(encodings.byName('tcvn3')!).encode(parts.join('\n'));
    const held = await processFile('archive.txt', { bytes: bytes.slice() });
    expect(held.document.utf8).toBeDefined();
    expect(held.restored.utf8).toBeDefined();
    expect(held.document.encoding?.name).toBe('tcvn3');
    // the whole-string path: the text decoded whole, wrapped and restored in the same chunks
    const text = decodeText(bytes, 'archive.txt');
    const whole = restoreInChunks(wrapLongLines(text, MAX_LINE_CHARS));
    expect(whole.changed).toBeGreaterThan(0);
    // what the batch writes of a held text is its UTF-8 bytes, never decoded whole
    expect(held.restored.utf8 instanceof Utf8Text && Buffer.concat(held.restored.utf8.blocks).equals(Buffer.from(whole.text, 'utf8'))).toBe(true);
    expect(held.document.text).toBe(text);
    expect(held.document.pages[0]!.text).toBe(text);
    expect(held.restored.corrections).toEqual(whole.corrections);
    expect([held.restored.tokens, held.restored.changed]).toEqual([whole.tokens, whole.changed]);
    expect(held.record.documentType).toBe('Kế hoạch');
  });
});
