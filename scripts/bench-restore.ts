// Benchmark of restoration on one core:
//   npm run bench:restore [-- --rounds N]
// Pins itself to core 0 (re-runs under `taskset -c 0` when taskset exists).
// - load time of the dictionaries (first load in this process), wall and CPU
//   time (on a shared machine the wall time is mostly other processes');
// - syllables per second restoring raw OCR (samples 000, 001, 003) and
//   ASCII-stripped text (002, 004), cold (every per-token cache emptied before
//   each round by clearCaches(): candidates, lattice columns, transition
//   matrices, string memos and the channel's per-character costs, as for a
//   fresh process that has seen no document; only the JIT stays warm) and warm
//   (the same texts again);
// - the same texts through the tokeniser alone, in the same process: the
//   machine is shared and noisy, so each throughput is also given as a ratio
//   to it, and as CPU time (process.cpuUsage) beside wall time.
// With `--baseline DIR` (another checkout of vnplan with node_modules linked
// in, e.g. `git archive main | tar -x -C DIR`) its restorer runs too, each
// round of each (cold and warm) alternating with this one's in this process,
// and the report adds the median per-round ratio of their times (baseline /
// this, wall and CPU), so machine load cancels out, and whether the two
// restore every text alike.
//   npm run bench:restore -- --rounds 31 --baseline /tmp/vnplan-main
// With `--cold` (`--runs N`, default 9; `--baseline DIR`): cold starts as a
// user meets them. Each run is a fresh `node` process (pinned with the bench
// to core 0) running scripts/lib/cold-restore-child.js over a checkout's built
// `dist/` (run `npm run build` first, in DIR too): it imports the restorer,
// loads the tables, restores every text of a set in turn, then the set again.
// Sets: raw OCR without a Vietnamese model (samples 001, 000, 003 and the
// `eng`-OCR'd pages of test/restore/fixtures, 11 texts) and the dev set's 21
// texts stripped of their marks. Reported per set, medians over the runs:
// load time, the first text's syllables/s, the whole set's syllables/s counted
// from the end of loading and from the process' start (node's own start, the
// import and the load included), and warm (the set's second pass), in wall
// and CPU time, and `vnplan restore` of the set's first text as a user runs
// it (a process of its own: node's start, every import, the load, the text,
// the output); with --baseline, DIR's process runs alternately with this
// one's (which goes first alternates too) and each figure is also given as
// the median per-run ratio of times, baseline / this, and whether both
// restore every text alike.
//   npm run bench:restore -- --cold --runs 15 --baseline /tmp/vnplan-main
// Each checkout's processes start with the V8 flags its `vnplan` starts with
// (the node options on the shebang line of DIST/cli/main.js), and `vnplan
// restore` is run as the bin file itself, as `npx vnplan` and an installed
// `vnplan` run it.
// With `--cold --large` (`--runs N`, default 3; `--baseline DIR`): the long
// file of an archivist, where the JIT's warm-up is paid once: the corpus'
// held-out slice (HOLDOUT_DOCUMENT of corpus-vbpl in the raw data, ~0.5 M
// syllables of text the tables never saw) as one file, ASCII-stripped and
// made raw-OCR-like (scripts/lib/ocr-like.ts), each restored by `vnplan
// restore FILE -o OUT` as a process of its own, timed from its start to its
// exit (wall, and CPU of all its threads), alternated with the baseline's and
// checking both write the same output.
//   npm run bench:restore -- --cold --large --runs 5 --baseline /tmp/vnplan-main
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRestorer, type Restorer } from '../src/restore/index.js';
import { tokenizeLine } from '../src/restore/tokenize.js';
import { stripMarks } from '../src/restore/vietnamese.js';
import { HOLDOUT_DOCUMENT, cleanFixture, syllables } from './lib/score-restoration.js';
import { rawDataDir } from './lib/flags.js';
import { ocrLike } from './lib/ocr-like.js';
import { readChannelCosts } from '../src/restore/channel-table.js';

if (process.env.VNPLAN_BENCH_PINNED !== '1' && spawnSync('taskset', ['-c', '0', 'true']).status === 0) {
  const child = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, VNPLAN_BENCH_PINNED: '1' },
  });
  process.exit(child.status ?? 1);
}

