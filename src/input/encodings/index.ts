// Which legacy Vietnamese encoding a text is in, decided by scoring: each
// candidate decoding is read word by word against the syllable inventory, and
// one is taken only when it is clearly more Vietnamese than the reading it
// would replace (UTF-8 or Windows-1252). Valid UTF-8 Vietnamese is never
// re-read: its words are syllables already, so no legacy reading beats it.
import { DICTIONARIES_DIR } from '../../dictionaries.js';
import type { EncodingFacts } from '../../types.js';
import { repaired, type LegacyEncoding } from './encoding.js';
// candidates are judged on the beginning of a long text (the scorer reads no further); only the winner reads it all
import { SCORED_CHARACTERS, SyllableInventory, type SyllableScore } from './syllables.js';
import { compileTable, windows1252Table, type TableDecoder } from './table.js';
import { createTcvn3 } from './tcvn3.js';
import { createViscii } from './viscii.js';
import { createVni } from './vni.js';
import { createWindows1258 } from './windows-1258.js';
import { joinSplitSyllables, spacedOutGlyphs } from './split-syllables.js';

export type { LegacyEncoding, LegacyEncodingName, LineRepair } from './encoding.js';
export { repaired } from './encoding.js';
export { SyllableInventory } from './syllables.js';

export interface Decoding {
  text: string;
  encoding: EncodingFacts;
}

interface Threshold {
  /** Fewest syllables the winner must read. */
  minValid: number;
  /** Smallest share of its marked words that must be syllables. */
  minShare: number;
}

// What decides is reading more than twice the syllables of the reading it
// would replace: valid Vietnamese Unicode has nearly all its marked words
// right already, and no other reading of its Latin-1 letters gets close
// (measured on the samples, dev set and gold texts: the best other reading
// never passes the original's count). The share asked is low because old OCR
// output has only ~20 % of its marked words right (`Quyét`, `méi`) — in
// Unicode, in a legacy encoding, or mis-decoded from one. Bytes that are not
// UTF-8 already rule Unicode out: a short file (one line, `Kế hoạch`) may be
// judged on two words; text that is valid Unicode needs five.
/** What a reading may make of a character (VietnameseEncodings.readingKind): part of a word, a character beyond ASCII, an ASCII letter. */
const READ_IN_WORD = 1;
const READ_BEYOND_ASCII = 2;
const READ_ASCII_LETTER = 4;
const UNKNOWN_KIND = 0xff;

const FOR_BYTES: Threshold = { minValid: 2, minShare: 0.1 };
const FOR_UNICODE: Threshold = { minValid: 5, minShare: 0.15 };

export class VietnameseEncodings {
  readonly encodings: readonly LegacyEncoding[];
  readonly decodeWindows1252: TableDecoder;
  /** Each character Windows-1252 reads from a byte, back to that byte. */
  private readonly windows1252Bytes: ReadonlyMap<string, number>;
  /** charReadings per encoding, made when first asked. */
  private readonly readingsByEncoding = new Map<LegacyEncoding, Map<number, string>>();
  /** readingKind per UTF-16 code unit, UNKNOWN_KIND until first asked. */
  private readonly readingKinds = new Uint8Array(0x10000).fill(UNKNOWN_KIND);

  constructor(
    readonly inventory: SyllableInventory,
    dir = DICTIONARIES_DIR,
  ) {
    this.encodings = [createTcvn3(inventory, dir), createVni(dir), createViscii(dir), createWindows1258()];
    const windows1252 = windows1252Table(dir);
    this.decodeWindows1252 = compileTable(windows1252);
    this.windows1252Bytes = new Map([
      ...windows1252.map((c, byte): [string, number] => [c, byte]),
      // a PDF's text extraction names the glyph of 0xB5 `mu` and gives the Greek letter: TCVN3's à reads `ngμy`
      ['\u03bc', 0xb5],
    ]);
  }

  static load(dir = DICTIONARIES_DIR): VietnameseEncodings {
    return new VietnameseEncodings(SyllableInventory.read(dir), dir);
  }

  byName(name: string): LegacyEncoding | undefined {
    return this.encodings.find((e) => e.name === name);
  }

