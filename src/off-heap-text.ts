// A text made of pieces, held as UTF-8 bytes outside the JavaScript heap until
// it is made whole, once. V8 lets its heap grow to a multiple of what was live
// at its last full collection: a 50 MB text held as a string while another is
// built piece by piece (decoded then cleaned, read then restored) raises every
// later peak by several times its size. Bytes outside the heap do not.

/** Half of a surrogate pair without the other: what a surrogate code point is in a u-mode pattern. */
const LONE_SURROGATE = /\p{Cs}/u;

export class OffHeapText {
  readonly #pieces: (string | Buffer)[] = [];

  push(piece: string): void {
    // the first piece waits as a string: most texts have no second
    if (this.#pieces.length === 1) this.#pieces[0] = toBytes(this.#pieces[0]!);
    this.#pieces.push(this.#pieces.length === 0 ? piece : toBytes(piece));
  }

  /** The pieces joined by `separator`, made once; the pieces are let go of. */
  join(separator: string): string {
    const pieces = this.#pieces.splice(0);
    const bytes = pieces.filter((piece): piece is Buffer => piece instanceof Buffer);
    if (bytes.length === pieces.length) {
      const glue = Buffer.from(separator, 'utf8');
      return Buffer.concat(bytes.flatMap((piece, i) => (i === 0 ? [piece] : [glue, piece]))).toString('utf8');
    }
    return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.toString('utf8'))).join(separator);
  }
}

/** A string as UTF-8 bytes; one with a lone surrogate (a pair cut by a hard wrap), which UTF-8 cannot hold, stays a string. */
function toBytes(piece: string | Buffer): string | Buffer {
  return typeof piece === 'string' && !LONE_SURROGATE.test(piece) ? Buffer.from(piece, 'utf8') : piece;
}

/** Whether `text` survives a trip through UTF-8 bytes unchanged. */
export function hasUtf8Form(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