if (process.argv.includes('--cold')) {
  if (process.argv.includes('--large')) benchLongFiles();
  else benchColdStarts();
  process.exit(0);
}

const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 9;
const baselineFlag = process.argv.indexOf('--baseline');
const baselineDir = baselineFlag > 0 ? process.argv[baselineFlag + 1] : undefined;

const loadStart = performance.now();
const loadStartCpu = process.cpuUsage();
const restorer = loadRestorer();
const loadMs = performance.now() - loadStart;
const loadCpu = process.cpuUsage(loadStartCpu);

const raw = readdirSync('fixtures/samples')
  .filter((f) => /^00[013]_/.test(f))
  .map((f) => readFileSync(join('fixtures/samples', f), 'utf8'));
const stripped = ['002', '004'].map((id) => stripMarks(cleanFixture(id)));

interface Rate {
  wall: number;
  cpu: number;
}

/** Median syllables per second (wall and CPU time) of `run` over the texts; `before` runs untimed before each round. */
function measure(texts: readonly string[], run: (text: string) => void, before: () => void = () => {}): Rate {
  const total = texts.reduce((n, t) => n + syllables(t).length, 0);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    before();
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (const text of texts) run(text);
    const used = process.cpuUsage(startCpu);
    wall.push(total / ((performance.now() - start) / 1000));
    cpu.push(total / ((used.user + used.system) / 1e6));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function median(xs: number[]): number {
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

const tokenizeOnly = (text: string): void => {
  for (const line of text.split('\n')) tokenizeLine(line, restorer.abbreviations);
};
const cold = (): void => restorer.clearCaches();

// One untimed pass so the JIT has compiled the hot paths.
for (const text of [...raw, ...stripped]) restorer.restoreText(text);

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`dictionaries loaded in ${loadMs.toFixed(0)} ms (CPU time ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms); ${rounds} rounds, medians; pinned to core 0: ${process.env.VNPLAN_BENCH_PINNED === '1' ? 'yes' : 'no'}`);
/** Median over rounds of the time `before` takes over the time `after` takes on the texts, the two alternating which goes first. */
function paired(texts: readonly string[], before: Restorer, after: Restorer, cold: boolean): Rate {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const times = new Map<Restorer, Rate>();
    for (const one of r % 2 === 0 ? [before, after] : [after, before]) {
      if (cold) one.clearCaches();
      const start = performance.now();
      const startCpu = process.cpuUsage();
      for (const text of texts) one.restoreText(text);
      const used = process.cpuUsage(startCpu);
      times.set(one, { wall: performance.now() - start, cpu: used.user + used.system });
    }
    wall.push(times.get(before)!.wall / times.get(after)!.wall);
    cpu.push(times.get(before)!.cpu / times.get(after)!.cpu);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

for (const [name, texts] of [['raw OCR', raw], ['ASCII-stripped', stripped]] as const) {
  const baseline = measure(texts, tokenizeOnly);
  const coldRate = measure(texts, (t) => restorer.restoreText(t), cold);
  const warmRate = measure(texts, (t) => restorer.restoreText(t));
  console.log(
    `${name.padEnd(15)} cold ${fmt(coldRate.wall)} syll/s (CPU time ${fmt(coldRate.cpu)}), warm ${fmt(warmRate.wall)} syll/s (CPU ${fmt(warmRate.cpu)}); ` +
      `tokenise-only ${fmt(baseline.wall)} syll/s: cold = ${(coldRate.wall / baseline.wall).toFixed(3)} of it, warm = ${(warmRate.wall / baseline.wall).toFixed(3)}`,
  );
}

if (baselineDir) {
  const url = pathToFileURL(resolve(baselineDir, 'src/restore/index.ts')).href;
  const other = ((await import(url)) as { loadRestorer: () => Restorer }).loadRestorer();
  for (const text of [...raw, ...stripped]) other.restoreText(text);
  const alike = [...raw, ...stripped].every((text) => JSON.stringify(other.restoreText(text)) === JSON.stringify(restorer.restoreText(text)));
  console.log(`baseline ${baselineDir}: restores every text alike: ${alike ? 'yes' : 'NO'}; median per-round time ratio baseline / this (above 1: this is faster), ${rounds} rounds alternating`);
  for (const [name, texts] of [['raw OCR', raw], ['ASCII-stripped', stripped]] as const) {
    const cells = (['cold', 'warm'] as const).map((mode) => {
      const ratio = paired(texts, other, restorer, mode === 'cold');
      return `${mode} ${ratio.wall.toFixed(3)} (CPU ${ratio.cpu.toFixed(3)})`;
    });
    console.log(`${name.padEnd(15)} ${cells.join(', ')}`);
  }
}

/** A moment of a cold run: ms since its process started, wall and CPU (all threads, and the main thread's alone: null without /proc). */
interface Mark {
  wall: number;
  cpu: number;
  main: number | null;
}

type Clock = 'wall' | 'cpu';

/** What scripts/lib/cold-restore-child.js prints. */
interface ColdRun {
  started: Mark;
  imported: Mark;
  loaded: Mark;
  firstText: Mark;
  restored: Mark;
  warm: Mark;
  outputs: string;
  /** `vnplan restore FIRST -o /dev/null` as a process of its own, timed from outside (its CPU NaN without /proc). */
  command: { wall: number; cpu: number };
}

/** CPU time (ms) of this process' children that have ended: cutime + cstime of /proc/self/stat (ticks of 10 ms), null without /proc. */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}


/** The node options `vnplan` of the checkout DIR starts with: those on the shebang line of its DIST/cli/main.js (`#!/usr/bin/env -S node FLAGS`). */
function startUpFlags(dir: string): string[] {
  const line = readFileSync(join(dir, 'dist/cli/main.js'), 'utf8').split('\n', 1)[0] ?? '';
  const options = /^#!\S*env(?: -S)? node(.*)$/.exec(line)?.[1]?.trim() ?? '';
  return options === '' ? [] : options.split(/\s+/);
}

/** `vnplan restore FILE -o OUT` of the checkout DIR as a user runs it (the bin file itself, its shebang's node options included), timed from outside: wall ms, and CPU ms from /proc (NaN without). */
function runVnplanRestore(dir: string, file: string, out: string): { wall: number; cpu: number } {
  const before = childrenCpuMs();
  const start = performance.now();
  const cli = spawnSync(join(dir, 'dist/cli/main.js'), ['restore', file, '-o', out], { encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`vnplan restore of ${dir} failed: ${cli.stderr}`);
  const after = childrenCpuMs();
  return { wall: performance.now() - start, cpu: before === null || after === null ? NaN : after - before };
}

/** The checkouts a --cold run compares: this one, and --baseline DIR's; each must be built. */
function coldCheckouts(): string[] {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const baselineAt = process.argv.indexOf('--baseline');
  const checkouts = [root, ...(baselineAt > 0 ? [resolve(process.argv[baselineAt + 1] ?? '')] : [])];
  for (const dir of checkouts) {
    if (!existsSync(join(dir, 'dist/restore/index.js'))) throw new Error(`${dir}/dist/restore/index.js missing: run npm run build there`);
  }
  return checkouts;
}

/** --cold --large: long files of text never seen, one `vnplan restore` process each; see the head of this file. */
function benchLongFiles(): void {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
  const checkouts = coldCheckouts();
  const corpus = join(rawDataDir(), 'corpus-vbpl');
  if (!existsSync(corpus)) throw new Error(`${corpus} missing: --large reads the corpus' held-out slice (--data DIR or VNPLAN_DATA)`);
  const documents = readdirSync(corpus).filter((f) => HOLDOUT_DOCUMENT.test(f)).sort();
  const clean = documents.map((f) => readFileSync(join(corpus, f), 'utf8').normalize('NFC')).join('\n\n');
  const sets = { 'raw-OCR-like': ocrLike(clean, readChannelCosts()), 'ASCII-stripped': stripMarks(clean) };
  const work = mkdtempSync(join(tmpdir(), 'vnplan-long-'));
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  console.log(
    `long files: the held-out slice of ${corpus} (${documents.length} documents) as one file; a fresh vnplan restore process per run, pinned to core 0: ${process.env.VNPLAN_BENCH_PINNED === '1' ? 'yes' : 'no'}; ${runs} runs per set and checkout, medians` +
      (checkouts.length > 1 ? `; baseline ${checkouts[1]} alternating with this checkout` : ''),
  );
  console.log(`start-up node options: ${checkouts.map((dir, i) => `${i === 0 ? 'this' : 'baseline'} [${startUpFlags(dir).join(' ')}]`).join(', ')}`);
  try {
    for (const [name, text] of Object.entries(sets)) {
      const file = join(work, `${name}.txt`);
      writeFileSync(file, text);
      const count = syllables(text).length;
      const times = checkouts.map(() => [] as Array<{ wall: number; cpu: number }>);
      const outputs = checkouts.map(() => new Set<string>());
      for (let r = 0; r < runs; r++) {
        const order = r % 2 === 0 ? checkouts.map((_, i) => i) : checkouts.map((_, i) => i).reverse();
        for (const i of order) {
          const out = join(work, `out-${i}.txt`);
          times[i]?.push(runVnplanRestore(checkouts[i] ?? '', file, out));
          outputs[i]?.add(createHash('sha256').update(readFileSync(out)).digest('hex'));
        }
      }
      console.log(`${name}: ${fmt(count)} syllables, ${fmt(text.length)} characters`);
      times.forEach((results, i) => {
        const wall = median(results.map((t) => t.wall));
        const cpu = median(results.map((t) => t.cpu));
        console.log(`  ${i === 0 ? 'this    ' : 'baseline'} vnplan restore from its start: ${fmt(count / (wall / 1000))} syll/s (CPU ${fmt(count / (cpu / 1000))}), ${fmt(wall)} ms (CPU ${fmt(cpu)})`);
      });
      const [mine, base] = times;
      if (mine && base) {
        const ratio = (k: 'wall' | 'cpu'): number => median(mine.map((t, j) => (base[j]?.[k] ?? NaN) / t[k]));
        const alike = new Set([...outputs[0] ?? [], ...outputs[1] ?? []]).size === 1;
        console.log(`  baseline / this, median per-run time ratio (above 1: this is faster): ${ratio('wall').toFixed(3)} (CPU ${ratio('cpu').toFixed(3)}); same output: ${alike ? 'yes' : 'NO'}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** --cold: fresh processes of this checkout (and of --baseline DIR), alternated; see the head of this file. */
function benchColdStarts(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 9;
  const checkouts = coldCheckouts();
  const samples = ['001', '000', '003'].map((id) => readdirSync(join(root, 'fixtures/samples')).find((f) => f.startsWith(`${id}_`)));
  const ocrPages = readdirSync(join(root, 'test/restore/fixtures')).filter((f) => f.endsWith('-eng-ocr.txt')).sort();
  const devTexts = readdirSync(join(root, 'fixtures/dev-plans/texts')).filter((f) => f.endsWith('.txt')).sort();
  const sets = {
    'raw OCR': [
      ...samples.map((f) => readFileSync(join(root, 'fixtures/samples', f ?? ''), 'utf8')),
      ...ocrPages.map((f) => readFileSync(join(root, 'test/restore/fixtures', f), 'utf8')),
    ],
    'ASCII-stripped': devTexts.map((f) => stripMarks(readFileSync(join(root, 'fixtures/dev-plans/texts', f), 'utf8').normalize('NFC'))),
  };
  const work = mkdtempSync(join(tmpdir(), 'vnplan-cold-'));
  const child = join(root, 'scripts/lib/cold-restore-child.js');
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  /** The times a cold run is judged by (ms, wall or CPU), each with the syllables it covers (0: a time alone). */
  const COLD_FIGURES = {
    load: { span: (r: ColdRun, k: Clock) => r.loaded[k] - r.imported[k], of: 'none' },
    'first text': { span: (r: ColdRun, k: Clock) => r.firstText[k] - r.loaded[k], of: 'first' },
    'set after load': { span: (r: ColdRun, k: Clock) => r.restored[k] - r.loaded[k], of: 'all' },
    'set from start': { span: (r: ColdRun, k: Clock) => r.restored[k], of: 'all' },
    warm: { span: (r: ColdRun, k: Clock) => r.warm[k] - r.restored[k], of: 'all' },
    'vnplan restore FIRST': { span: (r: ColdRun, k: Clock) => r.command[k], of: 'first' },
  } as const;
  console.log(
    `cold starts: a fresh node ${process.version} process per run, pinned to core 0: ${process.env.VNPLAN_BENCH_PINNED === '1' ? 'yes' : 'no'}; ${runs} runs per set and checkout, medians` +
      (checkouts.length > 1 ? `; baseline ${checkouts[1]} alternating with this checkout` : ''),
  );
  try {
    for (const [name, texts] of Object.entries(sets)) {
      const files = texts.map((text, i) => {
        const file = join(work, `${name.replace(/\W+/g, '-')}-${String(i).padStart(2, '0')}.txt`);
        writeFileSync(file, text);
        return file;
      });
      const counts = { none: 0, first: syllables(texts[0] ?? '').length, all: texts.reduce((n, t) => n + syllables(t).length, 0) };
      const byCheckout = checkouts.map(() => [] as ColdRun[]);
      for (let r = 0; r < runs; r++) {
        const order = r % 2 === 0 ? checkouts.map((_, i) => i) : checkouts.map((_, i) => i).reverse();
        for (const i of order) {
          const run = spawnSync(process.execPath, [...startUpFlags(checkouts[i] ?? ''), child, join(checkouts[i] ?? '', 'dist'), ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
          if (run.status !== 0) throw new Error(`cold run of ${checkouts[i]} failed: ${run.stderr}`);
          // Then the command a user runs on the first text: the whole process, node's start and exit included.
          const command = runVnplanRestore(checkouts[i] ?? '', files[0] ?? '', '/dev/null');
          byCheckout[i]?.push({ ...(JSON.parse(run.stdout) as Omit<ColdRun, 'command'>), command });
        }
      }
      console.log(`${name}: ${texts.length} texts, ${fmt(counts.all)} syllables, the first ${fmt(counts.first)}`);
      byCheckout.forEach((results, i) => {
        const cells = Object.entries(COLD_FIGURES).map(([figure, { span, of }]) => {
          const wall = median(results.map((r) => span(r, 'wall')));
          const cpu = median(results.map((r) => span(r, 'cpu')));
          const syll = counts[of];
          return syll === 0
            ? `${figure} ${fmt(wall)} ms (CPU ${fmt(cpu)})`
            : `${figure} ${fmt(syll / (wall / 1000))} syll/s (CPU ${fmt(syll / (cpu / 1000))})`;
        });
        console.log(`  ${i === 0 ? 'this    ' : 'baseline'} ${cells.join('; ')}`);
        // CPU of the threads beside the main one: TurboFan compiling in the background, the collector's concurrent work.
        const helpers = (from: (r: ColdRun) => Mark, to: (r: ColdRun) => Mark): string => {
          const spans = results.flatMap((r) => {
            const [a, b] = [from(r), to(r)];
            return a.main === null || b.main === null ? [] : [{ helper: b.cpu - b.main - (a.cpu - a.main), all: b.cpu - a.cpu }];
          });
          return spans.length === 0 ? 'n/a' : `${fmt(median(spans.map((s) => s.helper)))} of ${fmt(median(spans.map((s) => s.all)))} ms`;
        };
        console.log(
          `           CPU in V8's helper threads (compiling, GC), of all: load ${helpers((r) => r.imported, (r) => r.loaded)}; first text ${helpers((r) => r.loaded, (r) => r.firstText)}; ` +
            `set after load ${helpers((r) => r.loaded, (r) => r.restored)}; warm ${helpers((r) => r.restored, (r) => r.warm)}`,
        );
      });
      const [mine, base] = byCheckout;
      if (mine && base) {
        const alike = mine.every((r) => base.every((b) => b.outputs === r.outputs));
        const cells = Object.entries(COLD_FIGURES).map(([figure, { span }]) => {
          const ratio = (k: Clock): number => median(mine.map((r, j) => span(base[j] as ColdRun, k) / span(r, k)));
          return `${figure} ${ratio('wall').toFixed(3)} (CPU ${ratio('cpu').toFixed(3)})`;
        });
        console.log(`  baseline / this, median per-run time ratio (above 1: this is faster), restores every text alike: ${alike ? 'yes' : 'NO'}: ${cells.join('; ')}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
