// The extractor: restored text in, plan record out. The text is cut into its
// parts (header, title, preamble, body outline, closing) and each part is read
// by its own parser; every value carries the lines it came from. A text that
// is not a plan still yields a record — empty fields and a warning.
import { distance } from 'fastest-levenshtein';
import { readAwardForms } from './award-forms.js';
import { otherSpelling } from './other-spelling.js';
import { cleanValue, findPhrase, foldSameLength, isUpperCase, keysAt, phraseAt, phraseKeys, startsWithPhrase, stripMarks, tokenize } from './fold.js';
import { isRegisteredPlace, placeInProvince, provinceLevel, settlePlaces, spellingInProvince } from './gazetteer.js';
import { readPlaceAndDate, type Header } from './header.js';
import { readLayout } from './layout.js';
import { opensPreamble, readLegalBases, type FoundBasis } from './legal-bases.js';
import { unflatten } from './flattened.js';
import { toLines, type Line, type Paragraph } from './lines.js';
import { readAttachedObjectives, readObjectives } from './objectives.js';
import { expandLetterhead, findIssuers, garbledWord, headAt, issuerName, issuerRunningOn, levelAt, organUnits, organWrittenOut, smallWordsRunningIn, spellCitedPlaces, spellOcrIssuer, withOwnPlace, type IssuerMention } from './organs.js';
import { buildOutline, outlineItems, sections as readSections, type OutlineNode } from './outline.js';
import { readClosing, remarkHeads } from './recipients.js';
import { guessedSpellings, readAuthority, readSigner, remarkName, unvouchedSyllables } from './signer.js';
import { readTargets } from './targets.js';
import { documentTypeNames, isRule, typeInTitleNote } from './title.js';
import { canonicalPart, readBarredD, readSymbol, spellByCitation, spellByIssuer, unsettledD, type BarredDReading } from './symbols.js';
import { findDates } from './dates.js';
import { issuedDateDoubt, unreadDate } from './date-doubts.js';
import { readEmulation } from './emulation.js';
import { vocabulary } from './vocabulary.js';
import { printsForBarredD } from '../misreadings.js';
import { isSyllableShape } from '../restore/vietnamese.js';
import type { Correction, Issuer, LineRange, PlanRecord, ReadBy } from '../types.js';

export interface ExtractOptions {
  /** File name recorded as `sample`. */
  sample: string;
  /** What restoration changed (its log): words the text did not have as they now stand. */
  corrections?: readonly Correction[];
  /** Restoration took the text for OCR without a Vietnamese model (RestoredText.rawOcr): its symbols never print Đ. */
  rawOcr?: boolean;
  /** What read the text: any OCR (a ReadBy at all) may have misread a letter of a symbol, a typist never does. */
  readBy?: ReadBy;
}

/** The document type this extractor is built for. */
const PLAN = 'Kế hoạch';
/** The level of central bodies (Bộ, Chính phủ, the Party's central Ban), which have no locality. */
const CENTRAL = 'trung ương';
/** Công văn: the administrative letter, the one type without a type line (NĐ 30 Phụ lục I). */
const LETTER = 'Công văn';

/**
 * A text without its header block (a crawl that dropped it) still states its
 * own number and date where an appendix says what it is attached to: `(Kèm
 * theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 …)`, or where its
 * type line carries them as the Công báo printed older documents.
 */
function statedNumber(
  documentType: string | null,
  lines: readonly Line[],
): { number: { number: string | null; symbol: string; text: string }; date: string | null; line: number; issuer?: { mention: IssuerMention; line: number } } | null {
  if (documentType === null) return null;
  const described = describedDocument(documentType, lines);
  if (described) return described;
  const pattern = new RegExp(String.raw`kèm theo\s+${documentType}\s+số\s+`, 'iu');
  // A portal that kept only the body closes the post with where it came from, on a line of its own at the end:
  // `(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)` — the document's own number and date, of its own type.
  const lastLine = lines.findLast((l) => l.text.trim() !== '');
  // Compared without marks, one letter of `Nguồn` left to OCR (`Ngudn`).
  const source = new RegExp(String.raw`^\s*\(\s*ngu[a-z]n\s*:\s*${foldSameLength(documentType)}\s+so\s+[^()]*\)\s*$`, 'u');
  // Or where the Công báo's heading gives them on the type line, in capitals: `NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY
  // 26-8-1994` (a sentence that opens `Quyết định số …` cites another document).
  // A law database runs the issuer in before the number and wraps the heading over lines of capitals: `CHỈ THỊ` /
  // `CỦA THỦ` / `TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG` / `NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …`.
  const typeLine = documentType.toUpperCase();
  const heading = new RegExp(String.raw`^\s*${typeLine}(?:\s+CỦA\s[^]*?)?\s+SỐ\s+`, 'u');
  for (const [i, line] of lines.entries()) {
    // The heading's block opens with its first line, so only a line opening with the type can start one.
    const m =
      pattern.exec(line.text) ??
      (line === lastLine && source.test(foldSameLength(line.text)) ? new RegExp(String.raw`${documentType}\s+số\s+`, 'iu').exec(line.text) : null) ??
      (line.text.trimStart().startsWith(typeLine) ? heading.exec(headingBlock(lines, i)) : null);
    if (!m) continue;
    const text = m.input;
    const symbol = readSymbol(text, m.index + m[0].length);
    if (!symbol || symbol.number === null) continue;
    // After `CỦA …` the heading may be a title citing another document (`KẾ HOẠCH CỦA … THỰC HIỆN NGHỊ QUYẾT SỐ …`):
    // the number is the document's own only where its symbol's type is the type line's.
    if (/\sCỦA\s/u.test(m[0]) && symbol.type !== documentType) continue;
    const date = findDates(text.slice(symbol.end)).find((d) => d.start < 12);
    return { number: { number: symbol.number, symbol: symbol.symbol, text: symbol.text }, date: date?.iso ?? null, line: line.no };
  }
  return null;
}

/** How many lines open a page where a portal puts its own line about the document it posts. */
const DESCRIPTOR_LINES = 3;

/**
 * A portal that posts a document without its header says what it is on a line
 * of its own above the body, written as NĐ 30 cites a document: type, `số`,
 * số và ký hiệu, `ngày`, `của` the issuing body, and the trích yếu after the
 * letter's `V/v` (`Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện
 * Bàn V/v treo cờ …`). Only of the document's own type, among the page's first
 * lines, with every part there: a sentence citing another document has a verb
 * before it or no `V/v` label.
 */
function describedDocument(
  documentType: string,
  lines: readonly Line[],
): { number: { number: string | null; symbol: string; text: string }; date: string | null; line: number; issuer: { mention: IssuerMention; line: number } } | null {
  const opener = new RegExp(String.raw`^\s*${documentType}\s+số\s+`, 'iu');
  const labels = vocabulary().letterhead.letterSubjectLabels.map(phraseKeys);
  for (const line of lines.filter((l) => l.text.trim() !== '').slice(0, DESCRIPTOR_LINES)) {
    const m = opener.exec(line.text);
    if (!m) continue;
    const symbol = readSymbol(line.text, m[0].length);
    if (!symbol || symbol.number === null) continue;
    const date = findDates(line.text.slice(symbol.end)).find((d) => d.start < 12);
    if (!date) continue;
    const rest = line.text.slice(symbol.end + date.end);
    const of = /^\s*của\s+/iu.exec(rest);
    if (!of) continue;
    const tokens = tokenize(rest);
    const label = tokens.findIndex((t, i) => t.start >= of[0].length && labels.some((keys) => keysAt(tokens, i, keys)));
    if (label < 0) continue;
    const named = rest.slice(of[0].length, tokens[label]!.start).trim();
    const mention = findIssuers(named).map((found) => withOwnPlace(named, tokenize(named), found))[0];
    if (!mention || mention.start !== 0 || mention.locality === null) continue;
    return {
      number: { number: symbol.number, symbol: symbol.symbol, text: symbol.text },
      date: date.iso,
      line: line.no,
      issuer: { mention, line: line.no },
    };
  }
  return null;
}

/**
 * The date of the decision a text was issued with, where the text has no date line of its own: NĐ 30/2020
 * (Phụ lục I) sets the note `(Ban hành kèm theo Quyết định số …/QĐ-UBND ngày … tháng 11 năm 2013 của …)` right
 * under the trích yếu of a text a decision issues, and the text bears that decision's date, as far as the note
 * gives it (a day left blank for the stamp gives the month).
 */
