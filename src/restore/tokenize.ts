// Cuts one line into tokens that join back to the line byte for byte. Words are
// what the decoder may change; numbers, abbreviations (UBND, HĐND, OCOP, NTM),
// document symbols (số ký hiệu: 30/QĐ-TTg, 10-NQ/HU) and punctuation are kept
// as their own kinds so they are never read as syllables.
import type { CorrectionRule } from '../types.js';
import { isSyllableShape, stripMarks } from './vietnamese.js';

export type TokenKind = 'word' | 'number' | 'abbr' | 'symbol' | 'punct' | 'space';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset of the token in its line. */
  start: number;
  /**
   * What restoration writes in the token's place (src/restore/index.ts), undefined while it stays as written.
   * Kept on the token, not in a Map keyed by tokens: a long text makes hundreds of thousands of changes, and each
   * pass asking a token's text (names, real words, the output) was a hashed lookup of the token object.
   */
  replacement?: Replacement;
}

/** A change of a token's text and the rule that made it, before its confidence is calibrated. */
export interface Replacement {
  text: string;
  confidence: number;
  rule: CorrectionRule;
}

/** A token as the tokeniser makes it: every one with its `replacement` field, so all tokens share one object layout for the engine. */
export function newToken(kind: TokenKind, text: string, start: number): Token {
  return { kind, text, start, replacement: undefined };
}

// A compound of letter/digit runs joined by "/" or "-" without spaces. The
// currency signs ¢ € ¥ are letters here: an OCR without Vietnamese prints them
// for ê and ý inside words ("nghi¢p", "ti€u"), and plans quote no such money.
// The same OCR prints & for a marked a or e ("C& nhan" for Cá nhân): glued
// after a letter it is part of the word; "R & D" keeps it as punctuation. So
// does a symbol's part after "/" or "-" (36/2009/TT-BGD&ĐT), whose & joins the
// halves of one abbreviation the symbol grammar reads whole.
const PIECE = /\s+|[\p{L}\p{N}¢€¥](?:[\p{L}\p{N}¢€¥]|(?<=\p{L})&)*(?:[/-][\p{L}\p{N}¢€¥](?:[\p{L}\p{N}¢€¥]|(?<=\p{L})&)*)*|[^\s\p{L}\p{N}¢€¥]/uy;
const DIGITS = /^\d+$/;
const ROMAN = /^[IVX]+$/;
/** A number with its unit glued on: 6m, 2km, 10ha, 500kg, 3m2. */
const MEASURE = /^\d+(?:[.,]\d+)?(?:mm|cm|m|km|m2|m3|km2|ha|kg|g|kw|kwh|mw|l)$/i;
// The per-token tests, made once: a regular-expression literal is a new object each time it is evaluated.
const SPACE = /^\s/u;
const ALNUM = /[\p{L}\p{N}¢€¥]/u;
const JOINER = /[/-]/;
const GLUED = /^(\p{L}{2,})(\d{2,})$|^(\d{2,})(\p{L}{2,})$/u;
const CODE_HEAD = /^\p{Lu}{2,3}$/u;
const DIGIT = /\d/;
const CAPITALS_AMPERSAND = /^\p{Lu}+(?:&\p{Lu}+)+$/u;

export function tokenizeLine(line: string, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  const firstLetter = firstLetterOffset(line);
  // PIECE's three kinds take every character, so each piece starts where the one before ended: a sticky `test`
  // from there gives its end, without the match array `exec` makes per token (and not matchAll, which copies the expression).
  PIECE.lastIndex = 0;
  for (let start = 0; PIECE.test(line); start = PIECE.lastIndex) {
    const text = line.slice(start, PIECE.lastIndex);
    if (SPACE.test(text)) tokens.push(newToken('space', text, start));
    else if (!ALNUM.test(text)) tokens.push(newToken('punct', text, start));
    else if (JOINER.test(text)) tokens.push(...compound(text, start, abbreviations));
    else alnumRun(text, start, abbreviations, start === firstLetter, tokens);
  }
  markListLetter(tokens);
  return tokens;
}

/**
 * "a)" / "b." opening a line is a list marker, not the syllable "a"; so is a part's capital letter before a dash
 * and a heading in capitals ("A - MUC DICH", "B -NOI DUNG": the parts above the roman headings of a Party
 * guideline), which is no "Ở" or "Á".
 */
function markListLetter(tokens: Token[]): void {
  const first = tokens.findIndex((t) => t.kind !== 'space');
  const head = tokens[first];
  const next = tokens[first + 1];
  if (head?.kind !== 'word' || !/^\p{L}$/u.test(head.text)) return;
  if (next?.kind === 'punct' && /^[).]$/.test(next.text)) {
    head.kind = 'number';
    return;
  }
  const [dash, heading] = tokens.slice(first + 1).filter((t) => t.kind !== 'space');
  if (/^\p{Lu}$/u.test(head.text) && dash?.kind === 'punct' && /^[-–—]$/u.test(dash.text) && heading?.kind === 'word' && /^\p{Lu}{2,}$/u.test(heading.text)) {
    head.kind = 'number';
  }
}

