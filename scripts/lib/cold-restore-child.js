// One cold start of restoration, run by `npm run bench:restore -- --cold` in a
// fresh `node` process of its own (plain JavaScript, so no TypeScript loader
// runs beside it): sets V8 as the checkout's command line does
// (DIST/cli/v8-tuning.js, where it exists), imports its built restorer
// (DIST/restore/index.js, as `vnplan restore` does), loads the tables, restores each FILE in turn,
// then all of them again (warm: JIT and caches), and prints one JSON line of
// times. Times are ms since the process started (performance.now()), wall and
// CPU (process.cpuUsage(): every thread of the process, the JIT's and the
// collector's included), and the CPU time of the main thread alone
// (/proc/thread-self/stat, in clock ticks of 10 ms; null where there is no
// /proc): the rest is V8's helper threads, TurboFan compiling hot functions
// in the background and the collector's concurrent marking.
//   node scripts/lib/cold-restore-child.js DIST FILE...
/* global process, performance, console */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const THREAD_STAT = '/proc/thread-self/stat';
const hasThreadStat = existsSync(THREAD_STAT);
/** utime + stime of this (the main) thread: fields 14 and 15 of its stat line, counted after the command name. */
const mainThreadMs = () => {
  if (!hasThreadStat) return null;
  const stat = readFileSync(THREAD_STAT, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const mark = () => ({ wall: performance.now(), cpu: cpuMs(), main: mainThreadMs() });

const [dist, ...files] = process.argv.slice(2);
const texts = files.map((file) => readFileSync(file, 'utf8'));
const started = mark();
// V8's settings of the checkout's command line, where it has them (src/cli/v8-tuning.ts)
const tuning = join(dist, 'cli/v8-tuning.js');
if (existsSync(tuning)) (await import(pathToFileURL(tuning).href)).tuneForColdStarts();
const { loadRestorer } = await import(pathToFileURL(join(dist, 'restore/index.js')).href);
const imported = mark();
const restorer = loadRestorer();
const loaded = mark();
const digest = createHash('sha256');
const ends = texts.map((text) => {
  digest.update(JSON.stringify(restorer.restoreText(text)));
  return mark();
});
const restored = ends.at(-1) ?? loaded;
for (const text of texts) restorer.restoreText(text);
const warm = mark();
console.log(JSON.stringify({ started, imported, loaded, firstText: ends[0] ?? loaded, restored, warm, outputs: digest.digest('hex') }));
