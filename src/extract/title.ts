// Tên loại văn bản (`KẾ HOẠCH` on a line of its own) and trích yếu (the title
// below it, often wrapped over two or three lines).
import { distance } from 'fastest-levenshtein';
import { cleanValue, foldSameLength, isPhrase, isUpperCase, keysAt, phraseAt, phraseKeys, startsWithPhrase, stripMarks, titleCase, tokenize, type Token } from './fold.js';
import { opensLetterSubject } from './header.js';
import { isBlank, type Line } from './lines.js';
import { readMarker } from './markers.js';
import { expandLetterhead, findIssuers, headAt } from './organs.js';
import { namesState } from './signer.js';
import { spellCitedNumbers } from './symbols.js';
import { findDates } from './dates.js';
import { vocabulary } from './vocabulary.js';
import { isSyllableShape } from '../restore/vietnamese.js';
import type { LineRange } from '../types.js';

export interface TypeHeading {
  /** Canonical name from the NĐ 30 table: `Kế hoạch`. */
  documentType: string;
  line: number;
  /** The trích yếu when it runs on after the type on the same line (`KẾ HOẠCH TỔ CHỨC HỘI THI …`). */
  rest?: string;
  /** Whether `rest` is the whole trích yếu: a web page's one-line heading in sentence case, which no line below goes on. */
  whole?: boolean;
}

/** Type names, longest first (`Thông tư liên tịch` before `Thông tư`). */
export function documentTypeNames(): string[] {
  const names = [...new Set(vocabulary().documentTypes.map((t) => t.name))];
  return names.sort((a, b) => phraseKeys(b).length - phraseKeys(a).length);
}

/**
 * The first line, among `lines`, that is a document type name in capitals:
 * alone (`KẾ HOẠCH`), or with a second type name or `liên tịch` after it
 * (`THÔNG BÁO KẾT LUẬN`: a Thông báo; `NGHỊ QUYẾT LIÊN TỊCH`).
 */
export function findTypeHeading(lines: readonly Line[]): TypeHeading | null {
  const names = documentTypeNames();
  for (const line of lines) {
    if (!isUpperCase(line.text)) continue;
    // `QUYẾT ĐỊNH:` before Điều 1 is a decision's operative word (NĐ 30 Phụ lục III Mẫu 1.1–1.3, the types with a line
    // of thẩm quyền ban hành); the type line carries no colon. A plan, a report (Mẫu 1.4) has no operative word, so
    // `KE HOACH :` is its type line with a speck old OCR read as a colon.
    const operative = /:\s*$/u.test(line.text);
    const tokens = tokenize(line.text);
    const spaced = spacedTypeName(tokens, names);
    if (spaced && !(operative && hasAuthorityLine(spaced))) return { documentType: spaced, line: line.no };
    for (const name of names) {
      if (operative && hasAuthorityLine(name)) continue;
      const keys = phraseKeys(name);
      if (!phraseAt(tokens, 0, keys)) continue;
      const rest = line.text.slice(tokens[keys.length - 1]!.end);
      if (tokens.length === keys.length || names.some((n) => isPhrase(rest, n)) || isPhrase(rest, 'liên tịch') || isSpeck(rest) || namesItsIssuer(rest)) {
        return { documentType: name, line: line.no };
      }
    }
  }
  return null;
}

/**
 * The older type line that names who issues the document after the type
 * (`QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI`, `CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ`; the
 * form before NĐ 110/2004 and TT 55/2005): the trích yếu is the `Về việc …`
 * under it, so the line is the type line. A `của` whose line goes on to `về …`
 * opens a trích yếu run onto the type line, and is left to it.
 */
const namesItsIssuer = (rest: string): boolean => {
  const folded = foldSameLength(rest.trim());
  return /^cua\s+\p{L}/u.test(folded) && !/(?:^|\s)ve(?:\s|$)/u.test(folded);
};

/**
 * What OCR reads from a speck, a seal's edge or a rule's end beside the type
 * line (`QUYẾT ĐỊNH 3`, `KẾ HOẠCH -`): one or two signs with no letter. NĐ 30
 * Phụ lục I sets the type name alone on its line, so nothing of the title is
 * lost by leaving it out.
 */
const isSpeck = (rest: string): boolean => /^[^\p{L}\s]{1,2}$/u.test(rest.trim());

/**
 * A line under the date that OCR read off a seal's edge or a rule (`Ed 5`): one or two scraps of at most two letters
 * or figures, no word. NĐ 30 Phụ lục I sets nothing between the date line and the type line, so it is passed over.
 */
const isSpeckLine = (text: string): boolean => /^[^\p{L}\d/]*[\p{L}\d]{1,2}(?:[^\p{L}\d/]+[\p{L}\d]{1,2})?[^\p{L}\d/]*$/u.test(text.trim());

