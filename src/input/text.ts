// Text files (.txt / .md) to one clean string. Line structure is kept exactly:
// line numbers are what the extractor records as provenance.
//
// Encodings, in the order they are tried: a byte-order mark (UTF-8, UTF-16
// LE/BE); UTF-16 without one, told by where its NUL bytes fall; UTF-8; then the
// legacy Vietnamese encodings of 1990–2010 archives (TCVN3, VNI, VISCII,
// Windows-1258), chosen by scoring (encodings/index.ts). Unicode text that is
// a legacy encoding mis-read as Windows-1252 (`KÕ ho¹ch`) is read again.
import { VnplanError } from '../errors.js';
import { bytesSource, type ByteSource } from './byte-source.js';
import { OffHeapText, RereadText, withHeldText, type LargeTextInPieces, type MaybeHeld } from '../off-heap-text.js';
import { vietnameseEncodings, type Decoding, type LegacyEncoding, type VietnameseEncodings } from './encodings/index.js';
import { SCORED_CHARACTERS } from './encodings/syllables.js';

/** The clean text; when it is big, held as UTF-8 outside the heap or read again from the file (`utf8`). */
export type DecodedText = Decoding & MaybeHeld<LargeTextInPieces>;

/** UTF-16 code units, one of whose bytes is NUL for every ASCII and Latin-1 character. */
type Utf16 = 'utf-16le' | 'utf-16be';

/** Enough of a file to tell UTF-16 by its NUL bytes. */
const UTF16_SAMPLE_BYTES = 64 * 1024;
/**
 * UTF-16 without a byte-order mark: at least this share of the code units has
 * a NUL high byte (ASCII, Latin-1: 70–90 % of Vietnamese text), while hardly
 * any has a NUL low byte (no Vietnamese letter is U+xx00).
 */
const UTF16_MIN_NUL_SHARE = 0.5;
const UTF16_MAX_OTHER_NUL_SHARE = 0.01;
/** NUL bytes a text file may hold by accident (a stray byte of a broken editor or transfer); they are dropped. */
export const MAX_STRAY_NUL_SHARE = 0.001;
/**
 * Invalid UTF-8 that is still read as UTF-8 (the bad bytes replaced by U+FFFD
 * and noted): at most this many bad sequences per valid multi-byte character.
 * 8-bit text seldom forms a valid multi-byte sequence by chance, and what is
 * Vietnamese in a legacy encoding was taken before this is asked.
 */
const MAX_BAD_UTF8_SHARE = 0.25;
/** A file that is no known encoding is read as Windows-1252 only when it is nearly all ASCII, so little can be wrong. */
const MAX_WINDOWS_1252_SHARE = 0.02;

/** Decode a text file to NFC text with LF line ends and Markdown marks removed. */
export function decodeText(bytes: Uint8Array, path: string): string {
  return decodeTextFile(bytes, path).text;
}

/**
 * decodeText, and which encoding the file was found to be in. Valid UTF-8 and
 * UTF-16, and the legacy encodings' bytes, are read and decoded `pieceBytes`
 * at a time and cleaned as they come, so the file is never whole in memory,
 * nor a whole decoded string beside its clean one, and a text of more than
 * `largeBytes` stays UTF-8 outside the heap (`utf8`) — or, when `reread` (a
 * file on disk, which can be read again), is not kept at all: its length and
 * line count are, and every later reading decodes the file anew (RereadText);
 * anything else (stray NULs in UTF-8, broken bytes, Unicode that is mojibake
 * of a legacy encoding) is read and decoded whole.
 */
export function decodeTextFile(
  bytes: Uint8Array | ByteSource,
  path: string,
  encodings: VietnameseEncodings = vietnameseEncodings(),
  chunkChars = CLEAN_CHUNK_CHARS,
  pieceBytes = DECODE_PIECE_BYTES,
  reread = false,
  largeBytes = LARGE_TEXT_BYTES,
): DecodedText {
  const source = sourceOf(bytes);
  // a small text is as small as a string held once, and read more often than once
  const large = source.length > largeBytes;
  const keep = !reread || !large;
  const streamed = decodeUnicodeInPieces(source, path, encodings, pieceBytes, keep) ?? decodeLegacyInPieces(source, path, encodings, pieceBytes, keep);
  if (streamed !== null) {
    const { clean } = streamed;
    return decoded(clean instanceof OffHeapText ? (large ? clean.held() : clean.join()) : clean, streamed.encoding);
  }
  const { clean, encoding } = cleanDecoded(decodeBytes(source.whole(), path, encodings), path, chunkChars);
  // the decoded text is let go of before the clean one is made whole
  return decoded(typeof clean === 'string' ? clean : clean.held(), encoding);
}

