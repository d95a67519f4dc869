// The header above the title: letterhead (cơ quan chủ quản, cơ quan ban hành),
// quốc hiệu and tiêu ngữ, `Số: 37/KH-UBND`, `Cát Nê, ngày 20 tháng 02 năm 2024`.
// Its two columns often arrive squashed on one line (`XÃ CÁT NÊ Độc lập — Tự do
// — Hạnh phúc`, `Số: 37/KH-UBND Cát Nê, ngày …`); the right column is cut off
// at the quốc hiệu / tiêu ngữ, the number and date are read where they stand.
import { findDates } from './dates.js';
import { LOOSE_MOTTO } from './flattened.js';
import { isKnownPlace, placeName, registerSpelling } from './gazetteer.js';
import { capitalizeFirst, cleanValue, findPhrase, foldSameLength, isUpperCase, phraseKeys, stripMarks, tokenize } from './fold.js';
import { restoreHeaderLines } from './header-lines.js';
import type { Line } from './lines.js';
import { findIssuers, findLevelAndLocality, headAt, letterheadIssuer, marksOf, organUnits } from './organs.js';
import { readSymbol } from './symbols.js';
import { vocabulary } from './vocabulary.js';
import type { DocumentNumber, LineRange } from '../types.js';

export interface Letterhead {
  /** The issuing body in full (`Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã An Phú`), null when only a place was read. */
  name: string | null;
  organ: string | null;
  level: string | null;
  locality: string | null;
  /** Several bodies issue the document together (a joint letterhead), none named alone. */
  joint?: boolean;
  lines: LineRange;
}

export interface Header {
  documentNumber: (DocumentNumber & { lines: LineRange; type: string | null }) | null;
  place: string | null;
  issuedDate: string | null;
  /** The line of the place and date. */
  dateLine: number | null;
  letterhead: Letterhead | null;
  /** A letter's trích yếu (`V/v …` under its number), label dropped. */
  subject: { text: string; lines: LineRange } | null;
  /** Why a value of the header was left empty. */
  warnings: string[];
}

// `Số`, and OCR's `S6`, `So`, `Sé` for it; its colon read as a full stop or a semicolon.
// `Sở:` is mark restoration's reading of a bare `So:`: the number line only with its colon and a figure (`Sở Y tế` has none).
// `eng` OCR also reads the ố as two letters (`So6`, `S06`) and the S as a dollar sign (`$6`, `$5`) or a five (`56:`,
// only with its colon and a figure: `56` alone is a figure of the text), and the ố as a G or a figure or two
// (`SG:`, `S53:`), those only with the colon and a figure too: no word of a letterhead is so spelt.
const NUMBER_LABEL = /^\s*(?:S[ởơ](?=\s*:\s*\d)|S(?:G|5\d?)(?=\s*:\s*\d)|[Ss](?:[oô0]6|ố|ô|o|6|0|é|ó|ồ|ỗ|ộ)?|\$[56](?=\s*[:.;]?\s*\d)|5[6o0ô](?=\s*:\s*\d))\s*[:.;]?/u;

/**
 * The number line whatever OCR made of its symbol: the label, then a figure,
 * the slash of a blank number, or the dash a blank Party number keeps before
 * its symbol (HD 36: `Số    -KH/HU`, `Số    -/ĐU`). No line of the organ block
 * reads so (`Sở Y tế` has no figure after it), so such a line is never taken
 * for an organ. Nor does an organ's line put a colon after its first word: `Số:`
 * with its colon is the label whatever follows it (a database's `Số: Không số`
 * for a resolution that has none), and so is restoration's `Sở :` for it.
 */
const looksLikeNumberLine = (text: string): boolean =>
  /^\s*(?:Số|SỐ|S[oô0]6|S[ố6o0ô])\s*[:.;,]?\s*(?:[\d/]|-\s*[/\p{Lu}])|^\s*(?:S[ởơ]\s*:|S(?:G|5\d?)\s*:|\$[56]\s*[:.;]?|5[6o0ô]\s*:)\s*\d|^\s*(?:Số|SỐ|S[ởơ])\s*:/u.test(text);

/**
 * The left column of a squashed line: what stands before the quốc hiệu, the
 * tiêu ngữ, or the heading the Party and the Youth Union put in their place.
 */
