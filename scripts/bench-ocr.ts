// npm run bench:ocr — OCR throughput and memory on this machine.
//
//   1. the fixture pages (fixtures/scans: 002, 004, 001) cleaned once, exactly as
//      readPages does, so every engine reads the same pixels;
//   2. per model (4.0.0_best_int, 4.0.0): tesseract.js with 1 worker, pages/min
//      and character error against the clean page texts;
//   3. the chosen model, both OCR engines (src/ocr/engines) through the same
//      pool: tesseract.js vs the native `tesseract` CLI with the same
//      .traineddata, 1 vs 1 and N vs N instances (OMP_THREAD_LIMIT=1, as one
//      tesseract.js worker has one thread). The runs alternate, --rounds times,
//      and the best round of each counts: on a shared machine the load moves
//      under a long run. CPU seconds per page are shown too (this process, its
//      worker threads and its reaped children): they do not depend on what else
//      the machine is doing;
//   4. peak RSS of the process (tesseract.js workers are worker_threads, so the
//      process RSS covers them) over ≥ 50 pages through the pool, first 10 pages
//      vs last 10.
//
// Set-up for the CLI comparison only (not a dependency of vnplan):
//   apt-get install -y --no-install-recommends tesseract-ocr
// Options: --pages N (distinct pages per run, default all 19), --rounds N
// (default 2), --rss-pages N (default 60), --workers N (pool size, default
// cores), --skip-models, --memory-only, --recycle N (pages per worker before
// it is replaced in the memory run; default the pool's).
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { createOcrPool, type OcrPool } from '../src/ocr/index.js';
import { cleanPage, type PageImage } from '../src/ocr/clean.js';
import { nativeTesseractVersion, tesseractCliEngine, tesseractJsEngine, type EngineKind } from '../src/ocr/engines/index.js';
import { checkPageSizes, loadPage, openPdf, renderPage } from '../src/ocr/pdf.js';
import { DEFAULT_MODEL, type OcrModel } from '../src/ocr/tesseract.js';

const ROOT = join(import.meta.dirname, '..');
const SCANS = join(ROOT, 'fixtures/scans');
const DOCUMENTS = ['002', '004', '001'];
const MODELS: OcrModel[] = ['4.0.0_best_int', '4.0.0'];

interface BenchPage {
  name: string;
  /** PGM as readPages hands it to tesseract. */
  image: Uint8Array;
  reference: string;
}