function sourceOf(bytes: Uint8Array | ByteSource): ByteSource {
  return bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;
}

/** A text of many pieces stays outside the heap (`utf8`, `text` decoding it); a small one is a string. */
function decoded(text: string | LargeTextInPieces, encoding: Decoding['encoding']): DecodedText {
  return typeof text === 'string' ? { text, encoding } : withHeldText({ encoding }, text);
}

/**
 * The clean pieces of a first pass over a file: held (OffHeapText), or only
 * counted — their length, lines and longest line — for a RereadText that
 * makes them again.
 */
class FirstPass {
  readonly #held: OffHeapText | null;
  #length = 0;
  #lineFeeds = 0;
  /** Where the line being read starts, counted from the text's start. */
  #lineStart = 0;
  #longestLine = 0;

  constructor(keep: boolean) {
    this.#held = keep ? new OffHeapText() : null;
  }

  add(piece: string): void {
    if (this.#held !== null) return this.#held.push(piece);
    for (let at = piece.indexOf('\n'); at >= 0; at = piece.indexOf('\n', at + 1)) {
      this.#lineFeeds++;
      this.#longestLine = Math.max(this.#longestLine, this.#length + at - this.#lineStart);
      this.#lineStart = this.#length + at + 1;
    }
    this.#length += piece.length;
  }

  /** The pieces held, or a text that makes them anew with `pass` at every reading. */
  clean(path: string, pass: () => Iterable<string>): OffHeapText | RereadText {
    const longestLine = Math.max(this.#longestLine, this.#length - this.#lineStart);
    return this.#held ?? new RereadText(() => passAgain(path, pass), this.#length, this.#lineFeeds + 1, longestLine);
  }
}

/**
 * Thrown by a piece decoder where the file is not for it (invalid bytes, a
 * NUL): on a first pass the whole path reads the file instead; on a later one
 * the file is no longer what the first pass read.
 */
class NotInPieces extends Error {}

/** A later pass of a piece decoder: a file that no longer decodes as it did has changed since it was first read. */
function* passAgain(path: string, pass: () => Iterable<string>): Generator<string> {
  try {
    yield* pass();
  } catch (error) {
    if (!(error instanceof NotInPieces)) throw error;
    throw new VnplanError('UNREADABLE', path, 'the file changed while it was read (it no longer decodes as it did); read it again once it is written');
  }
}

/**
 * Bytes of a text file decoded and cleaned at a time: large beside a line,
 * and small enough that each piece's strings (decoded, normalised, cleaned:
 * ~2 bytes a character) stay below V8's large-object size (128 KiB) and die
 * young. Pieces of a megabyte went to the large-object space, freed only by
 * a full collection: each pass over a 50 MB file (it is read again whenever
 * it is read) raised the peak by ~60 MB of such garbage.
 */
export const DECODE_PIECE_BYTES = 48 << 10;
/**
 * A text file of more bytes is large: never a string of its own after it is
 * read, but kept outside the heap as UTF-8, or, from a file, read again
 * whenever it is read.
 */
export const LARGE_TEXT_BYTES = 1 << 20;

/**
 * The Unicode form the whole path (decodeBytes) reads a file in, told by its
 * head as it tells it — byte-order mark, then UTF-16's NUL bytes, else UTF-8
 * (which the pieces must then show to hold no NUL byte) — with where its text
 * starts and the notes it gets; null for an empty file.
 */
function unicodeForm(head: Uint8Array): { name: 'utf-8' | Utf16; start: number; notes: string[] } | null {
  if (head.length === 0) return null;
  const mark = byteOrderMark(head);
  if (mark !== null) return { name: mark.name, start: mark.length, notes: ['byte-order mark'] };
  const utf16 = utf16ByNulBytes(head);
  if (utf16) return { name: utf16, start: 0, notes: ['no byte-order mark: told by its NUL bytes'] };
  return { name: 'utf-8', start: 0, notes: [] };
}

/**
 * Valid UTF-8 or UTF-16 (with or without a byte-order mark; UTF-8 without a
 * NUL byte) decoded and cleaned piece by piece, each piece cut after its last
 * line feed (a line is cleaned whole, the rest waits for the next piece; a
 * character whose bytes straddle two pieces is kept whole by the decoder).
 * Null when the file is anything else — the whole path then reads it, and
 * names what is wrong — including Unicode whose first characters score as a
 * legacy encoding read as Windows-1252 (what `repairMisdecoded` would read
 * again from the same sample).
 */
export function decodeUnicodeInPieces(
  bytes: Uint8Array | ByteSource,
  path: string,
  encodings: VietnameseEncodings,
  pieceBytes: number,
  keep = true,
): { clean: OffHeapText | RereadText; encoding: Decoding['encoding'] } | null {
  const source = sourceOf(bytes);
  const form = unicodeForm(source.head(UTF16_SAMPLE_BYTES));
  if (form === null) return null;
  const seen = { sample: '', latin1: false, text: false };
  const first = new FirstPass(keep);
  try {
    for (const piece of cleanUnicode(source, form, pieceBytes, seen)) first.add(piece);
  } catch (error) {
    if (error instanceof NotInPieces) return null;
    throw error;
  }
  // the whole path tests the whole text for these characters, then scores its first ones
  if (seen.latin1 && (!/[\u0080-\u00ff]/u.test(seen.sample) || encodings.repairMisdecoded(seen.sample) !== null)) return null;
  if (!seen.text) throw new VnplanError('EMPTY', path, 'the file holds no text');
  const again = () => cleanUnicode(source, form, pieceBytes, { sample: '', latin1: false, text: false });
  return { clean: first.clean(path, again), encoding: { name: form.name, via: 'bytes', notes: form.notes } };
}

/** One pass of decodeUnicodeInPieces: the clean pieces, and in `seen` what deciding on the file needs; NotInPieces where the whole path must read it. */
function* cleanUnicode(
  source: ByteSource,
  form: NonNullable<ReturnType<typeof unicodeForm>>,
  pieceBytes: number,
  seen: { sample: string; latin1: boolean; text: boolean },
): Generator<string> {
  const decoder = new TextDecoder(form.name, { fatal: true, ignoreBOM: true });
  /** Decoded text after the last line feed, waiting for the end of its line. */
  let pending: string[] = [];
  let read = 0;
  for (const raw of source.pieces(pieceBytes)) {
    const from = Math.max(0, form.start - read);
    read += raw.length;
    const last = read === source.length;
    // UTF-8 with a NUL byte (stray NULs, or binary) is the whole path's to read or name, byte-order mark or not
    if (form.name === 'utf-8' && raw.indexOf(0) >= 0) throw new NotInPieces();
    if (from >= raw.length && !last) continue;
    let piece: string;
    try {
      piece = decoder.decode(raw.subarray(from), { stream: !last });
    } catch {
      throw new NotInPieces();
    }
    if (seen.sample.length < SCORED_CHARACTERS) seen.sample += piece.slice(0, SCORED_CHARACTERS - seen.sample.length);
    seen.latin1 ||= /[\u0080-\u00ff]/u.test(piece);
    seen.text ||= /\S/u.test(piece);
    const cut = last ? piece.length : piece.lastIndexOf('\n') + 1;
    if (cut === 0) {
      pending.push(piece);
      continue;
    }
    pending.push(piece.slice(0, cut));
    yield cleanChunk(pending.join(''));
    pending = [piece.slice(cut)];
  }
}

/**
 * Bytes in a legacy encoding (TCVN3, VNI, VISCII, Windows-1258, or
 * Windows-1252 read as Vietnamese) decoded, repaired and cleaned a piece at a
 * time, each piece cut after a line feed (byte 0x0A is a line feed in every one
 * of them): the encoding is chosen on the file's beginning as the whole path
 * chooses it, and the repair (TCVN3's capitals) reads every piece's lines once
 * before it repairs them, for what it must know of the whole text. Null for
 * anything else — UTF-8, UTF-16, bytes no encoding reads — which the whole
 * path reads or names.
 */
export function decodeLegacyInPieces(
  bytes: Uint8Array | ByteSource,
  path: string,
  encodings: VietnameseEncodings,
  pieceBytes: number,
  keep = true,
): { clean: OffHeapText | RereadText; encoding: Decoding['encoding'] } | null {
  const source = sourceOf(bytes);
  const head = source.head(UTF16_SAMPLE_BYTES);
  if (source.length === 0 || byteOrderMark(head) !== null || utf16ByNulBytes(head) !== null) return null;
  const survey = surveyBytes(source, pieceBytes);
  const notes: string[] = [];
  if (survey.nuls > 0) {
    if (survey.nuls > strayNulLimit(source.length)) {
      throw new VnplanError('BAD_ENCODING', path, `${survey.nuls} NUL bytes (first at ${survey.firstNul}): binary data, not text`);
    }
    notes.push(`${survey.nuls} stray NUL byte(s) dropped (first at ${survey.firstNul})`);
  }
  if (survey.utf8 === null) return null;
  const found = encodings.encodingOfBytes(survey.head, survey.utf8);
  if (found === null) return null;
  const decoding = { found, decode: found === 'windows-1252' ? encodings.decodeWindows1252 : found.decode, dropNuls: survey.nuls > 0 };
  const seen = { text: false, repairNotes: [] as string[] };
  const first = new FirstPass(keep);
  for (const piece of cleanLegacy(source, decoding, pieceBytes, seen)) first.add(piece);
  if (!seen.text) throw new VnplanError('EMPTY', path, 'the file holds no text');
  const name = found === 'windows-1252' ? found : found.name;
  const again = () => cleanLegacy(source, decoding, pieceBytes, { text: false, repairNotes: [] });
  return { clean: first.clean(path, again), encoding: { name, via: 'bytes', notes: [...seen.repairNotes, ...notes] } };
}

/**
 * One pass of decodeLegacyInPieces: the file's lines read once for the
 * repair, then decoded, repaired and cleaned a piece at a time; `seen` says
 * whether any was more than blanks and, at the end, the repair's notes.
 */
function* cleanLegacy(
  source: ByteSource,
  { found, decode, dropNuls }: { found: LegacyEncoding | 'windows-1252'; decode: (bytes: Uint8Array) => string; dropNuls: boolean },
  pieceBytes: number,
  seen: { text: boolean; repairNotes: string[] },
): Generator<string> {
  const pieces = function* (): Generator<{ lines: string[]; last: boolean }> {
    for (const { piece, last } of byteLines(source, pieceBytes, dropNuls)) {
      const text = decode(piece);
      // a piece ends after its line feed: the empty string after it is no line (but at the end of the file)
      yield { lines: (last ? text : text.slice(0, -1)).split('\n'), last };
    }
  };
  const everyLine = function* (): Generator<string[]> {
    for (const { lines } of pieces()) yield lines;
  };
  const repair = found === 'windows-1252' ? null : found.lineRepair(everyLine());
  for (const { lines, last } of pieces()) {
    const piece = (repair === null ? lines : repair.next(lines)).join('\n');
    seen.text ||= /\S/u.test(piece);
    yield cleanChunk(last ? piece : `${piece}\n`);
  }
  seen.repairNotes = repair?.notes() ?? [];
}

/**
 * One pass over a file that may be in a legacy encoding, for what choosing it
 * needs: its NUL bytes (dropped when they are few: `body` is the file
 * without them) and where the first stands; the body's first
 * SCORED_CHARACTERS bytes; and the first SCORED_CHARACTERS (or more)
 * characters of the body read as UTF-8, bad bytes replaced, as a whole
 * decoding would begin — null when the body is valid UTF-8 (no legacy
 * encoding is asked then).
 */
function surveyBytes(source: ByteSource, pieceBytes: number): { nuls: number; firstNul: string | null; head: Uint8Array; utf8: string | null } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lenient = new TextDecoder('utf-8');
  let valid = true;
  let beginning = '';
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let nuls = 0;
  let firstNul: string | null = null;
  let lines = 1;
  let read = 0;
  for (const piece of source.pieces(pieceBytes)) {
    const at = read;
    read += piece.length;
    const stream = read < source.length;
    let body = piece;
    if (piece.indexOf(0) >= 0) {
      if (firstNul === null) {
        const first = piece.indexOf(0);
        lines += countLineFeeds(piece.subarray(0, first));
        firstNul = `line ${lines}, byte ${at + first} (0x00)`;
      }
      body = piece.filter((byte) => byte !== 0);
      nuls += piece.length - body.length;
    } else if (firstNul === null) lines += countLineFeeds(piece);
    if (headBytes < SCORED_CHARACTERS) {
      head.push(body.slice(0, SCORED_CHARACTERS - headBytes));
      headBytes += head.at(-1)!.length;
    }
    if (valid) {
      try {
        strict.decode(body, { stream });
      } catch {
        valid = false;
      }
    }
    if (beginning.length < SCORED_CHARACTERS) beginning += lenient.decode(body, { stream });
  }
  return { nuls, firstNul, head: Buffer.concat(head), utf8: valid ? null : beginning };
}

function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/**
 * The source's bytes (its NUL bytes dropped when `dropNuls`) in consecutive
 * pieces of at least `pieceBytes` (but the last), each ending just after a
 * line feed byte, each a copy of its own.
 */
function* byteLines(source: ByteSource, pieceBytes: number, dropNuls: boolean): Generator<{ piece: Uint8Array; last: boolean }> {
  /** Bytes read since the last cut. */
  let carried: Uint8Array[] = [];
  let size = 0;
  /** A piece cut, waiting to learn whether it is the last. */
  let cut: Uint8Array | null = null;
  for (const read of source.pieces(pieceBytes)) {
    const bytes = dropNuls ? read.filter((byte) => byte !== 0) : read;
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(0x0a, start + Math.max(0, pieceBytes - size - 1));
      if (newline < 0) {
        // a copy: the source may read its next piece into the same bytes
        carried.push(bytes.slice(start));
        size += bytes.length - start;
        break;
      }
      if (cut !== null) yield { piece: cut, last: false };
      cut = Buffer.concat([...carried, bytes.subarray(start, newline + 1)]);
      carried = [];
      size = 0;
      start = newline + 1;
    }
  }
  if (size === 0) {
    if (cut !== null) yield { piece: cut, last: true };
    return;
  }
  if (cut !== null) yield { piece: cut, last: false };
  yield { piece: Buffer.concat(carried), last: true };
}