export function leftColumn(text: string): string {
  const { plan, frameHeadings } = vocabulary();
  const tokens = tokenize(text);
  const cuts = [...frameHeadings, plan.motto]
    .map((phrase) => findPhrase(tokens, phraseKeys(phrase)))
    .filter((i) => i >= 0)
    .map((i) => tokens[i]!.start);
  const loose = new RegExp(LOOSE_MOTTO.source, 'u').exec(foldSameLength(text));
  if (loose) cuts.push(loose.index);
  return cuts.length ? text.slice(0, Math.min(...cuts)) : text;
}

/** What stands after the tiêu ngữ on a squashed line (`… Hạnh phúc Bắc Giang, ngày 5 tháng 5 năm 2015`), else ''. */
function afterMotto(text: string): string {
  const tokens = tokenize(text);
  const motto = phraseKeys(vocabulary().plan.motto);
  const at = findPhrase(tokens, motto);
  return at < 0 ? '' : text.slice(tokens[at + motto.length - 1]!.end);
}

/**
 * A quốc hiệu OCR or a PDF layer garbled past matching (`CỘNG HÒA XàHỘI CHỦ
 * NGHĨA`): its first words and the `x` of `xã` are enough, as no organ's name
 * opens so (a place named Cộng Hòa follows its level word).
 */
const opensGarbledNationalName = (text: string): boolean => /^cong hoa x/u.test(foldSameLength(text.trim()));

/** `Số: 37/KH-UBND …` (or `Số 432-TB/VPTW`) at the start of a line: the number and what follows it. */
export function readNumberLine(text: string): { documentNumber: DocumentNumber & { type: string | null }; rest: string } | null {
  const label = NUMBER_LABEL.exec(text);
  if (!label) return null;
  // OCR reads a number written in by hand as marks (`Số: ^3 /KH-…`): the number is unreadable, the symbol is not.
  const handwritten = /^\s*[^\p{L}\d\s/]+\s*\d{0,4}\s*(?=\/)/u.exec(text.slice(label[0].length));
  const organOnly = organOnlyNumber(text.slice(label[0].length));
  if (organOnly) return organOnly;
  const typeLost = typeLostNumber(text.slice(label[0].length));
  if (typeLost) return typeLost;
  const dotted = dottedBlankNumber(text.slice(label[0].length));
  if (dotted) return dotted;
  const symbol = readSymbol(text, label[0].length, true) ?? (handwritten ? readSymbol(text, label[0].length + handwritten[0].length, true) : null);
  if (!symbol) return null;
  // NĐ 30 Phụ lục I: the symbol closes with the drafting unit's short name; a unit named by a word and a roman numeral
  // (`1855/BTĐKT-Vụ II`, the Ban Thi đua - Khen thưởng's Vụ II) keeps its numeral across the space. Only a part in
  // small letters (a unit's word, never an organ's code) and only where nothing else follows on the `Số` line.
  const unit = /[-–]\p{Lu}\p{Ll}+$/u.test(symbol.symbol) ? /^ ([IVX]{1,4})\s*$/u.exec(text.slice(symbol.end)) : null;
  if (unit) {
    return {
      documentNumber: { number: symbol.number, symbol: `${symbol.symbol} ${unit[1]}`, text: `${symbol.text} ${unit[1]}`, type: symbol.type },
      rest: '',
    };
  }
  return {
    documentNumber: { number: symbol.number, symbol: symbol.symbol, text: symbol.text, type: symbol.type },
    rest: text.slice(symbol.end),
  };
}

/**
 * `Số: ….. KH / ĐTN`: the serial left for the hand as a run of dots, and the Party symbol after it (HD 36:
 * `số-loại/cơ quan`, here with no dash printed, its slash spaced). The number is blank; the symbol is the type's code
 * and the organ's, read as any symbol; nothing is put for the dots.
 */
function dottedBlankNumber(text: string): { documentNumber: DocumentNumber & { type: string | null }; rest: string } | null {
  const dots = /^\s*[.…]{2,}\s*(?=\p{Lu})/u.exec(text);
  if (!dots) return null;
  const symbol = readSymbol(`/${text.slice(dots[0].length)}`, 0, true);
  if (!symbol || symbol.number !== null || symbol.type === null) return null;
  return {
    documentNumber: { number: null, symbol: symbol.symbol, text: symbol.symbol, type: symbol.type },
    rest: text.slice(dots[0].length + symbol.end - 1),
  };
}