function attachedNoteDate(lines: readonly Line[], titleEnd: number | undefined): { date: string; line: number } | null {
  const note = titleEnd === undefined ? undefined : lines.find((l) => l.no > titleEnd && l.text.trim() !== '');
  if (note === undefined || !/^\s*\(\s*(?:ban hanh\s+)?kem theo\s/u.test(foldSameLength(note.text))) return null;
  const date = findDates(note.text)[0];
  return date === undefined ? null : { date: date.iso, line: note.no };
}

/**
 * A cited type whose qualifying words old OCR garbled (`Nghị quyết lần tích` of a `09/2008/NQLT-CP-…`): where the
 * number's type part is a type of the tables (NĐ 30 Phụ lục III) named by the read words' head type and as many words
 * after it, each opening with the letter the read word opens with, that type's name; else the reading as it is.
 */
function typeNamedBySymbol(read: string | null, number: string): string | null {
  const code = /(?<![\p{L}\d])\p{Lu}[\p{L}]*/u.exec(number)?.[0];
  const named = vocabulary().documentTypes.find((t) => t.abbr === code)?.name;
  if (read === null || named === undefined || named === read) return read;
  const [readWords, nameWords] = [read.split(' '), named.split(' ')];
  if (readWords.length !== nameWords.length || readWords.length < 3) return read;
  const initial = (w: string): string => stripMarks(w[0]!).toLowerCase();
  const fits = readWords.every((w, i) => (i < 2 ? w.toLowerCase() === nameWords[i]!.toLowerCase() : initial(w) === initial(nameWords[i]!)));
  return fits ? named : read;
}

/**
 * A basis type read by old OCR short of a longer type of the tables whose further words open its subject, each a
 * letter off at most (`Chương trình` + `hành ông`: Chương trình hành động, its đ lost; NĐ 30 Phụ lục III names both
 * types): the type is the longer one and those words leave the subject. Null where no longer type so goes on.
 */
function typeCutShort(type: string | null, subject: string | null): { documentType: string; subject: string | null } | null {
  if (type === null || subject === null) return null;
  const own = phraseKeys(type);
  const words = tokenize(subject);
  for (const longer of vocabulary().documentTypes) {
    const keys = phraseKeys(longer.name);
    const rest = keys.slice(own.length);
    if (rest.length === 0 || !own.every((k, j) => keys[j] === k) || words.length < rest.length) continue;
    if (!rest.every((k, j) => words[j]!.key.length > 1 && distance(words[j]!.key, k) <= 1) || rest.every((k, j) => words[j]!.key === k)) continue;
    const after = subject.slice(words[rest.length - 1]!.end).trim();
    return { documentType: longer.name, subject: after === '' ? null : after };
  }
  return null;
}

/** The line and the lines of capitals that follow it (at most five), joined: a heading wrapped over lines. */
function headingBlock(lines: readonly Line[], at: number): string {
  const block = [lines[at]!.text.trim()];
  for (const next of lines.slice(at + 1, at + 6)) {
    if (next.text.trim() === '' || !isUpperCase(next.text)) break;
    block.push(next.text.trim());
  }
  return block.join(' ');
}

/** `<organ> <level> <locality> xây dựng / ban hành …` in the preamble: the plan naming its own issuer. */
function selfReference(paragraphs: readonly Paragraph[]): { mention: IssuerMention; line: number } | null {
  const verbs = vocabulary().plan.selfReferenceVerbs.map(phraseKeys);
  let found: { mention: IssuerMention; line: number } | null = null;
  for (const p of paragraphs) {
    // `Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch …`: the clause names the body as its papers write it short (NĐ 30
    // Phụ lục I: tên cơ quan viết tắt), the organisation's letters standing for its name.
    const text = expandLetterhead(p.text);
    const tokens = tokenize(text);
    const folded = foldSameLength(text);
    for (const mention of findIssuers(text).map((m) => withOwnPlace(text, tokens, m))) {
      // `<organ> (sau đây gọi tắt là <short name>) ban hành …`: the drafting's alias bracket stands between the body
      // and its verb; the short name inside it is no fuller naming of the issuer.
      if (/\((?:sau day\s+)?goi\s+(?:tat\s+)?la\s[^)]*$/u.test(folded.slice(0, mention.start))) continue;
      const alias = /^\s*\((?:sau day\s+)?goi\s+(?:tat\s+)?la\s[^)]*\)/u.exec(folded.slice(mention.end));
      const end = mention.end + (alias?.[0].length ?? 0);
      const next = tokens.findIndex((t) => t.start >= end);
      if (next >= 0 && verbs.some((v) => phraseAt(tokens, next, v))) found = { mention, line: p.from };
    }
  }
  return found;
}

/**
 * The thẩm quyền ban hành line of a decision or a resolution, first under the
 * trích yếu (NĐ 30 Phụ lục I: `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG`, `CHỦ
 * TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH`): the body it names, with its level.
 */
function decidingBody(lines: readonly Line[], titleEnd: number | undefined): { mention: IssuerMention; line: number } | null {
  // The rule a page may print under the trích yếu (`______`) stands between it and that line.
  const next = titleEnd === undefined ? undefined : lines.slice(titleEnd).find((l) => l.text.trim() !== '' && !isRule(l.text.trim()));
  if (!next || !isUpperCase(next.text) || opensPreamble(next.text)) return null;
  const mention = findIssuers(next.text).find((m) => m.level !== null) ?? centralAuthority(next);
  return mention ? { mention, line: next.no } : null;
}

/**
 * A central authority as the thẩm quyền line names it (`THỦ TƯỚNG CHÍNH PHỦ`, `BỘ TRƯỞNG BỘ …`): a body of the
 * centre, read as a letterhead reads it (the tables' central heads), with no place to follow it.
 */
function centralAuthority(line: Line): IssuerMention | null {
  const units = organUnits([line]);
  const only = units.length === 1 ? units[0]! : null;
  if (only?.head?.kind !== 'central' || only.organ === null) return null;
  return { organ: only.organ, level: only.level, locality: null, start: 0, end: line.text.length };
}

/**
 * `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH` / `I. Căn cứ pháp lý` / `I. CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH`: a plan may list its bases as the items of its first section
 * instead of as clauses above it. That section's paragraphs, in order; none when the first section is another.
 */
function basesSection(outline: readonly OutlineNode[]): Paragraph[] {
  const first = outline[0];
  const { preambleOpeners, basesHeadings } = vocabulary().plan;
  const headings = [preambleOpeners[0] ?? '', ...basesHeadings];
  if (first?.kind !== 'roman' || !headings.some((heading) => startsWithPhrase(first.text, heading))) return [];
  const paragraphs: Paragraph[] = [];
  const walk = (node: OutlineNode): void => {
    paragraphs.push(node.paragraph, ...node.body);
    node.children.forEach(walk);
  };
  walk(first);
  // A paragraph from `at` on, its lines' offsets moved with it.
  const from = (p: Paragraph, at: number): Paragraph => ({
    ...p,
    text: p.text.slice(at),
    marker: null,
    starts: p.starts.map((st) => ({ line: st.line, offset: Math.max(0, st.offset - at) })),
  });
  // The heading cites nothing; a first item a crawl ran onto its line (`… KẾ HOẠCH - Quyết định số …`) is kept.
  const heading = first.paragraph;
  const cut = /\s[-–:]\s|:\s*/u.exec(heading.text);
  // An item numbered `1.`, `a)` cites from after its number, as a dashed one does from after its dash.
  const items = paragraphs
    .filter((p) => p !== heading)
    .map((p) => (p.marker && p.marker.kind !== 'dash' && p.marker.kind !== 'plus' && p.marker.rest !== '' ? from(p, p.text.lastIndexOf(p.marker.rest)) : p));
  if (cut) items.push(from(heading, cut.index + cut[0].length));
  return items.sort((a, b) => a.from - b.from);
}

/** `xây dựng Kế hoạch`, `Trên đây là Kế hoạch`: the type a text without a type heading gives itself. */
function typeFromBody(paragraphs: readonly Paragraph[]): { documentType: string; line: number } | null {
  const verbs = vocabulary().plan.selfReferenceVerbs.map(phraseKeys);
  const types = documentTypeNames().map((name) => ({ name, keys: phraseKeys(name) }));
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    for (const verb of verbs) {
      for (let at = findPhrase(tokens, verb); at >= 0; at = findPhrase(tokens, verb, at + 1)) {
        const type = types.find((t) => phraseAt(tokens, at + verb.length, t.keys));
        if (type) return { documentType: type.name, line: p.from };
      }
    }
  }
  return null;
}

/** The organ of a symbol's issuer part (`KH-UBND` -> Ủy ban nhân dân). */
function organOfSymbol(symbol: string | null): string | null {
  const abbr = symbol?.split(/[-/]/u).at(-1);
  return vocabulary().organs.find((o) => o.abbr === abbr && /^\p{Lu}/u.test(o.name))?.name ?? null;
}

/**
 * An issuer's name from old OCR, which prints Đ as B, P or H (`Hội Chữ thập bộ`): each run of its words that is an
 * organ's name of the tables (organs, letterhead heads and expansions) but for such a letter opening a word the table
 * spells with Đ takes the table's spelling; where two runs would spell one word two ways, the name stays as read.
 */
function barredOrganName(name: string | null): string | null {
  if (name === null) return null;
  const { organs, letterhead } = vocabulary();
  const known = new Set([...organs, ...letterhead.heads, ...letterhead.expansions].map((o) => o.name));
  const key = (w: string): string => stripMarks(w).toLowerCase();
  const words = name.split(' ');
  const spelt = new Map<number, string>();
  for (let at = 0; at < words.length; at++) {
    for (const organ of known) {
      const table = organ.split(' ');
      if (at + table.length > words.length) continue;
      const barred = table.map((t, j) => /^[đĐ]/u.test(t) && printsForBarredD(words[at + j]![0]!) && key(words[at + j]!).slice(1) === key(t).slice(1));
      if (!barred.some(Boolean) || !table.every((t, j) => barred[j] || key(words[at + j]!) === key(t))) continue;
      for (const [j, t] of table.entries()) {
        if (barred[j] && spelt.has(at + j) && spelt.get(at + j) !== t) return name;
        if (barred[j]) spelt.set(at + j, t);
      }
    }
  }
  return words.map((w, i) => spelt.get(i) ?? w).join(' ');
}

/**
 * An issuer's name from old OCR whose letterhead lost words, wrapped over two columns (`BỘ LAO ĐỘNG ~ THƯƠNG` /
 * `BINH VÀ` / `XÃ HỘI`, read `Bộ Lao động ~ thương xã hội`): where its words, signs aside, are in order some of the
 * words of exactly one body of the organs' table, its first two and its last among them, and the name is no body of
 * the table, that body is the one named. Said in a warning.
 */
function organOfLostWords(name: string | null): { name: string | null; warning?: string } {
  if (name === null) return { name };
  const read = phraseKeys(name);
  if (read.length < 3) return { name };
  const known = [...new Set(vocabulary().organs.map((o) => o.name))].map((o) => ({ name: o, keys: phraseKeys(o) }));
  if (known.some((o) => o.keys.join(' ') === read.join(' '))) return { name };
  const holds = (table: string[]): boolean => {
    if (table.length <= read.length || table[0] !== read[0] || table[1] !== read[1] || table.at(-1) !== read.at(-1)) return false;
    let at = 0;
    for (const key of table) if (key === read[at]) at += 1;
    return at === read.length;
  };
  const bodies = known.filter((o) => holds(o.keys)).map((o) => o.name);
  if (bodies.length !== 1) return { name };
  return { name: bodies[0]!, warning: `issuer.name: "${name}" came from OCR without a Vietnamese model and lost words of its letterhead: read as ${bodies[0]}, the one body of the tables whose name holds its words` };
}

