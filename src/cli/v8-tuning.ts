// V8's settings for a process that vnplan owns (the command line): set before
// any hot code runs. Never set by the library's modules, whose host process
// is not ours to tune.
import { setFlagsFromString } from 'node:v8';

/**
 * A cold start is mostly V8 warming up. Pinned to one core, restoring the
 * first texts of a fresh process spent about half its CPU in V8's helper
 * threads, TurboFan compiling the restorer's hot functions (each with every
 * small function it calls inlined, up to 920 bytes of bytecode by default),
 * and compiling them more than once as new paths showed up. With a budget of
 * 200 bytes each compilation is smaller: a cold process restores the raw-OCR
 * set in ~20 % less CPU, the first text in ~25 % less, and warm throughput is
 * unchanged (npm run bench:restore -- --cold; figures in the commit that set
 * it). Compilation choices never change what the code computes.
 */
export const INLINING_BUDGET_BYTES = 200;

/**
 * Two of TurboFan's optimisations that cost compile time on the helper thread
 * a pinned process shares its core with: loop peeling (a copy of each loop's
 * first iteration; the decoder and the candidate search are loops within
 * loops) and escape analysis. Without both, a whole `vnplan restore` of one
 * text took 3–7 % less CPU (raw OCR 1.068, stripped 1.031: median ratios of 11
 * alternated processes) and a cold process restored the raw-OCR set after
 * loading 8–13 % faster in three alternated series; warm throughput moved
 * within the noise (0.88–1.13). Either flag alone gained nothing measurable.
 */
const COMPILE_TIME_FLAGS = ['--no-turbo-loop-peeling', '--no-turbo-escape'];

export function tuneForColdStarts(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`);
  for (const flag of COMPILE_TIME_FLAGS) setFlagsFromString(flag);
}
