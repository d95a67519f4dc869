// The frame of a document (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW): header
// (letterhead, số ký hiệu, địa danh and date), the type line and trích yếu —
// or a letter's `V/v` trích yếu under its number —, the body, the closing
// (Nơi nhận and the first signature block) and whatever follows that block
// (an attached plan, a Phụ lục, tables, forms, footnotes), which is no part of
// the document's own record.
import { foldSameLength, isPhrase, isUpperCase, sentenceCase, startsWithPhrase } from './fold.js';
import { leftColumn, readHeader, readNumberLine, readPlaceAndDate, type Header } from './header.js';
import { restoreHeaderLines } from './header-lines.js';
import { opensPreamble } from './legal-bases.js';
import { isBlank, paragraphFrom, paragraphs as toParagraphs, slice, type Line, type Paragraph } from './lines.js';
import { readMarker } from './markers.js';
import { findIssuers } from './organs.js';
import { closingEnd } from './recipients.js';
import { nameOverSignedMark, readAuthority, readBlockLine, readPersonalName, readPosition, SIGNED_MARK, writtenPosition } from './signer.js';
import { attachedTypeHeading, documentTypeNames, findInlineTypeHeading, findTypeHeading, hasAuthorityLine, isRule, mostlyCapitals, opensWithOpener, readTitle, withoutStatedNumber, wrapsUnder, type Title, type TypeHeading } from './title.js';
import { vocabulary } from './vocabulary.js';

export interface Layout {
  header: Header;
  typeHeading: TypeHeading | null;
  title: Title | null;
  /** Paragraphs between the title and the closing block. */
  body: Paragraph[];
  /** From the recipients (or the line after the body's closing `./.`) to the end of the first signature block. */
  closing: Line[];
  /** What follows the first signature block: attached plan, appendices, forms, footnotes. */
  appendix: Line[];
  /** Whether the body opens with `Kính gửi` (NĐ 30 Phụ lục I: the addressees of a letter or a submission). */
  addressed: boolean;
}

/**
 * NĐ 30 Phụ lục I: under the date line stands the type's name in capitals and
 * the trích yếu under it. A name the table lacks (`THƯ NGỎ`) is still the type
 * when it stands so: a line of capitals no longer than the table's longest
 * name, naming no body, position or authority, over a line in small letters
 * that opens with a capital, opens no preamble and ends no sentence.
 */
function untabledTypeHeading(lines: readonly Line[]): TypeHeading | null {
  const [line, next] = lines.filter((l) => !isBlank(l));
  if (!line || !next) return null;
  const text = line.text.trim();
  const words = text.split(/\s+/u).length;
  const longest = Math.max(...documentTypeNames().map((n) => n.split(' ').length));
  if (!isUpperCase(text) || /[\d:|]/u.test(text) || words < 2 || words > longest) return null;
  if (findIssuers(text).length > 0 || readPosition(text) !== null || readAuthority(text) !== null) return null;
  const trichYeu = next.text.trim();
  if (!/^\p{Lu}/u.test(trichYeu) || mostlyCapitals(trichYeu) || opensPreamble(trichYeu) || /[.:;]$/u.test(trichYeu)) return null;
  return { documentType: sentenceCase(text), line: line.no };
}

/**
 * HD 36 and NĐ 30 set `Số` and the date in two columns, which a crawl may stack either way: the lines under the
 * date line that are number lines (`*** Hà Nội, ngày …` / `Số: 12 BC/TWH`) belong to the header, never to the title.
 */
function numberLinesUnder(lines: readonly Line[]): Line[] {
  const taken: Line[] = [];
  for (const line of lines) {
    // A rule the page prints under the date column (`———-`) stands between it and a number line stacked below.
    if (isBlank(line) || isRule(line.text.trim())) continue;
    if (readNumberLine(line.text.trim()) === null) break;
    taken.push(line);
  }
  return taken;
}