/**
 * A cited issuer from old OCR, named by its symbol's organ part (HD 36: `TU` is a Tỉnh ủy's or a Thành ủy's,
 * `HU` a Huyện ủy's): where the name holds none of the organs that code stands for but does hold one's first
 * word, capitalised as a committee's name is, followed by a word in small letters that is not its second and is
 * nearer it than the second word of any other committee or level the tables open so (`Ban Thường vụ Tỉnh tây Hà
 * Giang`, `Thanh tây Thành phố Hồ Chí Minh`: `ủy` as OCR printed it, `tly`, and restoration read it; `Thành phố`
 * is a level, `Đảng bị` nearer a Đảng bộ), that word was the organ's. One such run only; else the name as read.
 */
function issuerByCode(issuer: string | null, number: string | null): string | null {
  const code = number?.split(/[-/]/u).at(-1);
  if (issuer === null || !code) return issuer;
  const { organs, levels, letterhead } = vocabulary();
  const named = organs.filter((o) => o.abbr === code && phraseKeys(o.name).length === 2).map((o) => ({ name: o.name, keys: phraseKeys(o.name) }));
  const tokens = tokenize(issuer);
  const keys = tokens.map((t) => t.key).join(' ');
  if (named.length === 0 || named.some((o) => ` ${keys} `.includes(` ${o.keys.join(' ')} `))) return issuer;
  // The other committees and the levels named in two words (`Đảng bộ` beside `Đảng ủy`, `Thành Đoàn`, `thành phố`).
  const committees = letterhead.heads.filter((h) => h.kind === 'committee').map((h) => h.name);
  const pairs = [...committees, ...levels].map(phraseKeys).filter((k) => k.length === 2);
  // OCR may print the word's hook as a capital (`Tinh Gy Bic Kan`: ủy): a capitalised word then counts only where it
  // stands between the first word and a place the register knows that it is no word of, where the organ's word goes.
  const beforePlace = (k: number): boolean =>
    k + 1 < tokens.length && isRegisteredPlace(issuer.slice(tokens[k + 1]!.start)) && !isRegisteredPlace(issuer.slice(tokens[k]!.start));
  const runs = tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    if (!next || !/^\p{Lu}/u.test(t.text) || !(/^\p{Ll}/u.test(next.text) || beforePlace(i + 1))) return [];
    return named.filter((o) => {
      if (o.keys[0] !== t.key) return false;
      // The word is the code's organ's only where no other committee or level is as near it (`Đảng bị` is a Đảng bộ).
      const near = distance(next.key, o.keys[1]!);
      return near > 0 && !pairs.some((p) => p[0] === t.key && p[1] !== o.keys[1] && distance(next.key, p[1]!) <= near);
    }).map((o) => ({ at: i, organ: o.name }));
  });
  if (runs.length !== 1) return issuer;
  const { at, organ } = runs[0]!;
  return `${issuer.slice(0, tokens[at]!.start)}${organ}${issuer.slice(tokens[at + 1]!.end)}`;
}

/**
 * A cited issuer from old OCR that is, word for word, the one body its symbol's organ code names (NĐ 30 Phụ lục III:
 * `TTg` is the Thủ tướng Chính phủ's) but for one word in small letters OCR garbled (`Thủ công Chính phủ` of
 * `42/2002/QĐ-TTg`): the code proves that word, and the name is the table's. A name of three words at least, so two
 * words stand with the code; a name of another length, or a code of several bodies, stays as read.
 */
function issuerNamedByCode(issuer: string | null, number: string | null): string | null {
  const code = number?.split(/[-/]/u).at(-1);
  if (issuer === null || !code) return issuer;
  const names = [...new Set(vocabulary().organs.filter((o) => o.abbr === code).map((o) => o.name))];
  if (names.length !== 1) return issuer;
  const table = tokenize(names[0]!);
  const read = tokenize(issuer);
  if (table.length < 3 || read.length !== table.length) return issuer;
  const off = read.flatMap((t, i) => (t.key === table[i]!.key ? [] : [i]));
  const lower = (t: { text: string }): boolean => /^\p{Ll}/u.test(t.text);
  return off.length === 1 && lower(read[off[0]!]!) && lower(table[off[0]!]!) ? names[0]! : issuer;
}

/** The word HD 36 sets before a Party body's term (`Ban Chấp hành Đảng bộ tỉnh … khóa X`). */
const TERM_WORD = 'khóa';

/**
 * A cited Party body's name from old OCR ending on its term (HD 36: `… khóa X`) whose `khóa` OCR misprinted a letter
 * off (`khoéa X`): before a roman numeral that ends the name no other word stands, so that word is the term's.
 */
function termSpelt(issuer: string): string {
  return issuer.replace(/(?<!\p{L})(\p{Ll}{3,6})(\s+[IVXLC]+)$/u, (whole, word: string, numeral: string) =>
    word !== TERM_WORD && distance(stripMarks(word), stripMarks(TERM_WORD)) === 1 ? `${TERM_WORD}${numeral}` : whole,
  );
}

/**
 * An issuer whose locality is only the name within the Đoàn's heading (`ĐOÀN TNCS HỒ CHÍ MINH`, which heads the right
 * column in place of the quốc hiệu and names no body nor place): the heading taken for the body that issues, which
 * the letterhead's left column names. A warning where so (the issuer is then left empty), else null.
 */
function headingTakenForIssuer(issuer: Issuer): string | null {
  if (issuer.name === null || issuer.locality === null) return null;
  const place = foldSameLength(issuer.locality);
  let rest = foldSameLength(issuer.name);
  // A locality the name does not hold came from elsewhere (the superior body's line, the date line).
  if (!rest.includes(place)) return null;
  // The heading whole, or with its first word lost or misread (`ĐẾN TNCS HỒ CHÍ MINH`).
  for (const h of vocabulary().letterhead.youthUnionHeadings.map(foldSameLength)) {
    for (const part of [h, h.slice(h.indexOf(' ') + 1)]) rest = rest.split(part).join(' ');
  }
  if (rest.includes(place)) return null;
  return `issuer: "${issuer.name}" names its locality "${issuer.locality}" only within the Đoàn's heading, which is no issuing body: left empty`;
}

/**
 * An issuer's name from old OCR that holds a word in small letters no Vietnamese syllable can be (`sk`, `df`: OCR's
 * reading of a stamp, a rule or a smudge beside the letterhead): at the name's end such words are cut off (`Đảng ủy
 * Sở nội vụ sk`); inside it, with words after them, the name is not proved and is left empty. Said in a warning. The
 * words of the locality are left to settledPlaces.
 */
function withoutScraps(name: string | null, locality: string | null): { name: string | null; warning?: string } {
  if (name === null) return { name };
  const tokens = tokenize(name);
  // The locality is settled against the date line's place and the register (settledPlaces), not here.
  const at = locality === null ? -1 : name.indexOf(locality);
  const inLocality = (t: { start: number }): boolean => at >= 0 && t.start >= at && t.start < at + locality!.length;
  const scrap = tokens.findIndex((t) => /^\p{Ll}+$/u.test(t.text) && !isSyllableShape(t.text) && !inLocality(t));
  if (scrap < 0) return { name };
  const scraps = tokens.slice(scrap);
  const onlyScraps = scraps.every((t) => /^\p{Ll}+$/u.test(t.text) && !isSyllableShape(t.text));
  const kept = onlyScraps && scrap > 0 ? cleanValue(name.slice(0, tokens[scrap]!.start)) : null;
  const said = `issuer.name: "${name}" came from OCR without a Vietnamese model and "${tokens[scrap]!.text}" is no Vietnamese syllable`;
  return { name: kept, warning: kept === null ? `${said}: left empty` : `${said}: cut to "${kept}"` };
}

/**
 * A cited issuer from old OCR that names its body by a code the OCR misread (`LBLD huyện`: LĐLĐ with its Đs printed
 * B and D): a word in capitals that is no code of the tables as written but reads as exactly one of theirs by the OCR's
 * misreadings (symbols.ts canonicalPart) is written out as that code's one body (`Liên đoàn Lao động huyện`), as an
 * exact code is (organs.ts organForAbbreviation).
 */