/**
 * `Số: 1281/-UBND`: a crawl lost the type part of the symbol and kept its dash (NĐ 30 Phụ lục I: the symbol is the
 * type's abbreviation, a dash, the issuer's). The serial stands and the text is kept as printed; the symbol is left
 * empty rather than guessed from the title. Only on the `Số` line, only an organ's code in capitals after the dash.
 */
function typeLostNumber(text: string): { documentNumber: DocumentNumber & { type: string | null }; rest: string } | null {
  const m = /^\s*[:.]?\s*(\d{1,5})\s*\/\s*[-–]\s*([A-ZĐ]{2,}(?:[-–.][A-ZĐ]{2,})*)(?=$|[\s,.;])/u.exec(text);
  if (!m) return null;
  return { documentNumber: { number: m[1]!, symbol: null, text: `${m[1]}/-${m[2]}`, type: null }, rest: text.slice(m[0].length) };
}

/**
 * Before the numbering of NĐ 110/2004 and NĐ 30/2020, the Hội đồng Bộ trưởng and the Hội đồng Chính phủ numbered
 * their decisions `101-HĐBT`, `15-CP`: the serial, a dash and the organ's code alone, no type part. Only on the
 * `Số` line, only a code in capitals (or the table's `TTg`) that nothing follows but space or punctuation, and only one whose letters spell
 * no type of the table (`12-QD` is a Quyết định without its mark, read with the types; `15-CP` is no Công điện).
 */
function organOnlyNumber(text: string): { documentNumber: DocumentNumber & { type: string | null }; rest: string } | null {
  // The Phủ Thủ tướng numbered by its office's two-letter code and the bureau's number (`611-VP18`, Văn phòng's bureau
  // 18): the code's letters decide, the bureau's figures stay in the symbol as printed. A longer run of capitals with
  // figures after it (`101-HĐBTX2`) is no such code.
  const m = /^\s*[:.]?\s*(\d{1,5})\s?[-–]\s?([A-ZĐ][A-ZĐa-z]{1,5}|[A-ZĐ]{2}(\d{1,2}))(?=$|[\s,.;])/u.exec(text);
  // Capitals, or an organ's code of the table as it is written (`43-TTg`, the Thủ tướng).
  const code = (m?.[2] ?? '').slice(0, (m?.[2] ?? '').length - (m?.[3] ?? '').length);
  const organ = /^[A-ZĐ]+$/u.test(code) || vocabulary().organs.some((o) => o.abbr === code);
  if (!m || !organ || vocabulary().documentTypes.some((t) => t.abbr !== null && stripMarks(t.abbr) === stripMarks(code))) return null;
  return { documentNumber: { number: m[1]!, symbol: m[2]!, text: `${m[1]}-${m[2]}`, type: null }, rest: text.slice(m[0].length) };
}

/**
 * `3970/QĐ-UBND` (or `/KH-UBND`, its number left blank) alone on a header line: the number line whose `Số:` the OCR
 * lost. Nothing else in the header (NĐ 30 Phụ lục I; HD 36) is a bare number
 * and symbol: a document cited there carries its type and `số`. So a line that
 * is one whole number with a known type code is taken, with a warning, as the
 * label was not seen.
 */