/**
 * A line that is a type name once OCR's stray spaces inside its words are
 * closed (`K ÉT LUẬN`, `QUYẾ T ĐỊNH`): the letters alone, one slip forgiven in
 * names of six letters or more. A page that lost the spaces between words
 * (`QUYẾTĐỊNH`) writes the name as one word: its letters must spell it exactly.
 */
function spacedTypeName(tokens: readonly Token[], names: readonly string[]): string | null {
  const letters = tokens.map((t) => t.key).join('');
  if (tokens.length === 0 || letters.length > 24) return null;
  // A name the letters spell exactly wins over one a slip away: `THÔNG BÁO` is a Thông báo, not a Thông cáo.
  const exact = names.find((name) => phraseKeys(name).join('') === letters);
  if (tokens.length === 1) return exact !== undefined && phraseKeys(exact).length > 1 ? exact : null;
  if (exact) return exact;
  return (
    names.find((name) => {
      const key = phraseKeys(name).join('');
      return key.length >= 6 && key.length === letters.length && distance(key, letters) <= 1;
    }) ?? null
  );
}

/**
 * A type name in capitals that the trích yếu follows on the same line (a crawl
 * that joined them): `KẾ HOẠCH TỔ CHỨC HỘI THI …`. Only looked for under the
 * date line, where the type line stands.
 */
export function findInlineTypeHeading(lines: readonly Line[]): TypeHeading | null {
  const names = documentTypeNames();
  for (const line of lines) {
    const tokens = tokenize(line.text);
    if (tokens.length === 0 || isSpeckLine(line.text)) continue;
    for (const name of names) {
      const keys = phraseKeys(name);
      if (tokens.length <= keys.length || !keys.every((k, i) => tokens[i]!.key === k && isUpperCase(tokens[i]!.text))) continue;
      const rest = spellCitedNumbers(dropSubjectLabel(cleanValue(line.text.slice(tokens[keys.length - 1]!.end).replace(/^[\s:.–—-]+/u, ''))));
      return { documentType: name, line: line.no, rest };
    }
    return sentenceCaseHeading(line, tokens, names);
  }
  return null;
}

/**
 * `(Ban hành kèm theo Quyết định số … của …)`, `(Kèm theo Kế hoạch số …)`: the
 * note under the trích yếu of a document issued with another (NĐ 30 Phụ lục
 * III: a Quy chế, Quy định or Kế hoạch attached to a decision). It names the
 * issuing document: never this document's type, number, date or issuer.
 */