function misreadCodesWrittenOut(issuer: string): string {
  const { organs } = vocabulary();
  return issuer.replace(/(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/gu, (word) => {
    if (organs.some((o) => stripMarks(o.abbr) === stripMarks(word))) return word;
    const code = canonicalPart(word, 'organ');
    const names = [...new Set(organs.filter((o) => o.abbr === code && /^\p{Lu}/u.test(o.name)).map((o) => o.name))];
    return names.length === 1 ? names[0]! : word;
  });
}

/** The one province a letterhead's superior body names (`LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA`), other than the issuer's own locality. */
function superiorProvince(header: Header, lines: readonly Line[], locality: string | null): string | null {
  const range = header.letterhead?.lines;
  if (range == null) return null;
  const mentions = lines.filter((l) => l.no >= range.from && l.no <= range.to).flatMap((l) => findIssuers(l.text));
  const named = new Set(mentions.flatMap((m) => (m.locality !== null && m.locality !== locality && provinceLevel(m.locality) !== null ? [m.locality] : [])));
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * The locality and place OCR gave, settled against each other and the register (gazetteer.ts, settlePlaces), and
 * against the province a superior body on the letterhead names (placeInProvince); the issuer's name follows its
 * locality, and each value changed or emptied is said in a warning.
 */
function settledPlaces(issuer: Issuer, place: string | null, province: string | null): { issuer: Issuer; place: string | null; warnings: string[] } {
  if (issuer.locality === null) return { issuer, place, warnings: [] };
  let { locality, place: settledPlace } = place === null ? { locality: issuer.locality, place } : settlePlaces(issuer.locality, place);
  const there = locality === null || province === null ? null : placeInProvince(locality, province);
  if (locality !== null && there !== null && there !== locality) {
    // A unit under a province's body lies in that province (Yên Bình read for Yên Định under Thanh Hóa).
    if (settledPlace?.endsWith(locality)) settledPlace = settledPlace.slice(0, -locality.length) + there;
    locality = there;
  }
  const said = (field: string, read: string, now: string | null): string =>
    `${field}: "${read}" came from OCR and ${now === null ? 'neither it nor the other place the header names is a place of the register: left empty' : `is read "${now}" as the header's other place or the province of its superior body says`}`;
  const warnings = [
    ...(locality === issuer.locality ? [] : [said('issuer.locality', issuer.locality, locality)]),
    ...(place === null || settledPlace === place ? [] : [said('place', place, settledPlace)]),
  ];
  const name = issuer.name === null || locality === issuer.locality ? issuer.name : cleanValue(issuer.name.replace(issuer.locality, locality ?? ''));
  return { issuer: { ...issuer, name, locality }, place: settledPlace, warnings };
}

/**
 * A date line's place from old OCR that the register does not know and the issuer's locality does not confirm: the
 * date line wrapped inside the name (`… Hà` / `Nội, ngày …`) is read with the last word of the line above where the two
 * make a registered name; otherwise OCR lost part of it (`Nội, ngày …`, its `Hà` gone), and it is left empty. A
 * registered one under a province's body is spelt as that province's unit of its letters (spellingInProvince).
 */
function registeredPlace(place: string | null, locality: string | null, lines: readonly Line[], dateLine: number | null): { place: string | null; warning?: string } {
  if (place === null || place === locality) return { place };
  const above = lines.filter((l) => dateLine !== null && l.no < dateLine && l.text.trim() !== '').at(-1);
  // The date line wrapped inside the issuer's own place, its first words alone on the line above (`Quảng` / `Tri, ngày
  // …`), the rest garbled (`Tư`, a place of another province): the same number of words, each rest word's first letter
  // kept, is that place (NĐ 30 Phụ lục I: the địa danh is the issuing unit's).
  if (locality !== null && above !== undefined && wrappedLocality(above.text.trim(), place, locality)) {
    return { place: locality, warning: `place: "${above.text.trim()} ${place}" came from OCR without a Vietnamese model, wrapped inside the issuer's place: read "${locality}"` };
  }
  if (isRegisteredPlace(place)) return placeInIssuersProvince(place, locality, 'came from OCR without a Vietnamese model');
  // No place of the register, one letter off the issuer's own (`Thừa Thiên Hug` under `TỈNH THỪA THIÊN HUẾ`): that place
  // misread, for the địa danh is the issuing unit's (NĐ 30 Phụ lục I). Its other words must be the locality's, marks aside.
  if (locality !== null && oneLetterOff(place, locality)) {
    return { place: locality, warning: `place: "${place}" came from OCR without a Vietnamese model, one letter off the issuer's place: read "${locality}"` };
  }
  const lastWord = above && /(?<![\p{L}\d])\p{Lu}\p{Ll}*$/u.exec(above.text.trim())?.[0];
  const joined = lastWord ? `${lastWord} ${place}` : null;
  if (joined !== null && isRegisteredPlace(joined)) return { place: joined, warning: `place: "${place}" came from OCR without a Vietnamese model and is read "${joined}" with the word that ends the line above` };
  return { place: null, warning: `place: "${place}" came from OCR without a Vietnamese model and is no place of the register: left empty` };
}

/** `place` and `locality` of as many words, two words or more, one letter apart once marks are set aside. */
function oneLetterOff(place: string, locality: string): boolean {
  const [a, b] = [stripMarks(place).toLowerCase(), stripMarks(locality).toLowerCase()];
  return a.split(/\s+/u).length === b.split(/\s+/u).length && /\s/u.test(b) && distance(a, b) === 1;
}

/**
 * Whether `head` / `rest` are `locality` wrapped after its first words: those words alone (marks aside: old OCR prints
 * none, and restoration may set a wrong one on a word cut from its place, `Bén` / `Tre` of Bến Tre), then as many words
 * as it has left, each opening with the letter its word opens with.
 */
function wrappedLocality(head: string, rest: string, locality: string): boolean {
  const words = locality.split(/\s+/u);
  const [headWords, restWords] = [head.split(/\s+/u), rest.split(/\s+/u)];
  if (headWords.length >= words.length || headWords.length + restWords.length !== words.length) return false;
  if (headWords.some((w, i) => stripMarks(w).toLowerCase() !== stripMarks(words[i]!).toLowerCase())) return false;
  return restWords.every((w, i) => stripMarks(w[0]!).toLowerCase() === stripMarks(words[headWords.length + i]![0]!).toLowerCase());
}

/**
 * The one level the body sets before the date line's place (`… thuộc phạm vi quản lý của tỉnh Gia Lai` under `Gia
 * Lai, ngày …`), or null where it sets none or more than one (`tỉnh Quảng Ninh` and `huyện Quảng Ninh`). NĐ 30 Phụ
 * lục I: the date line's địa danh is the unit of the issuing body, so the level the text gives that unit is the
 * issuer's where its letterhead names the body without level or place (`CHỦ TỊCH ỦY BAN NHÂN DÂN`).
 */
function levelOfPlace(paragraphs: readonly Paragraph[], place: string | null): string | null {
  if (place === null) return null;
  const placeKeys = phraseKeys(place);
  const levels = new Set<string>();
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    for (let i = 0; i < tokens.length; i++) {
      const level = levelAt(tokens, i);
      if (level === null || !keysAt(tokens, i + level.length, placeKeys)) continue;
      // The place whole, not the head of a longer name (`Hà` of `thành phố Hà Nội`).
      const after = tokens[i + level.length + placeKeys.length];
      if (after === undefined || !/^\p{Lu}/u.test(after.text)) levels.add(level.name);
    }
  }
  return levels.size === 1 ? [...levels][0]! : null;
}

/**
 * A registered place whose marks were guessed (`how`: by restoration, or OCR's), under a province's body: the
 * province's unit of those letters (spellingInProvince), where it is another.
 */
function placeInIssuersProvince(place: string, locality: string | null, how: string): { place: string | null; warning?: string } {
  const there = locality !== null && provinceLevel(locality) !== null ? spellingInProvince(place, locality) : place;
  if (there === null || there === place) return { place };
  return { place: there, warning: `place: "${place}" ${how} and lies outside ${locality}, the issuer's province: read "${there}", its one place of those letters` };
}

/**
 * Cơ quan ban hành from, in order: the letterhead, the body naming its issuer,
 * the symbol's organ part and the signature's `TM.` line; the place of the date
 * line stands in for a locality nothing else gives.
 */
function resolveIssuer(
  header: Header,
  self: { mention: IssuerMention; line: number } | null,
  authority: string | null,
  deciding: { mention: IssuerMention; line: number } | null,
  statedSymbol: string | null,
  placeLevel: string | null,
): { issuer: Issuer; lines: LineRange | null; warning?: string } {
  const letterhead = header.letterhead;
  // The symbol the header prints, or the one the text states of itself when it lost its header.
  const symbol = header.documentNumber?.symbol ?? statedSymbol;
  // A letterhead that lost its second line (`ỦY BAN NHÂN DÂN` alone) is completed by the line naming who decides.
  const completes = deciding?.mention.level && letterhead?.organ === deciding.mention.organ && letterhead.level === null;
  if (completes) {
    const { organ, level } = deciding.mention;
    // `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` names the level, not the place: the date line's stands in, as below.
    const locality = deciding.mention.locality ?? (level === CENTRAL ? null : header.place);
    return { issuer: { name: issuerName(organ, level, locality), level, locality }, lines: { from: deciding.line, to: deciding.line } };
  }
  // NĐ 30: the symbol's organ part is the issuer's. A letterhead that gives only the parent body (`UBND QUẬN X`, the
  // issuer's line under it unreadable) yields to the body naming itself as that organ of the same level.
  const symbolOrgan = organOfSymbol(symbol);
  const ownLine =
    letterhead?.organ && symbolOrgan !== null && letterhead.organ !== symbolOrgan && self?.mention.organ === symbolOrgan && self.mention.level === letterhead.level
      ? self
      : null;
  if (ownLine) {
    const { organ, level } = ownLine.mention;
    const locality = ownLine.mention.locality ?? letterhead?.locality ?? null;
    return { issuer: { name: issuerName(organ, level, locality), level, locality }, lines: { from: ownLine.line, to: ownLine.line } };
  }
  // `Ủy ban nhân dân` alone names no one: such a letterhead is completed below or left empty.
  const bareHead = letterhead?.name && letterhead.level === null && letterhead.locality === null && headAt(letterhead.name)?.head.name === letterhead.name;
  if (letterhead?.name && !bareHead) {
    return {
      issuer: { name: letterhead.name, level: letterhead.level, locality: letterhead.locality ?? (letterhead.level === null || letterhead.level === CENTRAL ? null : header.place) },
      lines: letterhead.lines,
    };
  }
  // No letterhead at all (a page that kept the decision from its type line on): the thẩm quyền ban hành line names the
  // body in full (NĐ 30 Phụ lục I: `ỦY BAN NHÂN DÂN TỈNH …`), as a letterhead would; a line naming only the level
  // (`ỦY BAN NHÂN DÂN TỈNH`) names no one and falls through. A central authority (`THỦ TƯỚNG CHÍNH PHỦ`) has no place
  // to give: its name is whole.
  if (!letterhead && deciding?.mention.level && (deciding.mention.locality || deciding.mention.level === CENTRAL)) {
    const { organ, level, locality } = deciding.mention;
    return { issuer: { name: issuerName(organ, level, locality), level, locality }, lines: { from: deciding.line, to: deciding.line } };
  }
  const fromLetterhead = letterhead?.level ? letterhead : null;
  // An authority kept as written in small letters may name its body by an abbreviation (`TM. BCH Phân hội …`).
  const tmOrgan = authority?.startsWith('TM.') ? expandLetterhead(authority.slice(3).trim()) : null;
  // Without a letterhead, a thẩm quyền line naming only the level (`CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ`, the page having lost
  // the name) still says which body of which level decides: its level is kept, its name left to the place (below).
  const decidingLevel = !letterhead && deciding?.mention.level && deciding.mention.level !== CENTRAL ? deciding.mention : null;
  const organ =
    letterhead?.organ ?? self?.mention.organ ?? organOfSymbol(symbol) ?? tmOrgan ?? decidingLevel?.organ ?? null;
  const head = organ === null ? undefined : headAt(organ)?.head;
  // A Party committee or Đoàn whose head holds its level (`Ban Thường vụ Tỉnh ủy ban hành …`, HD 36) is of that level
  // though no place follows it.
  const ownLevel = head?.kind === 'committee' ? head.level ?? null : null;
  const level = fromLetterhead?.level ?? self?.mention.level ?? ownLevel ?? (organ === decidingLevel?.organ ? decidingLevel.level : null);
  const locality =
    (fromLetterhead ? fromLetterhead.locality : self?.mention.locality) ?? (level !== null ? header.place : null);
  const lines = letterhead?.lines ?? (self ? { from: self.line, to: self.line } : null);
  if (organ === null) return { issuer: { name: null, level, locality }, lines };
  // `Ủy ban nhân dân` alone names no one: a body of a level needs its level and place — which the date line's place
  // and the one level the body sets before that place give together (levelOfPlace).
  if (level === null && head?.kind === 'state' && !head.level && placeLevel !== null && header.place !== null) {
    return { issuer: { name: issuerName(organ, placeLevel, header.place), level: placeLevel, locality: header.place }, lines };
  }
  if (level === null && head && (head.kind === 'state' || head.kind === 'committee') && !head.level) {
    return { issuer: { name: null, level, locality }, lines, warning: `issuer: ${organ} without its level and place` };
  }
  // `Ủy ban nhân dân huyện thông báo …` with no place anywhere: the level is known, the body is not named.
  if (locality === null && level !== null && level !== CENTRAL && head && (head.kind === 'state' || head.kind === 'committee') && !head.level) {
    return { issuer: { name: null, level, locality }, lines, warning: `issuer: ${organ} ${level} without its place` };
  }
  return { issuer: { name: issuerName(organ, level, locality), level, locality }, lines };
}

// Contract fields, as the scorer reads them, checked for `missingFields`.
const CONTRACT_FIELDS = [
  'documentType', 'documentNumber.text', 'issuer.name', 'issuer.level', 'issuer.locality', 'place', 'issuedDate',
  'title', 'legalBases', 'emulation.theme', 'emulation.period.from', 'emulation.period.to', 'objectives', 'targets',
  'awardForms', 'signer.name', 'signer.position', 'signer.authority', 'recipients', 'sections',
] as const;

function missingFields(record: Omit<PlanRecord, 'missingFields'>): string[] {
  const valueAt = (path: string): unknown =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], record);
  return CONTRACT_FIELDS.filter((path) => {
    const value = valueAt(path);
    return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  });
}