function cleanDecoded({ text, encoding }: Decoding, path: string, chunkChars: number): { clean: string | OffHeapText; encoding: Decoding['encoding'] } {
  if (!/\S/u.test(text)) throw new VnplanError('EMPTY', path, 'the file holds no text');
  return { clean: cleanPieces(text, chunkChars), encoding };
}

/**
 * Decoded text is cleaned (NFC, LF line ends, Markdown marks) this many
 * characters at a time: a 50 MB file is never a million line strings at once,
 * nor three whole copies of itself.
 */
export const CLEAN_CHUNK_CHARS = 1 << 20;

/**
 * NFC, LF line ends and Markdown marks removed, chunk by chunk: each chunk ends
 * after a line feed, where neither normalisation (a line feed combines with
 * nothing) nor a CR LF pair nor a line is cut, so the chunks give what the
 * whole text would. A text the cleaning leaves as it is is returned itself.
 */
export function cleanText(text: string, chunkChars = CLEAN_CHUNK_CHARS): string {
  const clean = cleanPieces(text, chunkChars);
  return typeof clean === 'string' ? clean : clean.join();
}

/** cleanText before it is made whole: the text itself when cleaning leaves it as it is, else its clean pieces. */
function cleanPieces(text: string, chunkChars: number): string | OffHeapText {
  const pieces = new OffHeapText();
  let changed = false;
  for (const chunk of linePieces(text, chunkChars)) {
    const clean = cleanChunk(chunk);
    changed ||= clean !== chunk;
    pieces.push(clean);
  }
  return changed ? pieces : text;
}