/**
 * A type's name and nothing else on a line, in small letters (`báo cáo`) or in sentence case (`Kế hoạch`): the type
 * line of a crawl that lost the letterhead's styling (NĐ 30 Phụ lục I, HD 36-HD/VPTW: the name stands alone on its
 * line; no trích yếu or sentence of the body is a bare type name).
 */
function bareTypeName(line: Line): TypeHeading | null {
  const text = line.text.trim();
  const bare = foldSameLength(text.replace(/[.:]$/u, '').trim());
  const name = documentTypeNames().find((n) => foldSameLength(n) === bare);
  const lowered = text.toLowerCase();
  return name !== undefined && (text === lowered || text === sentenceCase(lowered)) ? { documentType: name, line: line.no } : null;
}

/** Under the date line and the number lines under it, the first line, if it is a bare type name. */
function smallLettersTypeHeading(lines: readonly Line[], numbers: readonly Line[]): TypeHeading | null {
  const line = lines.find((l) => !isBlank(l) && l.no > (numbers[numbers.length - 1]?.no ?? 0));
  return line === undefined ? null : bareTypeName(line);
}

/**
 * `Tháng 6/ 2022`, `Năm học 2020 - 2021`, `Quý I năm 2023`: the time a plan covers, set on its own line under a
 * trích yếu in capitals that the type line carries (`KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN`); it ends the trích yếu whatever
 * its case, as a period of years does.
 */
function isPeriodLine(text: string): boolean {
  return /^(?:thang|quy|nam hoc|nam|giai doan|nhiem ky)\s+[\divx]+(?:\s*[/.\-–]\s*\d+)*(?:\s*[-–]\s*\d+)?(?:\s+nam\s+\d{4})?$/u.test(foldSameLength(text.trim()));
}

/** Words past which a paragraph ending on a full stop is prose, not a trích yếu a scan closed with a speck. */
const SENTENCE_WORDS = 15;

/**
 * A paragraph that runs to a full stop over more words than a trích yếu: a sentence of the body. A scan may leave a
 * speck or two after the stop (`… của Thủ tướng Chính phủ. A :`).
 */
function isBodySentence(text: string): boolean {
  const t = text.trim();
  return /[^.]\.(?:\s+\S{1,2}){0,2}$/u.test(t) && t.split(/\s+/u).length > SENTENCE_WORDS;
}

/** A line that only the body opens with: a preamble clause, `Kính gửi`, an outline heading, an article. */
function opensBody(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (startsWithPhrase(t, vocabulary().letterhead.addressLabel)) return true;
  // A preamble clause opens with a capital (`Căn cứ`); `căn cứ …` in small letters goes on a line above.
  if (/^[\p{Lu}\-–—]/u.test(t) && !mostlyCapitals(t) && opensPreamble(t)) return true;
  const marker = readMarker(t);
  return marker?.kind === 'roman' || marker?.kind === 'number';
}

/**
 * A type line's trích yếu and the preamble clause glued onto it after a dash or a wide gap (`THAY THƠ MỜI HỌP-    Căn
 * cứ …`): NĐ 30 (and HD 36) set the căn cứ on their own lines under the trích yếu, so a clause opening there is the
 * body's first; no clause when none opens.
 */
function gluedClause(text: string): { before: string; clause: string | null } {
  for (const m of text.matchAll(/\s*(?:[-–—]\s*|\s{3,})(?=\p{Lu}\p{Ll})/gu)) {
    const clause = text.slice(m.index + m[0].length);
    if (m.index > 0 && opensPreamble(clause)) return { before: text.slice(0, m.index).trim(), clause: clause.trim() };
  }
  return { before: text, clause: null };
}