function readUnlabelledNumber(text: string): { documentNumber: DocumentNumber & { type: string | null }; rest: string } | null {
  // Old OCR may leave a dash where it lost the label (`- 59/BC-LĐTBXH`), or the label's colon (`: 59"/BC-LĐTBXH`,
  // a speck by the number read as a quote): neither opens any other bare number.
  const trimmed = text
    .trim()
    .replace(/^(?:[-–—]|:)\s*(?=\d)/u, '')
    .replace(/^(\d{1,5})["'”’](?=\/)/u, '$1');
  // A number left blank for the hand (`/BC-UBND`, a copy filed before it was numbered) keeps its slash and symbol.
  const blank = /^\/\s*\p{Lu}/u.test(trimmed);
  if (!/^\d/u.test(trimmed) && !blank) return null;
  const symbol = readSymbol(trimmed, 0, false);
  if (!symbol || (symbol.number === null) !== blank || symbol.type === null || trimmed.slice(symbol.end).trim() !== '') return null;
  return { documentNumber: { number: symbol.number, symbol: symbol.symbol, text: symbol.text, type: symbol.type }, rest: '' };
}

/**
 * `Về thực hiện chế độ …` right under the number: a letter's trích yếu written
 * with `Về` in place of `V/v` (về việc). A sentence-case line of words, so no
 * letterhead line (`VỀ …` in capitals never stands there).
 */
function opensAboutSubject(text: string): boolean {
  const t = text.trim();
  return /^ve\s+\p{L}/u.test(foldSameLength(t)) && /^V\p{Ll}*\s+\p{Ll}/u.test(t);
}

/** A sentence-case line under a trích yếu's line that goes on with it (see readHeader). */
function wrapsSubject(text: string): boolean {
  const t = text.trim();
  return (
    /^\p{Lu}\p{Ll}/u.test(t) &&
    !isUpperCase(t) &&
    readPlaceAndDate(t) === null &&
    readNumberLine(t) === null &&
    findPhrase(tokenize(t), phraseKeys(vocabulary().plan.motto)) < 0 &&
    new RegExp(LOOSE_MOTTO.source, 'u').exec(foldSameLength(t)) === null
  );
}

// A letter's trích yếu label (`V/v`, `V/V`, `V / v`): OCR reads its slash as `\`, `l`, `|` or `1` too, and as `i`
// (`Viv`) — that only where the label stands alone on its line, for `Vi…` opens words elsewhere.
const letterLabel = (slashes: string): string => String.raw`V\s?[${slashes}]\s?[vV]`;
const LETTER_LABEL = letterLabel(String.raw`/\\|l1`);
const LETTER_LABEL_ALONE = letterLabel(String.raw`/\\|l1i`);
const OPENS_LETTER_SUBJECT = new RegExp(String.raw`^\s*[“"]?\s*(?:${LETTER_LABEL}\b|V\s?iv\s*$)`, 'u');
const LABEL_ALONE_LINE = new RegExp(String.raw`^\s*${LETTER_LABEL_ALONE}\s*$`, 'u');
// A quote around the whole trích yếu, label and all (`“V/v Triển khai … 22/7/2018”`), goes with the label.
const QUOTED_LABELLED_SUBJECT = new RegExp(String.raw`^[“"]\s*(${LETTER_LABEL}\b[^“”"]*)[”"]$`, 'u');
const LEADING_LABEL = new RegExp(String.raw`^(?:${LETTER_LABEL}|V\s?iv(?=\s*:))\s*[:.]?\s*`, 'u');

/** Whether a line opens with a letter's trích yếu label (`V/v`, `V/V`), a quote that encloses the whole trích yếu allowed before it. */
export function opensLetterSubject(text: string): boolean {
  return OPENS_LETTER_SUBJECT.test(text);
}

/**
 * The địa danh before a date line's `ngày`: a few capitalised words (a level
 * word may lead: `thành phố Huế`, `TP. Hồ Chí Minh`). On a line where another
 * column ran into it (`HUYỆN SƠN TÂY Sơn Tây`, `V/v … Hà Nội`), only the words
 * after the last wide gap, or after the letterhead's capitals, can be the
 * place; anything else is not a place name and gives null.
 */
export function readPlace(prefix: string): string | null {
  // HD 36's star (`*`, `***`) under the organ's name, stacked onto the date line by a crawl, is no word of the place;
  // nor is a speck OCR reads off the rule's end or a stamp's edge at the line's start (`+ Ha Noi, ngay …`, `.Ha Noi`).
  let text = cleanValue(prefix.replace(/[,;]\s*$/u, '').replace(/^[\s*+•·.]+/u, ''));
  const gap = text.split(/\s{2,}|\t/u);
  text = cleanValue(gap[gap.length - 1]!);
  if (text === '') return null;
  const words = text.split(' ');
  // Capitals of the letterhead, then the place in title case: the place is the tail.
  const firstTitle = words.findIndex((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (firstTitle > 0 && words.slice(0, firstTitle).every((w) => isUpperCase(w))) {
    // …but a level written short is the place's own (`TT Châu Thành`, `TP. Huế`).
    const from = /^(?:TT|TP|TX|Tp)\.?$/u.test(words[firstTitle - 1]!) ? firstTitle - 1 : firstTitle;
    text = words.slice(from).join(' ');
  }
  const levelWords = /^(?:thành|phố|thị|xã|trấn|huyện|quận|tỉnh|phường|TP\.?|Tp\.?)$/u;
  // OCR without the Vietnamese model reads a capital Đ as `b`, which restoration gives back small (`đồng Xoài`):
  // a registered place once its first letter is a capital is that place.
  const capital = capitalizeFirst(text);
  if (capital !== text && !levelWords.test(text.split(' ')[0]!) && isKnownPlace(capital)) text = capital;
  const parts = text.split(' ');
  // A city's districts and wards may be numbered (`Quận 2`, `Phường 5`): the number is the name.
  // Before a number the word is the level whatever marks restoration gave it (`Quân 6` is `Quận 6`).
  const numberedLevel = (word: string): string | undefined => NUMBERED_LEVELS.find((l) => foldSameLength(l) === foldSameLength(word.toLowerCase()));
  const numbered = (i: number): boolean => /^\d{1,2}$/u.test(parts[i]!) && i > 0 && numberedLevel(parts[i - 1]!) !== undefined;
  parts.forEach((w, i) => {
    const level = numbered(i + 1) ? numberedLevel(w) : undefined;
    if (level) parts[i] = capitalizeFirst(level);
  });
  text = parts.join(' ');
  const ok =
    parts.length <= 6 &&
    !/[\d/\\:;()“”"]/u.test(parts.filter((_, k) => !numbered(k)).join(' ')) &&
    parts.every((w, k) => /^[\p{Lu}]/u.test(w) || levelWords.test(w) || w === '-' || numbered(k)) &&
    !opensWithHead(text);
  return ok ? text : null;
}

/** The levels a city numbers its units in (`Quận 2`, `Phường 5`). */
const NUMBERED_LEVELS = ['quận', 'phường'];

/**
 * Whether a place prefix is an organ's name instead (`Phòng Giáo dục`): its
 * first word must be the head's own, as a near word makes real places heads
 * (`Hải Phòng` is one slip from `Hội đồng` for OCR's p-for-Đ).
 */
function opensWithHead(text: string): boolean {
  // A name the register knows whole is the place, whatever its first word heads elsewhere (`Hội An`, not `Hội …`).
  if (isKnownPlace(text)) return false;
  const head = headAt(text);
  const first = tokenize(text)[0];
  if (head === null || first === undefined || phraseKeys(head.head.name)[0] !== first.key) return false;
  // Where the text keeps its marks, the word must be the head's letter for letter: `Phong Sơn` is a place, `Phòng …` a head.
  const marked = stripMarks(text) !== text;
  return !marked || marksOf(first.text) === marksOf(head.head.name.split(' ')[0]!);
}

/** A document's number (`1792/CT-TTg`, `30a/2008/NQ-CP`) closing the text before a date, a comma after it at most. */
const DOCUMENT_NUMBER_BEFORE = /\d\p{L}?(?:\/[\p{L}\d.&-]+)+\s*,?\s*$/u;

/** `Cát Nê, ngày 20 tháng 02 năm 2024` -> place and ISO date; the date written out, as a date line writes it. */
export function readPlaceAndDate(text: string): { place: string | null; date: string; start: number } | null {
  // `… chỉ thị số 1792/CT-TTg ngày 15 tháng 10 năm 2011 của …`: a date right after a document's number dates that
  // document (a citation); the date line is `Địa danh, ngày …` (NĐ 30 Phụ lục I), never a number before its `ngày`.
  const dates = findDates(text).filter((d) => !DOCUMENT_NUMBER_BEFORE.test(text.slice(0, d.start)));
  const worded = dates.find((d) => /^ng/u.test(foldSameLength(text.slice(d.start, d.start + 2))));
  if (worded) return { place: readPlace(text.slice(0, worded.start)), date: worded.iso, start: worded.start };
  // `Hà Nội, ngày 20/02/2024`, `Hà Nội, 20/02/2024`: figures only after a place and its comma or `ngày`.
  const numeric = dates[0];
  if (!numeric) return null;
  const before = text.slice(0, numeric.start);
  const m = /^(.*?)(?:,\s*|\s+)(?:ng[aà]y\s*)?$/iu.exec(before);
  const place = m ? readPlace(m[1]!) : null;
  // A place is a name: a dash before the figures (`- 19/5/2012); 67 năm …`, a wrapped line of a list of anniversaries
  // that opens with its range's second date) names none, so the line is running text, no date line.
  return place === null || !/\p{L}/u.test(place) ? null : { place, date: numeric.iso, start: numeric.start };
}

const isRule = (text: string): boolean => /^[\s\-_=*.–—~]*$/u.test(text);

/**
 * HD 36's star (`*`, `***`) under the organ's name as OCR without the Vietnamese model reads it: one short scrap
 * that opens in small letters and has a capital further on (`kdeK`). The letterhead is set in capitals (NĐ 30
 * Phụ lục I, HD 36) and no Vietnamese word is written so, so the scrap names no body and no place.
 */
const isGarbledStar = (text: string): boolean => /^\p{Ll}\p{L}{1,4}$/u.test(text) && /\p{Lu}/u.test(text.slice(1));

/**
 * The rule of stars under an older letterhead (`********`, NĐ 30's predecessors and the Hội đồng Bộ trưởng's pages) as
 * old OCR reads it: a row of scraps of one to three letters, the same ones over and over (`ok 3k ok ok sk sk sk ok`).
 * A line of the letterhead names a body in words, and no Vietnamese line repeats so few short words so often.
 */
const isGarbledStarRule = (text: string): boolean => {
  const scraps = text.trim().split(/\s+/u);
  // A short row (`*****`) reads as four scraps; a star may read as a capital (`Sk sk sk kk`, `ok 3k fe she Ske sk`).
  const shape = (w: string): boolean => /^(?:\p{Lu}?[\p{Ll}\d]{1,2}|[\p{Ll}\d]{3})$/u.test(w);
  const distinct = new Set(scraps.map((w) => w.toLowerCase())).size;
  return scraps.length >= 4 && scraps.every(shape) && distinct <= Math.ceil(scraps.length * 0.75);
};

/**
 * A rule (NĐ 30 Phụ lục I's line under the organ's name and the motto; the older pages' row of stars) as OCR reads
 * it: signs with single letters among them (`>k>*k>*k*k>*k>k*k v`), no word of two letters, two rule signs or more.
 */
const isReadRule = (text: string): boolean =>
  /^(?:[^\p{L}\d]|(?<!\p{L})\p{L}(?!\p{L}))+$/u.test(text.trim()) && (text.match(/[-_=*~–—>]/gu)?.length ?? 0) >= 2;

/**
 * The same rule left after the organ's name by a page that joined the lines (`HỘI ĐỒNG CHÍNH PHỦ ******`): a tail
 * that opens with a sign after a space and is such a rule is no word of the name.
 */
function withoutTrailingRule(text: string): string {
  const tail = /\s+([^\s\p{L}\d].*)$/u.exec(text);
  return (tail && isReadRule(tail[1]!) ? text.slice(0, tail.index) : text).trim();
}

/**
 * `- Ủy ban nhân dân 11 phường quận Tân Phú.`: a dash before words in sentence case is an item of a list (the
 * addressees of `Kính gửi`, a Nơi nhận), which a crawl that lost the date line can leave among the header's lines.
 * NĐ 30 Phụ lục I sets the letterhead's names in capitals, with no dash before them.
 */
const isListItem = (text: string): boolean => /^\s*[-–—+]\s+\p{Lu}/u.test(text) && !isUpperCase(text.replace(/[^\p{L}\s]/gu, ' '));

/**
 * Reads the header's lines: letterhead, `Số:` and the date line, and a
 * letter's `V/v` trích yếu, which may stand between them (and is never read
 * for a date or a place).
 */
export function readHeader(lines: readonly Line[]): Header {
  const header: Header = {
    documentNumber: null,
    place: null,
    issuedDate: null,
    dateLine: null,
    letterhead: null,
    subject: null,
    warnings: [],
  };
  const letterheadLines: Line[] = [];
  const subjectLines: Line[] = [];
  let inSubject = false;
  // Whether the line before stood for the number alone: a letter's trích yếu may follow it without its `V/v`.
  let afterNumber = false;
  let youthUnion: string | null = null;
  for (const line of restoreHeaderLines(lines)) {
    youthUnion ??= youthUnionHeading(line.text);
    let text = leftColumn(line.text);
    const underNumber = afterNumber;
    afterNumber = false;
    // The trích yếu wraps onto lines that open in small letters or with the quote of a name (`“Chung tay …” năm 2019`),
    // or with a capital that names something (`Giáo dục trung học năm học …`): any line in sentence case that is no
    // date line, number or tiêu ngữ, for the letterhead is set in capitals (NĐ 30 Phụ lục I).
    // With no number line at all (none printed, or a page lost it), the `Về …` line stands right under the organ block.
    const underOrgans = header.documentNumber === null && header.issuedDate === null && letterheadLines.length > 0 && subjectLines.length === 0;
    // A `V/v` set alone on its line carries its colon and the trích yếu onto the next (`V/v` / `: Thực hiện …`).
    const labelAlone = inSubject && subjectLines.length === 1 && LABEL_ALONE_LINE.test(subjectLines[0]!.text) && /^\s*:\s*\p{L}/u.test(text);
    if (opensLetterSubject(text) || ((underNumber || underOrgans) && opensAboutSubject(text)) || labelAlone || (inSubject && (/^\s*[\p{Ll}“"«(]/u.test(text) || wrapsSubject(text)))) {
      // A date line squashed onto the trích yếu's line stands after a wide gap.
      const dated = header.issuedDate === null ? readPlaceAndDate(text) : null;
      const squashed = dated !== null && dated.place !== null && /\s{2,}|\t/u.test(text.slice(0, dated.start));
      subjectLines.push({ no: line.no, text: squashed ? text.slice(0, text.lastIndexOf(dated.place!, dated.start)) : text });
      if (squashed) setDate(header, dated, line.no);
      inSubject = !squashed;
      continue;
    }
    inSubject = false;
    const labelled = header.documentNumber === null ? readNumberLine(text) : null;
    const unlabelled = header.documentNumber === null && labelled === null ? readUnlabelledNumber(text) : null;
    if (unlabelled) header.warnings.push(`documentNumber: line ${line.no} has no \`Số:\` label; read as the number line`);
    const numbered = labelled ?? unlabelled;
    if (numbered) {
      header.documentNumber = { ...numbered.documentNumber, lines: { from: line.no, to: line.no } };
      afterNumber = numbered.rest.trim() === '';
      text = numbered.rest;
      // `Số: 52/UBND-VP V/v …` on one line: the trích yếu goes on under it.
      if (opensLetterSubject(text.trim())) {
        subjectLines.push({ no: line.no, text: text.trim() });
        inSubject = true;
        continue;
      }
    }
    const dated = header.issuedDate === null ? readPlaceAndDate(text) : null;
    if (dated) {
      setDate(header, dated, line.no);
      continue;
    }
    // The date in the right column, after the tiêu ngữ; the left column stays for the letterhead.
    const datedRight = header.issuedDate === null ? readPlaceAndDate(afterMotto(line.text)) : null;
    if (datedRight) setDate(header, datedRight, line.no);
    if (!numbered && looksLikeNumberLine(text)) {
      header.warnings.push(`documentNumber: line ${line.no} is the number line but its number and symbol cannot be read`);
      continue;
    }
    // The letterhead stands above the number line and the date line (NĐ 30 Phụ lục I): with one read above them, a line
    // under both is the title's, which OCR read before its type line (`BAN HÀNH QUY ĐỊNH VỀ …` over `QUYẾT ĐỊNH`).
    const underNumberAndDate = header.documentNumber !== null && header.dateLine !== null && letterheadLines.some((l) => l.no < header.documentNumber!.lines.from);
    if (!numbered && !underNumberAndDate && !isRule(text) && !isReadRule(text) && !isGarbledStar(text.trim()) && !isGarbledStarRule(text) && !opensGarbledNationalName(text) && !isListItem(text)) letterheadLines.push({ no: line.no, text: withoutTrailingRule(text) });
  }
  if (subjectLines.length) {
    const unquoted = cleanValue(subjectLines.map((l) => l.text).join(' ')).replace(QUOTED_LABELLED_SUBJECT, '$1');
    const joined = unquoted.replace(LEADING_LABEL, '');
    header.subject = { text: joined, lines: { from: subjectLines[0]!.no, to: subjectLines[subjectLines.length - 1]!.no } };
  }
  header.letterhead = ofYouthUnion(readLetterhead(letterheadLines), youthUnion);
  if (header.letterhead?.joint) header.warnings.push('issuer: the letterhead names several bodies issuing together; no one of them is recorded');
  agreeOnPlace(header);
  return header;
}

/** The Youth Union's heading on a header line (`ĐOÀN TNCS HỒ CHÍ MINH`), in the tables' spelling, or null. */
function youthUnionHeading(text: string): string | null {
  const tokens = tokenize(text);
  return vocabulary().letterhead.youthUnionHeadings.find((h) => findPhrase(tokens, phraseKeys(h)) >= 0) ?? null;
}

/**
 * The Đoàn writes its own name where the State writes the quốc hiệu and, at
 * the centre, names the issuing committee under it without it (`BAN CHẤP HÀNH
 * TRUNG ƯƠNG`): that committee is the Đoàn's (Ban Chấp hành Trung ương Đoàn
 * TNCS Hồ Chí Minh). A body that names the Đoàn or a place itself stays as read.
 */
function ofYouthUnion(letterhead: Letterhead | null, heading: string | null): Letterhead | null {
  if (letterhead?.name == null || heading === null || letterhead.level !== 'trung ương') return letterhead;
  const keys = phraseKeys(letterhead.name);
  const central = phraseKeys(vocabulary().letterhead.central);
  const endsCentral = central.every((k, i) => keys[keys.length - central.length + i] === k);
  if (!endsCentral || keys.includes(phraseKeys(heading)[0]!)) return letterhead;
  return { ...letterhead, name: `${letterhead.name} ${heading}` };
}

/**
 * The letterhead's locality and the date line's place are most often the same
 * name; written in capitals it is the one more often misread (OCR, mark
 * restoration), so where their letters agree the date line's spelling wins,
 * its level word aside (`THÀNH PHỐ HỖ CHÍ MINH` over `Thành phố Hồ Chí Minh, ngày …`).
 */
function agreeOnPlace(header: Header): void {
  const letterhead = header.letterhead;
  const place = header.place === null ? null : placeName(header.place);
  if (!letterhead?.locality || place === null || letterhead.locality === place) return;
  if (stripMarks(letterhead.locality).toLowerCase() !== stripMarks(place).toLowerCase()) return;
  letterhead.name = letterhead.name?.replace(letterhead.locality, place) ?? null;
  letterhead.locality = place;
}

function setDate(header: Header, dated: { place: string | null; date: string; start: number }, line: number): void {
  header.place = dated.place === null ? null : registerSpelling(dated.place);
  header.issuedDate = dated.date;
  header.dateLine = line;
  if (dated.place === null) header.warnings.push(`place: the words before the date on line ${line} are not a place name`);
}

/**
 * The issuing body of the letterhead (see organs.ts: the lowest body, named
 * in full), or only a level and locality (`XÃ AN PHÚ`, organ left to the
 * symbol or the body).
 */
export function readLetterhead(lines: readonly Line[]): Letterhead | null {
  if (lines.length === 0) return null;
  const range = { from: lines[0]!.no, to: lines[lines.length - 1]!.no };
  const issuer = letterheadIssuer(organUnits(lines));
  if (issuer) return { ...issuer, lines: range };
  // OCR may garble the head words past recognition: an organ anywhere in the block.
  const joined = lines.map((l) => l.text).join(' ');
  const mention = findIssuers(joined)[0];
  if (mention) return { name: null, organ: mention.organ, level: mention.level, locality: mention.locality, lines: range };
  for (const line of lines) {
    const place = findLevelAndLocality(line.text);
    if (place) return { name: null, organ: null, level: place.level, locality: place.locality, lines: { from: line.no, to: line.no } };
  }
  return null;
}