export function isAttachmentNote(text: string): boolean {
  // Its closing bracket may stand on a line below: the note wraps like any line.
  const m = /^\(\s*(?:ban hanh\s+)?kem theo\s+(.*)$/u.exec(foldSameLength(text.trim()));
  return m !== null && documentTypeNames().some((name) => m[1]!.startsWith(foldSameLength(name)));
}

/**
 * The type line of an attached document above its note, run into the trích
 * yếu over a line break (`QUY CHẾ LÀM` / `VIỆC CỦA ỦY BAN …`): the first line
 * above the note that opens with a type name in capitals. The organ and the
 * quốc hiệu above it never open so.
 */
export function attachedTypeHeading(lines: readonly Line[]): TypeHeading | null {
  const noteAt = lines.findIndex((l) => isAttachmentNote(l.text));
  if (noteAt < 0) return null;
  const names = documentTypeNames();
  for (const line of lines.slice(0, noteAt)) {
    const text = line.text.trim();
    if (!isUpperCase(text)) continue;
    // The name spelt out letter for letter (an organ's `HỘI NÔNG DÂN` is a slip away from `Hợp đồng`).
    const folded = foldSameLength(text);
    const name = names.find((n) => new RegExp(String.raw`^${foldSameLength(n)}\s+\p{L}`, 'u').test(folded));
    if (name !== undefined) return { documentType: name, line: line.no, rest: cleanValue(text.slice(name.length)) };
  }
  return null;
}

/** A one-line heading's trích yếu wrapped onto the very next line, mid-phrase (`Kế hoạch tổ chức các hoạt động` / `chào mừng …`). */
export function wrapsUnder(heading: TypeHeading, title: Title): boolean {
  return title.lines.from === heading.line + 1 && /^\p{Ll}/u.test(title.title);
}

/**
 * A web page's heading over a plan it lost the header of: the type name in
 * sentence case and its trích yếu on one line, in small letters or opening
 * with a capitalised name (`Kế hoạch tổ chức phong trào thi đua “…”`, `Kế
 * hoạch Chương trình MTQG …`). A sentence of the body (`Kế hoạch này …
 * thực hiện.`, `Kế hoạch số 12/KH-UBND ngày …`) ends on a stop or cites a
 * number, and is none.
 */
function sentenceCaseHeading(line: Line, tokens: readonly Token[], names: readonly string[]): TypeHeading | null {
  const text = line.text.trim();
  if (text.length > MAX_TITLE / 2 || /[.:;,]\s*$/u.test(text) || /[.;:]\s+\p{Lu}/u.test(text)) return null;
  for (const name of names) {
    const keys = phraseKeys(name);
    const typed = line.text.slice(tokens[0]!.start, tokens[keys.length - 1]?.end);
    if (tokens.length <= keys.length + 1 || !phraseAt(tokens, 0, keys)) continue;
    const after = cleanValue(line.text.slice(tokens[keys.length - 1]!.end));
    // A web page's heading may capitalise each word of the type (`Tờ Trình V/v đề nghị …`); only where the `V/v` label
    // then opens the trích yếu (NĐ 30 Phụ lục I: the type's name, then the trích yếu), never a sentence's words.
    const titleCased = typed === titleCase(name) && opensLetterSubject(after);
    if (typed !== name && !titleCased) continue;
    const rest = titleCased ? dropSubjectLabel(after) : after;
    const first = tokens[keys.length]!;
    // The trích yếu opens with a word — in small letters, or a capitalised name (`Kế hoạch Chương trình MTQG …`) —
    // never with the number of another document or an abbreviation in capitals (`Kế hoạch UBND tỉnh …`).
    if (!/^(?:\p{Ll}|\p{Lu}\p{Ll})/u.test(rest) || first.key === 'so' || /\d/u.test(first.text)) return null;
    return { documentType: name, line: line.no, rest, whole: true };
  }
  return null;
}

/**
 * A trích yếu without the `V/v` (về việc) label some plans copy from letters;
 * one opening with the label written out keeps it, spelt as the genre does
 * (NĐ 30: `Về việc …`) where a text without marks was restored word by word
 * and left `Ve việc`.
 */
const dropSubjectLabel = (text: string): string => {
  const unlabelled = text.replace(/^V\s?[/\\]\s?[vV]\s*[:.]?\s+/u, '');
  const opener = /^ve viec(?=\s)/u.exec(foldSameLength(unlabelled))?.[0];
  if (opener === undefined) return unlabelled;
  // Each letter keeps its case (`VỀ VIỆC`, `Về Việc`) and takes the genre's marks.
  const spelt = [...'về việc'].map((c, i) => (isUpperCase(unlabelled[i]!) ? c.toUpperCase() : c)).join('');
  return spelt + unlabelled.slice(opener.length);
};

/** How far into a Công báo heading the issuer it names before the number may run (`CỦA CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG `). */
const HEADING_ISSUER_CHARS = 80;

/**
 * `NGHỊ QUYẾT SỐ 412 NQ/UBTVQH9 NGÀY 12-6-1997` / `CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI` / `VỀ VIỆC …`, `QUYẾT ĐỊNH` / `CỦA
 * HỘI ĐỒNG BỘ TRƯỞNG SỐ 101 - HĐBT NGÀY 1-10-1981 VỀ VIỆC …`: the Công báo's heading gives the number and date
 * after the type name (read as the document's own, statedNumber), with the issuer before or after them; none of it
 * is the trích yếu. Only where the number and date are there: a trích yếu may well open with `của`.
 */
export function withoutStatedNumber(text: string): string {
  const folded = foldSameLength(text);
  // The number's label at the start, or after `CỦA <issuer>` at most so far in.
  const labels = [...folded.slice(0, HEADING_ISSUER_CHARS + 4).matchAll(/(?:^|\s)so\s+/gu)].filter((m) => m.index === 0 || /^cua\s/u.test(folded));
  const typeNames = documentTypeNames().map((name) => foldSameLength(name).toLowerCase());
  for (const label of labels) {
    // `… THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TW NGÀY …`: the number of a document the trích yếu cites, not the heading's own.
    const before = folded.slice(0, label.index).trimEnd();
    if (typeNames.some((name) => before === name || before.endsWith(` ${name}`))) continue;
    // The số và ký hiệu as the heading prints it, spaced or not (`214 NQ/UBTVQH9`, `101 - HĐBT`), then `NGÀY`.
    const from = label.index + label[0].length;
    const numbered = /^\d+[a-z]?(?:\s*[-/.]\s*|\s+)[a-z][a-z\d&.\-/ ]{0,30}?\s+ngay\s+/u.exec(folded.slice(from));
    if (numbered === null) continue;
    const date = findDates(text.slice(from + numbered[0].length)).find((d) => d.start === 0);
    if (date === undefined) continue;
    const after = text.slice(from + numbered[0].length + date.end).trim();
    // `… NGÀY 11-3-1988 CỦA HỘI ĐỒNG NHÀ NƯỚC` / `VỀ VIỆC …`: the issuer after the date, up to the trích yếu's `về việc`.
    const issuer = /^cua\s+.{3,80}?\s+(?=ve viec\s)/u.exec(foldSameLength(after));
    if (issuer) return after.slice(issuer[0].length);
    const named = /^cua\s+/u.exec(foldSameLength(after));
    const mention = named === null ? undefined : findIssuers(after.slice(named[0].length))[0];
    return named !== null && mention?.start === 0 ? after.slice(named[0].length + mention.end).trim() : after;
  }
  return text;
}

/**
 * The older type line's naming of who issues the document wrapped onto the trích yếu's first line (`QUYẾT ĐỊNH` /
 * `CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT …`; the form before NĐ 110/2004 and TT 55/2005, as
 * `namesItsIssuer` reads it on the type line itself): an organ after `của`, then the `V/v` or `về việc` that opens
 * the trích yếu. The trích yếu is what follows; a `của` that no `V/v` follows is part of it.
 */
const dropTypeLineIssuer = (text: string): string => {
  const m = /^(cua\s+)(.{3,120}?)\s+(?=v\s?[/\\]\s?v\s|ve viec\s)/u.exec(foldSameLength(text));
  if (m === null || findIssuers(text.slice(m[1]!.length, m[1]!.length + m[2]!.length)).length === 0) return text;
  return text.slice(m[0].length);
};

/**
 * `(Báo cáo chính trị của Ban Chấp hành Hội Nông dân xã khóa XII, tại Đại hội …)`: a congress document that
 * lost (or never had) its type line says what it is in the note under its trích yếu — the type's name opening the
 * bracket, a qualifier or two, then who presents it (`của`, `trình`, `tại`). A note that cites another document
 * (`(Kèm theo Quyết định số …)`) opens otherwise.
 */
export function typeInTitleNote(lines: readonly Line[], titleEnd: number): { documentType: string; line: number } | null {
  const note = lines.find((l) => l.no > titleEnd && !isBlank(l));
  if (note === undefined || !/^\(/u.test(note.text.trim())) return null;
  const tokens = tokenize(note.text);
  const presenters = ['của', 'trình', 'tại'].map(phraseKeys);
  for (const name of documentTypeNames()) {
    const keys = phraseKeys(name);
    if (!phraseAt(tokens, 0, keys) || tokens[0]!.key !== keys[0]) continue;
    for (let q = 0; q <= vocabulary().body.typeQualifierWords; q++) {
      if (presenters.some((p) => keysAt(tokens, keys.length + q, p))) return { documentType: name, line: note.no };
    }
    return null;
  }
  return null;
}

export interface Title {
  title: string;
  lines: LineRange;
}

/** Characters beyond which a paragraph in small letters that holds a full stop reads as running text. */
const RUNNING_TEXT = 150;

/**
 * The rule or the stars under a trích yếu (NĐ 30 Phụ lục I; HD 36 `***`), or OCR's reading of them without the
 * Vietnamese model: a short line of scraps in small letters (`3g kok`, `seokok`, `she sk she sk ok`, `steokeskeske số
 * Ry debe sk deh`), at most one of which has a Vietnamese syllable's shape. No line of a title reads so: its words are
 * syllables, and a code or an abbreviation in it is in capitals.
 */
export const isRule = (text: string): boolean => /^[\s\-_=*.–—~|]+$/u.test(text) || isGarbledRule(text);

function isGarbledRule(text: string): boolean {
  const words = text.split(/\s+/u);
  if (text.length > 40 || words.length > 8 || words.some((w) => !/^[\p{L}\d]+$/u.test(w) || !/\p{Ll}/u.test(w) || w.length > 12)) return false;
  const syllables = words.filter((w) => isSyllableShape(w.toLowerCase())).length;
  return syllables <= 1 && syllables * 3 < words.length;
}

/** `2017-2021`, `2021 - 2025`, `2024`: a year or a period of years and nothing else. */
const YEARS = /^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/u;

/** `CHÍNH PHỦ`, `ỦY BAN NHÂN DÂN PHƯỜNG X`, `BỘ TRƯỞNG BỘ Y`: the line naming who decides, between a decision's title and its preamble. */
function namesAuthority(text: string): boolean {
  if (!isUpperCase(text)) return false;
  const tokens = tokenize(text);
  return headAt(expandLetterhead(text)) !== null || vocabulary().plan.positions.some((p) => phraseAt(tokens, 0, phraseKeys(p)));
}

/**
 * A line that is nothing but who decides: a body with its level and place,
 * a position before it at most (`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN`, `CHỦ TỊCH ỦY
 * BAN NHÂN DÂN TỈNH NINH BÌNH`) — never a trích yếu (`BAN HÀNH QUY CHẾ …`).
 */
function isAuthorityLine(text: string): boolean {
  const expanded = expandLetterhead(text).trim();
  const mention = findIssuers(expanded)[0];
  if (!isUpperCase(text) || !mention?.level || expanded.slice(mention.end).trim() !== '') return false;
  const before = expanded.slice(0, mention.start).trim();
  return before === '' || vocabulary().plan.positions.some((p) => isPhrase(before, p));
}

/**
 * Capitals, forgiving a stray small letter (OCR's `KE HOACH PHAT DoNG`, a symbol's `QĐ-TTg`) — and, in a long line, one
 * word all in small letters: old OCR reads a capital S as its small twin (`CẤP XÃ; sO` for `SỐ`), which restoration
 * then spells small (`số`). One word in ten at most, so no line in sentence case passes.
 */
export function mostlyCapitals(text: string): boolean {
  const words = text.match(/[\p{L}]+/gu) ?? [];
  const small = words.filter((w) => !/\p{Lu}/u.test(w)).length;
  if (words.length === 0 || (small > 0 && (small > 1 || words.length < 10))) return false;
  const mixed = words.filter((w) => /\p{Ll}/u.test(w)).length;
  return mixed <= Math.max(1, 0.1 * words.length) && mixed < words.length;
}

/** Whether a title line ends on a word that cannot end a title (`… CỦA`, `… VÀ`): the next line goes on with it. */
function endsOpen(text: string): boolean {
  const tokens = tokenize(text);
  // A line written with its marks spells the word out: `TỈNH QUẢNG NAM`, `VIỆT NAM` end on a place name, not on
  // `năm` awaiting its year; only a line without marks (stripped, OCR) leaves `NAM` open to both readings.
  const marked = stripMarks(text) !== text;
  // Letter for letter: `ĐẸP` is one edit from `đến` but ends a title all the same.
  return vocabulary().letterhead.titleContinuations.some((w) => {
    const keys = phraseKeys(w);
    const at = tokens.length - keys.length;
    if (!keysAt(tokens, at, keys)) return false;
    return !marked || tokenize(w).every((t, i) => tokens[at + i]!.text.toLowerCase() === t.text.toLowerCase());
  });
}

/** Whether the lines taken so far open a quotation (`“`) they do not close. */
function quoteOpen(taken: readonly Line[]): boolean {
  const text = taken.map((l) => l.text).join(' ');
  return (text.match(/“/gu)?.length ?? 0) > (text.match(/”/gu)?.length ?? 0);
}

/**
 * `Phần thứ nhất`, `PHẦN I`, `Phần 2`: a part heading of the body; or a part
 * lettered in capitals above the roman headings (`A - MỤC ĐÍCH, YÊU CẦU`,
 * `B. NỘI DUNG`), the letter's dot or dash then a heading in capitals (a
 * place such as `A LƯỚI` has no mark after its `A`).
 */
const opensPart = (text: string): boolean =>
  /^phan\s+(?:thu\s|[ivxlc]+\b|\d)/u.test(foldSameLength(text)) || (/^[A-ZĐ]\s*[.\-–)]\s*\p{Lu}{2}/u.test(text) && mostlyCapitals(text));

/**
 * A page that double-spaces everything puts blanks between the lines of a
 * trích yếu (`THỰC HIỆN PHONG TRÀO THI ĐUA` / `“XÂY DỰNG …”` / `NĂM HỌC …`).
 * It goes on past a blank only when every line from there to the preamble is
 * short, in the case of the lines taken and no outline heading: then nothing
 * but the title stands between the type line and `Căn cứ`.
 */
function spacedTitleGoesOn(rest: readonly Line[], taken: readonly Line[], opensPreamble: (text: string) => boolean): boolean {
  const capitals = taken.every((l) => mostlyCapitals(l.text));
  let seen = 0;
  for (const line of rest) {
    const text = line.text.trim();
    if (isBlank(line) || isRule(text)) continue;
    if (/^[^\p{L}]*\p{Lu}/u.test(text) && !mostlyCapitals(text) && opensPreamble(text)) return seen > 0;
    // A report has no preamble: a trích yếu in small letters runs up to the body's first part (`PHẦN THỨ NHẤT`).
    if (opensPart(text)) return seen > 0 && !capitals;
    if (seen === 3 || text.length > 150 || readMarker(text) !== null || mostlyCapitals(text) !== capitals || /[:;]\s*$/u.test(text)) return false;
    seen += 1;
  }
  return false;
}

/**
 * `Khẩu hiệu: …`, `Chủ đề: …`: a line under the trích yếu that a label of one to three words opens, text after
 * its colon. NĐ 30 Phụ lục I mục 6 sets the trích yếu as one phrase without labels; a plan's slogan or theme printed
 * under it is a line of its own, never the title going on (`Thực hiện nhiệm vụ tháng 11` / `Khẩu hiệu: Ra sức …`).
 */
const opensLabel = (text: string): boolean => /^\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}\s*:\s*\S/u.test(text);