function firstLetterOffset(line: string): number {
  return line.search(/\S/u);
}

/** "30/0D-TTq", "KH-UBND" are symbols; "08/3/2022", "2021-2025" numbers; anything else is split. */
function compound(text: string, start: number, abbreviations: ReadonlySet<string>): Token[] {
  const parts = text.split(/[/-]/);
  const numeric = parts.filter((p) => DIGITS.test(p)).length;
  if (numeric === parts.length) return [newToken('number', text, start)];
  if (numeric > 0 && DIGITS.test(parts[0] ?? '')) return [newToken('symbol', text, start)];
  // Capitals joined by "/" or "-" are a symbol (KH-UBND) unless every part is a syllable: words of a
  // heading in capitals (XA/PHUONG, THON-XOM) are words.
  if (numeric === 0 && parts.every((p) => looksLikeSymbolPart(p)) && !parts.every((p) => isSyllableShape(stripMarks(p).toLowerCase()))) {
    return [newToken('symbol', text, start)];
  }
  // Clerical abbreviations: B/c (báo cáo), Đ/c (đồng chí), K/g (kính gửi); joined by "-", two syllables
  // of two letters not in capitals are words (kinh tế-xã hội), capitals a code (I-II, IV-A), and a
  // loanword's letter (o-xy, i-ốt) keeps it whole, so its parts never count as syllables of the model.
  const words = text.includes('-') && parts.every((p) => p.length === 2 && p !== p.toUpperCase() && isSyllableShape(stripMarks(p).toLowerCase()));
  if (numeric === 0 && parts.length === 2 && !words && parts.every((p) => /^\p{L}{1,2}$/u.test(p))) return [newToken('abbr', text, start)];
  const tokens: Token[] = [];
  let offset = start;
  for (const piece of text.split(/([/-])/)) {
    if (piece === '/' || piece === '-') tokens.push(newToken('punct', piece, offset));
    else if (piece) alnumRun(piece, offset, abbreviations, false, tokens);
    offset += piece.length;
  }
  return tokens;
}

/** An organ or type abbreviation inside a symbol: mostly capitals ("UBND", "TTg", "QĐ"). */
function looksLikeSymbolPart(part: string): boolean {
  const letters = part.replace(/\d/g, '');
  const upper = [...letters].filter((c) => c !== c.toLowerCase()).length;
  return letters.length >= 2 && upper * 2 > letters.length && /^\p{Lu}/u.test(part);
}

/**
 * One run of letters and digits. A run of two or more digits glued to two or
 * more letters ("ngay25", "20thang") is two tokens; a short mix ("s6", "16p",
 * "vo1") is a word the OCR garbled (6 for ố, 1 for l).
 */
function alnumRun(text: string, start: number, abbreviations: ReadonlySet<string>, lineStart: boolean, out: Token[]): void {
  // A number, a measure and a glued number all start or end with a digit: most words do neither.
  if (!isDigit(text.charCodeAt(0)) && !isDigit(text.charCodeAt(text.length - 1))) {
    out.push(newToken(wordKind(text, abbreviations, lineStart), text, start));
    return;
  }
  if (DIGITS.test(text) || MEASURE.test(text)) {
    out.push(newToken('number', text, start));
    return;
  }
  const glued = GLUED.exec(text);
  // A few capitals before digits are a code or a formula (PO43, QL14, DT741), not a word glued to a number.
  if (glued?.[1] && CODE_HEAD.test(glued[1])) out.push(newToken('abbr', text, start));
  else if (glued) {
    const head = glued[1] ?? glued[3] ?? '';
    alnumRun(head, start, abbreviations, lineStart, out);
    alnumRun(text.slice(head.length), start + head.length, abbreviations, false, out);
  } else out.push(newToken(wordKind(text, abbreviations, lineStart), text, start));
}

function isDigit(unit: number): boolean {
  return unit >= 48 && unit <= 57;
}

function wordKind(text: string, abbreviations: ReadonlySet<string>, lineStart: boolean): TokenKind {
  if (abbreviations.has(text)) return 'abbr';
  // Most words open with a lower-case ASCII letter: no numeral, no capitals, a word (the tests below say the same).
  const opening = text.charCodeAt(0);
  if (opening >= 97 && opening <= 122) return 'word';
  // Heading numerals (I., II., IV.) and a list letter at the start of a line are markers.
  if (ROMAN.test(text) && (lineStart || text.length > 1)) return 'number';
  if (DIGIT.test(text)) return 'word';
  // `GD&ĐT`, `KH&DT`: capitals on both sides of `&` are an abbreviation, not an OCR'd á.
  if (CAPITALS_AMPERSAND.test(text)) return 'abbr';
  // Most words start in lower case: not all capitals, with no need to split them.
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  if (first === first.toLowerCase()) return 'word';
  const letters = [...text];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (letters.length >= 2 && upper === letters.length && !isSyllableShape(stripMarks(text).toLowerCase())) {
    return 'abbr';
  }
  return 'word';
}