/** Cuts the text into header, title, body, closing and what follows the signature. */
export function readLayout(lines: readonly Line[]): Layout {
  const all = toParagraphs(lines, opensPreamble);
  const topEnd = lines.find((l) => opensBody(l.text))?.no ?? lines.length + 1;
  const top = slice(lines, 1, topEnd - 1);
  const dateLine = restoreHeaderLines(top).find((l) => readPlaceAndDate(leftColumn(l.text)) !== null)?.no;
  const underDate = dateLine === undefined ? null : slice(lines, dateLine + 1, topEnd - 1);
  const numbersUnderDate = underDate === null ? [] : numberLinesUnder(underDate);
  const typeHeading =
    findTypeHeading(top) ??
    attachedTypeHeading(top) ??
    // No date line (a page that kept only the body): the type and its trích yếu may open the text on one line.
    // Under the date line, after the number lines stacked under it (`Cần Thơ, ngày …` / `Số: ….. KH / ĐTN` / `KẾ HOẠCH LAO …`).
    findInlineTypeHeading(underDate === null ? top : underDate.filter((l) => l.no > (numbersUnderDate.at(-1)?.no ?? 0))) ??
    (dateLine === undefined ? null : untabledTypeHeading(slice(lines, dateLine + 1, lines.length))) ??
    (underDate === null ? null : smallLettersTypeHeading(underDate, numbersUnderDate)) ??
    // No date line (a Liên đội's plan that has none): a bare type name among the header's lines is the type line.
    (dateLine === undefined ? top.map(bareTypeName).find((h) => h !== null) ?? null : null);
  let header: Header;
  let title: Title | null;
  let bodyStart: number;
  // A preamble clause the page ran onto the type line: the body's first paragraph.
  let glued: Paragraph | null = null;
  if (typeHeading) {
    header = readHeader(slice(lines, 1, typeHeading.line - 1));
    title = readTitle(slice(lines, typeHeading.line + 1, lines.length), opensPreamble, hasAuthorityLine(typeHeading.documentType));
    if (typeHeading.rest) {
      // The trích yếu began on the type line; lines under it go on with it in the same case.
      // Capitals on the type line go on in small letters under it where those lines run up to the preamble's first
      // clause (`KẾ HOẠCH TỔ CHỨC HỘI THI` / `Thể thao chào mừng ngày thành lập` / `Hội Liên hiệp phụ nữ Việt Nam 20/10″` /
      // `Thực hiện …`): NĐ 30 puts nothing but the trích yếu between the type and the preamble.
      const upToPreamble = (t: Title): boolean => {
        const next = slice(lines, t.lines.to + 1, lines.length).find((l) => !isBlank(l));
        return next !== undefined && /^\p{Lu}/u.test(t.title) && /^\p{Lu}/u.test(next.text.trim()) && opensWithOpener(next.text.trim());
      };
      const sameCase =
        title !== null &&
        (mostlyCapitals(title.title) === mostlyCapitals(typeHeading.rest) || isPeriodLine(title.title) || (mostlyCapitals(typeHeading.rest) && upToPreamble(title)));
      // A line in sentence case opening with a preamble's opener (`Thực hiện Thông báo của Thường trực HĐND xã …`)
      // opens the body's first sentence under a trích yếu begun on the type line (`BÁO CÁO Về việc …`), whatever it
      // cites: NĐ 30 sets nothing of the trích yếu after the preamble begins.
      const opensClause = title !== null && /^\p{Lu}\p{Ll}/u.test(title.title) && opensWithOpener(title.title);
      // `THÔNG BÁO THAY THƠ MỜI HỌP-    Căn cứ kế hoạch …`: a page that ran the first preamble clause onto the type line
      // ends the trích yếu where that clause begins, and the lines under it are the preamble's, not the trích yếu's.
      const { before: rest, clause } = gluedClause(typeHeading.rest);
      if (clause !== null) glued = { text: clause, from: typeHeading.line, to: typeHeading.line, marker: null, starts: [{ line: typeHeading.line, offset: 0 }] };
      const more = title && clause === null && !opensClause && (!typeHeading.whole || wrapsUnder(typeHeading, title)) && sameCase ? title : null;
      const trichYeu = withoutStatedNumber(more ? `${rest} ${more.title}` : rest);
      title = trichYeu === '' ? null : { title: trichYeu, lines: { from: typeHeading.line, to: more?.lines.to ?? typeHeading.line } };
    }
    bodyStart = (title?.lines.to ?? typeHeading.line) + 1;
  } else {
    header = readHeader(slice(lines, 1, topEnd - 1));
    if (header.subject) {
      // A letter (công văn): no type line; its trích yếu is the `V/v` under the number.
      title = { title: header.subject.text, lines: header.subject.lines };
      bodyStart = Math.max(header.subject.lines.to, header.dateLine ?? 0) + 1;
    } else if (dateLine !== undefined) {
      // No type line (a crawl dropped it): the header ends at the date line, the trích yếu stands under it.
      const headerEnd = numbersUnderDate.at(-1)?.no ?? dateLine;
      header = readHeader(slice(lines, 1, headerEnd));
      // No type line to say whether an authority line may stand under the title: it may.
      title = readTitle(slice(lines, headerEnd + 1, lines.length), opensPreamble, true);
      bodyStart = (title?.lines.to ?? headerEnd) + 1;
    } else {
      // No type line, no `V/v` and no date line (a garbled scan): the title is the last paragraph above the preamble —
      // unless that paragraph is a sentence of the body (a page that begins at its text: `Hưởng ứng lời kêu gọi …
      // của Thủ tướng Chính phủ.`). A trích yếu is a phrase (NĐ 30 Phụ lục I), never a sentence run to its stop.
      const preambleStart = all.find((p) => opensPreamble(p.text))?.from ?? lines.length + 1;
      const above = all.filter((p) => p.to < preambleStart && preambleStart <= lines.length);
      const last = above[above.length - 1];
      title = last && !isBodySentence(last.text) ? { title: last.text, lines: { from: last.from, to: last.to } } : null;
      header = readHeader(last ? slice(lines, 1, last.from - 1) : []);
      bodyStart = title ? title.lines.to + 1 : (last?.from ?? 1);
    }
  }
  const closingStart = findClosingStart(lines, all, bodyStart);
  // No closing found (a page cut before its signature): nothing follows it either.
  const end = closingStart > lines.length ? closingStart : closingEnd(slice(lines, closingStart, lines.length));
  // A paragraph the wrap-width guess ran on from the title's last line into the body (a page with one paragraph a
  // line, a title as long as its lines): the body keeps its part.
  const body = all.flatMap((p) => (p.from < bodyStart && p.to >= bodyStart ? [paragraphFrom(p, bodyStart)] : [p])).filter((p) => p.from >= bodyStart && p.to < closingStart);
  return {
    header,
    typeHeading,
    title,
    body: glued === null ? withoutAddressees(body) : [glued, ...withoutAddressees(body)],
    addressed: addressedBody(slice(lines, bodyStart, lines.length)),
    closing: slice(lines, closingStart, end - 1),
    appendix: slice(lines, end, lines.length),
  };
}

