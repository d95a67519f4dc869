// A document that a web page or a PDF layer flattened onto one line: letterhead,
// quốc hiệu, number, date line, type and trích yếu, preamble and articles run on
// with spaces between them. The frame NĐ 30/2020 (Phụ lục I) lays down is put
// back on lines of its own, so that the readers of the header, the title, the
// preamble and the closing find it where they look; each new line keeps the
// number of the line it came from.
import { foldSameLength, isUpperCase, keysAt, phraseKeys, tokenize } from './fold.js';
import type { Line } from './lines.js';
import { findIssuers } from './organs.js';
import { documentTypeNames, mostlyCapitals } from './title.js';
import { vocabulary } from './vocabulary.js';

/** A line this long with hardly any others is a flattened document, not a wrapped paragraph. */
const FLAT_LINE = 1000;
/**
 * A shorter line (a page's opening) is one too when its start carries the
 * frame itself: the quốc hiệu or the Party's or the Đoàn's heading, and a date
 * line (`…, ngày … tháng … năm …`). No paragraph of a body opens so.
 */
const FRAMED_FLAT_LINE = 300;
/** A flattened document has at most this many lines with text (a title, a footer beside the one long line). */
const FLAT_LINES = 3;
/** The header (letterhead, number, date line) stands within this many characters of the start. */
const HEADER_SPAN = 700;

export interface SplitLines {
  lines: Line[];
  /** The original line number of each new line, by its number. */
  origin: Map<number, number>;
}

/** Whether the text is one long line carrying a whole document. */
export function isFlattened(lines: readonly Line[]): boolean {
  const filled = lines.filter((l) => l.text.trim() !== '');
  return filled.length > 0 && filled.length <= FLAT_LINES && filled.some(isFlatLine);
}

function isFlatLine(line: Line): boolean {
  if (line.text.length > FLAT_LINE) return true;
  if (line.text.length <= FRAMED_FLAT_LINE) return false;
  const head = foldSameLength(line.text.slice(0, HEADER_SPAN));
  const heading = frameHeadingPatterns().some((p) => p.heading.test(head));
  const date = DATE_LINE.exec(head);
  if (date === null) return false;
  // The heading's words damaged by a PDF layer (`ĐỒN TNCS HỒ CHÍ MINH`) or lost with it: the number line before the
  // date line is the frame as surely (NĐ 30 Phụ lục I, ô 3 and ô 4; HD 36 the same), and no body opens so.
  // The letterhead in capitals stands before that number line (ô 2): a sentence citing `số 12-KH/HU, ngày …` is no frame.
  const numbered = NUMBER_LINE.exec(head);
  const letterhead = numbered === null ? '' : line.text.slice(0, numbered.index);
  return heading || (numbered !== null && numbered.index < date.index && /\p{L}/u.test(letterhead) && isUpperCase(letterhead));
}

/** A number label and its number, mark-free (`Số: 01 - KH/ĐTN`, `Số 09 -KH/ĐU`); the number may be left blank. */
const NUMBER_LINE = /(?<![a-z])so(?:\s*:\s*[^a-z\s]{0,3}\s*[\d/]|\s+\d{1,4}\s*-\s*[a-z])/u;

/** A phrase as a pattern of mark-free text, its words parted by spaces, dashes or commas as crawls leave them. */
const phrase = (p: string): string => phraseKeys(p).join(String.raw`[\s\-–—,]*`);

/** A date line cut right after `năm`, mark-free: its year is on the next line. */
const CUT_YEAR = /,\s*ngay[^a-z]{1,8}?thang[^a-z]{1,8}?nam\s*$/u;

/** A date line, mark-free; the day or the month may be left blank (`ngày 05 tháng   năm 2018`) or be OCR's marks. */
const DATE_LINE = /,\s*ngay[^a-z]{1,8}?thang[^a-z]{1,8}?nam\s+\d{4}/u;

