// The lines of a text as `split('\n')` gives them, without making a string per
// line: a 50 MB text of a million lines is walked, counted and cut by offsets.

/** [start, end) of every line of `text` (what split('\n') gives), one at a time. */
export function* lineEnds(text: string): Generator<[number, number]> {
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    yield [start, end];
    start = end + 1;
  }
  yield [start, text.length];
}

/** Lines of `text`, as `text.split('\n').length` counts them. */
export function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