/** NFC, LF line ends and Markdown marks removed, of text that ends after a line feed (or ends the file). */
function cleanChunk(chunk: string): string {
  return chunk.normalize('NFC').replace(/\r\n?/g, '\n').split('\n').map(blankEscapedLineEnds).map(blankDetachedMarks).map(stripMarkdown).join('\n');
}

/**
 * A PDF text layer whose font drew the tone marks as glyphs of their own gathers them apart from their letters, after
 * a gap (`tinh hình bị thiêt hai ̀ ̣ ̣ do lũ lụt`, `Giao duc và Đao tao. ̉ ̀ ́ ̣ ̀ ̣`): a combining mark with no letter
 * before it, which NFC cannot set on any letter. Each is blanked to a space (the line keeps its length, as
 * provenance counts it); the words keep what marks they have, and restoration reads the others as it reads a text
 * stripped of them.
 */
function blankDetachedMarks(line: string): string {
  return /(?:^|\s)\p{M}/u.test(line) ? line.replace(/(?<=^|\s)\p{M}+/gu, (marks) => ' '.repeat(marks.length)) : line;
}

/**
 * A crawl that stored a page's line breaks as the four characters `\r\n` (a string escaped twice:
 * `\r\n ỦY BAN NHÂN DÂN | \r\n \r\n CỘNG\r\n HÒA XÃ HỘI …`) has them blanked, each to as many
 * spaces: the page's words stand apart again while the file's lines and their lengths stay as they are
 * (provenance counts the file's lines). No Vietnamese document writes a backslash before `r` and `n`.
 */