/** The flattened document on lines again; lines of another text come back as they are. */
export function unflatten(lines: readonly Line[]): SplitLines {
  const origin = new Map<number, number>();
  const flattened = isFlattened(lines);
  const wrapped = !flattened && wrappedFrame(lines);
  if (!flattened && !wrapped) {
    lines.forEach((l) => origin.set(l.no, l.no));
    return { lines: [...lines], origin };
  }
  const out: Line[] = [];
  const push = (text: string, from: number): void => {
    out.push({ no: out.length + 1, text });
    origin.set(out.length, from);
  };
  if (wrapped) {
    // The crawl was one line: it is joined again and cut as one, each piece keeping the line its first words stood on.
    const filled = lines.filter((l) => l.text.trim() !== '');
    const joined = filled.map((l) => l.text.trim()).join(' ');
    const starts: number[] = [];
    filled.reduce((at, l) => (starts.push(at), at + l.text.trim().length + 1), 0);
    let cursor = 0;
    for (const piece of splitFrame(joined)) {
      const at = joined.indexOf(piece.slice(0, 12), cursor);
      if (at >= 0) cursor = at;
      push(piece, filled[starts.findLastIndex((s) => s <= cursor)]!.no);
    }
    return { lines: out, origin };
  }
  for (const line of lines) for (const text of isFlatLine(line) ? splitFrame(line.text) : [line.text]) push(text, line.no);
  return { lines: out, origin };
}

// Compiled once per headings' table (as symbols.ts compiles its bodies' codes), not at every call.
const frameHeadingsByTable = new WeakMap<readonly string[], { heading: RegExp; runOn: RegExp }[]>();

/**
 * Each frame heading (quốc hiệu, the Party's, the Đoàn's), mark-free, and the same heading with words of the other
 * column run on after it to the line's end.
 */
function frameHeadingPatterns(): { heading: RegExp; runOn: RegExp }[] {
  const headings = vocabulary().frameHeadings;
  let patterns = frameHeadingsByTable.get(headings);
  if (patterns === undefined) {
    patterns = headings.map((p) => ({
      heading: new RegExp(phrase(p), 'u'),
      runOn: new RegExp(`${phrase(p)}\\s+(?!doc\\b)[a-z]{2,}(?:\\s+[a-z]+){2,}\\s*$`, 'u'),
    }));
    frameHeadingsByTable.set(headings, patterns);
  }
  return patterns;
}

/**
 * A flattened crawl that OCR read from a page and so wrapped at the page's width: its frame runs on over the first
 * lines, the heading cut by a line's end, the date line with words of the frame before its place and the document's
 * own words after its year on the same line (`… ĐẢNG CỘNG` / `SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ
 * HOẠCH kiểm điểm, …`), or a line of the opening runs the frame on past a line's end of the page (frameRunsOn:
 * the heading itself may be garbled, `ĐẾN TNCS` for ĐOÀN TNCS). A page laid out as NĐ 30 and HD 36 lay it out
 * (Phụ lục I) keeps its heading on one line.
 */
function wrappedFrame(lines: readonly Line[]): boolean {
  let length = 0;
  for (const [i, line] of lines.entries()) {
    length += line.text.length + 1;
    if (length > HEADER_SPAN) return false;
    if (frameRunsOn(line.text)) return true;
    // The wrap may cut the date line after `năm`, its year opening the next line with the document's words after it
    // (`An Giang, ngày 05 tháng 10 năm` / `2012 Số: 15/2012/CT-UBND CHỈ THỊ …`).
    const next = lines[i + 1]?.text.trim() ?? '';
    const yearNext = /^\d{4}\b/u.exec(next);
    const text = yearNext && CUT_YEAR.test(foldSameLength(line.text)) ? `${line.text.trimEnd()} ${next}` : line.text;
    const folded = foldSameLength(text);
    const date = DATE_LINE.exec(folded);
    if (!date) continue;
    // The wrap cut the heading itself (`ĐẢNG CỘNG` / `SẢN VIỆT NAM`): a page's own heading stands on a line of its own,
    // and nothing of the other column runs on after it (`CỘNG HÒA … VIỆT NAM ỦY BAN NHÂN DÂN TỈNH AN` / `GIANG …`).
    const opening = lines.slice(0, i + 1);
    const joined = foldSameLength(opening.map((l) => l.text.trim()).join(' '));
    const framed = frameHeadingPatterns().some(
      ({ heading, runOn }) => heading.test(joined) && !opening.some((l) => heading.test(foldSameLength(l.text)) && !runOn.test(foldSameLength(l.text))),
    );
    const before = placeStart(text, date.index) > 0;
    const after = /\p{L}/u.test(text.slice(date.index + date[0].length));
    return i > 0 && framed && before && after;
  }
  return false;
}

