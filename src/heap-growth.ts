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

/**
 * Growth always allowed past the heap, however small it is. Beside the ~60 MB
 * a restorer's tables and a chunk hold, 30 % is ~18 MB: restoring the bench's
 * 0.5 M-syllable file (2.4 MB, ten chunks) ran 16 full collections, each
 * marking every table again. With this floor the heap grows by up to 128 MB
 * before one (`--cold --large` CPU and peak RSS in the commit that set it);
 * past ~430 MB of heap, as a 50 MB text's, 30 % is more and bounds as before.
 */
export const HEAP_GROWTH_FLOOR_BYTES = 128 * 1024 * 1024;

/**
 * The bound set again for the heap as it is now (its used bytes, garbage
 * included, so the growth past what is live never exceeds the floor):
 * HEAP_GROWING_PERCENT, or the floor's share of the heap when that is more.
 * The pipeline calls it between the chunks of a long text.
 */
export function boundHeapGrowthToHeap(used = v8.getHeapStatistics().used_heap_size): void {
  boundHeapGrowth(Math.max(HEAP_GROWING_PERCENT, Math.ceil((100 * HEAP_GROWTH_FLOOR_BYTES) / Math.max(1, used))));
}
