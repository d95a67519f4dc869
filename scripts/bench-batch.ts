// Batch benchmark: a generated archive of text plans and scans through
// runBatch, reporting throughput per kind, peak RSS and whether RSS stays flat
// (judged per kind: OCR workers make the scan stretch sit higher than the text one).
//   npm run bench:batch [-- --texts 180 --scans 20 --concurrency N --keep]
//   npm run bench:batch -- --big    (one plan — the floor —, one 5 MB single-line text, a
//                                    10 MB and a 50 MB text, a 60 MB UTF-16 file and a 30 MB
//                                    TCVN3 file: seconds and peak RSS of each alone, each peak
//                                    as a ratio to the floor, and the 50 MB text's to the
//                                    10 MB one's: flat when five times the text costs no
//                                    more than FLAT_GROWTH)
//   npm run bench:batch -- --big --code /work/main
//                                   (the same inputs through another checkout's runBatch: a
//                                    baseline to alternate with, in runs of its own)
// Texts are variants of fixtures/samples (each with its own content, so its own
// sha256); scans are copies of fixtures/scans. Texts sort first (a-texts/),
// scans after (b-scans/), so each kind has its own stretch of the run to time.
// Then the same archive again: a resumed run that must skip everything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { BatchSummary, ManifestEntry } from '../src/batch/index.js';
import { boundHeapGrowth } from '../src/heap-growth.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    texts: { type: 'string', default: '180' },
    scans: { type: 'string', default: '20' },
    concurrency: { type: 'string' },
    keep: { type: 'boolean', default: false },
    big: { type: 'boolean', default: false },
    code: { type: 'string' },
    /** With --big, only the runs whose file name holds one of these (comma-separated); the floor always. */
    only: { type: 'string' },
    /** Internal: write one big input (PATH:BYTES:FORM) and exit; the --big run asks a child process for each. */
    'write-big': { type: 'string' },
  },
});
/**
 * The code under test: this checkout's, or another's (--code DIR) to compare
 * with. Nothing of the other is loaded, so each run's floor holds one copy of
 * the code and tables.
 */
const code = resolve(args.code ?? root);
const fromCode = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(code, path)).href)) as T;
const { BatchProgress, readManifest, runBatch } = await fromCode<typeof import('../src/batch/index.js')>('src/batch/index.ts');
const { vietnameseEncodings } = await fromCode<typeof import('../src/input/encodings/index.js')>('src/input/encodings/index.ts');
const { legacyEncoder } = await fromCode<typeof import('./lib/legacy-encoder.js')>('scripts/lib/legacy-encoder.ts');
const RSS_SAMPLE_MS = 250;

