// A text made of pieces, held as UTF-8 bytes outside the JavaScript heap until
// it is made whole, once. V8 lets its heap grow to a multiple of what was live
// at its last full collection: a 50 MB text held as a string while another is
// built piece by piece (decoded then cleaned, read then restored) raises every
// later peak by several times its size. Bytes outside the heap do not. They go
// into one buffer, grown as needed, so making the text whole decodes that
// buffer in place: no second copy of the bytes, no list of pieces left behind.

/** Half of a surrogate pair without the other: what a surrogate code point is in a u-mode pattern. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Growth of the buffer when a piece does not fit: a little slack, few copies. */
const GROWTH = 1.5;
const FIRST_BUFFER_BYTES = 1 << 16;

export class OffHeapText {
  /** The first piece, as a string: most texts have no second. */
  #first = '';
  #pieces = 0;
  #bytes: Buffer | null = null;
  #used = 0;
  /** From the first piece a byte form cannot hold (a lone surrogate, from a pair cut by a hard wrap) on, the text as strings. */
  #strings: string[] | null = null;

  /** The pieces will be joined by `separator`. */
  constructor(private readonly separator = '') {}

  push(piece: string): void {
    const index = this.#pieces++;
    if (index === 0) {
      this.#first = piece;
      return;
    }
    if (index === 1) {
      if (hasUtf8Form(this.#first)) this.#append(this.#first);
      else this.#strings = [this.#first];
      this.#first = '';
    }
    if (this.#strings === null && !hasUtf8Form(piece)) this.#strings = [this.#taken()];
    if (this.#strings !== null) this.#strings.push(piece);
    else this.#append(this.separator + piece);
  }

  /** The pieces joined, made once; the pieces are let go of. */
  join(): string {
    const pieces = this.#pieces;
    const text = pieces <= 1 ? this.#first : this.#strings !== null ? this.#strings.join(this.separator) : this.#taken();
    this.#first = '';
    this.#pieces = 0;
    this.#strings = null;
    return text;
  }

  #append(text: string): void {
    const size = Buffer.byteLength(text, 'utf8');
    if (this.#bytes === null || this.#used + size > this.#bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.#used + size, Math.floor((this.#bytes?.length ?? 0) * GROWTH), FIRST_BUFFER_BYTES));
      this.#bytes?.copy(grown, 0, 0, this.#used);
      this.#bytes = grown;
    }
    this.#used += this.#bytes.write(text, this.#used, 'utf8');
  }

  /** What the buffer holds, as a string; the buffer is let go of. */
  #taken(): string {
    const text = this.#bytes === null ? '' : this.#bytes.toString('utf8', 0, this.#used);
    this.#bytes = null;
    this.#used = 0;
    return text;
  }
}

/** Whether `text` survives a trip through UTF-8 bytes unchanged. */
export function hasUtf8Form(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