/** `DỰ THẢO`, `(Dự thảo)`, `Dự thảo lần 2`: the mark of a draft on a line of its own. */
const isDraftMark = (text: string): boolean => /^\(?\s*du thao(?:\s+lan\s+(?:\d+|thu\s+\S+))?\s*\)?$/u.test(foldSameLength(text.trim()));

/**
 * A congress report's trích yếu double-spaced (`CỦA BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ KHÓA IX` / blank / `TẠI ĐẠI HỘI
 * ĐẠI BIỂU LẦN THỨ X, NHIỆM KỲ 2018 - 2023`): a line in the case of the title that opens with a word that only goes
 * on with a phrase (`tại`, `của`, `về`, `và` …) is the title's next line, whatever stands under it. A Báo cáo has no
 * preamble for the title to run up to.
 */
function continuesPastBlank(next: string, taken: readonly Line[]): boolean {
  const text = next.trim();
  const capitals = taken.every((l) => mostlyCapitals(l.text));
  if (!capitals || !mostlyCapitals(text) || text.length > 150 || readMarker(text) !== null) return false;
  const tokens = tokenize(text);
  const links = vocabulary().letterhead.titleLinkWords.map((w) => phraseKeys(w));
  // A title never ends on such a word: OCR sets a blank under a line cut after it (`VỀ` / blank / `VIỆC BAN HÀNH …`).
  const last = tokenize(taken[taken.length - 1]!.text);
  if (links.some((keys) => keysAt(last, last.length - keys.length, keys))) return true;
  // Not `NĂM HỌC …`, `GIAI ĐOẠN …`: a line of its own may open so (a period under a title that ended).
  return links.some((keys) => keysAt(tokens, 0, keys));
}