  /**
   * Bytes that are not UTF-8: the legacy encoding that reads them as
   * Vietnamese, clearly better than Windows-1252 and than UTF-8 with the bad
   * bytes replaced (`utf8`); else Windows-1252 itself when that reads as
   * Vietnamese (old OCR output saved by a Windows program; also a legacy file
   * whose every letter reads the same in Windows-1252); else null.
   */
  readBytes(bytes: Uint8Array, utf8: string): Decoding | null {
    const found = this.encodingOfBytes(bytes, utf8);
    if (found === null) return null;
    if (found === 'windows-1252') return { text: this.decodeWindows1252(bytes), encoding: { name: 'windows-1252', via: 'bytes', notes: [] } };
    const { text, notes } = repaired(found, found.decode(bytes));
    return { text, encoding: { name: found.name, via: 'bytes', notes } };
  }

  /**
   * The encoding readBytes reads bytes in, judged on their beginning alone
   * (the first SCORED_CHARACTERS bytes, and at least as many characters of
   * `utf8`, their UTF-8 reading with bad bytes replaced): what a caller
   * decoding a big file a piece at a time asks first.
   */
  encodingOfBytes(bytes: Uint8Array, utf8: string): LegacyEncoding | 'windows-1252' | null {
    const sample = bytes.subarray(0, SCORED_CHARACTERS);
    const windows1252 = this.decodeWindows1252(sample);
    const baseline = this.inventory.score(utf8).valid;
    const asWindows1252 = this.inventory.score(windows1252);
    const winner = this.pick(
      this.encodings.map((encoding) => ({ encoding, text: encoding.decode(sample) })),
      Math.max(baseline, asWindows1252.valid),
      FOR_BYTES,
    );
    if (winner && winner.text !== windows1252) return winner.encoding;
    return this.clears(asWindows1252, baseline, FOR_BYTES) ? 'windows-1252' : null;
  }

  /**
   * Unicode text that is a legacy encoding's bytes read as Windows-1252 (a PDF
   * text layer giving `KÕ ho¹ch`, a VNI file converted as `Keá hoaïch`): read
   * again in that encoding, or null when the text is not such mojibake.
   */
  repairMisdecoded(text: string): Decoding | null {
    // every one of these encodings puts its letters on bytes ≥ 0x80, which Windows-1252 reads as U+0080–U+00FF or its punctuation
    if (!/[\u0080-\u00ff]/u.test(text)) return null;
    const sample = text.slice(0, SCORED_CHARACTERS);
    const baseline = this.inventory.score(sample).valid;
    // No reading can clear the threshold when it cannot have that many words to count: what Vietnamese
    // Unicode (its marked words nearly all syllables already) and text with a few Latin-1 signs always show.
    const most = this.mostCountedWords(sample);
    if (most < FOR_UNICODE.minValid || most <= 2 * baseline) return null;
    const winner = this.pick(
      this.encodings.map((encoding) => ({ encoding, text: this.reread(sample, encoding) })),
      baseline,
      FOR_UNICODE,
    );
    if (!winner) return null;
    const repair = repaired(winner.encoding, this.reread(text, winner.encoding));
    return { text: this.joinedGlyphs(repair.text, repair.notes), encoding: { name: winner.encoding.name, via: 'mis-decoded', notes: repair.notes } };
  }

  /**
   * A text layer that spaced out its glyphs (`T h ô n g`) has its pieces joined, when the text
   * shows that damage and the joins read more syllables (noted in `notes`); else the text as it is.
   */
  private joinedGlyphs(text: string, notes: string[]): string {
    if (!spacedOutGlyphs(text, this.inventory)) return text;
    const joined = joinSplitSyllables(text, this.inventory);
    if (this.inventory.score(joined.text).valid <= this.inventory.score(text).valid) return text;
    notes.push(`${joined.joined} words spaced out glyph by glyph joined`);
    return joined.text;
  }

  /**
   * At least as many words as any reading by `reread` has for `score` to count: within each run
   * of characters that any reading may make part of a word (hyphens too: `softHyphens` joins over
   * them), no more words than characters that may read as beyond ASCII, nor than characters that
   * may read as an ASCII letter, as a counted word needs one of each and no character is in two.
   */
  mostCountedWords(sample: string): number {
    let most = 0;
    let beyond = 0;
    let letters = 0;
    for (let i = 0; i <= sample.length; i++) {
      const kind = i < sample.length ? this.readingKind(sample.charCodeAt(i)) : 0;
      if (kind & READ_IN_WORD) {
        if (kind & READ_BEYOND_ASCII) beyond++;
        if (kind & READ_ASCII_LETTER) letters++;
        continue;
      }
      most += Math.min(beyond, letters);
      beyond = 0;
      letters = 0;
    }
    return most;
  }