/** Why a value whose name the text spells another way elsewhere is a guess, for its warning. */
const saidTwoWays = (elsewhere: string): string =>
  `came without marks and the text spells its name "${elsewhere}" elsewhere: restoration read the same letters two ways, to be checked`;

/** What restoration changed on a line of the unflattened text: the changes of the line of the text as given it came from. */
function correctionsByLine(corrections: readonly Correction[], origin: ReadonlyMap<number, number>): (line: number) => readonly Correction[] {
  const byLine = new Map<number, Correction[]>();
  for (const c of corrections) {
    const changes = byLine.get(c.line);
    if (changes) changes.push(c);
    else byLine.set(c.line, [c]);
  }
  return (line) => byLine.get(origin.get(line) ?? line) ?? [];
}

/** Figures old OCR prints for the ô of `số` and its mark (`s6`, `S06`, `S60`). */
const LABEL_FIGURES = /[06]/gu;

/**
 * A number with its year whose symbol stops at a type's first letters (`34/2011/N` at a line's end, the rest lost
 * by OCR): NĐ 30/2020 Phụ lục I writes `number/year/TYPE-ORGAN` and a law's `number/year/QH` with the Quốc hội's
 * term (`43/2019/QH14`), and a crawl that drops hyphens still keeps the organ's letters (`61/2018/NĐCP`); capitals
 * of a type alone after the year are neither.
 */
function cutShort(number: string): boolean {
  return /^\d+[a-z]?\/(?:19|20)\d\d\/\p{Lu}{1,3}$/u.test(number);
}

/**
 * Any other figure in a word restoration read as the label (`s63 1-QB/TW` of `số 31-QĐ/TW`) is a figure of the
 * number it lost; what follows is then no whole number. Whether `number` stands right after such a label on
 * `lines`, by the changes made to them.
 */
function afterLostFigure(number: string, lines: readonly Line[], changes: readonly Correction[]): boolean {
  const figures = /^\d+/u.exec(number)?.[0];
  if (figures === undefined) return false;
  const labels = changes.filter((c) => stripMarks(c.to).toLowerCase() === 'so' && /\d/u.test(c.from.replace(LABEL_FIGURES, '')));
  return labels.some((c) => lines.some((l) => new RegExp(String.raw`(?<!\p{L})${c.to}\s*:?\s*${figures}(?!\d)`, 'u').test(l.text)));
}

/**
 * A name the letterhead wraps over two lines loses the dash between its halves at the break (`HỘI TRUYỀN THỐNG
 * TRƯỜNG SƠN` / `ĐƯỜNG HỒ CHÍ MINH VIỆT NAM`); the preamble, naming its own body, writes it (`Hội Truyền thống
 * Trường Sơn – Đường Hồ Chí Minh Việt Nam xây dựng …`). Where the preamble has the name's words in that order with
 * dashes between some of them, the name takes them.
 */
function dashedAsWritten(name: string | null, preamble: readonly Paragraph[]): string | null {
  const words = name?.split(' ') ?? [];
  // Words of letters only: a name with a figure or a sign in it is left as read.
  if (name === null || words.length < 2 || !words.every((w) => /^\p{L}+$/u.test(w))) return name;
  const pattern = new RegExp(String.raw`(?<!\p{L})${words.join(String.raw`(\s*[-–—]\s*|\s+)`)}(?!\p{L})`, 'iu');
  const dash = (gap: string): string | undefined => /[-–—]/u.exec(gap)?.[0];
  for (const p of preamble) {
    const m = pattern.exec(p.text);
    if (m === null || !m.slice(1).some((gap) => dash(gap) !== undefined)) continue;
    return words.slice(1).reduce((out, w, i) => `${out}${dash(m[i + 1]!) === undefined ? ' ' : ` ${dash(m[i + 1]!)} `}${w}`, words[0]!);
  }
  return name;
}

/**
 * `TRUNG TÂM VĂN HÓA` under `ỦY BAN NHÂN DÂN QUẬN 9`: a unit named for itself (Trung tâm, Trường …) under its
 * superior, whose letterhead line holds no place of its own, is named in full where its own text names it with the
 * superior's level and place (`Trung tâm Văn hóa Quận 9 đề nghị …`; NĐ 30 Phụ lục I mục II: the issuer's full name).
 * Only the text's own run is taken, as written; without it the name stays as the letterhead gives it.
 */
function placedAsWritten(name: string | null, issuer: Issuer, body: readonly Paragraph[]): string | null {
  const { level, locality } = issuer;
  if (name === null || level === null || locality === null || level === CENTRAL || headAt(name)?.head.kind !== 'named') return name;
  const [words, levelWords, placeWords] = [name, level, locality].map((text) => text.split(/\s+/u));
  // Words of letters and figures only (a place may be a figure: `Quận 9`), so the run needs no escaping.
  if (![...words!, ...levelWords!, ...placeWords!].every((w) => /^[\p{L}\p{N}]+$/u.test(w))) return name;
  if (tokenize(name).some((t) => t.key === phraseKeys(locality)[0])) return name;
  const run = (parts: readonly string[]): string => parts.join(String.raw`\s+`);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${run(words!)}\s+(?:${run(levelWords!)}\s+)?${run(placeWords!)}(?![\p{L}\p{N}])`, 'iu');
  for (const p of body) {
    const m = pattern.exec(p.text);
    if (m !== null) return m[0].replace(/\s+/gu, ' ');
  }
  return name;
}

/** The line right above the signature block when it is a date line alone (`Tây Ninh ngày 23 tháng 02 năm 2009`). */
function dateLineAbove(lines: readonly Line[], signatureFrom: number | undefined): { place: string; date: string } | null {
  const above = signatureFrom === undefined ? undefined : lines.filter((l) => l.no < signatureFrom && l.text.trim() !== '').at(-1);
  const read = above === undefined ? null : readPlaceAndDate(above.text);
  if (read === null || read.place === null) return null;
  // The formula and nothing else: the worded date closes the line.
  const rest = above!.text.slice(read.start).replace(/^ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu, '').trim();
  return rest === '' || rest === '.' ? { place: read.place, date: read.date } : null;
}

/** Whether a cited issuer's last word is the plural `các`, which never closes a name (`… và Trung ương các`). */
function endsOnPlural(issuer: string | null): boolean {
  const last = issuer === null ? undefined : tokenize(issuer).at(-1);
  return last !== undefined && last.key === phraseKeys(vocabulary().body.plural)[0];
}

/**
 * A level read before a misread locality that goes on with the quốc hiệu's words (`xã` / `H I CH NGHĨA VI T NĂM …`:
 * the letterhead column read into `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, NĐ 30 Phụ lục I mục 1): the `xã` of `xã hội`,
 * no level of the issuer. The quốc hiệu's one level word, its `nghĩa` and its closing `Nam`, in that order.
 */
function quocHieuLevel(level: string | null, locality: string): boolean {
  const national = phraseKeys(vocabulary().plan.nationalName);
  const keys = phraseKeys(locality);
  const nghia = keys.indexOf(national.at(-3)!);
  return level !== null && national.includes(phraseKeys(level).join(' ')) && nghia >= 0 && keys.indexOf(national.at(-1)!, nghia + 1) > nghia;
}