/** The body's first line opens with `Kính gửi`, under the urgency mark a letter may print above it (`KHẨN`). */
function addressedBody(body: readonly Line[]): boolean {
  const { urgencyMarks, addressLabel } = vocabulary().letterhead;
  const first = body.find((l) => !isBlank(l) && !urgencyMarks.some((m) => isPhrase(l.text.trim(), m)));
  return first !== undefined && startsWithPhrase(first.text.trim(), addressLabel);
}

/**
 * `Kính gửi:` and the addressees under it (one a line, each after a dash) are
 * part of the frame (NĐ 30 Phụ lục I: nơi nhận of a letter), not of the body:
 * the body's first clause is the one after them.
 */
function withoutAddressees(body: readonly Paragraph[]): Paragraph[] {
  const first = body[0];
  if (!first || !startsWithPhrase(first.text.trim(), vocabulary().letterhead.addressLabel)) return [...body];
  let n = 1;
  // addressees inline after the label end the block at once; listed ones are dashed lines
  if (/:\s*$/u.test(first.text.trim())) while (n < body.length && /^\s*[-–—+•]/u.test(body[n]!.text)) n += 1;
  // The label's line ends with no stop (NĐ 30 puts none after the addressees), so a page that kept one paragraph a
  // line may run the body's first clause on into it (`Kính gửi: Các tỉnh ủy, …` / `Thực hiện nhiệm vụ …`): a line
  // under it opening a clause in capitals begins the body, where an addressee list wrapped over lines ends its line
  // with a comma or goes on in small letters.
  const second = first.starts[1];
  const labelLine = second === undefined ? '' : first.text.slice(0, second.offset).trim();
  if (second !== undefined && /:\s*\S/u.test(labelLine) && !/[,;]$/u.test(labelLine) && opensWithOpener(first.text.slice(second.offset))) {
    return [paragraphFrom(first, second.line), ...body.slice(n)];
  }
  return body.slice(n);
}