/** The preamble's openers (`Căn cứ`, `Thực hiện`, `Thi hành`) as keys. */
const openerKeys = (): string[][] => vocabulary().plan.preambleOpeners.map(phraseKeys);

/**
 * A trích yếu in small letters may open with the preamble's word (`Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về …`
 * / `đối với công tác quản lý …`, a Tỉnh ủy's Chương trình): it names what it carries out without a date and ends
 * with no clause's mark, and the preamble itself follows it (`Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 …`).
 * A preamble's clause wrapped over lines carries its date or ends with `;`, `,`, `.` or `:`.
 */
function titleOpensAsPreamble(lines: readonly Line[], preamble: (text: string) => boolean): boolean {
  const block: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (isBlank(line)) return false;
    if (block.length === 0 || /^\p{Ll}/u.test(text)) {
      block.push(text);
      continue;
    }
    const joined = block.join(' ');
    return preamble(text) && !/[;:,.]\s*$/u.test(joined) && !/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|ngày\s+\d/iu.test(joined);
  }
  return false;
}

/** Whether the text opens with one of the preamble's openers, a word OCR misread by a letter allowed (phraseAt). */
export function opensWithOpener(text: string): boolean {
  const tokens = tokenize(text);
  return openerKeys().some((keys) => phraseAt(tokens, 0, keys));
}

