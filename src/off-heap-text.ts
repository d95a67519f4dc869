// A text made of pieces, held as UTF-8 bytes outside the JavaScript heap until
// it is made whole, once. V8 lets its heap grow to a multiple of what was live
// at its last full collection: a 50 MB text held as a string while another is
// built piece by piece (decoded then cleaned, read then restored) raises every
// later peak by several times its size. Bytes outside the heap do not. They go
// into blocks of a fixed size, never copied: one buffer grown by copying held
// the old and the new buffer at once (2.5 times the text at its last growth),
// which was the 50 MB text's peak at the end of its restoration.

/** Half of a surrogate pair without the other: what a surrogate code point is in a u-mode pattern. */
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * Bytes of a block: large beside a piece (a decoded megabyte, a restored
 * chunk), so a block's unused tail is small beside it; the pages of a tail
 * never written are not resident.
 */
export const BLOCK_BYTES = 8 << 20;

export class OffHeapText {
  /** The first piece, as a string: most texts have no second. */
  #first = '';
  #pieces = 0;
  /** UTF-16 code units of the pieces joined. */
  #length = 0;
  /** Blocks filled, each cut to what it holds. */
  #blocks: Buffer[] = [];
  /** The block being filled, and its bytes used. */
  #block: Buffer | null = null;
  #used = 0;
  /** From the first piece a byte form cannot hold (a lone surrogate, from a pair cut by a hard wrap) on, the text as strings. */
  #strings: string[] | null = null;

  /** The pieces will be joined by `separator`; their bytes go into blocks of `blockBytes` (a piece is never split between two). */
  constructor(
    private readonly separator = '',
    private readonly blockBytes = BLOCK_BYTES,
  ) {}

  push(piece: string): void {
    const index = this.#pieces++;
    this.#length += (index === 0 ? 0 : this.separator.length) + piece.length;
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
    this.#reset();
    return text;
  }

  /**
   * The pieces joined and kept as they are held: outside the heap (a
   * Utf8Text, never decoded whole here) when there were several and all had a
   * byte form, else as a string. The pieces are let go of.
   */
  held(): Utf8Text | string {
    if (this.#pieces <= 1 || this.#strings !== null) return this.join();
    const text = new Utf8Text(this.#filled(), this.#length);
    this.#reset();
    return text;
  }

  #reset(): void {
    this.#first = '';
    this.#pieces = 0;
    this.#length = 0;
    this.#strings = null;
  }

  /** A piece whole in one block, so every block ends between two characters and decodes alone. */
  #append(text: string): void {
    const size = Buffer.byteLength(text, 'utf8');
    if (this.#block === null || this.#used + size > this.#block.length) {
      if (this.#block !== null) this.#blocks.push(this.#block.subarray(0, this.#used));
      this.#block = Buffer.allocUnsafe(Math.max(size, this.blockBytes));
      this.#used = 0;
    }
    this.#used += this.#block.write(text, this.#used, 'utf8');
  }

  /** The blocks filled, the last one cut to what it holds; they are let go of here. */
  #filled(): Buffer[] {
    const blocks = this.#block === null ? this.#blocks : [...this.#blocks, this.#block.subarray(0, this.#used)];
    this.#blocks = [];
    this.#block = null;
    this.#used = 0;
    return blocks;
  }

  /** What the blocks hold, as a string; they are let go of. */
  #taken(): string {
    return decodeBlocks(this.#filled());
  }
}