interface RunResult {
  label: string;
  pages: number;
  seconds: number;
  /** CPU seconds spent on the pages, all threads or processes. */
  cpuSeconds: number;
  cer: number;
}

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    'rss-pages': { type: 'string', default: '60' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'skip-models': { type: 'boolean', default: false },
    'memory-only': { type: 'boolean', default: false },
    recycle: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const workers = Number(args.workers);
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, pool of ${workers}`);
  const allPages = await benchPages();
  const pages = allPages.slice(0, args.pages ? Number(args.pages) : allPages.length);
  console.log(`${pages.length} pages (A4, 300 dpi, cleaned and deskewed as readPages does)\n`);
  if (!args['memory-only']) await speedRuns(pages, workers);
  await memoryRun(allPages, Number(args['rss-pages']), workers, args.recycle === undefined ? undefined : Number(args.recycle));
}

async function speedRuns(pages: BenchPage[], workers: number): Promise<void> {

  const results: RunResult[] = [];
  if (!args['skip-models']) {
    for (const model of MODELS) results.push(await timePool(`tesseract.js ${model}, 1 worker`, pages, { workers: 1, model }));
  }

  const native = await nativeTesseractVersion();
  if ('missing' in native) console.log(`native tesseract CLI: ${native.missing} (apt-get install -y --no-install-recommends tesseract-ocr)`);
  const js = tesseractJsEngine('vie', DEFAULT_MODEL);
  const cli = 'version' in native ? tesseractCliEngine(native.version, 'vie', DEFAULT_MODEL) : null;
  const label = (engine: EngineKind, n: number) =>
    `${engine.identity.name} ${engine.identity.version} ${DEFAULT_MODEL}, ${n} ${engine === js ? (n === 1 ? 'worker' : 'workers') : n === 1 ? 'process' : 'processes'}`;
  const runs: Record<string, () => Promise<RunResult>> = {
    js1: () => timePool(label(js, 1), pages, { workers: 1, engine: js }),
    ...(cli && { cli1: () => timePool(label(cli, 1), pages, { workers: 1, engine: cli }) }),
    jsPool: () => timePool(label(js, workers), pages, { workers, engine: js }),
    ...(cli && { cliPool: () => timePool(label(cli, workers), pages, { workers, engine: cli }) }),
  };
  const best: Record<string, RunResult> = {};
  for (let round = 1; round <= Number(args.rounds); round++) {
    console.log(`round ${round}`);
    for (const [key, timeRun] of Object.entries(runs)) {
      const result = await timeRun();
      if (!best[key] || result.seconds < best[key].seconds) best[key] = result;
    }
  }
  results.push(...Object.values(best));

  console.log(`\n| run (best of ${args.rounds} rounds) | pages | s/page | pages/min | CPU s/page | CER |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.pages} | ${(r.seconds / r.pages).toFixed(2)} | ${perMinute(r).toFixed(1)} | ${(r.cpuSeconds / r.pages).toFixed(2)} | ${(r.cer * 100).toFixed(2)} % |`,
    );
  }
  const ratio = (a?: RunResult, b?: RunResult): string => (a && b ? (perMinute(a) / perMinute(b)).toFixed(2) : 'n/a');
  const cpuRatio = (a?: RunResult, b?: RunResult): string => (a && b ? (b.cpuSeconds / a.cpuSeconds).toFixed(2) : 'n/a');
  console.log(`\npool of ${workers} vs 1 worker (tesseract.js): ${ratio(best.jsPool, best.js1)}×`);
  console.log(`${workers} CLI processes vs 1: ${ratio(best.cliPool, best.cli1)}×`);
  console.log(`tesseract.js / native CLI throughput, 1 vs 1: ${ratio(best.js1, best.cli1)}`);
  console.log(`tesseract.js / native CLI throughput, ${workers} vs ${workers}: ${ratio(best.jsPool, best.cliPool)}`);
  console.log(`tesseract.js / native CLI by CPU time per page, 1 vs 1: ${cpuRatio(best.js1, best.cli1)}`);
}

function perMinute(result: RunResult): number {
  return (result.pages / result.seconds) * 60;
}

/** Every page of the committed scanned PDFs, rendered at 300 dpi and cleaned. */
async function benchPages(): Promise<BenchPage[]> {
  const pages: BenchPage[] = [];
  for (const id of DOCUMENTS) {
    const file = join(SCANS, `${id}_scan.pdf`);
    const references = JSON.parse(await readFile(join(SCANS, `${id}.pages.json`), 'utf8')) as string[];
    const limits = { maxPages: 500, maxPixels: 60_000_000 };
    const pdf = await openPdf(new Uint8Array(await readFile(file)), file, limits);
    await checkPageSizes(pdf, 300, file, limits.maxPixels);
    for (let n = 1; n <= pdf.numPages; n++) {
      const raw: PageImage = await renderPage(pdf, await loadPage(pdf, n, file), 300, file, limits.maxPixels);
      const clean = await cleanPage(raw, { file, page: n, dpi: 300, maxPixels: limits.maxPixels });
      pages.push({ name: `${id}p${n}`, image: clean.image, reference: references[n - 1] ?? '' });
    }
    await pdf.destroy();
  }
  return pages;
}

function cer(texts: string[], pages: BenchPage[]): number {
  const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  let errors = 0;
  let length = 0;
  texts.forEach((text, i) => {
    const reference = fold(pages[i]!.reference);
    errors += distance(fold(text), reference);
    length += reference.length;
  });
  return errors / length;
}

/** Pages/min through a pool; the workers are started (and warmed on one page) before the clock starts. */
async function timePool(
  label: string,
  pages: BenchPage[],
  options: { workers: number; model: OcrModel } | { workers: number; engine: EngineKind },
): Promise<RunResult> {
  const pool = createOcrPool({ ...options, recycleAfter: 1000 });
  try {
    await warmUp(pool, pages[0]!, options.workers);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const childrenStart = await childrenCpuSeconds();
    const results = await Promise.all(pages.map((page, i) => pool.recognize({ image: page.image, file: page.name, page: i + 1 })));
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    // worker threads (tesseract.js) count in the process, CLI processes as reaped children
    const cpuSeconds = (cpu.user + cpu.system) / 1e6 + ((await childrenCpuSeconds()) - childrenStart);
    const result = { label, pages: pages.length, seconds, cpuSeconds, cer: cer(results.map((r) => r.text), pages) };
    console.log(`${label}: ${(seconds / pages.length).toFixed(2)} s/page, CER ${(result.cer * 100).toFixed(2)} %`);
    return result;
  } finally {
    await pool.close();
  }
}

async function warmUp(pool: OcrPool, page: BenchPage, workers: number): Promise<void> {
  await Promise.all(Array.from({ length: workers }, (_, i) => pool.recognize({ image: page.image, file: 'warm-up', page: i + 1 })));
}

/** CPU seconds of this process's finished children (Linux: cutime + cstime of /proc/self/stat, in clock ticks of 1/100 s). */
async function childrenCpuSeconds(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  // fields after the parenthesised command name; cutime and cstime are fields 16 and 17
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** RSS sampled every 100 ms and at each finished page while `count` pages go through the pool (recycling on). */
async function memoryRun(pages: BenchPage[], count: number, workers: number, recycleAfter?: number): Promise<void> {
  const pool = createOcrPool({ workers, ...(recycleAfter !== undefined && { recycleAfter }) });
  const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const afterPage: number[] = [];
  const start = performance.now();
  try {
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        pool.recognize({ image: pages[i % pages.length]!.image, file: 'rss', page: i + 1 }).then(() => {
          afterPage.push(process.memoryUsage().rss);
        }),
      ),
    );
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const seconds = (performance.now() - start) / 1000;
  console.log(`\nmemory: ${count} pages through a pool of ${workers} (recycled every ${pool.options.recycleAfter} pages), ${((count / seconds) * 60).toFixed(1)} pages/min`);
  console.log(`  RSS before the pool (the cleaned pages held in memory): ${mb(before)} MB`);
  console.log(`  RSS after pages 1–10: ${mb(mean(afterPage.slice(0, 10)))} MB, after the last 10: ${mb(mean(afterPage.slice(-10)))} MB, peak ${mb(peak)} MB`);
  const everyTen = afterPage.filter((_, i) => (i + 1) % 10 === 0).map(mb);
  console.log(`  RSS after every 10th page: ${everyTen.join(', ')} MB`);
  console.log(`  workers started: ${pool.workersStarted}`);
}

await main();