/** A locality the register does not know with a word no syllable is (`H I CH NGHĨA VI T NĂM`, `MỸ HƯNGCHI`). */
function garbledLocality(locality: string | null): boolean {
  if (locality === null || isRegisteredPlace(locality)) return false;
  return locality.split(/\s+/u).some((w) => /^\p{L}+$/u.test(w) && !isSyllableShape(w.toLowerCase()));
}

/**
 * A type line outside the tables of issued types (NĐ 30 Phụ lục III, HD 36 Điều 7) that names a table heads a working
 * paper — a `BẢNG SO SÁNH` set beside a draft, a `BIỂU` of figures — that issues nothing: the `Căn cứ` it holds are the
 * clauses of the texts it quotes (the old regulation's own preamble in its first cell), not bases of its own. They
 * are left out and said, for review; null when the type is an issued one, names no table, or none was read.
 */
function quotedBases(documentType: string | null, found: readonly FoundBasis[]): string | null {
  if (documentType === null || found.length === 0 || documentTypeNames().includes(documentType)) return null;
  // A letter of a kind the tables lack (`THƯ KÊU GỌI`, `THƯ NGỎ`) has bases of its own: only a table quotes.
  if (!vocabulary().body.quotingTypeWords.some((w) => startsWithPhrase(documentType, w))) return null;
  const numbers = found.flatMap((b) => (b.basis.number === null ? [] : [b.basis.number]));
  const cited = numbers.length > 0 ? ` (${numbers.map((n) => `"${n}"`).join(', ')})` : '';
  return `legalBases: the ${found.length} "Căn cứ" clauses${cited} stand in a "${documentType}", no type the tables of issued documents know: a paper that issues nothing quotes them from another text, left empty`;
}

/**
 * A cited issuer that is one word the tables only begin organs' names with (`Ban` of `Ban Tổ chức Tỉnh ủy`, the rest
 * lost to OCR): a head word names no body (NĐ 30 Phụ lục I: the organ's full name). `Chính phủ`, a name of its own, is one.
 */
function headWordAlone(issuer: string): boolean {
  const words = tokenize(issuer);
  if (words.length !== 1) return false;
  const names = vocabulary().organs.map((o) => tokenize(o.name).map((t) => t.key));
  const word = words[0]!.key;
  return names.some((n) => n.length > 1 && n[0] === word) && !names.some((n) => n.length === 1 && n[0] === word);
}

/**
 * A speck OCR read as a mark of its own between a name's words (`Huyện Cẩm ¡ Xuyên`): no letter, no figure, and none
 * of the signs an organ's name is written with.
 */