async function generate(dir: string, texts: number, scans: number): Promise<{ texts: number; scans: number }> {
  const sampleDir = join(root, 'fixtures/samples');
  const samples = await Promise.all(
    (await readdir(sampleDir)).filter((n) => n.endsWith('.txt')).sort().map((n) => readFile(join(sampleDir, n), 'utf8')),
  );
  for (let i = 0; i < texts; i++) {
    const path = join(dir, 'a-texts', String(Math.floor(i / 50)), `Kế hoạch ${String(i).padStart(4, '0')}.txt`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${samples[i % samples.length]}\nBản sao số ${i}\n`);
  }
  const scanDir = join(root, 'fixtures/scans');
  const scanFiles = (await readdir(scanDir).catch(() => [])).filter((n) => /\.(pdf|jpe?g|png|tiff?|webp)$/i.test(n)).sort();
  if (scanFiles.length === 0) scans = 0;
  await mkdir(join(dir, 'b-scans'), { recursive: true });
  for (let i = 0; i < scans; i++) {
    const source = scanFiles[i % scanFiles.length]!;
    await copyFile(join(scanDir, source), join(dir, 'b-scans', `scan ${String(i).padStart(3, '0')}${extname(source)}`));
  }
  return { texts, scans };
}

interface RssSample {
  at: number;
  rss: number;
  /** Taken right after a full GC: retained memory, without the collector's slack. */
  settled: boolean;
}

// A full GC on demand, without asking the caller for --expose-gc.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** RSS every 250 ms while `work` runs; every 4th sample after a full GC. */
async function sampled<T>(work: () => Promise<T>): Promise<{ result: T; rss: RssSample[] }> {
  const rss: RssSample[] = [];
  const sample = () => {
    const settled = rss.length % 4 === 0;
    if (settled) collectGarbage();
    rss.push({ at: Date.now(), rss: process.memoryUsage.rss(), settled });
  };
  sample();
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  try {
    return { result: await work(), rss };
  } finally {
    clearInterval(timer);
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** From the kind's first start to its last finish, epoch ms. */
function stretch(entries: ManifestEntry[]): { from: number; to: number } {
  const ends = entries.map((e) => Date.parse(e.finishedAt));
  return { from: Math.min(...ends.map((end, i) => end - entries[i]!.seconds * 1000)), to: Math.max(...ends) };
}

/** Files per minute over the kind's stretch of the run, and RSS over that stretch. */
function kindFigures(entries: ManifestEntry[], rss: RssSample[]): { line: string; flat: boolean } {
  if (entries.length === 0) return { line: 'none', flat: true };
  const { from, to } = stretch(entries);
  const pages = entries.reduce((n, e) => n + (e.pages ?? 0), 0);
  const memory = rssFigures(rss.filter((s) => s.settled && s.at >= from && s.at <= to).map((s) => s.rss));
  return {
    line:
      `${entries.length} files, ${pages} pages in ${((to - from) / 1000).toFixed(1)} s → ` +
      `${(entries.length / ((to - from) / 60_000)).toFixed(1)} files/min, mean ${mean(entries.map((e) => e.seconds)).toFixed(2)} s/file\n` +
      `              RSS ${memory.line}`,
    flat: memory.flat,
  };
}

/**
 * Flat: the settled RSS of the last quarter within 20 % of the second
 * quarter's. The first quarter is warm-up (restoration tables load, OCR workers
 * start) and would make any short run look like it grows.
 */
function rssFigures(rss: number[]): { line: string; flat: boolean } {
  if (rss.length < 8) return { line: `${rss.length} samples, too few to judge`, flat: true };
  const quarter = Math.floor(rss.length / 4);
  const second = mean(rss.slice(quarter, 2 * quarter));
  const last = mean(rss.slice(-quarter));
  const flat = last <= second * 1.2;
  return {
    line: `settled: max ${mb(Math.max(...rss))}, 2nd quarter ${mb(second)}, last quarter ${mb(last)} (${rss.length} samples) → ${flat ? 'flat' : 'GROWING'}`,
    flat,
  };
}

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'vnplan-bench-'));
  const out = join(dir, 'out');
  const archive = join(dir, 'archive');
  const made = await generate(archive, Number(args.texts), Number(args.scans));
  const concurrency = args.concurrency === undefined ? undefined : Number(args.concurrency);
  console.log(`archive: ${made.texts} texts + ${made.scans} scans in ${archive}`);

  const reporter = new BatchProgress({ stream: process.stderr, intervalMs: 5_000 });
  const { result: first, rss } = await sampled(() => runBatch({ inputDir: archive, outDir: out, concurrency, reporter }));
  const entries = [...(await readManifest(join(out, 'manifest.jsonl'))).values()];
  const rerun: BatchSummary = await runBatch({ inputDir: archive, outDir: out, concurrency });

  const texts = kindFigures(entries.filter((e) => e.format === 'text'), rss);
  const scans = kindFigures(entries.filter((e) => e.format !== 'text'), rss);
  const peak = Math.max(...rss.map((s) => s.rss));
  const allOk = first.ok === made.texts + made.scans && first.failed.length === 0;
  const allSkipped = rerun.skipped === first.inputs;
  console.log(
    [
      `inputs        ${first.inputs} (${first.ok} ok, ${first.failed.length} failed) in ${first.seconds.toFixed(1)} s` +
        ` → ${((first.inputs / first.seconds) * 60).toFixed(1)} files/min overall`,
      `texts         ${texts.line}`,
      `scans         ${scans.line}`,
      `peak RSS      ${mb(peak)} over ${rss.length} samples (every ${RSS_SAMPLE_MS} ms, a full GC before every 4th)`,
      `resumed run   ${rerun.skipped}/${rerun.inputs} skipped in ${rerun.seconds.toFixed(1)} s`,
      `every good file ok: ${allOk ? 'yes' : 'NO'}; re-run skipped all: ${allSkipped ? 'yes' : 'NO'}`,
      ...first.failed.map((f) => `  failed: ${f.path} ${f.error}`),
    ].join('\n'),
  );
  if (!args.keep) await rm(dir, { recursive: true, force: true });
  return allOk && allSkipped && texts.flat && scans.flat ? 0 : 1;
}

/** How a big text is written: UTF-8 (in one line: `one-line`), UTF-16 LE with a byte-order mark, or TCVN3 (the project's encoder). */
type BigForm = 'utf-8' | 'one-line' | 'utf-16' | 'tcvn3';

function encoded(text: string, form: BigForm | 'utf-16-tail'): Uint8Array {
  if (form === 'utf-16-tail') return Buffer.from(text, 'utf16le');
  if (form === 'utf-16') return Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
  if (form === 'tcvn3') return legacyEncoder(vietnameseEncodings().byName('tcvn3')!).encode(text);
  return Buffer.from(text, 'utf8');
}

/** Sample plans over and over (each copy numbered) until `bytes` in its form (one plan when 0). */
async function bigText(path: string, bytes: number, form: BigForm): Promise<void> {
  const oneLine = form === 'one-line';
  // bytes a character takes in the file, for when to stop (UTF-8 is counted exactly)
  const perChar = form === 'utf-16' ? 2 : form === 'tcvn3' ? 1 : 0;
  const sampleDir = join(root, 'fixtures/samples');
  const samples = await Promise.all(
    (await readdir(sampleDir)).filter((n) => n.endsWith('.txt')).sort().map((n) => readFile(join(sampleDir, n), 'utf8')),
  );
  const parts: string[] = [];
  for (let size = 0, i = 0; i === 0 || size < bytes; i++) {
    const part = `${samples[i % samples.length]}\nBản sao số ${i}\n`;
    parts.push(oneLine ? part.split('\n').join(' ') : part);
    size += perChar === 0 ? Buffer.byteLength(part) : perChar * part.length;
  }
  await mkdir(dirname(path), { recursive: true });
  // part by part, written a megabyte at a time: the encoded file held whole (as its parts, then joined) left the
  // process's RSS before the run above the run's own peak, and VmHWM, reset to that RSS, reported it as the peak
  const separator = oneLine ? ' ' : '\n';
  const file = await open(path, 'w');
  try {
    let batch: Uint8Array[] = [];
    let size = 0;
    for (const [i, part] of parts.entries()) {
      const bytes = encoded(i === 0 ? part : separator + part, form === 'utf-16' && i > 0 ? 'utf-16-tail' : form);
      batch.push(bytes);
      size += bytes.length;
      if (size >= 1 << 20 || i === parts.length - 1) {
        await file.write(Buffer.concat(batch));
        batch = [];
        size = 0;
      }
    }
  } finally {
    await file.close();
  }
}

/**
 * bigText in a child process: building a 50 MB input here left this process's
 * RSS ~100 MB above the floor after collection (memory freed but kept by the
 * allocators), and VmHWM, reset to that RSS, could not show a peak below it.
 */
function writeBigText(path: string, bytes: number, form: BigForm): void {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--code', code, '--write-big', `${path}:${bytes}:${form}`], {
    stdio: 'inherit',
  });
  if (child.status !== 0) throw new Error(`writing ${path} failed (${child.error?.message ?? `exit ${child.status}`})`);
}

/**
 * Peak RSS since the last reset, from the kernel (VmHWM, Linux): unlike a
 * timer in this thread it sees the peaks of synchronous stages (restoration,
 * extraction), during which no timer runs. null where /proc is not there.
 */
function kernelPeakRss(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** Starts a new peak for kernelPeakRss (writing 5 to clear_refs resets VmHWM); false where it cannot. */
function resetKernelPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** sha256 (first 12 hex) of the file's text, record and corrections, to compare a run's outputs with another checkout's. */
async function outputHashes(out: string, stem: string): Promise<string> {
  const hashes = await Promise.all(
    ['.txt', '.json', '.corrections.json'].map(async (ext) => {
      const bytes = await readFile(join(out, `${stem}${ext}`)).catch(() => null);
      return `${ext} ${bytes === null ? 'missing' : createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
    }),
  );
  return hashes.join(', ');
}

