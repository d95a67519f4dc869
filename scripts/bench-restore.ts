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
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRestorer, type Restorer } from '../src/restore/index.js';
import { tokenizeLine } from '../src/restore/tokenize.js';
import { stripMarks } from '../src/restore/vietnamese.js';
import { cleanFixture, syllables } from './lib/score-restoration.js';

if (process.env.VNPLAN_BENCH_PINNED !== '1' && spawnSync('taskset', ['-c', '0', 'true']).status === 0) {
  const child = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, VNPLAN_BENCH_PINNED: '1' },
  });
  process.exit(child.status ?? 1);
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