const STRAY_MARK = /\s[^\p{L}\p{N}\s\-–—.,;:()&/"'“”‘’]+(?=\s)/gu;

export function extractPlan(text: string, options: ExtractOptions): PlanRecord {
  // A document flattened onto one line is put back on lines; provenance counts the text's own lines.
  const { lines, origin } = unflatten(toLines(text));
  const parts = readLayout(lines);
  const header = parts.header;
  // A letter that lost its header (a page kept from `Kính gửi` on) may still name itself where it sends a paper
  // along: `(Ban hành kèm theo Công văn số 7619-CV/BTCTW, ngày 30/12/2024 …)` under the attached form's heading.
  // Only an addressed text is that công văn (a plan attached to a decision names the decision, not itself), and only
  // in the form's bracketed note: `… gửi kèm theo Công văn số … của Bộ …` in the body sends another's letter on.
  const notes = lines.filter((l) => l.text.trimStart().startsWith('('));
  const statedLetter = !parts.typeHeading && header.documentNumber === null && parts.addressed ? statedNumber(LETTER, notes) : null;
  const stated = header.documentNumber === null ? (statedNumber(parts.typeHeading?.documentType ?? null, lines) ?? statedLetter) : null;
  const attachedTo = header.issuedDate === null && !stated?.date ? attachedNoteDate(lines, parts.title?.lines.to) : null;
  const firstSection = parts.body.find((p) => p.marker?.kind === 'roman')?.from;
  const firstItem = parts.body.find((p) => p.marker && p.marker.kind !== 'dash' && p.marker.kind !== 'plus')?.from;
  const preambleEnd = firstSection ?? firstItem ?? Number.POSITIVE_INFINITY;
  const preamble = parts.body.filter((p) => p.to < preambleEnd);
  const outline = buildOutline(parts.body.filter((p) => p.from >= preambleEnd));
  const cited = readLegalBases(preamble);
  const listed = readLegalBases(basesSection(outline), true).filter((b) => !cited.some((c) => c.basis.number !== null && c.basis.number === b.basis.number));
  const quoted = quotedBases(parts.typeHeading?.documentType ?? null, [...cited, ...listed]);
  const legalBases = quoted === null ? [...cited, ...listed] : [];
  const closing = readClosing(parts.closing);
  const signer = readSigner(closing.signatureLines);
  const signerDoubts: string[] = [];
  const correctionsOn = correctionsByLine(options.corrections ?? [], origin);
  const correctionsOnLines = ({ from, to }: LineRange): Correction[] => Array.from({ length: to - from + 1 }, (_, k) => correctionsOn(from + k)).flat();
  // A name read for its place over `(Đã ký)` alone has no register to check restoration's marks against: only the
  // text's own spelling stands.
  if (signer.nameByMark && signer.signer.name !== null && signer.lines && correctionsOn(signer.lines.to).length > 0) {
    signerDoubts.push(`signer.name: "${signer.signer.name}" left out: read for its place over "(Đã ký)", no register knows it, and restoration guessed its marks`);
    signer.signer.name = null;
  }
  // A block whose authority the page kept in small letters (`TM.BCH Phân hội Văn học`) is taken only as the text wrote
  // it: where OCR read it or restoration worked on its lines, its words are guesses no capitals vouch for.
  if (signer.smallLetters && signer.lines && (options.rawOcr || options.readBy !== undefined || correctionsOnLines(signer.lines).length > 0)) {
    signerDoubts.push(`signer: "${signer.signer.authority}" is a signature in small letters that OCR or restoration read: left empty`);
    signer.signer = { name: null, position: null, authority: null };
  }
  if (signer.signer.name !== null && signer.lines && options.corrections) {
    // Marks restoration put in, or none at all: either way not the text's own.
    const onLine = correctionsOn(signer.lines.to);
    const guessed = new Set(onLine.map((c) => c.to));
    const restoredName = (w: string): boolean => guessed.has(w) || stripMarks(w) === w;
    const asRestored = signer.signer.name.split(' ');
    signer.signer.name = remarkName(signer.signer.name, restoredName);
    // A syllable remarkName re-spelt is as much a guess as restoration's.
    const respelt = new Set(signer.signer.name.split(' ').filter((w, i) => w !== asRestored[i]));
    const unvouched = unvouchedSyllables(signer.signer.name, onLine);
    if (unvouched.length > 0) {
      signerDoubts.push(`signer.name: "${signer.signer.name}" left out: ${unvouched.map((s) => `"${s}"`).join(', ')} is no name the registers know, and restoration guessed its marks`);
      signer.signer.name = null;
    }
    // Only a signature block restoration worked on: a clean text's `Thanh` is the text's own. The block, not the
    // name's line alone: a stripped `Phan Sao Nam` reads as syllables the decoder keeps, under a `CHU TICH` it restored.
    else if (guessed.size > 0 || correctionsOnLines(signer.lines).length > 0) {
      for (const { syllable, share, rivals, unmet } of guessedSpellings(signer.signer.name, (w) => restoredName(w) || respelt.has(w))) {
        const instead = rivals.length
          ? `may as well be ${rivals.map((r) => `"${r}"`).join(' or ')}`
          : unmet.length
            ? `may be ${unmet.map((r) => `"${r}"`).join(' or ')}, which the registers are too small to rule out`
            : 'few names in the registers spell it so';
        signerDoubts.push(`signer.name: "${syllable}" was restored without its marks and ${instead} (likely at ${Math.round(share * 100)} %)`);
      }
    }
  }
  if (signer.signer.authority !== null && signer.lines && options.corrections) {
    const elsewhere = otherSpelling(signer.signer.authority, correctionsOnLines(signer.lines), text);
    if (elsewhere !== null) signerDoubts.push(`signer.authority: "${signer.signer.authority}" ${saidTwoWays(elsewhere)}`);
  }
  const titleText = parts.title ? { text: parts.title.title, lines: parts.title.lines } : null;
  // A letter has no type line: its symbol holds no type and a `V/v` trích yếu stands under it — or, its trích yếu
  // written without the `V/v` (`Về cho học sinh nghỉ học`) or lost, `Kính gửi` opens its body: a numbered text
  // without a type name that is addressed is a công văn (NĐ 30 Phụ lục I: every other type prints its name).
  const untyped = !parts.typeHeading && (header.documentNumber?.type ?? null) === null;
  const letter = untyped && (header.subject !== null || ((header.documentNumber !== null || statedLetter !== null) && parts.addressed));
  const emulation = readEmulation({
    outline,
    title: titleText,
    paragraphs: parts.body,
    documentType: parts.typeHeading?.documentType ?? (letter ? LETTER : null),
  });
  const { theme, period } = emulation;
  const ownObjectives = readObjectives(outline);
  const objectives = ownObjectives.length > 0 ? ownObjectives : readAttachedObjectives([...parts.closing, ...parts.appendix]);
  const targets = readTargets(outline, emulation.organises);
  const awardForms = readAwardForms(outline, emulation.organises);
  const sectionList = readSections(outline);
  const authority = signer.signer.authority ?? closing.signatureLines.map((l) => readAuthority(l.text)).find(Boolean) ?? null;
  // A body naming itself by its level alone (`UBND thị xã thông báo`) is the one the portal's line names in full.
  const named = selfReference(preamble);
  const described = stated?.issuer;
  const self =
    described && (named === null || (named.mention.locality === null && named.mention.organ === described.mention.organ && named.mention.level === described.mention.level)) ? described : named;
  const read = resolveIssuer(header, self, authority, decidingBody(lines, parts.title?.lines.to ?? header.dateLine ?? undefined), stated?.number.symbol ?? null, levelOfPlace(parts.body, header.place));
  const resolved = { ...read, issuer: { ...read.issuer, name: placedAsWritten(dashedAsWritten(read.issuer.name, preamble), read.issuer, parts.body) } };
  const { lines: issuerLines, warning: issuerWarning } = resolved;
  const scraps = options.rawOcr ? withoutScraps(resolved.issuer.name, resolved.issuer.locality) : { name: resolved.issuer.name };
  const lostWords = options.rawOcr ? organOfLostWords(scraps.name) : { name: scraps.name };
  // Any OCR, the Vietnamese model's too, may read a letter of a name for another (`TỈNH VÊN BÁI` over `Yên Bái, ngày`):
  // the letterhead's locality and the date line's place, both the unit's name (NĐ 30), are settled against each other.
  const settled = options.rawOcr || options.readBy !== undefined
    ? settledPlaces({ ...resolved.issuer, name: barredOrganName(lostWords.name) }, header.place, superiorProvince(header, lines, resolved.issuer.locality))
    : { issuer: resolved.issuer, place: header.place, warnings: [] };
  const heading = headingTakenForIssuer(settled.issuer);
  const found = heading === null ? settled.issuer : { name: null, level: null, locality: null };
  const unplaced = garbledLocality(found.locality);
  // A name built on that locality is as wrong as it is, and so is a level read from the quốc hiệu with it.
  const level = unplaced && quocHieuLevel(found.level, found.locality!) ? null : found.level;
  const issuer = unplaced ? { ...found, name: found.name?.includes(found.locality!) ? null : found.name, level, locality: null } : found;
  // A date line restoration put marks on: the place's marks are a guess, as old OCR's are.
  const dateLineRestored = header.dateLine !== null && correctionsOn(header.dateLine).some((c) => c.to !== c.from && stripMarks(c.to) === c.from);
  const registered = options.rawOcr
    ? registeredPlace(settled.place, issuer.locality, lines, header.dateLine)
    : dateLineRestored && settled.place !== null && settled.place !== issuer.locality && isRegisteredPlace(settled.place)
      ? placeInIssuersProvince(settled.place, issuer.locality, 'came without marks, restored')
      : { place: settled.place };
  // No date line in the header: a page may set it right above the signature block (`Tây Ninh ngày 23 tháng 02 năm
  // 2009` over `TM.BCH …`, as letters and notices of associations do); a line that is that formula alone, the
  // place before its `ngày`, is the date line wherever it stands (NĐ 30 Phụ lục I mục 4: địa danh, ngày tháng năm).
  const signedOn = header.dateLine === null && header.issuedDate === null && !stated?.date && !attachedTo ? dateLineAbove(lines, signer.lines?.from) : null;
  const place = registered.place ?? signedOn?.place ?? null;
  const placeDoubts = [...settled.warnings, ...(registered.warning ? [registered.warning] : [])];
  // A place whose letters restoration made up (`Pong Hi` read `Đông Hà`), not only its marks, under a letterhead that
  // names no place to hold it against (NĐ 30 Phụ lục I: the địa danh is the issuing unit's): a guess at a name.
  const relettered = options.rawOcr && place !== null && issuer.locality === null && registered.warning === undefined && header.dateLine !== null
    ? correctionsOn(header.dateLine).filter((c) => stripMarks(c.from).toLowerCase() !== stripMarks(c.to).toLowerCase() && tokenize(place).some((t) => t.text === c.to))
    : [];
  if (relettered.length > 0) {
    placeDoubts.push(`place: "${place}" was restored from ${relettered.map((c) => `"${c.from}"`).join(', ')}, letters OCR did not print, and no issuer's place holds it: to be checked`);
  }

  const localityDoubt = unplaced ? [`issuer.locality: "${found.locality}" is no place of the register and holds words no Vietnamese syllable is: a misread line, left empty`] : [];
  const warnings: string[] = [...localityDoubt, ...header.warnings, ...(issuerWarning ? [issuerWarning] : []), ...(heading === null ? [] : [heading]), ...(scraps.warning ? [scraps.warning] : []), ...(lostWords.warning ? [lostWords.warning] : []), ...placeDoubts, ...emulation.warnings, ...signerDoubts, ...(quoted === null ? [] : [quoted])];
  const bodyType = parts.typeHeading ? null : typeFromBody(parts.body);
  // A name left empty for OCR's scraps still spells the symbol's organ by its words before them (`Hội đồng Bộ trưởng`: HĐBT).
  const namedBy = issuer.name ?? resolved.issuer.name;
  // Old OCR never prints Đ (`1657/QDB-UBND`): the type part the one code that fits gives (`QĐ`) names the type as a printed one does.
  const barredType =
    options.rawOcr && header.documentNumber !== null && header.documentNumber.type === null && header.documentNumber.text !== null
      ? (readSymbol(readBarredD(spellByIssuer(header.documentNumber.text, namedBy), namedBy).symbol)?.type ?? null)
      : null;
  const symbolType = header.documentNumber?.type ?? barredType;
  // Without a type heading, only a text built like a plan may name its own type.
  const looksLikePlan = sectionList.length > 0 || legalBases.length > 0;
  const documentType =
    parts.typeHeading?.documentType ??
    (letter ? LETTER : null) ??
    // No type line (a crawl dropped it): the symbol's type part names it (NĐ 30 Phụ lục I: `QĐ-UBND`).
    symbolType ??
    // A congress report without a type line: the note under its trích yếu (`(Báo cáo chính trị của …)`).
    (parts.typeHeading || !parts.title ? null : typeInTitleNote(lines, parts.title.lines.to)?.documentType ?? null) ??
    // `ban hành Quy định …` in a decision names what it issues, not itself: only a plan is read so.
    (looksLikePlan && bodyType?.documentType === PLAN ? PLAN : null) ??
    null;
  if (documentType === null) warnings.push(`not a plan: no "${PLAN}" title found`);
  else if (documentType !== PLAN) warnings.push(`not a plan: the document is a ${documentType}`);
  else if (!parts.typeHeading && symbolType === PLAN) warnings.push(`no "${PLAN}" heading: the type was read from the symbol`);
  else if (!parts.typeHeading) warnings.push(`no "${PLAN}" heading: the type was read from the body (line ${bodyType?.line})`);

  // A symbol on a line restoration put marks on: the text came without them, and a D of a code no table knows
  // may have been Đ (NĐ 30 spells the organ's own initials). Kept as written and said.
  const markless = (range: LineRange | null | undefined): boolean =>
    range != null && correctionsOn(range.to).some((c) => c.to !== c.from && stripMarks(c.to) === c.from);
  // A symbol from OCR without a Vietnamese model, which never prints Đ, is read for the Đ it may hold where one code fits.
  const barred = (symbol: string, by: string | null, type: string | null): BarredDReading =>
    options.rawOcr ? readBarredD(symbol, by, type) : { symbol, doubted: [] };
  const spelt = header.documentNumber?.symbol == null ? null : spellByIssuer(`-${header.documentNumber.symbol}`, namedBy).slice(1);
  const documentSymbol = spelt === null ? null : barred(spelt, namedBy, documentType);
  const basisNumbers = legalBases.map((b) => (b.basis.number === null ? null : barred(b.basis.number, b.basis.issuer, b.basis.documentType)));
  const linesOfBases = legalBases.map((b) => lines.filter((l) => l.no >= b.lines.from && l.no <= b.lines.to));
  // A number whose label took one of its figures (`s63 1-QB/TW`) is left empty: its first figures are not known.
  const cut = legalBases.map((b, i) => {
    if (options.rawOcr !== true || b.basis.number === null) return false;
    const basisLines = linesOfBases[i]!;
    return afterLostFigure(b.basis.number, basisLines, basisLines.flatMap((l) => correctionsOn(l.no)));
  });
  cut.forEach((lost, i) => {
    if (lost) warnings.push(`legalBases.${i}.number: "${basisNumbers[i]!.symbol}" follows a "số" that OCR printed with another figure: the number's first figures are not known, left empty`);
    else if (options.rawOcr === true && basisNumbers[i] != null && cutShort(basisNumbers[i].symbol)) {
      cut[i] = true;
      warnings.push(`legalBases.${i}.number: "${basisNumbers[i].symbol}" ends in a type's first letters, without its organ: OCR cut it short, left empty`);
    }
  });
  const bases = legalBases.map((b, i) => {
    // The words restoration wrote on the basis's lines: a place among them may have been given the wrong marks.
    const restored = new Set(linesOfBases[i]!.flatMap((l) => correctionsOn(l.no).map((c) => c.to)));
    const placed = (issuer: string | null): string | null => (issuer === null ? null : spellCitedPlaces(issuer, (w) => restored.has(w), options.rawOcr === true));
    const cutInPhrase = endsOnPlural(b.basis.issuer);
    if (cutInPhrase) warnings.push(`legalBases.${i}.issuer: "${b.basis.issuer}" ends on "${vocabulary().body.plural}", a word its noun must follow: cut inside a list of bodies whose end is not known, left empty`);
    // A word a page ran into the next with letters lost between (`thành phHà Nội`, ố and a space gone) has no one
    // reading: what restoration made of it (`phần`) is a guess at two words, and the issuer built on it is not known.
    // Small letters run into a capitalised word (a page read as OCR'd may be such a crawl too); OCR's own garble of
    // one word (`QbB`, `TTq`) is read by the OCR rules below.
    const fromGlued = linesOfBases[i]!.flatMap((l) => correctionsOn(l.no)).find(
      (c) => c.to !== c.from && /^\p{Ll}{2,}\p{Lu}\p{Ll}+$/u.test(c.from) && b.basis.issuer !== null && tokenize(b.basis.issuer).some((t) => t.text === c.to),
    );
    if (fromGlued) warnings.push(`legalBases.${i}.issuer: "${b.basis.issuer}" holds "${fromGlued.to}", restored from "${fromGlued.from}", words run together with letters lost: left empty`);
    const onBasisLines = linesOfBases[i]!.flatMap((l) => correctionsOn(l.no));
    const kept = cutInPhrase || fromGlued ? null : b.basis.issuer;
    const cited = kept !== null && options.readBy !== undefined ? kept.replace(STRAY_MARK, '') : kept;
    // An organ the tables name is spelt as they spell it, whatever marks restoration gave it.
    const organNames = vocabulary().organs.map((o) => o.name);
    const elsewhere = cited === null || organNames.includes(cited) ? null : otherSpelling(cited, onBasisLines, text);
    if (elsewhere !== null) warnings.push(`legalBases.${i}.issuer: "${cited}" ${saidTwoWays(elsewhere)}`);
    const longerType = options.rawOcr && b.basis.number === null ? typeCutShort(b.basis.documentType, b.basis.subject) : null;
    if (longerType !== null && cited !== null) warnings.push(`legalBases.${i}.issuer: "${cited}" follows a type OCR read short of "${longerType.documentType}": the clause was parsed without that type's words, to be checked`);
    if (b.basis.number === null) return { ...b.basis, ...longerType, issuer: placed(cited) };
    // From OCR, a part a letter off what the citation's words give it (`28/T1-…` of a Thông tri) is that part misread;
    // a typist's code is printed as the gold keeps it (`16-KT/TU` of a Kết luận).
    if (b.basis.date === null) {
      const opened = unreadDate(linesOfBases[i]!.map((l) => l.text).join(' '), b.basis.number);
      if (opened !== null) warnings.push(`legalBases.${i}.date: "${opened}" after "${b.basis.number}" opens a date that reads as none: left empty`);
    }
    const reading = options.readBy !== undefined ? spellByCitation(basisNumbers[i]!.symbol, cited, b.basis.documentType) : { number: basisNumbers[i]!.symbol, doubted: [] };
    const { number } = reading;
    if (reading.doubted.length > 0 && !cut[i]) {
      const near = reading.doubted.map((d) => `"${d.part}" a letter off "${d.code}"`).join(', ');
      warnings.push(`legalBases.${i}.number: "${number}" came from OCR with ${near}, which the citation's words give and no table knows it from: to be checked`);
    }
    const issuer = options.rawOcr && cited !== null ? issuerNamedByCode(issuerByCode(spellOcrIssuer(misreadCodesWrittenOut(termSpelt(cited))), number), number) : cited;
    const runOn = options.rawOcr && issuer !== null ? issuerRunningOn(issuer) : null;
    if (runOn !== null) warnings.push(`legalBases.${i}.issuer: "${issuer}" ran on past a "và" into words that name no organ: cut there, the rest read as the subject`);
    const spelt = placed(runOn?.issuer ?? issuer);
    // A code a letter off a known one stands for that one or another: the issuer is not known. A garbled word keeps the
    // issuer's other words, which a reader matches to the organ, so it stays, for review.
    const garble = options.rawOcr && spelt !== null ? garbledWord(spelt) : null;
    if (garble !== null) {
      const said = `legalBases.${i}.issuer: "${spelt}" came from OCR without a Vietnamese model and "${garble.word}"`;
      warnings.push(garble.kind === 'code' ? `${said} is a letter off a code the tables know, but not it: left empty` : `${said} is no Vietnamese word: garbled, to be checked`);
    }
    const runningIn = options.rawOcr && spelt !== null && garble === null && runOn === null ? smallWordsRunningIn(spelt) : null;
    if (runningIn !== null) warnings.push(`legalBases.${i}.issuer: "${spelt}" came from OCR without a Vietnamese model and runs into "${runningIn}", words in small letters of no organ's name: where the name ends is to be checked`);
    const documentType = options.rawOcr ? typeNamedBySymbol(b.basis.documentType, number) : b.basis.documentType;
    const headOnly = spelt !== null && headWordAlone(spelt);
    if (headOnly) warnings.push(`legalBases.${i}.issuer: "${spelt}" is an organ's head word without the words that name it: left empty`);
    const writtenOut = spelt === null ? null : organWrittenOut(spelt);
    if (writtenOut !== null && 'unknown' in writtenOut) warnings.push(`legalBases.${i}.issuer: "${spelt}" ends in "${writtenOut.unknown}", an abbreviation no table writes out: its full name is to be checked`);
    const written = writtenOut !== null && 'written' in writtenOut ? writtenOut.written : spelt;
    return { ...b.basis, documentType, number: cut[i] ? null : number, issuer: garble?.kind === 'code' || headOnly ? null : written, subject: b.basis.subject ?? runOn?.subject ?? null };
  });
  const doubtedSymbols: [string, BarredDReading | null, string | null, LineRange | null | undefined][] = [
    ['documentNumber', documentSymbol, namedBy, header.documentNumber?.lines],
    ...legalBases.map((b, i): [string, BarredDReading | null, string | null, LineRange] => [`legalBases.${i}.number`, basisNumbers[i]!, b.basis.issuer, b.lines]),
  ];
  for (const [path, reading, by, range] of doubtedSymbols) {
    const symbol = reading?.symbol ?? null;
    const misread = reading?.doubted ?? [];
    if (misread.length) warnings.push(`${path}: ${misread.map((p) => `"${p}"`).join(', ')} of "${symbol}" came from OCR that never prints Đ and no one code fits it: a D, B or P of it may be Đ`);
    const parts = symbol === null || !markless(range) ? [] : unsettledD(symbol, by).filter((p) => !misread.includes(p));
    const mayBe = [...(parts.some((p) => p.includes('D')) ? ['D may be Đ'] : []), ...(parts.some((p) => p.includes('TU')) ? ['TU may be TƯ'] : [])];
    if (parts.length) warnings.push(`${path}: ${parts.map((p) => `"${p}"`).join(', ')} of "${symbol}" came without marks and no table knows it: its ${mayBe.join(', its ')}`);
    // A part written as a word (`BTĐKT-Vụ II`, a Vụ of the Ban Thi đua - Khen thưởng), not as a code: its marks are
    // the word's, which a text without them lost and no table gives back.
    const worded = symbol === null || !markless(range) ? [] : symbol.split(/[-/\s]+/u).filter((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && isSyllableShape(p.toLowerCase()) && !parts.includes(p));
    if (worded.length) warnings.push(`${path}: ${worded.map((p) => `"${p}"`).join(', ')} of "${symbol}" came without marks and is a word, not a code: its marks are not known`);
  }

  const issuedDate = header.issuedDate ?? stated?.date ?? attachedTo?.date ?? signedOn?.date ?? null;
  const numberText = header.documentNumber?.text ?? stated?.number.text ?? null;
  const dateDoubt = issuedDateDoubt(issuedDate, numberText, bases);
  if (dateDoubt !== null) warnings.push(dateDoubt);

  const provenance: Record<string, LineRange> = {};
  const note = (path: string, range: LineRange | null | undefined): void => {
    if (range) provenance[path] = { from: origin.get(range.from) ?? range.from, to: origin.get(range.to) ?? range.to };
  };
  const fromSymbol = !parts.typeHeading && !letter && symbolType !== null;
  const typeLine = parts.typeHeading?.line ?? (documentType === null ? undefined : fromSymbol ? header.documentNumber?.lines.from : bodyType?.line);
  note('documentType', typeLine === undefined ? null : { from: typeLine, to: typeLine });
  note('documentNumber', header.documentNumber?.lines ?? (stated ? { from: stated.line, to: stated.line } : null));
  if (stated) warnings.push(`no header block: number and date read from line ${stated.line}`);
  note('issuer', issuerLines);
  note('place', header.dateLine === null || place === null ? null : { from: header.dateLine, to: header.dateLine });
  note(
    'issuedDate',
    header.dateLine !== null
      ? { from: header.dateLine, to: header.dateLine }
      : stated?.date
        ? { from: stated.line, to: stated.line }
        : attachedTo && { from: attachedTo.line, to: attachedTo.line },
  );
  note('title', parts.title?.lines);
  legalBases.forEach((b, i) => note(`legalBases.${i}`, b.lines));
  note('emulation.theme', theme?.lines);
  note('emulation.period', period?.lines);
  objectives.forEach((o, i) => note(`objectives.${i}`, o.lines));
  targets.forEach((t, i) => note(`targets.${i}`, t.lines));
  awardForms.forEach((a, i) => note(`awardForms.${i}`, a.lines));
  note('signer', signer.lines);
  closing.recipients.forEach((r, i) => note(`recipients.${i}`, { from: r.line, to: r.line }));
  sectionList.forEach((s, i) => note(`sections.${i}`, { from: s.line, to: s.line }));

  const record = {
    sample: options.sample,
    documentType,
    documentNumber: header.documentNumber
      ? {
          number: header.documentNumber.number,
          symbol: documentSymbol?.symbol ?? null,
          text: header.documentNumber.text === null ? null : barred(spellByIssuer(header.documentNumber.text, namedBy), namedBy, documentType).symbol,
        }
      : stated
        ? // A number the text states outside a header (the Công báo's heading) is spelt by its issuer too (`NQ/HDNN8`).
          { ...stated.number, symbol: spellByIssuer(`-${stated.number.symbol}`, namedBy).slice(1), text: spellByIssuer(stated.number.text, namedBy) }
        : { number: null, symbol: null, text: null },
    issuer,
    place,
    issuedDate,
    title: parts.title?.title ?? null,
    legalBases: bases,
    emulation: { theme: theme?.theme ?? null, period: { from: period?.from ?? null, to: period?.to ?? null } },
    objectives: objectives.map((o) => o.text),
    targets: targets.map((t) => t.target),
    awardForms: awardForms.map((a) => a.awardForm),
    signer: signer.signer,
    recipients: closing.recipients.map((r) => {
      // Words restoration put in on the item's line: a head's marks it guessed are put right.
      const guessed = new Set(correctionsOn(r.line).map((c) => c.to));
      return guessed.size === 0 ? r.text : remarkHeads(r.text, (w) => guessed.has(w));
    }),
    sections: sectionList.map((s) => s.section),
    outline: outlineItems(outline),
    provenance,
    warnings,
  };
  return { ...record, missingFields: missingFields(record) };
}