/**
 * Peak over the peak of the same kind of text a fifth as long, at most which
 * memory is flat in the text's length. Both are past every bound by size (the
 * correction log's, extraction's 4 M characters, the review page's 2 M), so
 * what is left to grow with the text is what should not. The floor moves by
 * ~60 MB between processes; within one, consecutive peaks by a few per cent.
 */
const FLAT_GROWTH = 1.1;

/**
 * Work bounded by design: a tiny text first (one plan), whose peak is the floor
 * — code, restoration tables, the batch's own state — then a 5 MB text without
 * line breaks, a 10 MB and a 50 MB text, each alone through the batch, their
 * peaks given as a ratio to that floor, measured in the same process, and the
 * 50 MB text's also to the 10 MB one's (run whenever the 50 MB one is).
 */
async function big(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'vnplan-bench-big-'));
  let ok = true;
  let floor: number | null = null;
  const peaks = new Map<string, number>();
  const wanted = (name: string) => args.only === undefined || args.only.split(',').some((part) => name.includes(part));
  const runs = (
    [
      ['tiny-plan.txt', 0, 'utf-8', null],
      ['one-line-5MB.txt', 5e6, 'one-line', null],
      ['text-10MB.txt', 10e6, 'utf-8', null],
      ['text-50MB.txt', 50e6, 'utf-8', 'text-10MB.txt'],
      ['utf16-60MB.txt', 60e6, 'utf-16', null],
      ['tcvn3-30MB.txt', 30e6, 'tcvn3', null],
    ] as const
  ).filter(([name, bytes], _, all) => bytes === 0 || wanted(name) || all.some(([other, , , reference]) => reference === name && wanted(other)));
  console.log(`code of ${code}`);
  for (const [name, bytes, form, reference] of runs) {
    const archive = join(dir, name.replace('.txt', ''));
    writeBigText(join(archive, name), bytes, form);
    collectGarbage();
    const before = process.memoryUsage.rss();
    const resettable = resetKernelPeakRss();
    // the batch's reporter is told when every file is done and its outputs written; the summary and the review page follow
    let filesPeak: number | null = null;
    const reporter = { start: () => undefined, fileDone: () => undefined, finish: () => ((filesPeak = kernelPeakRss()), resetKernelPeakRss()) };
    const { result, rss } = await sampled(() => runBatch({ inputDir: archive, outDir: join(dir, `out-${name}`), reporter }));
    const pagePeak = kernelPeakRss();
    const outputs = await outputHashes(join(dir, `out-${name}`), name.replace('.txt', ''));
    ok &&= result.ok === 1;
    const kernel = resettable && filesPeak !== null && pagePeak !== null ? Math.max(filesPeak, pagePeak) : null;
    floor ??= kernel;
    if (kernel !== null) peaks.set(name, kernel);
    const ratio = kernel !== null && floor !== null ? ` = ${(kernel / floor).toFixed(2)}× the floor` : '';
    const shorter = reference === null ? undefined : peaks.get(reference);
    const growth = kernel !== null && shorter !== undefined ? kernel / shorter : null;
    if (growth !== null) ok &&= growth <= FLAT_GROWTH;
    console.log(
      `${name.padEnd(18)} ${result.ok === 1 ? 'ok' : `FAILED ${result.failed[0]?.error ?? ''}`} in ${result.seconds.toFixed(1)} s; ` +
        `RSS before ${mb(before)}, peak sampled ${mb(Math.max(...rss.map((s) => s.rss)))}` +
        (kernel !== null
          ? `; kernel peak (VmHWM) ${mb(kernel)}${ratio} (${mb(filesPeak!)} through the file and its outputs, ${mb(pagePeak!)} through summary.csv and the review page)`
          : '') +
        (growth !== null
          ? `\n${' '.repeat(19)}${growth.toFixed(2)}× the peak of ${reference} (a fifth of the text) → ${growth <= FLAT_GROWTH ? 'flat' : 'GROWING'} (flat: at most ${FLAT_GROWTH}×)`
          : '') +
        `\n${' '.repeat(19)}outputs ${outputs}`,
    );
  }
  if (!args.keep) await rm(dir, { recursive: true, force: true });
  return ok ? 0 : 1;
}

// as the command line does: what is measured is what `vnplan batch` runs with
boundHeapGrowth();
if (args['write-big'] !== undefined) {
  const [path, bytes, form] = args['write-big'].split(':');
  await bigText(path!, Number(bytes), form as BigForm);
} else process.exitCode = args.big ? await big() : await main();