/**
 * A line on which the wrap ran the frame on past where a page laid out as NĐ 30 (Phụ lục I) ends a line: the tiêu
 * ngữ, the right column's last line, with a word after it (`Độc lập - Tự do - Hạnh phúc Số: 941/QĐ-UBND Quảng
 * Ngãi,`; `… Hạnh phúc KẾ HOẠCH “NĂM GIÁO DỤC …`), or the date line with the type's name in capitals after its year
 * and the trích yếu after that (`Thiện Kế, ngày 28 tháng năm 2018 KẾ HOẠCH Tổ chức …`): the page centres the type
 * and its trích yếu on lines of their own below both columns. The rule under the tiêu ngữ, however OCR reads its
 * dashes, is no word.
 */
function frameRunsOn(text: string): boolean {
  const folded = foldSameLength(text);
  const motto = new RegExp(LOOSE_MOTTO.source, 'u').exec(folded);
  if (motto && /^[^a-z\d]*[a-z\d]{2,}/u.test(folded.slice(motto.index + motto[0].length))) return true;
  const date = /ngay[^a-z]{1,8}?thang[^a-z]{1,8}?nam\s+\d{4}\s+/u.exec(folded);
  const type = date === null ? null : typeNameEnd(text, date.index + date[0].length);
  return type != null && /\p{L}/u.test(text.slice(type));
}

/** The tiêu ngữ's first and last words with at most three words between them, mark-free. */
export const LOOSE_MOTTO = /doc lap(?:[\s\-–—,]+[a-z]+){0,3}[\s\-–—,]+hanh phuc/gu;

