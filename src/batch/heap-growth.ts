// How far V8 lets its heap grow past what was live at its last full
// collection. By default up to four times: restoring a 50 MB text chunk by
// chunk leaves each chunk's tokens and lattices behind (they live long enough
// to be promoted), and beside ~250 MB of live tables and text the heap swelled
// by ~500 MB of that garbage before a full collection ran. Bounded growth makes
// the collector run while the garbage is still small: the peak follows what is
// live, not a multiple of it.
import v8 from 'node:v8';

/**
 * Growth allowed past the live heap, in per cent. 30 keeps the peak of a 50 MB
 * text within ~1.7× the process's floor (against ~2.8× by default) for a few
 * per cent more collection time; lower values collect far more often for
 * little less memory.
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Bounds the heap's growth for the rest of the process. V8 reads the flag at
 * every full collection, so it takes effect when set after start; it changes
 * when garbage is collected, never what the program computes. Called once by
 * a process that owns itself (the command line, the benchmark), not by the
 * library's stages.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