/** Whether `text` survives a trip through UTF-8 bytes unchanged. */
export function hasUtf8Form(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Bytes decoded at a time when a Utf8Text is read in pieces: large beside a line, small beside a 50 MB text. */
export const UTF8_PIECE_BYTES = 1 << 20;
const LINE_FEED = 0x0a;

/**
 * A text too big to hold twice as a string (an archive pasted into one file),
 * as the stages after input read it: its length, its beginning, its line
 * count, and — for a caller that wants it whole — `text`, made anew at every
 * read. Held as UTF-8 outside the heap (Utf8Text) or not held at all, made
 * again from its file whenever it is read (RereadText).
 */
export interface LargeText {
  /** Its length in UTF-16 code units, as a string's `length`. */
  readonly length: number;
  /** The whole text as a string: a new copy on the heap at every read. */
  readonly text: string;
  /** The first `maxChars` code units (all of the text when shorter). */
  head(maxChars: number): string;
  /** Lines, as `text.split('\n').length` counts them. */
  lineCount(): number;
  /** Never in a JSON document (a queue's job result): the object holding it gives its text. */
  toJSON(): undefined;
}

/** A LargeText read from its start in consecutive pieces, each ending just after a line feed (but the last). */
export interface LargeTextInPieces extends LargeText {
  /** Pieces of at least `pieceBytes` of UTF-8 where the text is held so; as its source gives them where it is read again. */
  pieces(pieceBytes?: number): Iterable<string>;
  /** The length of its longest line, where its first reading counted it: a reader that only asks this need not read it again. */
  readonly longestLine?: number;
}

/**
 * A whole text as UTF-8 bytes outside the JavaScript heap: how a text too big
 * to hold twice as a string (an archive pasted into one file) goes from stage
 * to stage. It is read in pieces cut after a line feed (a byte no multi-byte
 * character holds), by its head, or written out as its bytes; `text` decodes
 * it whole, anew at every call.
 */
export class Utf8Text implements LargeTextInPieces {
  constructor(
    /** The text's UTF-8 bytes, in blocks that each end between two characters. */
    readonly blocks: readonly Uint8Array[],
    /** Its length in UTF-16 code units, as a string's `length`. */
    readonly length: number,
  ) {}

  /** The whole text as a string: a new copy on the heap at every call. */
  get text(): string {
    return decodeBlocks(this.blocks);
  }

  /** Consecutive pieces of at least `pieceBytes` (but the last), each ending just after a line feed, as linePieces cuts a string. */
  *pieces(pieceBytes = UTF8_PIECE_BYTES): Generator<string> {
    /** The piece so far, decoded, when it began in an earlier block; `size` its bytes. */
    let parts: string[] = [];
    let size = 0;
    for (const block of this.blocks.map(asBuffer)) {
      for (let start = 0; start < block.length; ) {
        const newline = block.indexOf(LINE_FEED, Math.max(start, start + pieceBytes - size - 1));
        const end = newline < 0 ? block.length : newline + 1;
        parts.push(block.toString('utf8', start, end));
        size += end - start;
        start = end;
        if (newline >= 0) {
          yield parts.join('');
          parts = [];
          size = 0;
        }
      }
    }
    if (parts.length > 0) yield parts.join('');
  }

  /** The text's first `maxChars` code units (all of it when shorter), decoded a piece at a time up to there. */
  head(maxChars: number): string {
    if (maxChars >= this.length) return this.text;
    const decoder = new TextDecoder('utf-8');
    let head = '';
    for (const block of this.blocks) {
      for (let start = 0; head.length < maxChars && start < block.length; start += UTF8_PIECE_BYTES) {
        // blocks end between characters, so a piece is decoded alone once the decoder has been flushed at its block's end
        head += decoder.decode(block.subarray(start, start + UTF8_PIECE_BYTES), { stream: start + UTF8_PIECE_BYTES < block.length });
      }
    }
    return head.slice(0, maxChars);
  }

  /** Lines, as `text.split('\n').length` counts them. */
  lineCount(): number {
    let count = 1;
    for (const block of this.blocks) for (let at = block.indexOf(LINE_FEED); at >= 0; at = block.indexOf(LINE_FEED, at + 1)) count++;
    return count;
  }

  /** Never in a JSON document (a queue's job result): the object holding it gives its text. */
  toJSON(): undefined {
    return undefined;
  }
}

/**
 * A text never held: made again from its source — a text file read and
 * decoded anew — at every reading, a piece at a time. Only what the first
 * pass counted is kept (its length, lines and longest line). Every reading is a whole pass,
 * even of the head, so that each is checked to be the text the first pass
 * read (the source names a file changed since).
 */
export class RereadText implements LargeTextInPieces {
  constructor(
    /** A new pass over the text's pieces, each ending just after a line feed (but the last). */
    private readonly pass: () => Iterable<string>,
    readonly length: number,
    private readonly lines: number,
    readonly longestLine: number,
  ) {}

  pieces(): Iterable<string> {
    return this.pass();
  }

  get text(): string {
    return [...this.pass()].join('');
  }

  head(maxChars: number): string {
    const head: string[] = [];
    let chars = 0;
    for (const piece of this.pass()) {
      if (chars >= maxChars) continue;
      head.push(piece.slice(0, maxChars - chars));
      chars += head.at(-1)!.length;
    }
    return head.join('');
  }

  lineCount(): number {
    return this.lines;
  }

  toJSON(): undefined {
    return undefined;
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Blocks that each end between two characters, decoded and joined. */
function decodeBlocks(blocks: readonly Uint8Array[]): string {
  return blocks.map((block) => asBuffer(block).toString('utf8')).join('');
}

/** A text as UTF-8 outside the heap, or null when it has no byte form (a lone surrogate). */
export function utf8TextOf(text: string): Utf8Text | null {
  return hasUtf8Form(text) ? new Utf8Text([Buffer.from(text, 'utf8')], text.length) : null;
}

/** A value whose text may be large (`utf8`: held as UTF-8 outside the heap, or read again from its file); `text` then makes it whole at every read. */
export interface MaybeHeld<Large extends LargeText = LargeText> {
  text: string;
  utf8?: Large;
}

/**
 * `fields` with the text `utf8` holds: `utf8` for the stages that read a big
 * text in pieces, and `text` as a getter that decodes it, for any reader that
 * wants the whole string (a library caller, a queue's JSON). Whatever spreads
 * or destructures such a value reads `text` and makes the whole string.
 */
export function withHeldText<T extends object, Large extends LargeText>(fields: T, utf8: Large): T & MaybeHeld<Large> {
  return Object.defineProperties(fields, {
    text: { get: () => utf8.text, enumerable: true, configurable: true },
    utf8: { value: utf8, enumerable: true, writable: true, configurable: true },
  }) as T & MaybeHeld<Large>;
}

/** The text's length in code units, without decoding a held one. */
export function textLength(value: MaybeHeld): number {
  return value.utf8?.length ?? value.text.length;
}

/** The text's first `maxChars` code units, decoding no more of a held text than that. */
export function textHead(value: MaybeHeld, maxChars: number): string {
  return value.utf8 ? value.utf8.head(maxChars) : value.text.slice(0, maxChars);
}
