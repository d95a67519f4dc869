// How far V8 lets its heap grow past what was live at its last full
// collection. By default up to four times: restoring a 50 MB text chunk by
// chunk leaves each chunk's tokens and lattices behind (they live long enough
// to be promoted), and beside ~250 MB of live tables and text the heap swelled
// by ~500 MB of that garbage before a full collection ran. Bounded growth makes
// the collector run while the garbage is still small: the peak follows what is
// live, not a multiple of it.
import v8 from 'node:v8';

/**
 * Growth allowed past the live heap, in per cent. Measured with
 * `npm run bench:batch -- --big`: at 30 a 50 MB text peaks at 850–890 MB
 * against ~1,255 MB by default, a 5 MB one-line text at 530–590 MB against
 * 860–940 MB, for ~5 % more CPU time; at 15 the peak is no lower (what is left
 * is live text, not garbage) and the CPU time ~10 % higher.
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Bounds the heap's growth for the rest of the process. V8 reads the flag at
 * every full collection, so it takes effect when set after start; it changes
 * when garbage is collected, never what the program computes. Called by the
 * command line and the benchmark at start, and by the pipeline before it
 * restores a text of several chunks (unless its caller says `boundHeap:
 * false`), so a library caller of processFile gets the bound the command line
 * has where it matters.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