  /** What the readings (`reread`) may make of one UTF-16 code unit: READ_ bits, over every encoding. */
  private readingKind(unit: number): number {
    let kind = this.readingKinds[unit] as number;
    if (kind !== UNKNOWN_KIND) return kind;
    const c = String.fromCharCode(unit);
    const byte = this.windows1252Bytes.get(c);
    const readings = byte === undefined ? [c] : this.encodings.map((encoding) => encoding.decode(Uint8Array.of(byte)));
    kind = 0;
    for (const reading of [...readings, ...readings.map((r) => r.normalize('NFC'))]) {
      // a lone surrogate is half of a character kept as it is, which may be a letter; a byte read as nothing joins its neighbours
      if (reading === '' || /[\p{L}\p{M}\-\u2010]/u.test(reading) || /[\ud800-\udfff]/.test(reading)) kind |= READ_IN_WORD;
      if (/[\u0080-\uffff]/.test(reading) || /[-\u2010]/.test(reading)) kind |= READ_BEYOND_ASCII;
      if (/[a-z]/i.test(reading)) kind |= READ_ASCII_LETTER;
    }
    this.readingKinds[unit] = kind;
    return kind;
  }

  /** Best candidate by syllables read, if it clears the threshold against the baseline. */
  private pick<T extends { text: string }>(candidates: T[], baseline: number, threshold: Threshold): T | null {
    let best: { candidate: T; score: SyllableScore } | null = null;
    for (const candidate of candidates) {
      const score = this.inventory.score(candidate.text);
      if (!best || score.valid > best.score.valid) best = { candidate, score };
    }
    return best && this.clears(best.score, baseline, threshold) ? best.candidate : null;
  }

  /** Enough syllables, a large enough share of them, and more than twice the baseline's. */
  private clears({ valid, words }: SyllableScore, baseline: number, threshold: Threshold): boolean {
    return valid >= threshold.minValid && valid >= words * threshold.minShare && valid > 2 * baseline;
  }

  /** The text back to Windows-1252 bytes, decoded in `encoding`; characters Windows-1252 has no byte for stay as they are. */
  private reread(text: string, encoding: LegacyEncoding): string {
    const readings = this.charReadings(encoding);
    let out = '';
    let kept = 0;
    for (let i = 0; i < text.length; i++) {
      const reading = readings.get(text.charCodeAt(i));
      if (reading === undefined) continue;
      out += text.slice(kept, i) + reading;
      kept = i + 1;
    }
    out += text.slice(kept);
    return this.softHyphens(out.normalize('NFC'), encoding);
  }

  /**
   * Each character Windows-1252 has a byte for that `encoding` reads as something else, by UTF-16
   * code unit, and what it reads as: the tables read byte by byte, so a text read again is each of
   * its characters read alone (composed to NFC once, over the whole text).
   */
  private charReadings(encoding: LegacyEncoding): ReadonlyMap<number, string> {
    let readings = this.readingsByEncoding.get(encoding);
    if (!readings) {
      readings = new Map();
      for (const [c, byte] of this.windows1252Bytes) {
        const reading = encoding.decode(Uint8Array.of(byte));
        if (reading !== c) readings.set(c.charCodeAt(0), reading);
      }
      this.readingsByEncoding.set(encoding, readings);
    }
    return readings;
  }

  /**
   * Byte 0xAD is Windows-1252's soft hyphen, and PDF text extraction gives it
   * as a hyphen: TCVN3's ư (`n-íc` for nước), VISCII's ễ. A hyphen glued
   * inside a word is taken for that byte when the word it makes is a syllable
   * and its pieces are not all syllables (`KH-UBND`, `xã-hội` stay).
   */
  private softHyphens(text: string, encoding: LegacyEncoding): string {
    const letter = encoding.decode(Uint8Array.of(0xad));
    if (!/^\p{L}$/u.test(letter)) return text;
    return text.replace(/[\p{L}\p{M}]+(?:[-\u2010][\p{L}\p{M}]*)+/gu, (word) => {
      const joined = word.replace(/[-\u2010]/g, letter);
      const pieces = word.split(/[-\u2010]/).filter(Boolean);
      // a lone letter is no word of its own, whatever a noisy inventory holds (`n-ớc`)
      return this.inventory.has(joined) && !pieces.every((piece) => [...piece].length > 1 && this.inventory.has(piece)) ? joined : word;
    });
  }
}

let shared: VietnameseEncodings | null = null;

/** The encodings over the package's dictionaries/, read once (the tables never change at run time). */
export function vietnameseEncodings(): VietnameseEncodings {
  return (shared ??= VietnameseEncodings.load());
}