/** Characters of the longest trích yếu taken (the longest seen in real documents: ~350). */
const MAX_TITLE = 600;

/** Whether a type's template puts an authority line under its trích yếu (QĐ, NQ: yes; a Kế hoạch: no). */
export function hasAuthorityLine(documentType: string): boolean {
  return vocabulary().documentTypes.some((t) => t.name === documentType && t.authorityLine);
}

/**
 * The trích yếu under the type line: its first line whatever it says (a title
 * may open with `THỰC HIỆN …`), then the lines written in the same case
 * (capitals under capitals), up to a blank, the preamble, `Kính gửi`, an
 * outline heading, or the authority line of a decision (`CHÍNH PHỦ`, `BỘ
 * TRƯỞNG BỘ …` right above `Căn cứ`). A leading `V/v` is dropped.
 * `authorityLine`: whether the type may put who decides under the trích yếu; where it may not (a Kế hoạch), a
 * body's name on the title's last line right above the preamble (`… CỦA BAN CHẤP HÀNH ĐOÀN TRƯỜNG X` / `Thực
 * hiện …`) is the title's own.
 */
export function readTitle(lines: readonly Line[], opensPreamble: (text: string) => boolean, authorityLine: boolean): Title | null {
  const taken: Line[] = [];
  let lowerTail = false;
  const address = vocabulary().letterhead.addressLabel;
  // A preamble clause opens with a capital (`Thực hiện …`); a trích yếu may open in small letters (`thực hiện Kết luận …`).
  const preamble = (text: string): boolean => /^[^\p{L}]*\p{Lu}/u.test(text) && opensPreamble(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (isBlank(line) || isRule(text)) {
      // A trích yếu in small letters goes on past a blank a web page put inside it (`… thi đua, khen thưởng` / `trên địa bàn tỉnh`).
      const next = lines.slice(i + 1).find((l) => !isBlank(l) && !isRule(l.text.trim()));
      const goesOn =
        next !== undefined &&
        taken.length > 0 &&
        ((/^\p{Ll}/u.test(next.text.trim()) && !mostlyCapitals(taken[0]!.text)) ||
          spacedTitleGoesOn(lines.slice(i + 1), taken, opensPreamble) ||
          continuesPastBlank(next.text, taken));
      if (taken.length && !goesOn) break;
      continue;
    }
    // A part heading of the body (`Phần thứ nhất`, `PHẦN I`) follows the title.
    if (taken.length && (opensPart(text) || opensLabel(text))) break;
    const read = readMarker(text);
    const marker = read?.kind;
    if (marker === 'roman' || marker === 'dash' || marker === 'plus' || startsWithPhrase(text, address)) break;
    // A numbered heading in capitals (`1. CĂN CỨ`, `1— CĂN CỨ LẬP KẾ HOẠCH`) opens the body, as a roman one does.
    if (taken.length && marker === 'number' && mostlyCapitals(read!.rest)) break;
    // `(Kèm theo Quyết định số …)`, `(Ban hành kèm theo …)`: a note under the title, not part of it.
    if (/^\(.*\)$/u.test(text)) break;
    // `Điều 2. …`: an article of the body (a crawl lost what stood above it), never a trích yếu.
    if (/^dieu\s+\d+\s*[.:]/u.test(foldSameLength(text))) break;
    // A period alone on the last line (`… GIAI ĐOẠN` / `2017-2021`): no letters, so of either case.
    if (taken.length && YEARS.test(text)) {
      taken.push(line);
      continue;
    }
    if (taken.length === 0) {
      // NĐ 30 Phụ lục I: `DỰ THẢO` marks a draft above its trích yếu; it is no word of the title.
      if (isDraftMark(text)) continue;
      if (!mostlyCapitals(text) && preamble(text) && !titleOpensAsPreamble(lines.slice(i), preamble)) break;
      // Running text of the body where the type line and trích yếu were lost (`Trong mấy năm gần đây, … tiềm ẩn. Do
      // đó, …`): a long paragraph of more than one sentence is never a trích yếu; better no title than that.
      if (!mostlyCapitals(text) && text.length > RUNNING_TEXT && /\p{Ll}{2,}[.;]\s+\p{Lu}/u.test(text)) break;
      // The authority line right above the preamble: the trích yếu is missing, not this line.
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      if (isAuthorityLine(text) && next !== undefined && opensPreamble(next.text)) break;
      taken.push(line);
      continue;
    }
    // HD 36's trích yếu of a Party conclusion or resolution: lines in capitals, then its `về …` in small letters
    // (`HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH` / `về xây dựng …`); no sentence of the body opens so.
    const opensLower = /^\p{Ll}/u.test(text);
    if (lowerTail) {
      if (!opensLower) break;
      taken.push(line);
      continue;
    }
    // A period alone on its line (`2021-2025”`, taken above) has no letters, so no case: the lines with letters decide.
    const capitals = taken.filter((l) => /\p{L}/u.test(l.text)).every((l) => mostlyCapitals(l.text));
    // A quoted name opened and not yet closed (`… thi đua “Xây dựng … –` / `Học sinh tích cực”. Năm học …`) goes on.
    if (quoteOpen(taken) && !preamble(text)) {
      taken.push(line);
      continue;
    }
    if (capitals && opensLower && !preamble(text)) {
      lowerTail = true;
      taken.push(line);
      continue;
    }
    if (mostlyCapitals(text) !== capitals || (!capitals && preamble(text))) break;
    // A trích yếu in small letters wraps onto lines in small letters; a line opening with a preamble's opener
    // written out with its capital (`Thực hiện chương trình công tác …`, HD 36) opens the preamble's sentence,
    // whatever it cites, where OCR's page width wrapped it before the `:` that would end it.
    if (!capitals && /^\p{Lu}/u.test(text)) {
      const tokens = tokenize(text);
      if (openerKeys().some((keys) => keysAt(tokens, 0, keys))) break;
    }
    // A trích yếu in small letters that closes with its full stop (`… nhiệm kỳ hai 2012 - 2017.`) ends there: a line
    // opening a sentence with its capital under it (`Trong lịch sử …`) is the body. Not after an abbreviation in
    // capitals (`TP.`, `TX.`), which leaves the name to the next line.
    if (!capitals && /^\p{Lu}\p{Ll}/u.test(text) && /(?:\p{Ll}{2}|\d)\.\s*$/u.test(taken[taken.length - 1]!.text)) break;
    // That running text wrapped at a page's width (OCR's lines): a line going on with the taken lines' sentence that
    // ends it and opens another (`quả nhất định, … vẫn còn` / `tiềm ẩn. Do đó, …`), the whole longer than a trích yếu
    // runs, makes the taken lines a body paragraph's first: no title rather than its first lines.
    const sentenceOn = /^\p{Ll}/u.test(text) && /\p{Ll}{2,}[.;]\s+\p{Lu}/u.test(text);
    if (!capitals && sentenceOn && [...taken, line].map((l) => l.text.trim()).join(' ').length > RUNNING_TEXT) return null;
    // A sentence of the body (`Thực hiện chủ trương …, UBND xã xây dựng Kế hoạch như sau:`) is no title line.
    if (!capitals && (/:\s*$/u.test(text) || /[.;]\s+\p{Lu}/u.test(text) || text.length > 200)) break;
    const next = lines.slice(i + 1).find((l) => !isBlank(l));
    // A trích yếu never ends with `;`: a line opening with its capital and ending so, right above a preamble clause
    // (`Chào mừng kỷ niệm … (26/3/1931 - 26/3/2017);` / `Căn cứ Kế hoạch số …`), is the preamble's first clause.
    // Nor right above the clause that closes the preamble (`Nhằm thiết thực kỷ niệm … (30/4/1975 - 30/4/2016) ;` /
    // `Ban thường vụ Đoàn trường … xây dựng kế hoạch … như sau:`): a purpose clause, not the title going on.
    if (/^\p{Lu}/u.test(text) && /;\s*$/u.test(text) && next !== undefined && (preamble(next.text.trim()) || /:\s*$/u.test(next.text))) break;
    // A council's authority line has its term and session under it (`KHÓA VII, KỲ HỌP THỨ 24`) before the preamble.
    const beforePreamble =
      next === undefined ||
      opensPreamble(next.text) ||
      (!isUpperCase(next.text) && !/^\p{Ll}/u.test(next.text.trim()) && !YEARS.test(next.text.trim())) ||
      /^khoa\s/u.test(foldSameLength(next.text.trim())) ||
      // A central body's authority line has the state's name under it (`ỦY BAN THƯỜNG VỤ QUỐC HỘI` / `NƯỚC CỘNG HÒA
      // XÃ HỘI CHỦ NGHĨA VIỆT NAM`) before the preamble.
      namesState(next.text);
    if (authorityLine && namesAuthority(text) && beforePreamble && !endsOpen(taken[taken.length - 1]!.text)) break;
    // The term and session (`KHÓA VIII - KỲ HỌP THỨ 9`) stand only under a council's authority line (NĐ 30 Phụ lục I,
    // an HĐND resolution): the line of capitals above them is that line, though old OCR misread its name (`HOI PONG
    // NHAN DAN TiNH …`).
    const session = next !== undefined && /^[^\p{L}]*khoa\s+\S+.*\bky\s+hop\b/u.test(foldSameLength(next.text.trim()));
    if (authorityLine && session && mostlyCapitals(text) && !endsOpen(taken[taken.length - 1]!.text)) break;
    // A body with its level and place and nothing else (`ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ`) under a title that is
    // complete: who decides, whatever a crawl left of the preamble under it — not capitals or years, which go on
    // with the title (`… ĐẠI HỘI ĐẠI BIỂU` / `HỘI NÔNG DÂN HUYỆN X` / `LẦN THỨ X, NHIỆM KỲ 2023-2028`), nor small
    // letters unless they end as a clause does (`ính quyền địa phương ngày …;`): a title never ends with `;`.
    const clauseUnder =
      next !== undefined && !mostlyCapitals(next.text) && !YEARS.test(next.text.trim()) && (!/^\p{Ll}/u.test(next.text.trim()) || /;\s*$/u.test(next.text));
    if (authorityLine && capitals && isAuthorityLine(text) && clauseUnder && !endsOpen(taken[taken.length - 1]!.text)) break;
    taken.push(line);
  }
  if (taken.length === 0) return null;
  const title = spellCitedNumbers(dropSubjectLabel(dropTypeLineIssuer(withoutStatedNumber(cleanValue(taken.map((l) => l.text).join(' '))))));
  // A trích yếu is a few lines: one longer than this is body text read into it where the
  // lines were lost (a crawl flattened onto one line), and no title beats a wrong one.
  if (title.length > MAX_TITLE) return null;
  return { title, lines: { from: taken[0]!.no, to: taken[taken.length - 1]!.no } };
}