/** The `Nơi nhận` line, or the line after the first paragraph that ends the body with `./.`, whichever comes first. */
function findClosingStart(lines: readonly Line[], all: readonly Paragraph[], bodyStart: number): number {
  const heading = vocabulary().plan.recipientsHeading;
  const recipients = lines.find((l) => l.no >= bodyStart && !isBlank(l) && startsWithPhrase(l.text.trim(), heading))?.no;
  const ending = all.find((p) => p.from >= bodyStart && /\.\/\.\s*$/u.test(p.text))?.to;
  const candidates = [recipients, ending === undefined ? undefined : ending + 1].filter((n) => n !== undefined);
  if (candidates.length) return Math.min(...candidates);
  // A page that kept neither `Nơi nhận` nor `./.`: the closing is the signature block itself.
  return signatureStart(lines, bodyStart) ?? lines.length + 1;
}

/**
 * `- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |`: a row of the closing table (Nơi
 * nhận on the left, the signature on the right) whose right cell opens with
 * the authority. The table frames the block: no name need stand under it (a
 * crawl may lose the name with the signature's picture).
 */
function authorityCell(text: string): boolean {
  const cells = text.split('|').map((c) => c.trim()).filter((c) => c !== '');
  return text.includes('|') && cells.length > 1 && readAuthority(cells.at(-1)!) !== null;
}

/** Non-blank lines under a block's first line within which the signer's name stands. */
const BLOCK_LINES = 4;

/**
 * The first line of a signature block after the body: an authority (`TM. ỦY
 * BAN NHÂN DÂN`, `T/M BAN THƯỜNG VỤ`) or a position alone (`HIỆU TRƯỞNG`) in
 * capitals, with a personal name within the few lines under it.
 */
function signatureStart(lines: readonly Line[], bodyStart: number): number | undefined {
  const filled = lines.filter((l) => l.no >= bodyStart && !isBlank(l));
  const at = filled.findIndex((l, k) => {
    const text = l.text.trim();
    if (authorityCell(text)) return true;
    // The authority line the last of the text (`KT. BỘ TRƯỞNG BỘ NỘI VỤ`): a page that lost the position and the name
    // with the signature's picture. Nothing of a body follows a signature block, so it opens one all the same.
    if (k === filled.length - 1 && readAuthority(text) !== null) return true;
    // Law libraries print `(Đã ký)` where the signature stood: a name right above it is the signer's, even where the
    // page kept no authority or position line, and so is a position spelt as the table spells it (`Phó Chủ tịch`).
    const marked = SIGNED_MARK.test(filled[k + 1]?.text.trim() ?? '');
    if (marked && (readPersonalName(text) !== null || nameOverSignedMark(text) !== null || writtenPosition(text) !== null)) return true;
    if (readAuthority(text) === null && readBlockLine(text) === null && (!isUpperCase(text) || readPosition(text) === null)) return false;
    return filled.slice(k + 1, k + 1 + BLOCK_LINES).some((n) => readPersonalName(n.text) !== null);
  });
  return at < 0 ? undefined : filled[at]!.no;
}