function blankEscapedLineEnds(line: string): string {
  return line.includes('\\r\\n') ? line.replace(/\\r\\n/gu, '    ') : line;
}

/** `text` in consecutive pieces of at least `chars` (but the last), each ending just after a line feed. */
export function* linePieces(text: string, chars: number): Generator<string> {
  for (let start = 0; start < text.length; ) {
    const newline = start + chars >= text.length ? -1 : text.indexOf('\n', start + chars - 1);
    const end = newline < 0 ? text.length : newline + 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** UTF-16 byte order told by where NUL bytes fall, or null when the bytes are not UTF-16 by that test. */
export function utf16ByNulBytes(bytes: Uint8Array): Utf16 | null {
  const units = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  if (units < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < units * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const clear = (nul: number, other: number): boolean => nul >= units * UTF16_MIN_NUL_SHARE && other <= units * UTF16_MAX_OTHER_NUL_SHARE;
  if (clear(oddNul, evenNul)) return 'utf-16le';
  if (clear(evenNul, oddNul)) return 'utf-16be';
  return null;
}

/** How many NUL bytes `bytes` may hold and still be text with stray NULs. */
export function strayNulLimit(length: number): number {
  return Math.max(1, Math.floor(length * MAX_STRAY_NUL_SHARE));
}

/** The Unicode form a byte-order mark at the file's start names, and the mark's length in bytes; null without one. */
function byteOrderMark(bytes: Uint8Array): { name: 'utf-8' | Utf16; length: number } | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return { name: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { name: 'utf-16be', length: 2 };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { name: 'utf-8', length: 3 };
  return null;
}

function decodeBytes(bytes: Uint8Array, path: string, encodings: VietnameseEncodings): Decoding {
  if (bytes.length === 0) throw new VnplanError('EMPTY', path, 'the file is empty');
  const mark = byteOrderMark(bytes);
  if (mark !== null) return unicode(mark.name, bytes.subarray(mark.length), path, ['byte-order mark'], encodings);
  const utf16 = utf16ByNulBytes(bytes);
  if (utf16) return unicode(utf16, bytes, path, ['no byte-order mark: told by its NUL bytes'], encodings);

  const notes: string[] = [];
  const body = dropStrayNuls(bytes, path, notes);
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== null) return misdecodedOr({ text: utf8, encoding: { name: 'utf-8', via: 'bytes', notes } }, encodings);

  const lenient = new TextDecoder('utf-8').decode(body);
  const legacy = encodings.readBytes(body, lenient);
  if (legacy) return withNotes(legacy, notes);

  const bad = lenient.match(/\uFFFD/g)?.length ?? 0;
  // eslint-disable-next-line no-control-regex
  const good = lenient.match(/[^\x00-\x7f\uFFFD]/gu)?.length ?? 0;
  const where = firstInvalidUtf8(body);
  if (good > 0 && bad <= good * MAX_BAD_UTF8_SHARE) {
    notes.push(`${bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD (first at ${where})`);
    return { text: lenient, encoding: { name: 'utf-8', via: 'bytes', notes } };
  }
  const nonAscii = body.reduce((n, byte) => n + (byte >= 0x80 ? 1 : 0), 0);
  if (nonAscii <= body.length * MAX_WINDOWS_1252_SHARE) {
    notes.push(`not UTF-8 (first invalid byte at ${where}) nor a Vietnamese encoding; read as Windows-1252 (${nonAscii} byte(s) beyond ASCII)`);
    return { text: encodings.decodeWindows1252(body), encoding: { name: 'windows-1252', via: 'bytes', notes } };
  }
  throw new VnplanError(
    'BAD_ENCODING',
    path,
    `not valid UTF-8 (first invalid byte at ${where}), and not Vietnamese text in TCVN3, VNI, VISCII, Windows-1258 or Windows-1252 either`,
  );
}

function unicode(encoding: 'utf-8' | Utf16, bytes: Uint8Array, path: string, notes: string[], encodings: VietnameseEncodings): Decoding {
  const text = tryDecode(encoding, bytes);
  if (text === null) {
    const where = encoding === 'utf-8' ? `; first invalid byte at ${firstInvalidUtf8(bytes)}` : '';
    throw new VnplanError('BAD_ENCODING', path, `not valid ${encoding.toUpperCase()} text (${notes.join(', ')}${where})`);
  }
  return misdecodedOr({ text, encoding: { name: encoding, via: 'bytes', notes } }, encodings);
}

/** Unicode that is really a legacy encoding read as Windows-1252 is read again; otherwise it stays as it is. */
function misdecodedOr(decoded: Decoding, encodings: VietnameseEncodings): Decoding {
  const repaired = encodings.repairMisdecoded(decoded.text);
  if (!repaired) return decoded;
  return withNotes(repaired, [`stored as ${decoded.encoding.name.toUpperCase()} after being read as Windows-1252`, ...decoded.encoding.notes]);
}

function withNotes(decoded: Decoding, notes: string[]): Decoding {
  return { text: decoded.text, encoding: { ...decoded.encoding, notes: [...decoded.encoding.notes, ...notes] } };
}

function tryDecode(encoding: 'utf-8' | Utf16, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM was already cut; a second one is content, not a mark.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL bytes dropped (and noted) when they are few; many NULs are not text (detect.ts refuses those first). */
function dropStrayNuls(bytes: Uint8Array, path: string, notes: string[]): Uint8Array {
  const first = bytes.indexOf(0);
  if (first < 0) return bytes;
  const kept = bytes.filter((byte) => byte !== 0);
  const dropped = bytes.length - kept.length;
  if (dropped > strayNulLimit(bytes.length)) {
    throw new VnplanError('BAD_ENCODING', path, `${dropped} NUL bytes (first at ${position(bytes, first)}): binary data, not text`);
  }
  notes.push(`${dropped} stray NUL byte(s) dropped (first at ${position(bytes, first)})`);
  return kept;
}

/** Where the first byte that breaks UTF-8 stands, as `line L, byte B`. */
function firstInvalidUtf8(bytes: Uint8Array): string {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return position(bytes, i);
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return position(bytes, i);
    }
    i += length;
  }
  return position(bytes, bytes.length);
}

function position(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return `line ${line}, byte ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`;
}

/**
 * Markdown marks that carry no text: heading hashes, strong/emphasis markers and
 * the trailing spaces of a hard line break. A single `*` or `_` is removed only
 * when it wraps a word (`*x*`), so bullets (`* item`) and identifiers stay.
 */
function stripMarkdown(line: string): string {
  return line
    .replace(/^(\s*)#{1,6}\s+/u, '$1')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/gu, '$1')
    .replace(/__(\S(?:.*?\S)?)__/gu, '$1')
    .replace(/(^|[\s(“"])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:!?)”"])/gu, '$1$2')
    .replace(/\s+$/u, '');
}