/** Offsets where the frame's parts begin, on one flattened line. */
function splitFrame(raw: string): string[] {
  // Words a crawl glued (`QUYẾT ĐỊNHVề việc`): capitals run into a capitalised word; old OCR prints that `Về` in
  // capitals too (`QUYẾT DINHVE việc`), and `về việc` opens a trích yếu (NĐ 30 Phụ lục I), which no word of capitals
  // ends with. A list number the page put before the letterhead (`1. BỘ …`) is the page's, not an outline heading.
  const unglued = raw.replace(/(\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu, '$1 ').replace(/(\p{Lu}{2})V[EỀ](?=\s+việc\b)/gu, '$1 Về');
  const signature = unglueSignature(unglued.replace(/^\s*\d{1,3}\.\s+(?=\p{Lu}{2})/u, ''));
  const text = signature.text;
  const folded = foldSameLength(text);
  const cuts = new Set<number>(signature.cuts);
  const cutAround = (re: RegExp, limit = text.length): void => {
    for (const m of folded.matchAll(re)) {
      if (m.index >= limit) break;
      cuts.add(m.index);
      cuts.add(m.index + m[0].length);
    }
  };
  const { plan } = vocabulary();
  cutAround(new RegExp(phrase(plan.nationalName), 'g'), HEADER_SPAN);
  cutAround(new RegExp(phrase(plan.motto), 'g'), HEADER_SPAN);
  // A tiêu ngữ that lost a word on the way (`Độc lập – Tự – Hạnh phúc`): its first and last words bound it.
  cutAround(LOOSE_MOTTO, HEADER_SPAN);
  cutAround(/[*\-_=~]{3,}(?:\s*[*\-_=~]{3,})*/g);
  // HD 36's star, printed alone under the organ's name or the trích yếu (`* `, a crawl's `***` read down to one), is a rule.
  cutAround(/(?<=\s)\*(?=\s)/g);
  // OCR reads a number written in by hand as marks (`Số: ^3 /KH-…`). A Party number has no colon and a dash
  // before its symbol (HD 36: `Số 12-KH/HU`, a crawl's `Số 09 -KH/ĐU`).
  const number = NUMBER_LINE.exec(folded.slice(0, HEADER_SPAN));
  if (number) cuts.add(number.index);
  // The day or the month may be left blank, to be written in by hand, and OCR reads the handwriting as marks
  // (`ngày ^ 9 tháng^-năm 2020`).
  const date = DATE_LINE.exec(folded.slice(0, HEADER_SPAN));
  // The type name follows the date line, or the number line when that comes after the date (`Số: 12/KH-…`).
  const numberAfterDate = date && number && number.index > date.index ? /^\s*\S+\s*[^a-z\s]{0,3}\s*\d*\s*\/\s*\S+/u.exec(text.slice(number.index + 3)) : null;
  const typeFrom = numberAfterDate && number ? number.index + 3 + numberAfterDate[0].length : null;
  const typeEnd = date ? (typeNameEnd(text, date.index + date[0].length) ?? (typeFrom === null ? null : typeNameEnd(text, typeFrom))) : null;
  if (typeFrom !== null && typeEnd !== null && typeEnd > typeFrom) cuts.add(typeFrom);
  const bodyFrom = typeEnd === null ? null : (capitalsEnd(text, typeEnd) ?? firstPartAfter(text, typeEnd));
  if (bodyFrom !== null) cuts.add(bodyFrom);
  // No date line (a plan issued with a decision carries the decision's date in the note under its title): the type
  // name stands right under the tiêu ngữ (NĐ 30 Phụ lục I, ô 5a after ô 2).
  if (!date) {
    const motto = new RegExp(LOOSE_MOTTO.source, 'u').exec(folded.slice(0, HEADER_SPAN));
    const typeAfterMotto = motto ? typeNameEnd(text, motto.index + motto[0].length) : null;
    if (typeAfterMotto !== null) cuts.add(typeAfterMotto);
  }
  // `(Ban hành kèm theo Quyết định số … của …)`: the note under the trích yếu of a text issued with a decision.
  const attachedNote = /\((?:ban hanh )?kem theo [^()]{0,300}\)/u.exec(folded.slice(0, HEADER_SPAN));
  if (attachedNote) {
    cuts.add(attachedNote.index);
    cuts.add(attachedNote.index + attachedNote[0].length);
  }
  if (date) {
    const place = placeStart(text, date.index);
    cuts.add(place);
    // The Party's and the Đoàn's heading stand where the quốc hiệu does; the same words later are the text's own.
    for (const heading of [vocabulary().letterhead.partyHeading, ...vocabulary().letterhead.youthUnionHeadings]) {
      cutAround(new RegExp(phrase(heading), 'g'), place);
    }
    cuts.add(date.index + date[0].length);
    if (typeEnd !== null) cuts.add(typeEnd);
  }
  // A letter's trích yếu (`V/v …`) and its addressees (`Kính gửi:`) in the header.
  const address = new RegExp(String.raw`(?<![a-z])(?:v\/v\s|${phrase(vocabulary().letterhead.addressLabel)}\s*:)`, 'gu');
  // A `V/v` after the preamble's first clause is the trích yếu of the document that clause cites, not the letter's.
  const preambleFrom = folded.search(/(?<![a-z])(?:can cu|can(?:\s+vao)?\s+(?:cong van|quyet dinh|ke hoach|huong dan)|thuc hien)\s/u);
  const addressSpan = preambleFrom >= 0 ? Math.min(preambleFrom, HEADER_SPAN) : HEADER_SPAN;
  for (const m of folded.slice(0, addressSpan).matchAll(address)) cuts.add(m.index);
  // The preamble's clauses, the articles, the closing.
  for (const m of text.matchAll(/(?:-\s*)?(?:Căn cứ|Xét đề nghị|Theo đề nghị)\s|Điều\s+\d+\s*[.:]|Nơi nhận\s*:|(?:TM|KT|TL|TUQ)\.\s*\p{Lu}|\((?:đã ký|Đã ký)\)\s*/gu)) {
    cuts.add(m.index);
    if (/^\(/u.test(m[0])) cuts.add(m.index + m[0].length);
  }
  // A crawl that drops short words leaves `Căn Quyết định số …` where `Căn cứ Quyết định số …` stood, and
  // `Thực hiện Quyết định số …` opens the preamble as `Căn cứ` does (HD 36). Matched mark-free: restoring a
  // stripped text may read the lone `Can` as `Cần`.
  const types = documentTypeNames().map((name) => phraseKeys(name).join(String.raw`\s+`));
  // `Căn vào công văn số …` (`cứ` lost from `Căn cứ vào`) and `Căn công văn 167/SGD&ĐT-VP …` (`số` lost too) alike.
  // `Thực Kế hoạch phối hợp số 08- KH/HĐĐ …` (`hiện` lost from `Thực hiện`), a type's qualifying words before `số`.
  const qualifiers = String.raw`(?:\s+\p{Ll}+){0,${vocabulary().body.typeQualifierWords}}`;
  const lostOpener = new RegExp(
    String.raw`(?<![\p{L}\d])(?:-\s*)?(?:can(?:\s+vao)?|thuc(?: hien)?)\s+(?=(?:${types.join('|')})${qualifiers}\s+(?:so\s|\d+\s*\/))`,
    'gu',
  );
  for (const m of folded.matchAll(lostOpener)) if (/^(?:-\s*)?\p{Lu}/u.test(text.slice(m.index))) cuts.add(m.index);
  // `… ban hành Kế hoạch … như sau:` closes the preamble; the body's first heading follows it.
  const closesPreamble = /\bnhu sau\s*:/u.exec(folded);
  if (closesPreamble) cuts.add(closesPreamble.index + closesPreamble[0].length);
  // `QUYẾT ĐỊNH:` after the preamble, and the items of the recipients' list.
  for (const m of text.matchAll(/(?<=[;,.:]\s*)(?:QUYẾT ĐỊNH\s*:?|-\s+(?=\p{Lu}))/gu)) cuts.add(m.index);
  const firstClause = text.search(/(?:-\s*)?Căn cứ\s/u);
  if (firstClause > 0 && typeEnd !== null) {
    const authority = authorityStart(text, typeEnd, firstClause, date?.index ?? 0);
    if (authority !== null) cuts.add(authority);
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...sorted, text.length]) {
    const piece = text.slice(from, cut).trim();
    if (piece !== '') pieces.push(piece);
    from = cut;
  }
  return pieces;
}

/**
 * The position line glued to the authority line above it (`TM. BAN BÍ THƯ
 * TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC`): both in capitals, so the glue shows
 * only where a position of the table starts inside a word, after `TM.`,
 * `KT.` … (NĐ 30, HD 36: the position stands under the authority). A cut is
 * put there.
 */
function unglueSignature(text: string): { text: string; cuts: number[] } {
  const positions = [...vocabulary().plan.positions].sort((a, b) => b.length - a.length).map((p) => p.toUpperCase().replace(/\s+/gu, String.raw`\s+`));
  const glued = new RegExp(String.raw`(?<=(?:TM|KT|TL|TUQ|T\/M|K\/T)\.?\s[^.;:]{0,80}?\p{Lu})(?=(?:${positions.join('|')})(?!\p{L}))`, 'gu');
  const cuts: number[] = [];
  const unglued = text.replace(glued, (_match: string, offset: number) => {
    cuts.push(offset + cuts.length + 1);
    return ' ';
  });
  return { text: unglued, cuts };
}

/**
 * Where the place of a date line starts: the capitalised words right before its comma. A place joined from two by
 * a hyphen (`Phan Rang-Tháp Chàm`) is one word of it.
 */
function placeStart(text: string, comma: number): number {
  let start = comma;
  for (let words = 0; words < 5; words++) {
    const m = /(\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*)\s*$/u.exec(text.slice(0, start));
    if (!m || /\d/u.test(m[1]!) || (words > 0 && isUpperCase(m[1]!) && m[1]!.length > 1 && !/^TP\.?$/u.test(m[1]!))) break;
    start = m.index;
  }
  return start;
}

/** After the date line, the end of a type name in capitals that opens the rest (`QUYẾT ĐỊNH`, `KẾ HOẠCH`), else null. */
function typeNameEnd(text: string, from: number): number | null {
  const tokens = tokenize(text.slice(from, from + 60));
  for (const name of documentTypeNames()) {
    const keys = phraseKeys(name);
    if (keys.every((k, i) => tokens[i]?.key === k && isUpperCase(tokens[i]!.text))) return from + tokens[keys.length - 1]!.end;
  }
  return null;
}

/**
 * A trích yếu in capitals run on into the text in sentence case (`… TRÊN ĐỊA BÀN TỈNH AN GIANG Trong thời gian qua,
 * …`): where two words in sentence case follow three or more in capitals after the type name, the body begins.
 * A stray small letter OCR leaves in a capital word (`TiNH AN`) is no sentence: the word after it is in capitals.
 */
function capitalsEnd(text: string, from: number): number | null {
  const span = text.slice(from, from + HEADER_SPAN);
  const words = [...span.matchAll(/\S+/gu)];
  const sentenceCase = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}?\p{Ll}/u.test(w.replace(/^[“"(]/u, ''));
  for (let i = 3; i < words.length - 1; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(words[i]![0]) || !sentenceCase(words[i + 1]![0])) continue;
    return mostlyCapitals(span.slice(0, words[i]!.index)) ? from + words[i]!.index : null;
  }
  return null;
}

/**
 * A trích yếu in sentence case run on into a body that opens with its first part (`KẾ HOẠCH Phòng, chống thiên tai
 * … năm 2015 I. Kết quả công tác …`): NĐ 30 Phụ lục I numbers a text's parts with roman numerals, the first `I.`, so
 * where `I.` and a capitalised word follow the trích yếu, before any clause of a preamble, the body begins there.
 */
function firstPartAfter(text: string, from: number): number | null {
  const span = text.slice(from, from + HEADER_SPAN);
  const part = /\sI\.\s+\p{Lu}/u.exec(span);
  if (part === null || /(?:Căn cứ|Thực hiện|Theo đề nghị|Xét)\s/u.test(span.slice(0, part.index))) return null;
  return from + part.index + 1;
}

/**
 * The authority line of a decision between its trích yếu and preamble
 * (`BỘ TRƯỞNG BỘ …`, `CHỦ TỊCH ỦY BAN NHÂN DÂN …`): a position of the table
 * opening the capitals that run up to the preamble, not joined to the words
 * before by `của`, `và` …
 */
function authorityStart(text: string, from: number, to: number, letterheadEnd: number): number | null {
  const span = text.slice(from, to);
  const tokens = tokenize(span);
  const continuations = vocabulary().letterhead.titleContinuations.map((w) => phraseKeys(w).join(' '));
  for (let i = tokens.length - 1; i > 0 && isUpperCase(tokens[i]!.text); i--) {
    const hit = vocabulary().plan.positions.some((p) => keysAt(tokens, i, phraseKeys(p)));
    if (hit && !continuations.includes(tokens[i - 1]!.key)) return from + tokens[i]!.start;
  }
  // A body that decides as a whole writes its own name there (`ỦY BAN NHÂN DÂN TỈNH`, NĐ 30 Phụ lục I ô 5b): a body
  // with its level, nothing after it, at the level of the letterhead before the date line where that is read.
  const letterheadLevel = findIssuers(text.slice(0, letterheadEnd))[0]?.level ?? null;
  for (let i = tokens.length - 1; i > 0 && isUpperCase(tokens[i]!.text); i--) {
    const rest = span.slice(tokens[i]!.start);
    const body = findIssuers(rest)[0];
    if (body?.organ == null || body.level === null || body.start !== 0 || rest.slice(body.end).trim() !== '') continue;
    if (continuations.includes(tokens[i - 1]!.key) || (letterheadLevel !== null && letterheadLevel !== body.level)) continue;
    return from + tokens[i]!.start;
  }
  return null;
}
