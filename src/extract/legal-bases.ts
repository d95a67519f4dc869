// Căn cứ ban hành: the documents the preamble cites. NĐ 30/2020 Phụ lục I
// writes each basis as a clause `Căn cứ <type> [số] <number> ngày <date> của
// <issuer> <subject>;` (Party documents: `Thực hiện …`); a law may be cited by
// name and date or name and number alone. The preamble is read clause by
// clause: only clauses that open a basis (or go on with the list of one) cite
// bases; the proposal (`Theo đề nghị …`, `Xét Tờ trình …`), the circumstances
// and the sentence in which the issuer introduces its own text do not.
// Inside a basis clause, a document is a basis of its own when it stands at
// the top of the clause: at its start, after `;`, as `và <type> …` or
// `… tại <type> …`, or as an item of a list (`Các Công điện: số …, số …`); a
// document named inside another's subject (`… triển khai Nghị định số …`,
// `… một số điều của Thông tư số …`, anything in quotes) is not.
import { distance } from 'fastest-levenshtein';
import { findDates, type FoundDate } from './dates.js';
import { cleanValue, foldSameLength, isUpperCase, phraseAt, phraseKeys, startsWithPhrase, stripMarks, tokenize, type Token } from './fold.js';
import { rangeOf, type Paragraph } from './lines.js';
import { expandLetterhead, findIssuers, headAt, isOfWord, marksOf, withOwnPlace, type IssuerMention } from './organs.js';
import { isKnownPlace, provinceLevel, registerSpelling } from './gazetteer.js';
import { asWritten, phraseAtStrict } from './spelling.js';
import { citedTypeName, readSymbol, spellByIssuer, splitLastLetter } from './symbols.js';
import { documentTypeNames } from './title.js';
import { vocabulary } from './vocabulary.js';
import type { LegalBasis, LineRange } from '../types.js';

export interface FoundBasis {
  basis: LegalBasis;
  lines: LineRange;
}

type MentionKind = 'numbered' | 'named' | 'bare' | 'plural';

/** A document named in the text: `Quyết định số 12/QĐ-UBND`, `Luật Quy hoạch`, `số 08/CĐ-UBND`, `Các Công điện`. */
interface Mention {
  kind: MentionKind;
  documentType: string | null;
  number: string | null;
  /** Token index and offsets of the first word (the type name, or `số`). */
  at: number;
  start: number;
  /** Offset after the number, or after the type name when there is none. */
  end: number;
}

// `số` and OCR's `s`, `s6`, `sé`, `sb` for it.
// `số`, or `số` with its number glued on (`số12/KH-…`, a typist's missing space).
const isNumberWord = (t: Token | undefined): boolean =>
  t !== undefined && ((/^s[a-z]?$/.test(t.key) && t.text.length <= 3) || /^s[oốô]\d/iu.test(t.text));

/** Where the number after `số` starts: after the word, or inside it when glued on. */
const afterNumberWord = (t: Token): number => (/^s[oốô]\d/iu.test(t.text) ? t.start + 2 : t.end);

// A number and symbol the NĐ 30 tables do not know (`8935/BNV-CTTN&BĐG`, `49/QCPH-UBND`), read only after `số`.
// A crawl may write Đ as the Latin Ð (U+00D0, `36/QĐÐ-UBND`): read as a letter of the symbol, kept as printed.
// A typist's dot between parts (`307/KH.BGD&ĐT`) only with no space and two capitals after it: else a sentence ends.
// A crawl may set a space before it (`191/UB .TH`, numbering before 2004), which a sentence's stop never has.
// A symbol's letters stop at the citation's date word where a PDF layer glued it on (`06/HĐTĐKTngày 09/01/2015`).
const LOOSE_NUMBER =
  /^\s*[:.]?\s*(\d{1,5}(?:\s?\/\s?(?:19|20)\d\d)?\s?[/-]\s?[A-ZĐ](?:(?!ng[àa]y)[A-Za-zĐđÐ&0-9])*(?:\s?[-/&]\s?[A-ZĐ](?:(?!ng[àa]y)[A-Za-zĐđÐ&0-9])*|\s?\.[A-ZĐ]{2}[A-ZĐ&0-9]*)*)/u;

function readNumber(text: string, offset: number, afterNumberWord: boolean, letter = false): { text: string; end: number } | null {
  const read = readNumberAsIs(text, offset, afterNumberWord, letter);
  if (read === null) return null;
  const lone = splitLastLetter(read.text, text.slice(read.end));
  const joined = lone === null ? read : { text: read.text + lone[1]!, end: read.end + lone[0].length };
  return withSpacedPart(text, joinSplitOrgan(text, joined));
}

/**
 * A last part a typist set off with a space (`150/KH-CTĐ QB`, the province's code after the organ's): capitals
 * alone between the symbol and the citation's date word can be nothing but the symbol's, and are kept as written.
 */
function withSpacedPart(text: string, read: { text: string; end: number }): { text: string; end: number } {
  const part = /^ ([A-ZĐ]{2,6})(?= ng[àa]y\s)/u.exec(text.slice(read.end));
  return part === null ? read : { text: `${read.text} ${part[1]}`, end: read.end + part[0].length };
}

/**
 * An organ code a typist or OCR split with a space (`1859/SGD ĐT-GDTH`), joined where its halves make a code the
 * tables know. Compared without marks, since a stripped text restored may keep `DT`; the code is then the tables'.
 */
function joinSplitOrgan(text: string, read: { text: string; end: number }): { text: string; end: number } {
  const next = /^ ([A-ZĐ]{1,4})((?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)*)(?![\p{L}\d])/u.exec(text.slice(read.end));
  const last = /[A-ZĐ]+$/u.exec(read.text)?.[0];
  if (!next || last === undefined) return read;
  const { organs } = vocabulary();
  const organ = organs.find((o) => o.abbr === last + next[1]) ?? organs.find((o) => stripMarks(o.abbr) === stripMarks(last + next[1]!));
  if (organ === undefined) return read;
  return { text: read.text.slice(0, -last.length) + organ.abbr + next[2]!, end: read.end + next[0].length };
}

function readNumberAsIs(text: string, offset: number, afterNumberWord: boolean, letter: boolean): { text: string; end: number } | null {
  const symbol = readSymbol(text, offset);
  const known = symbol && symbol.number !== null && symbol.start - offset <= 3 ? symbol : null;
  const match = LOOSE_NUMBER.exec(text.slice(offset));
  const loose = match ? { text: match[1]!.replace(/\s+/g, ''), end: offset + match[0].length } : null;
  // A letter's symbol names no type (NĐ 30 Phụ lục I: `số/cơ quan-đơn vị`): a type the tables read there by splitting
  // an organ's code (`06/HĐTĐKT` read `06/HĐ-TĐKT`, a Hợp đồng) is no part of it; the symbol stays as written.
  const undashed = (s: string): string => s.replace(/[-–—]/gu, '');
  if (letter && known?.type && loose && loose.end === known.end && undashed(loose.text) === undashed(known.text) && loose.text !== known.text) return loose;
  // The tables' reading repairs OCR damage; the plain one keeps what they do not know (`QH15`, `&BĐG`).
  if (known && loose && loose.text.startsWith(known.text) && loose.end > known.end) return loose;
  if (known) return { text: known.text, end: known.end };
  // Right after the type name without `số` (`Công văn 285/CCTTHC`), a number and symbol are its own.
  return afterNumberWord || (loose !== null && /^\s\d/u.test(text.slice(offset))) ? loose : null;
}

interface Tables {
  types: { name: string; keys: string[] }[];
  keysOf: (names: readonly string[]) => string[][];
}

// Derived once from the vocabulary (as organs.ts does): a long paragraph asks for them at every word.
let types: Tables['types'] | undefined;
const keysByList = new WeakMap<readonly string[], string[][]>();

function tables(): Tables {
  types ??= documentTypeNames().map((name) => ({ name, keys: phraseKeys(name) }));
  return {
    types,
    keysOf: (names) => {
      let keys = keysByList.get(names);
      if (keys === undefined) {
        keys = names.map(phraseKeys).sort((a, b) => b.length - a.length);
        keysByList.set(names, keys);
      }
      return keys;
    },
  };
}

/** A văn bản hợp nhất (`VBHN`), which carries the type and name of the document it consolidates. */
const consolidates = (documentType: string): boolean => vocabulary().documentTypes.some((t) => t.name === documentType && t.consolidates);

/** A law (`Hiến pháp`, `Bộ luật`, `Luật`…) is cited by name and date; its name is its subject and it has no issuer. */
const isLaw = (documentType: string): boolean => vocabulary().body.lawTypes.includes(documentType);

const phraseIn = (tokens: readonly Token[], at: number, phrases: readonly string[][]): string[] | null =>
  phrases.find((keys) => phraseAt(tokens, at, keys)) ?? null;

/** The phrase among `phrases` whose last word stands right before token `at` (`và`, `cũng như` before an item). */
const phraseBefore = (tokens: readonly Token[], at: number, phrases: readonly string[][]): string[] | null =>
  phrases.find((keys) => at - keys.length >= 0 && phraseAt(tokens, at - keys.length, keys)) ?? null;

/**
 * A type typed in small letters (`hướng dẫn số 56/HD-BTĐKTTW`) is a citation
 * only when `số` and a number follow whose symbol names that same type: in
 * small letters the words alone are running text (`pháp luật`, `quyết định
 * việc …`).
 */
function symbolAgrees(text: string, tokens: readonly Token[], after: number, type: string): boolean {
  const numberWord = isNumberWord(tokens[after]);
  if (tokens[after] === undefined) return false;
  const from = numberWord ? afterNumberWord(tokens[after]!) : tokens[after - 1]!.end;
  const symbol = readSymbol(text, from);
  return symbol !== null && symbol.number !== null && symbol.start - from <= 3 && symbol.type === type;
}

/**
 * Whether `Căn cứ` / `Thực hiện` stands right before token `at`: a type there,
 * in small letters and followed by `số`, is what the clause cites (`Căn cứ công
 * văn số 295/PGDĐT-GDTH …`) — a công văn's symbol names no type to agree with.
 */
function afterOpener(tokens: readonly Token[], at: number): boolean {
  return (
    vocabulary().plan.preambleOpeners.some((opener) => {
      const keys = phraseKeys(opener);
      return at >= keys.length && phraseAt(tokens, at - keys.length, keys);
    }) || afterLostSecondWord(tokens, at)
  );
}

/**
 * `Căn công văn 167/…`, `Căn vào công văn số 804/…`: a crawl that drops short words leaves the opener's first word,
 * capitalised, with or without the `vào` of its long form (`Căn cứ vào`). A capitalised `Căn` right before a type is
 * no other word (`căn nhà`, `căn hộ` are in small letters and name no document).
 */
function afterLostSecondWord(tokens: readonly Token[], at: number): boolean {
  const [first, second] = phraseKeys(vocabulary().plan.preambleOpeners[0] ?? '');
  if (first === undefined || second === undefined) return false;
  const long = vocabulary().body.basisOpeners.map(phraseKeys).find((keys) => keys.length === 3 && keys[0] === first && keys[1] === second);
  const capitalFirst = (j: number): boolean => j >= 0 && tokens[j]!.key === first && /^\p{Lu}/u.test(tokens[j]!.text);
  return capitalFirst(at - 1) || (long !== undefined && tokens[at - 1]?.key === long[2] && capitalFirst(at - 2));
}

/**
 * A type in small letters cites a document when a symbol naming that same type
 * follows, with or without `số` (`Căn cứ kế hoạch 307/KH-SGD`); right after
 * `Căn cứ` when `số` follows; and at the head of a list's item (after `và` or
 * a comma) when `số` and a number with a symbol follow (`…, và quyết định số
 * 126/QĐ-UBND`). Elsewhere the words are running text (`pháp luật số …` is
 * the tail of a law's name).
 */
function citedInSmallLetters(text: string, tokens: readonly Token[], i: number, type: { name: string; keys: string[] }): boolean {
  const after = i + type.keys.length;
  const next = tokens[after];
  if (next === undefined) return false;
  if (isNumberWord(next) && afterOpener(tokens, i)) return true;
  // `Căn cứ điều lệ Đảng Cộng sản Việt Nam;`: a law or a charter is cited by its name, which has its capital, where
  // the type's own capital was lost (eng OCR reads `Điều` as `biéu`, restored in small letters).
  if (afterOpener(tokens, i) && isLaw(type.name) && /^\p{Lu}/u.test(next.text)) return true;
  if (afterOpener(tokens, i) && datedRecord(text, tokens, i, type.name)) return true;
  // `Căn cứ công văn 167/SGD&ĐT-VP ngày …`: a letter's symbol names no type (NĐ 30 Phụ lục I), so right after the
  // opener the letter's type followed straight by a number and the issuer's symbol cites it, `số` written or not.
  // So does any type numbered as before 2004, the symbol the organ's code alone (`Căn cứ quyết định 830/TTg ngày
  // 30.12.1994 …`, `nghị định 52/CP`): older documents wrote the cited type in small letters.
  if (afterOpener(tokens, i)) {
    const from = tokens[after - 1]!.end;
    const symbol = readSymbol(text, from, true);
    if (symbol !== null && symbol.type === null && symbol.number !== null && symbol.start - from <= 1) return true;
  }
  const listed = /[,;]/u.test(tokens[i]!.gap) || phraseIn(tokens, i - 1, tables().keysOf(vocabulary().body.coordinators)) !== null;
  if (listed && isNumberWord(next) && readNumber(text, afterNumberWord(next), true) !== null) return true;
  return symbolAgrees(text, tokens, after, type.name) || namedWithIssuer(text, tokens, i, after) || organThenAbout(text, tokens, i, after);
}

/**
 * `Căn cứ hướng dẫn Ban Thường vụ Đoàn Thị xã Đông Triều về quy trình kết nạp đoàn viên mới.`: right after the opener,
 * a type in small letters followed straight by an organ's name in capitals (no `của`) and then `về`, which opens the
 * trích yếu (NĐ 30 Phụ lục I: tên loại, cơ quan ban hành, trích yếu), cites that organ's document. The organ must
 * open with a head of the tables and hold no date; without the `về` the words are running text.
 */
function organThenAbout(text: string, tokens: readonly Token[], i: number, after: number): boolean {
  const next = tokens[after];
  if (next === undefined || !afterOpener(tokens, i)) return false;
  const clauseEnd = text.slice(next.start).search(/[;.](?:\s|$)/u);
  return organBeforeAbout(text.slice(next.start, clauseEnd < 0 ? text.length : next.start + clauseEnd)) !== null;
}

/**
 * Where `về` opens the trích yếu right after an organ's name in capitals that opens `text` with a head of the
 * tables, holds no date and no `của` (`Ban Thường vụ Đoàn Thị xã Đông Triều về quy trình …`); null otherwise.
 */
function organBeforeAbout(text: string): number | null {
  if (!/^\s*\p{Lu}/u.test(text)) return null;
  const about = /\svề\s/u.exec(text);
  if (about === null) return null;
  const organ = text.slice(0, about.index);
  if (findDates(organ).length > 0 || tokenize(organ).some((t) => isOfWord(t))) return null;
  return headAt(expandLetterhead(organ.trim())) === null ? null : about.index;
}

/**
 * `Căn cứ kế hoạch thực hiện nhiệm vụ năm học 2020-2021 của trường THPT …;`: right after an opener (`Căn cứ vào`), a type in
 * small letters whose clause names the body that issued it (`của` + an organ's head) cites that document, though
 * it has no number (NĐ 30 Phụ lục I: căn cứ ban hành; a basis without number is still one). Without the issuer
 * (`Căn cứ quy định của pháp luật`, `Căn cứ hướng dẫn tại …`) the words are running text.
 */
function namedWithIssuer(text: string, tokens: readonly Token[], i: number, after: number): boolean {
  const { basisOpeners, notBasisOpeners } = vocabulary().body;
  const openerAt = (at: number, opener: string): boolean => {
    const keys = phraseKeys(opener);
    return at >= keys.length && phraseAt(tokens, at - keys.length, keys);
  };
  const before = (opener: string): boolean => openerAt(i, opener);
  // `Căn cứ Nghị quyết, chương trình hành động của Đại hội …`: two types listed after the opener (a comma or a
  // `và` between them) share the clause's issuer; the second, in small letters, is the second document cited.
  const coordinator = phraseIn(tokens, i - 1, tables().keysOf(vocabulary().body.coordinators));
  const listedAt = /^\s*,\s*$/u.test(tokens[i]!.gap) ? i : coordinator === null ? null : i - 1;
  const firstType = listedAt === null ? undefined : tables().types.find((t) => phraseAt(tokens, listedAt - t.keys.length, t.keys));
  const listedAfterOpener =
    firstType !== undefined && listedAt !== null && basisOpeners.some((o) => openerAt(listedAt - firstType.keys.length, o)) && !notBasisOpeners.some((o) => openerAt(listedAt - firstType.keys.length, o));
  if (!listedAfterOpener && (!basisOpeners.some(before) || notBasisOpeners.some(before))) return false;
  const subjectOpeners = tables().keysOf(vocabulary().body.issuerSubjectOpeners);
  const clauseEnd = text.slice(tokens[i]!.start).search(/[;.](?:\s|$)/u);
  const end = clauseEnd < 0 ? text.length : tokens[i]!.start + clauseEnd;
  for (let k = after; k < tokens.length && tokens[k]!.start < end; k++) {
    if (!isOfWord(tokens[k])) continue;
    // The subject follows the issuer (`… của BCH Huyện Đoàn Hưng Hà về việc tổ chức kỷ niệm … (26/3/1931 -
    // 26/3/2021)`): a date there is the subject's, not one run into the issuer's name.
    let issuerEnd = end;
    for (let s = k + 1; s < tokens.length && tokens[s]!.start < end; s++) {
      if (phraseIn(tokens, s, subjectOpeners) === null) continue;
      issuerEnd = tokens[s]!.start;
      break;
    }
    const issuer = text.slice(tokens[k]!.end, issuerEnd);
    // A date after the issuer (`… của Hội X ngày 02 tháng 7 năm 2007`) would be read into its name:
    // no citation rather than a wrong issuer and no date.
    if (findDates(issuer).length > 0) return false;
    const expanded = expandLetterhead(issuer.trim());
    const head = headAt(expanded);
    // Listed after a type the opener cites, the second shares its issuer, whatever body issued both (a congress,
    // `Đại hội …`, is no organ of the tables): a name in capitals; `quy định của pháp luật` is running text.
    if (head === null) return listedAfterOpener && /^\p{Lu}/u.test(expanded);
    return !clauseAfterOrgan(expanded, head.end);
  }
  return false;
}

/**
 * `Thực hiện kế hoạch của UBND phường, các tổ dân phố đã thực hiện …`: after the organ a comma opens a clause of
 * its own (a subject in small letters, not the organ's level and place: `…, tỉnh Thanh Hóa`), so the words are a
 * narrative sentence about an unnamed plan, not a citation of one.
 */
function clauseAfterOrgan(expanded: string, headEnd: number): boolean {
  const comma = /^[^,;]*?,\s*(?=\p{Ll})/u.exec(expanded.slice(headEnd));
  if (comma === null) return false;
  const tokens = tokenize(expanded.slice(headEnd + comma[0].length));
  return !vocabulary().levels.some((level) => phraseAt(tokens, 0, phraseKeys(level)));
}

/**
 * A word near a type's word but other in its letters and in its marks too is
 * another word, not OCR's damage to the type: `Hội đồng Thi đua …` (the
 * council) is no `Hợp đồng`. A word without marks (a stripped or damaged text)
 * is still read on its letters.
 */
function otherMarkedWord(tokens: readonly Token[], at: number, type: { name: string; keys: string[] }): boolean {
  const words = type.name.split(' ');
  return type.keys.some((key, j) => {
    const token = tokens[at + j]!;
    return token.key !== key && stripMarks(token.text) !== token.text && marksOf(token.text) !== marksOf(words[j] ?? '');
  });
}

/**
 * `Căn cứ biên bản Đại hội … ngày 14 tháng 6 năm 2006;`: a record (biên bản)
 * carries no number, so right after `Căn cứ` its date within the clause makes
 * it the document cited. Only the biên bản: any other type in small letters
 * without a number is running text (`Căn cứ kế hoạch công tác năm …`).
 */
function datedRecord(text: string, tokens: readonly Token[], i: number, type: string): boolean {
  if (!isRecord(type)) return false;
  const from = tokens[i]!.end;
  const clauseEnd = text.slice(from).search(/[;:]/u);
  return findDates(text.slice(from, clauseEnd < 0 ? text.length : from + clauseEnd)).length > 0;
}

/** The biên bản (NĐ 30 Phụ lục III: `BB`): a record of an event, named by the event and dated, never numbered in a citation. */
const isRecord = (type: string | null): boolean =>
  type !== null && vocabulary().documentTypes.some((t) => t.name === type && t.kind === 'administrative' && t.abbr === 'BB');

/**
 * `Căn cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP …; số 04/2008/NĐ-CP …`: NĐ 30 lets one clause cite several
 * documents of one type and one issuer, the type named once in the plural, in small letters, right after the opener,
 * and the items after the colon as `số …`. Only that shape: the opener, `các`, the type, then a colon before the
 * clause's first `số` (`căn cứ các quy định hiện hành` names no document).
 */
function listHeadInSmallLetters(text: string, tokens: readonly Token[], i: number, type: { keys: string[] }, plural: string | undefined): boolean {
  if (tokens[i - 1]?.key !== plural || !afterOpener(tokens, i - 1)) return false;
  const from = tokens[i + type.keys.length - 1]!.end;
  const head = /^[^;:]*?(?=:)/u.exec(text.slice(from));
  return head !== null && !/(?<![\p{L}\d])s[oố](?![\p{L}\d])/iu.test(head[0]) && /^:\s*s[oố]\s/iu.test(text.slice(from + head[0].length));
}

/** Every document named in the text, in order. */
function findMentions(text: string, tokens: readonly Token[]): Mention[] {
  const { types } = tables();
  const body = vocabulary().body;
  const plural = phraseKeys(body.plural)[0];
  const charter = phraseKeys(body.charter);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A citation writes its type with a capital (`Luật`, `Quyết định`); `pháp luật` is no citation.
    const type = /^\p{Lu}/u.test(tokens[i]!.text)
      ? types.find((t) => phraseAt(tokens, i, t.keys) && !otherMarkedWord(tokens, i, t))
      : types.find((t) => phraseAt(tokens, i, t.keys) && (citedInSmallLetters(text, tokens, i, t) || listHeadInSmallLetters(text, tokens, i, t, plural)));
    if (type && tokens[i - 1]?.key === plural) {
      // `Các Công điện: số …, số …`: the list's items follow as `số …`.
      const end = tokens[i + type.keys.length - 1]!.end;
      found.push({ kind: 'plural', documentType: type.name, number: null, at: i, start: tokens[i]!.start, end });
      i += type.keys.length - 1;
      continue;
    }
    if (type) {
      const typeEnd = i + type.keys.length;
      let mention: Mention | null = null;
      // `Quy chế phối hợp số 49/…`: a type may carry qualifying words before `số`.
      for (let q = 0; q <= body.typeQualifierWords && mention === null; q++) {
        const j = typeEnd + q;
        const words = tokens.slice(typeEnd, j);
        if (words.some((w) => !/^\p{Ll}/u.test(w.text))) break;
        const hasNumberWord = isNumberWord(tokens[j]);
        if (q > 0 && !hasNumberWord) continue;
        const from = hasNumberWord ? afterNumberWord(tokens[j]!) : tokens[j - 1]!.end;
        const number = readNumber(text, from, hasNumberWord, body.letterTypes.includes(type.name));
        if (!number) continue;
        // `Chỉ thị số số 03/…`: a `số` typed twice qualifies nothing.
        const documentType =
          q === 0 || words.every(isNumberWord) ? citedTypeName(type.name, readSymbol(number.text)) : `${type.name} ${text.slice(tokens[typeEnd]!.start, tokens[j - 1]!.end)}`;
        mention = { kind: 'numbered', documentType, number: number.text, at: i, start: tokens[i]!.start, end: number.end };
      }
      const shared = mention === null ? sharedSymbolNumbers(text, tokens[typeEnd - 1]!.end) : null;
      if (shared !== null) {
        // `Nghị định 52, 53/CP ngày …`: two documents of one type and one symbol, numbered one after the other.
        found.push({ kind: 'numbered', documentType: type.name, number: shared.first, at: i, start: tokens[i]!.start, end: shared.firstEnd });
        const second = tokens.findIndex((t) => t.start >= shared.secondStart);
        mention = { kind: 'numbered', documentType: type.name, number: shared.second, at: second, start: shared.secondStart, end: shared.end };
      }
      const plain = mention === null && shared === null ? numberWithoutSymbol(text, tokens[typeEnd - 1]!.end) : null;
      if (plain !== null) mention = { kind: 'numbered', documentType: type.name, number: plain.number, at: i, start: tokens[i]!.start, end: plain.end };
      mention ??= { kind: 'named', documentType: type.name, number: null, at: i, start: tokens[i]!.start, end: tokens[typeEnd - 1]!.end };
      found.push(mention);
      while (i + 1 < tokens.length && tokens[i + 1]!.start < mention.end) i++;
      continue;
    }
    const generic = genericCitation(text, tokens, i);
    if (generic) {
      found.push(generic);
      while (i + 1 < tokens.length && tokens[i + 1]!.start < generic.end) i++;
      continue;
    }
    const misread = misreadTypeCitation(text, tokens, i) ?? misreadCharter(text, tokens, i, charter);
    if (misread) {
      found.push(misread);
      while (i + 1 < tokens.length && tokens[i + 1]!.start < misread.end) i++;
      continue;
    }
    const glued = gluedNumberWord(text, tokens, i);
    if (glued) {
      found.push(glued);
      while (i + 1 < tokens.length && tokens[i + 1]!.start < glued.end) i++;
      continue;
    }
    if (isNumberWord(tokens[i])) {
      const number = readNumber(text, afterNumberWord(tokens[i]!), true);
      if (!number) continue;
      found.push({ kind: 'bare', documentType: null, number: number.text, at: i, start: tokens[i]!.start, end: number.end });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < number.end) i++;
    }
  }
  return found;
}

/**
 * `Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương`: before the symbols of 1997 and NĐ 30 a document was
 * cited by its serial alone. Right after a type's name, `số`, a serial and the citation's date word cite it; without
 * the date the digits may be anything (`số 3 tháng …`), so they are no number.
 */
function numberWithoutSymbol(text: string, from: number): { number: string; end: number } | null {
  const m = /^\s+s[oố]\s+(\d{1,5})(?=\s*,?\s*ng[àa]y\s)/iu.exec(text.slice(from));
  if (m === null || findDates(text.slice(from + m[0].length)).find((d) => d.start < 8) === undefined) return null;
  return { number: m[1]!, end: from + m[0].length };
}

/**
 * Two numbers that share the symbol written once after the second (`52, 53/CP`), right after a type's name: the
 * numbers of two documents of that type, each with the symbol (`52/CP`, `53/CP`).
 */
function sharedSymbolNumbers(text: string, from: number): { first: string; firstEnd: number; second: string; secondStart: number; end: number } | null {
  const m = /^(\s+(?:số\s+)?)(\d{1,5})\s*,\s*(?=\d)/u.exec(text.slice(from));
  if (m === null) return null;
  const secondStart = from + m[0].length;
  const read = readNumber(text, secondStart, true);
  if (read === null || !/^\d{1,5}\//u.test(read.text) || read.text.split('/').length !== 2) return null;
  const symbol = read.text.slice(read.text.indexOf('/'));
  return { first: m[2]! + symbol, firstEnd: from + m[1]!.length + m[2]!.length, second: read.text, secondStart, end: read.end };
}

/**
 * `văn bản số 8224/VPUBND-TH`: a document cited by NĐ 30's generic word, its
 * type named by its symbol (Phụ lục III: `KH` a Kế hoạch) and a symbol with no
 * type part a công văn's (`số/cơ quan-đơn vị`). Only with `số` and a symbol the
 * tables read.
 */
function genericCitation(text: string, tokens: readonly Token[], i: number): Mention | null {
  const keys = phraseKeys(vocabulary().body.genericDocument);
  if (!phraseAt(tokens, i, keys)) return null;
  // `văn bản chỉ đạo số 2731/UBND-NN`: the word may carry what the document does before `số`, in small letters, as a
  // type's qualifying words do (`Quy chế phối hợp số …`).
  let at = i + keys.length;
  while (at - i - keys.length < vocabulary().body.typeQualifierWords && tokens[at] !== undefined && !isNumberWord(tokens[at]) && /^\p{Ll}+$/u.test(tokens[at]!.text)) at++;
  const numberWord = tokens[at];
  if (numberWord === undefined || !isNumberWord(numberWord)) return null;
  const from = afterNumberWord(numberWord);
  const symbol = readSymbol(text, from, true);
  if (symbol === null || symbol.number === null || symbol.start - from > 3) return null;
  // The NĐ 30 table's one administrative type without an abbreviation is the công văn.
  const documentType = symbol.type ?? vocabulary().documentTypes.find((t) => t.kind === 'administrative' && t.abbr === null)?.name ?? null;
  return { kind: 'numbered', documentType, number: symbol.text, at: i, start: tokens[i]!.start, end: symbol.end };
}

/**
 * `Hưởng đến số 01-HD/TW`: a type name OCR without the Vietnamese model garbled
 * and restoration read as other words. The symbol names the type (NĐ 30 Phụ
 * lục III, HD 36: `HD` a Hướng dẫn); the words before `số`, written with a
 * capital, are that name when their letters without marks are one letter from
 * it. Anything further is no citation.
 */
function misreadTypeCitation(text: string, tokens: readonly Token[], i: number): Mention | null {
  const capital = /^\p{Lu}/u.test(tokens[i]!.text);
  if (!capital && !afterOpener(tokens, i)) return null;
  for (let n = 1; n <= 4; n++) {
    const numberWord = tokens[i + n];
    if (numberWord === undefined) return null;
    if (!isNumberWord(numberWord)) continue;
    const from = afterNumberWord(numberWord);
    const symbol = readSymbol(text, from, false);
    if (symbol === null || symbol.number === null || symbol.type === null || symbol.start - from > 3) return null;
    const keys = phraseKeys(symbol.type);
    const read = tokens.slice(i, i + n).map((t) => t.key);
    // `căn cứ kế số 113 - KH/TNHN …`: right after the opener, the type's name cut short by the page (its first words
    // only) before `số` and a symbol naming that type — the citation HD 36 writes `<loại> số … của …`.
    const cut = n < keys.length && afterOpener(tokens, i) && read.every((k, j) => k === keys[j]);
    if (cut) return { kind: 'numbered', documentType: symbol.type, number: symbol.text, at: i, start: tokens[i]!.start, end: symbol.end };
    const name = keys.join(' ');
    if (!capital || n !== keys.length || read.join(' ') === name || distance(read.join(' '), name) > 1) return null;
    return { kind: 'numbered', documentType: symbol.type, number: symbol.text, at: i, start: tokens[i]!.start, end: symbol.end };
  }
  return null;
}

/**
 * `Điều 1& Đảng cộng sản Việt Nam`, `Điều 1 Hội Liên hiệp phụ nữ`, `Điều 16 Đội TNTP`: OCR without the Vietnamese
 * model reads the `l` of `lệ` as a 1 and its marked vowel as a sign, a figure or nothing. An article number never
 * stands before an organisation's name (an article is `Điều 5 của …` or `Điều 5 Nghị định …`), and only an
 * organisation with its own rules follows `Điều lệ` (Điều lệ Đảng, Đoàn, Hội, Công đoàn, Mặt trận): `Điều`, a scrap of
 * at most three characters opening with 1 or l, then such an organisation's name with its capital, is that charter
 * cited by name. `Điều 1 Hội đồng nhân dân …` (a state body, which has no charter) is an article. `charterKeys` are
 * `Điều lệ`'s (body.charter), keyed once per paragraph by findMentions, not at each word.
 */
function misreadCharter(text: string, tokens: readonly Token[], i: number, charterKeys: readonly string[]): Mention | null {
  const [first, second] = charterKeys;
  if (tokens[i]!.key !== first || second === undefined) return null;
  const body = vocabulary().body;
  for (let k = 1; k <= 2; k++) {
    const scraps = tokens.slice(i + 1, i + 1 + k);
    const next = tokens[i + 1 + k];
    if (scraps.length < k || next === undefined || scraps.slice(1).some((t) => /\s/u.test(t.gap))) return null;
    const scrap = text.slice(scraps[0]!.start, scraps[k - 1]!.end);
    if (!/^[1l]/u.test(scrap) || scrap.length > 3 || scraps[0]!.key === second) return null;
    if (!/^\p{Lu}/u.test(next.text) || phraseIn(tokens, i + 1 + k, tables().keysOf(body.charterBodies)) === null) continue;
    const head = headAt(text.slice(next.start, next.start + 80));
    if (head !== null && head.head.kind !== 'committee') return null;
    // The sign the marked vowel was read as (`1&`) stands in the gap before the name: the name starts the subject.
    return { kind: 'named', documentType: body.charter, number: null, at: i, start: tokens[i]!.start, end: next.start };
  }
  return null;
}

/**
 * A type name with `số` glued to its last word by a typist or a crawl
 * (`Quyết địnhsố 2216/QĐ-BTP`): a citation when a number follows, written
 * with its capital as every citation is.
 */
function gluedNumberWord(text: string, tokens: readonly Token[], i: number): Mention | null {
  if (!/^\p{Lu}/u.test(tokens[i]!.text)) return null;
  for (const type of tables().types) {
    const last = i + type.keys.length - 1;
    const word = tokens[last];
    if (!word || !/s[oốô]$/iu.test(word.text) || word.key !== `${type.keys.at(-1)}so`) continue;
    if (!type.keys.slice(0, -1).every((k, n) => tokens[i + n]!.key === k)) continue;
    const number = readNumber(text, word.end, true);
    if (number) return { kind: 'numbered', documentType: type.name, number: number.text, at: i, start: tokens[i]!.start, end: number.end };
  }
  return null;
}

/** A line in capitals (a title, a heading), document symbols aside: `… SỐ 1899/QĐ-TTg NGÀY …`. */
const inCapitals = (text: string): boolean => isUpperCase(text.replace(/\S*\/\S*/gu, ' '));

/** Whether a paragraph opens the preamble: `Căn cứ …`, or `Thực hiện` + a cited document. A title line in capitals never does. */
export function opensPreamble(text: string): boolean {
  if (inCapitals(text)) return false;
  // `Căn cứ …` opens it alone; `Thực hiện …`, `Thi hành …` (HD 36) only before the document they cite.
  const tokens = tokenize(text);
  const mentions = findMentions(text, tokens);
  if (opensBasedOn(text, tokens, mentions)) return true;
  const implementingOpeners = vocabulary().plan.preambleOpeners.slice(1);
  const implementing =
    implementingOpeners.find((opener) => startsWithPhrase(text, opener)) ?? implementingOpeners.find((opener) => garbledFirstWord(tokens, 0, opener, mentions));
  if (implementing === undefined) return false;
  const first = mentions.find((m) => m.kind !== 'named' || m.at > 0);
  const openerLength = phraseKeys(implementing).length;
  if (first === undefined || first.at > openerLength + articleReference(tokens, openerLength)) return false;
  // A line wrapped before the number (`Thực hiện Nghị định số` / `27/2022/NĐ-CP …`) opens it too, and so does a law
  // cited by its name (`Thực hiện Luật Hộ tịch năm 2014, Nghị định số …`): laws are cited by name and year.
  return first.kind === 'numbered' || (first.kind === 'named' && (isLaw(first.documentType!) || isNumberWordAtEnd(text.slice(first.end))));
}

/**
 * Whether a paragraph opens with `Căn cứ`, as written, with its second word lost by a crawl, or garbled by OCR.
 * `tokens` and `mentions` are the paragraph's, passed by a caller that has them already.
 */
function opensBasedOn(text: string, tokens = tokenize(text), mentions = findMentions(text, tokens)): boolean {
  const basedOn = vocabulary().plan.preambleOpeners[0];
  if (basedOn === undefined) return false;
  if (startsWithPhrase(text, basedOn)) return true;
  return lostSecondWord(tokens, 0, basedOn, mentions) || garbledSecondWord(text, tokens, 0, basedOn, mentions) > 0;
}

/**
 * The tokens of an article reference at `at` (`Điều 2`, `khoản 1 Điều 5`,
 * `điểm a khoản 2 Điều 3`, then `của` if written), 0 when none stands there:
 * a preamble that cites an article cites the document it belongs to.
 */
function articleReference(tokens: readonly Token[], at: number): number {
  let i = at;
  const part = (word: string, value: RegExp): boolean => {
    if (tokens[i]?.key !== word || !value.test(tokens[i + 1]?.text ?? '')) return false;
    i += 2;
    return true;
  };
  part('diem', /^[a-zđ]$/u);
  part('khoan', /^\d{1,3}$/u);
  if (!part('dieu', /^\d{1,3}$/u)) return 0;
  if (tokens[i]?.key === 'cua') i += 1;
  return i - at;
}

/** The tokens of an article reference that ends right before token `at`, 0 when none does. */
function articleReferenceBefore(tokens: readonly Token[], at: number): number {
  for (let k = 2; k <= 7 && k <= at; k++) if (articleReference(tokens, at - k) === k) return k;
  return 0;
}

/**
 * `Căn Quyết định số 36/…`: a crawl that drops short words (`cứ`, `của`, `về`)
 * leaves an opener's first word alone before the document it cites. The
 * first word of a two-word opener, then a numbered citation whose type is
 * written with a capital, is that opener: `Căn` stands before no document.
 */
function lostSecondWord(tokens: readonly Token[], at: number, opener: string, mentions: readonly Mention[]): boolean {
  const keys = phraseKeys(opener);
  const word = tokens[at];
  if (keys.length !== 2 || word === undefined || word.key !== keys[0] || !/^\p{Lu}/u.test(word.text)) return false;
  const next = mentions.find((m) => m.at === at + 1);
  if (next?.kind === 'numbered' && /^\p{Lu}/u.test(tokens[at + 1]!.text)) return true;
  // A law is cited by its name, no number (`Căn Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;`): after the
  // opener's first word spelt with its marks, as nothing else that opens a sentence is (`Can Luật …` may be OCR's).
  if (next?.kind === 'named' && isLaw(next.documentType!) && /^\p{Lu}/u.test(tokens[at + 1]!.text) && word.text === opener.split(' ')[0]) return true;
  // A type in small letters (`Căn công văn 167/…`, `Căn vào công văn số …`) is a citation only where the opener's
  // first word stands right before it (afterOpener), which is what this asks.
  const small = mentions.find((m) => m.kind === 'numbered' && m.at > at && m.at <= at + 2);
  return small !== undefined && afterLostSecondWord(tokens, small.at);
}

/**
 * `Căn cif Quyết định số …`, `Căn c(t Nghị định số …`: OCR without the
 * Vietnamese model garbles an opener's short second word past matching (`cứ`
 * read `cif`, `ct`, `cf`, or cut in two at a mark). Its first word, capitalised,
 * then one or two scraps that together are at most three letters and open with
 * the second word's letter, then a document cited with its type's capital, is
 * that opener. The tokens it spans, 0 when none stands at `at`.
 */
function garbledSecondWord(text: string, tokens: readonly Token[], at: number, opener: string, mentions: readonly Mention[]): number {
  const keys = phraseKeys(opener);
  const word = tokens[at];
  if (keys.length !== 2 || word === undefined || !/^\p{Lu}/u.test(word.text)) return 0;
  if (word.key !== keys[0]) return garbledBothWords(text, tokens, at, keys, mentions);
  // A numbered document, or a law or charter, which are cited by name (`Điều lệ Hội CCB Việt Nam`), with its capital;
  // any document cited by name (`Căn c(t Kế hoạch Công tác Đoàn …`, a plan without number) after the opener's first word
  // as it is spelt, marks and all: `Cần có Kế hoạch …` opens a sentence, not a basis.
  const spelt = stripMarks(word.text) === word.text || word.text.toLowerCase() === opener.split(' ')[0]!.toLowerCase();
  const cited = (j: number): boolean => {
    const m = mentions.find((n) => n.at === j);
    return m !== undefined && /^\p{Lu}/u.test(tokens[j]!.text) && (m.kind === 'numbered' || isLaw(m.documentType!) || spelt);
  };
  // `Căn cif vào Điều lệ …`: the third word of a longer form of the opener (`Căn cứ vào`, `Căn cứ theo`) may follow the scrap.
  const thirdWords = tables()
    .keysOf(vocabulary().body.basisOpeners)
    .filter((o) => o.length === 3 && o[0] === keys[0] && o[1] === keys[1])
    .map((o) => o[2]!);
  for (let k = 1; k <= 2; k++) {
    const scraps = tokens.slice(at + 1, at + 1 + k);
    if (scraps.length < k || scraps[0]!.key === keys[1] || !scraps[0]!.key.startsWith(keys[1]!.charAt(0))) return 0;
    if (scraps.map((t) => t.text).join('').length > 3) return 0;
    if (cited(at + 1 + k)) return 1 + k;
    if (k === 1 && thirdWords.includes(tokens[at + 2]?.key ?? '') && cited(at + 3)) return 3;
  }
  return 0;
}

/** A basis line's length in words: `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;` has 16. */
const BASIS_LINE_TOKENS = 24;

/**
 * `- Cian cit Điều lệ Đoàn TNCS Hồ Chí Minh;` (restored `Chắn cát …`): OCR without the Vietnamese model garbles
 * both words of `Căn cứ`. Read only in a basis line's shape: a capitalised first word one letter off the opener's
 * (its first letter kept), one scrap of at most three letters opening with the second word's letter, then a law or
 * charter cited by name with its capital, or a numbered document, and the clause closed by `;` within a short line.
 * A running sentence (`Còn có Luật Đất đai quy định …`) goes on past such a line and opens nothing. The tokens
 * it spans, 0 when none stands at `at`.
 */
function garbledBothWords(text: string, tokens: readonly Token[], at: number, keys: readonly string[], mentions: readonly Mention[]): number {
  const [word, scrap] = [tokens[at], tokens[at + 1]];
  if (word === undefined || scrap === undefined || word.key.charAt(0) !== keys[0]!.charAt(0) || distance(word.key, keys[0]!) !== 1) return 0;
  if (!scrap.key.startsWith(keys[1]!.charAt(0)) || scrap.text.length > 3) return 0;
  const cited = mentions.find((m) => m.at === at + 2);
  if (cited === undefined || !/^\p{Lu}/u.test(tokens[at + 2]!.text) || !(cited.kind === 'numbered' || isLaw(cited.documentType!))) return 0;
  // The clause ends at its `;` within a basis line's length, never across a paragraph's line break.
  const end = text.indexOf(';', word.start);
  const clause = end < 0 ? '' : text.slice(word.start, end);
  return end >= 0 && !clause.includes('\n') && tokens.filter((t) => t.start >= word.start && t.start < end).length <= BASIS_LINE_TOKENS ? 2 : 0;
}

/**
 * `Theo hiện Kế hoạch số 190 - KH/HNDTW …`, `Thee hién …`: OCR without the Vietnamese model reads the first word of
 * a two-word opener (HD 36's `Thực hiện`) two letters off, past `nearWord`'s one, while its second word stands
 * intact. The first word, capitalised, keeping the opener's first two letters and about its length, then the second
 * word as written, then a numbered citation with a capital: that opener. A running sentence never opens `Th… hiện
 * Kế hoạch số …`.
 */
function garbledFirstWord(tokens: readonly Token[], at: number, opener: string, mentions: readonly Mention[]): boolean {
  const keys = phraseKeys(opener);
  const [word, second] = [tokens[at], tokens[at + 1]];
  if (keys.length !== 2 || word === undefined || second === undefined || !/^\p{Lu}/u.test(word.text) || second.key !== keys[1]) return false;
  if (!word.key.startsWith(keys[0]!.slice(0, 2)) || Math.abs(word.key.length - keys[0]!.length) > 1 || distance(word.key, keys[0]!) > 2) return false;
  const next = mentions.find((m) => m.at === at + 2);
  return next?.kind === 'numbered' && /^\p{Lu}/u.test(tokens[at + 2]!.text);
}

const isNumberWordAtEnd = (rest: string): boolean => /^\s*(?:số|so|sô)\s*:?\s*$/u.test(foldSameLength(rest));

/** The text with its asides (`(sau đây viết tắt là …)`, `(nay là …)`) blanked; offsets unchanged. */
function blankAsides(text: string): string {
  const asides = vocabulary().body.asides;
  return text.replace(/\(([^()]*)\)/gu, (whole, inner: string) =>
    asides.some((a) => startsWithPhrase(inner, a)) ? ' '.repeat(whole.length) : whole,
  );
}

/**
 * Bracket depth and whether inside quotes, for every offset. A bracket the
 * paragraph never closes (`… Quy chế bầu cử (ban hành kèm theo Quyết định số
 * 244-QĐ/TW …; Hướng dẫn số 03-HD/TW …`, a typist's slip) ends at the next `;`,
 * which still parts the citations.
 */
function nesting(text: string): { paren: number[]; quoted: boolean[] } {
  const paren: number[] = [];
  const quoted: boolean[] = [];
  const unclosed = unclosedBrackets(text);
  const closing = straightClosings(text);
  let depth = 0;
  let open = 0;
  let quotes = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ';' && open > 0) {
      depth -= open;
      open = 0;
    }
    if (unclosed.has(i)) open++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (c === '”' || c === '»') quotes = Math.max(0, quotes - 1);
    paren.push(depth);
    quoted.push(quotes > 0 || straight);
    if (c === '(') depth++;
    if (c === '“' || c === '«') quotes++;
    if (closing.has(i)) quotes = Math.max(0, quotes - 1);
    else if (c === '"') straight = !straight;
  }
  return { paren, quoted };
}

/**
 * `“Tháng Nhân đạo" năm 2021`: a curly quote no `”` closes is closed by the
 * first straight quote after it; a straight pair inside curly quotes (`“… "X" …”`)
 * stays a pair. The offsets of such closing straight quotes.
 */
function straightClosings(text: string): Set<number> {
  const closings = new Set<number>();
  for (let open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
    const close = text.indexOf('”', open);
    const nextOpen = text.indexOf('“', open + 1);
    if (close >= 0 && (nextOpen < 0 || close < nextOpen)) continue;
    const straight = text.indexOf('"', open);
    if (straight >= 0 && (nextOpen < 0 || straight < nextOpen)) closings.add(straight);
  }
  return closings;
}

/** The offsets of the `(` that no `)` after them closes. */
function unclosedBrackets(text: string): Set<number> {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') open.pop();
  }
  return new Set(open);
}

interface Piece {
  start: number;
  end: number;
  /** What ended the piece before: the paragraph's start, `;` or the end of a sentence. */
  after: 'start' | ';' | '.';
}

/**
 * The paragraph cut at `;` and at sentence ends outside brackets and quotes, and before a line that opens a basis
 * clause (`Thực hiện …`, `Căn cứ …` at `clauseLines`): each căn cứ stands on its line (NĐ 30 Phụ lục I), the
 * line before may have lost its `;`.
 */
function pieces(text: string, depth: ReturnType<typeof nesting>, clauseLines: ReadonlySet<number> = new Set()): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  let after: Piece['after'] = 'start';
  for (let i = 0; i < text.length; i++) {
    if (depth.paren[i]! > 0 || depth.quoted[i]) continue;
    if (i > start && clauseLines.has(i) && !/[;.]\s*$/u.test(text.slice(start, i))) {
      out.push({ start, end: i, after });
      start = i;
      after = ';';
      continue;
    }
    const c = text[i]!;
    // A typist may leave two or three spaces after the full stop.
    const sentenceEnd = c === '.' && /^\s{1,3}\p{Lu}/u.test(text.slice(i + 1, i + 5));
    if (c !== ';' && !sentenceEnd) continue;
    out.push({ start, end: i, after });
    start = i + 1;
    after = c === ';' ? ';' : '.';
  }
  out.push({ start, end: text.length, after });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

/** A span of a paragraph that cites bases, with the offsets where a clause opens a new citation. */
interface Region {
  start: number;
  end: number;
  /** Where each clause that opens a citation starts (its piece) and where its first document is named. */
  opens: { piece: number; at: number }[];
}

/** `UBND tỉnh ban hành …`, `Ủy ban nhân dân Thành phố xây dựng …` at token `at`. */
function selfReferenceAt(text: string, tokens: readonly Token[], at: number): boolean {
  const verbs = vocabulary().plan.selfReferenceVerbs.map(phraseKeys);
  const start = tokens[at]?.start;
  if (start === undefined) return false;
  const window = text.slice(start, start + ISSUER_WINDOW);
  const windowTokens = tokenize(window);
  const mentions = findIssuers(window).map((m) => withOwnPlace(window, windowTokens, m));
  const first = mentions.find((m) => m.start === 0);
  if (!first) return false;
  // A body of another (`Ban Thường vụ` + `Liên đoàn Lao động huyện`): the names run on, one after the other.
  let end = first.end;
  for (let more = true; more; ) {
    const after = mentions.find((m) => m.start === end + 1);
    more = after !== undefined;
    if (after) end = after.end;
  }
  const named = tokens.findIndex((t) => t.start >= start + end);
  if (named < 0) return false;
  // `Ban Thường vụ Đảng ủy xã … thống nhất xây dựng kế hoạch …`: a collective body's word of decision may stand before the verb.
  const lead = vocabulary().plan.selfReferenceLeads.map(phraseKeys).find((l) => phraseAt(tokens, named, l))?.length ?? 0;
  return verbs.some((v) => phraseAt(tokens, named + lead, v));
}

type State = 'basis' | 'other';

/** No organ's name with its level and place runs longer than this; a clause's issuer is looked for within it. */
const ISSUER_WINDOW = 160;

/** The spans of the paragraph that cite bases, given the state the previous paragraph left. */
function basisRegions(text: string, tokens: readonly Token[], mentions: readonly Mention[], entry: State, lineStarts: ReadonlySet<number>) {
  const body = vocabulary().body;
  const { keysOf } = tables();
  const openers = keysOf(body.basisOpeners);
  const notOpeners = keysOf(body.notBasisOpeners);
  const joiners = keysOf(body.clauseJoiners);
  const links = keysOf(body.leadLinks);
  const depth = nesting(text);
  const regions: Region[] = [];
  let state = entry;
  const extend = (start: number, end: number, at: number | null): void => {
    const last = regions[regions.length - 1];
    const open = at === null ? [] : [{ piece: start, at }];
    if (last && state === 'basis' && last.end >= start - 1) {
      last.end = end;
      last.opens.push(...open);
    } else regions.push({ start, end, opens: open });
  };
  /** A clause that opens a citation at `at`: a new region, or the region before goes on. */
  const openClause = (piece: Piece, at: number): void => {
    if (state === 'basis') extend(piece.start, piece.end, at);
    else regions.push({ start: piece.start, end: piece.end, opens: [{ piece: piece.start, at }] });
    state = 'basis';
  };
  let previous: Piece | null = null;
  const clauseLines = new Set(
    tokens.filter((t, i) => lineStarts.has(t.start) && /^\p{Lu}/u.test(t.text) && phraseIn(tokens, i, openers) !== null).map((t) => t.start),
  );
  for (const piece of pieces(text, depth, clauseLines)) {
    const before = previous;
    previous = piece;
    let first = tokens.findIndex((t) => t.start >= piece.start);
    if (first < 0 || tokens[first]!.start >= piece.end) continue;
    const joiner = phraseIn(tokens, first, joiners);
    if (joiner && piece.after !== 'start') first += joiner.length;
    const mentionAt = (i: number): Mention | undefined =>
      mentions.find((m) => m.at === i || (m.kind === 'plural' && m.at === i + 1));
    const bracketed = (p: Piece): Mention | undefined =>
      mentions.find((m) => m.kind === 'numbered' && m.start > p.start && m.start < p.end && depth.paren[m.start] === 1 && /\(\s*$/u.test(text.slice(p.start, m.start)));
    // An opener OCR damaged past matching (`Can cit`) still stands before a numbered citation; a lead word
    // there (`… Sở Công / Thương tại Tờ trình số …`, a wrapped line of `Xét đề nghị …`) is no opener.
    const damaged =
      piece.after === 'start' && mentionAt(first + 2)?.kind === 'numbered' && !mentionAt(first) && !mentionAt(first + 1) && phraseIn(tokens, first + 1, links) === null
        ? [tokens[first]!.key, tokens[first + 1]!.key]
        : null;
    const basedOn = vocabulary().plan.preambleOpeners[0] ?? '';
    const garbled = garbledSecondWord(text, tokens, first, basedOn, mentions);
    // A crawl that drops short words loses `hiện` from `Thực hiện` (`Thực Kế hoạch phối hợp số 08- KH/HĐĐ …`) as `cứ` from `Căn cứ`.
    const lostWord = vocabulary().plan.preambleOpeners.some((o) => lostSecondWord(tokens, first, o, mentions));
    const lost = lostWord ? [tokens[first]!.key] : garbled > 0 ? tokens.slice(first, first + garbled).map((t) => t.key) : null;
    // Of the openers read at the clause's head, one a citation follows: OCR's tolerance may read `Căn cứ vào` in
    // `Căn cứ văn bản số …`, whose citation starts after `Căn cứ`.
    const matched = openers.filter((keys) => phraseAt(tokens, first, keys));
    // `Thi hành Điều 2 Quyết định …`, `Căn cứ khoản 1 Điều 5 Nghị định số …`: an article cited cites its document.
    // A document read there (`Điều 1& Đảng …`, a charter OCR misread into an article's shape) is no article.
    const citedAt = (keys: readonly string[]): number =>
      mentionAt(first + keys.length) !== undefined ? first + keys.length : first + keys.length + articleReference(tokens, first + keys.length);
    // `Theo hiện Kế hoạch số …`: `Thực hiện` misread into a word that opens clauses of its own (`Theo …`) is that opener.
    const misread = vocabulary()
      .plan.preambleOpeners.slice(1)
      .some((o) => garbledFirstWord(tokens, first, o, mentions))
      ? [tokens[first]!.key, tokens[first + 1]!.key]
      : null;
    const opener = matched.find((keys) => mentionAt(citedAt(keys)) !== undefined) ?? misread ?? matched[0] ?? damaged ?? lost;
    // `Trên cơ sở` is no opener of NĐ 30's: it goes on with a list of bases (`…; trên cơ sở Công văn số …`) right
    // before a document, never before `đề nghị …`, and a sentence it opens is the issuer's own reasoning.
    const blocked = phraseIn(tokens, first, notOpeners);
    const goesOn = piece.after === ';' && state === 'basis' && opener !== null && opener.length >= (blocked?.length ?? 0);
    const cites = opener !== null && mentionAt(citedAt(opener)) !== undefined && (blocked === null || goesOn);
    // `Thực hiện ý kiến chỉ đạo của … tại Công văn số …`: the document follows `tại`.
    const linked = (k: number): boolean =>
      k > 0 && tokens[first + k] !== undefined && tokens[first + k]!.start < piece.end && phraseIn(tokens, first + k, links) !== null && mentionAt(first + k + 1) !== undefined;
    if (cites) {
      openClause(piece, tokens[citedAt(opener)]!.start);
    } else if (blocked === null && opener && Array.from({ length: 20 }, (_, k) => k).some(linked)) {
      openClause(piece, tokens[first]!.start);
    } else if (blocked === null && opener && bracketed(piece) !== undefined) {
      // `Căn cứ nội dung hướng dẫn … (Hướng dẫn số 04/HD-BCĐ ngày …)`: the bracket names the document the words describe.
      openClause(piece, tokens[first]!.start);
    } else if (
      // `Hội đồng Thi đua … xây dựng Kế hoạch …` is the issuer's own sentence, whatever OCR's tolerance reads in `Hội đồng`.
      mentionAt(first) &&
      state === 'basis' &&
      !selfReferenceAt(text, tokens, first) &&
      !(before !== null && issuedWithGoesOn(text, mentions, before, piece, mentionAt(first)!)) &&
      !proseAfterStop(text, mentions, piece, mentionAt(first)!)
    ) {
      extend(piece.start, piece.end, tokens[first]!.start);
    } else if (
      piece.after === ';' &&
      state === 'basis' &&
      blocked === null &&
      !sentenceOnNextLine(text, tokens, first, piece, lineStarts) &&
      !selfReferenceAt(text, tokens, first) &&
      // `…; Ban Thường vụ … xây dựng kế hoạch … như sau:` leads into the body: it cites nothing.
      !leadsIntoBody(tokens, first, piece.end, keysOf(body.subjectEnds))
    ) {
      // `…; nông nghiệp;` goes on with the subject of the citation before.
      extend(piece.start, piece.end, null);
    } else {
      state = 'other';
      // `Để …, đồng thời thực hiện Kế hoạch số …`: a clause that is no basis may name what the text implements.
      const sub = commaClause(text, tokens, piece, openers, mentionAt, depth);
      if (sub !== null) {
        regions.push({ start: sub.start, end: piece.end, opens: [{ piece: sub.start, at: sub.open }] });
        state = 'basis';
      }
    }
  }
  return { regions: regions.map((r) => cutRegion(text, tokens, r, depth, lineStarts)), state };
}

/**
 * `… nhiệm kỳ 2018-2020;` / `Đại hội chi bộ Trường THCS … được tổ chức … năm 2018.`: a căn cứ ends on its `;` at the
 * line's end (NĐ 30 Phụ lục I); a line under it that opens with a capital and runs to a full stop is a sentence of the
 * body, not more of the subject — a scan's wrapped lines join them into one paragraph.
 */
function sentenceOnNextLine(text: string, tokens: readonly Token[], first: number, piece: Piece, lineStarts: ReadonlySet<number>): boolean {
  const t = tokens[first];
  // The `;` printed at the line's end, not one a clause opener read on the next line supposes lost.
  const printed = /;\s*$/u.test(text.slice(0, piece.start));
  return t !== undefined && printed && lineStarts.has(t.start) && /^\p{Lu}/u.test(t.text) && /\.\s*$/u.test(text.slice(piece.start, piece.end + 1));
}

/**
 * `Căn cứ Thông báo số 656 – TB/HNDTW ngày … về …. Chương trình Bình chọn … sẽ được tiến hành thường niên …`: after a
 * full stop, a document named with neither number nor date opens a sentence about it, not one more citation (a
 * citation names what it cites: NĐ 30 Phụ lục I, `<loại> số … ngày … của …`). A sentence runs to its own stop; the
 * last item of a căn cứ line closes on none (NĐ 30 Phụ lục I ends each căn cứ with `;` or nothing): `… cơ sở.
 * Chương trình công tác toàn khóa của Ban Chấp hành Đảng bộ xã khóa XXX, nhiệm kỳ 2020 - 2025` names its issuer and
 * ends the line without a stop — one more citation, the stop before it a slip for `;`.
 */
function proseAfterStop(text: string, mentions: readonly Mention[], piece: Piece, m: Mention): boolean {
  if (piece.after !== '.' || m.kind !== 'named' || m.documentType === null || isLaw(m.documentType)) return false;
  const inPiece = mentions.filter((o) => o.start >= piece.start && o.start < piece.end);
  if (inPiece.some((o) => o.number !== null) || findDates(text.slice(piece.start, piece.end)).length > 0) return false;
  const rest = text.slice(m.end).trim();
  const lastItem = text.slice(piece.end).trim() === '' && !/[.!?]$/u.test(rest);
  return !(lastItem && /(?:^|\s)cua\s/u.test(foldSameLength(rest)));
}

/**
 * `… ban hành kèm theo Quy chế A; Quy định B;`: a decision cited with the
 * documents it issued, listed on after `;`. A document named alone — no
 * number, no date, no law — that opens the piece after one naming a document
 * `kèm theo` is one more of them, no basis of its own.
 */
function issuedWithGoesOn(text: string, mentions: readonly Mention[], before: Piece, piece: Piece, m: Mention): boolean {
  if (m.kind !== 'named' || m.documentType === null || isLaw(m.documentType)) return false;
  const inPiece = (p: Piece): Mention[] => mentions.filter((o) => o.start >= p.start && o.start < p.end);
  if (inPiece(piece).some((o) => o.number !== null) || findDates(text.slice(piece.start, piece.end)).length > 0) return false;
  return inPiece(before).some((o) => o.kind === 'named' && /kem theo\s*$/u.test(foldSameLength(text.slice(before.start, o.start))));
}

/**
 * `…, đồng thời thực hiện Kế hoạch số …`, `… và thực hiện Thông báo số …`
 * inside a sentence that is no basis clause.
 */
function commaClause(
  text: string,
  tokens: readonly Token[],
  piece: Piece,
  openers: readonly string[][],
  mentionAt: (i: number) => Mention | undefined,
  depth: ReturnType<typeof nesting>,
): { start: number; open: number } | null {
  const joiners = tables().keysOf(vocabulary().body.clauseJoiners);
  const coordinators = tables().keysOf(vocabulary().body.coordinators);
  const strong = openers.filter((o) => o.length > 1);
  // Only the piece's tokens: a paragraph of many pieces is not walked whole for each.
  for (let i = firstTokenAfter(tokens, piece.start); i < tokens.length && tokens[i]!.start < piece.end; i++) {
    const t = tokens[i]!;
    const comma = t.gap.includes(',');
    const coordinator = comma ? null : phraseIn(tokens, i, coordinators);
    if ((!comma && coordinator === null) || depth.quoted[t.start]) continue;
    const joiner = comma ? phraseIn(tokens, i, joiners) : coordinator;
    const at = i + (joiner?.length ?? 0);
    const opener = phraseIn(tokens, at, strong);
    const mention = opener ? mentionAt(at + opener.length) : undefined;
    if (opener && mention?.kind === 'numbered') return { start: t.start, open: tokens[at + opener.length]!.start };
  }
  return null;
}

/** The index of the first token starting after `offset` (tokens in text order), `tokens.length` when none does. */
function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `, Ban Thường vụ Huyện đoàn xây dựng kế hoạch …`: the issuer's own clause,
 * a few words then `xây dựng` / `ban hành` and a document type.
 */
function ownClauseAt(tokens: readonly Token[], at: number): boolean {
  const verbs = vocabulary().plan.selfReferenceVerbs.map(phraseKeys);
  const { types } = tables();
  for (let i = at; i < at + 8 && i < tokens.length; i++) {
    if (i > at && /[,;:.]/u.test(tokens[i]!.gap)) return false;
    const verb = verbs.find((v) => phraseAt(tokens, i, v));
    if (verb && types.some((t) => phraseAt(tokens, i + verb.length, t.keys))) return true;
  }
  return false;
}

/**
 * Where the name of the organ opening `window` ends: a standing body names the organisation it belongs to right
 * after its own name (`Ban Thường vụ Trung ương …`, `Ban Chấp hành Hội Nông dân tỉnh …`), one organ's name after
 * the other with nothing between them.
 */
function standingBodyEnd(window: string, mentions: readonly IssuerMention[], end: number): number {
  for (const m of mentions) {
    if (m.start < end) continue;
    if (window.slice(end, m.start).trim() !== '') break;
    end = m.end;
  }
  return end;
}

/**
 * `, Ủy ban nhân dân huyện đề nghị …`: an organ that acts opens a clause of its own — its place may stand after
 * its name without the level word (`, Phòng Giáo dục và Đào tạo Thanh Chương hướng dẫn …`).
 */
function organActsAt(text: string, tokens: readonly Token[], at: number): boolean {
  const start = tokens[at]!.start;
  const window = text.slice(start, start + ISSUER_WINDOW);
  const mentions = findIssuers(window);
  const mention = mentions.find((m) => m.start === 0);
  if (!mention) return false;
  const named = standingBodyEnd(window, mentions, mention.end);
  const next = tokens.findIndex((t) => t.start >= start + named);
  const verbs = tables().keysOf(vocabulary().body.issuerVerbs);
  if (next < 0) return false;
  // `Ban Thường vụ Trung ương Hội đề nghị …`: the organisation named by the one word of its kind, as its Điều lệ
  // writes it (`Trung ương Hội`, `Tỉnh Hội`), then the verb.
  const kindWord = headAt(text.slice(tokens[next]!.start, tokens[next]!.end));
  if (kindWord?.head.kind === 'committee' && !kindWord.head.name.includes(' ') && phraseIn(tokens, next + 1, verbs) !== null) return true;
  if (named > mention.end) return phraseIn(tokens, next, verbs) !== null;
  if (phraseIn(tokens, next, verbs) !== null) return true;
  if (mention.locality !== null) return false;
  for (let n = 4; n >= 1; n--) {
    const words = tokens.slice(next, next + n);
    if (words.length < n || !words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w.text)) || words.slice(1).some((w) => w.gap.trim() !== '')) continue;
    if (isKnownPlace(text.slice(words[0]!.start, words[n - 1]!.end))) return phraseIn(tokens, next + n, verbs) !== null;
  }
  return false;
}

/**
 * `…, Ủy ban nhân dân xã báo cáo kết quả như sau:`: the last clause, from a
 * comma to `như sau`, whatever its verb, leads into the body; it cites nothing.
 */
function leadsIntoBody(tokens: readonly Token[], at: number, end: number, ends: readonly string[][]): boolean {
  const tail = tokens.filter((t, k) => k >= at && t.start < end);
  // A year may stand in the issuer's own words (`… lập kế hoạch Vui Tết trung thu năm 2020 như sau`); other
  // figures (a number, a date) are a citation's.
  if (tail.some((t, k) => k > 0 && /[,;:.]/u.test(t.gap)) || tail.some((t) => /\d/u.test(t.text) && !/^(?:19|20)\d\d$/u.test(t.text))) return false;
  return ends.some((e) => e.length < tail.length && phraseAt(tail, tail.length - e.length, e));
}

/**
 * A region ends before `, UBND tỉnh ban hành …`, `, UBND huyện đề nghị …` and `, cụ thể như sau`, and before a
 * line that opens with an organ writing its own text when the last citation's line ends without a mark (`… năm
 * 2022` / `Ban Thường vụ … xây dựng kế hoạch …`) — unless the line before leaves its words open (`… của` / `UBND
 * tỉnh ban hành …`); a line that opens with the verb alone (`… về việc` / `Ban hành Kế hoạch …`) goes on.
 */
function cutRegion(text: string, tokens: readonly Token[], region: Region, depth: ReturnType<typeof nesting>, lineStarts: ReadonlySet<number>): Region {
  const ends = tables().keysOf(vocabulary().body.subjectEnds);
  const coordinators = tables().keysOf(vocabulary().body.coordinators);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start <= region.start || t.start >= region.end || depth.quoted[t.start] || depth.paren[t.start]! > 0) continue;
    // `…; Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam hướng dẫn …, như sau:`: after the last basis's `;`, an organ
    // that acts opens the issuer's own clause, as after a comma — named, it may be, after its standing body, in words
    // the tables need not know (`Đoàn Chủ tịch`, the Điều lệ Công đoàn's), a few words with no mark between them.
    const organAfter = (k: number): boolean => tokens.slice(i + 1, i + k + 1).every((w) => w.gap === ' ') && i + k < tokens.length && organActsAt(text, tokens, i + k);
    if (t.gap.includes(';') && /^\p{Lu}/u.test(t.text) && (selfReferenceAt(text, tokens, i) || [0, 1, 2, 3].some(organAfter))) {
      return { ...region, end: t.start - t.gap.length + t.gap.indexOf(';') };
    }
    if (!t.gap.includes(',')) {
      const open = i > 0 && (isOfWord(tokens[i - 1]) || phraseIn(tokens, i - 1, coordinators) !== null);
      // Or the line opens the clause that leads into the body, its comma left at the end of the line before or put
      // by the page at the head of this one (`… căn cứ Chương trình công tác năm 2024` / `, Ban Chấp hành … Hướng
      // dẫn … như sau:`, the comma read as a speck at the line's edge).
      if (lineStarts.has(t.start) && /^\p{Lu}/u.test(t.text) && !open && (selfReferenceAt(text, tokens, i) || leadsIntoBody(tokens, i, region.end, ends))) {
        // Only the break between the lines goes: the last line's closing bracket or quote (`… (10/10/1954 – 10/10/2023)`) is its subject's.
        return { ...region, end: t.start - t.gap.length + t.gap.trimEnd().length };
      }
      continue;
    }
    if (
      phraseIn(tokens, i, ends) ||
      selfReferenceAt(text, tokens, i) ||
      ownClauseAt(tokens, i) ||
      organActsAt(text, tokens, i) ||
      leadsIntoBody(tokens, i, region.end, ends)
    ) {
      return { ...region, end: t.start - t.gap.length + t.gap.indexOf(',') };
    }
  }
  return region;
}

interface Item {
  mention: Mention;
  documentType: string;
  /** Where the item's text starts (a lead `hướng dẫn của Bộ Nội vụ tại` included) and ends. */
  start: number;
  end: number;
  lead: string | null;
  list: number | null;
  /** Where the clause this item opens starts, if it opens one. */
  clause: number | null;
  /** For a văn bản hợp nhất cited after the document it consolidates (`Luật … hợp nhất tại văn bản số …/VBHN-…`): that document's type and name. */
  consolidated?: { documentType: string; name: string | null };
}

/** `Các Công điện:`, `các Quyết định của Bộ trưởng … (`: what a list states before its first item. */
interface ListHead {
  head: Mention;
  firstItem: number | null;
}

/** The top-level citations of a region, each with the span of its text. */
function regionItems(text: string, tokens: readonly Token[], mentions: readonly Mention[], region: Region): { items: Item[]; heads: Map<number, ListHead> } {
  const body = vocabulary().body;
  const { keysOf } = tables();
  const links = keysOf(body.leadLinks);
  const coordinators = keysOf(body.coordinators);
  const itemConnectives = keysOf(body.itemConnectives);
  const basisOpenerKeys = keysOf(body.basisOpeners);
  const backReferences = keysOf(body.backReferences);
  const depth = nesting(text);
  const items: Item[] = [];
  const heads = new Map<number, ListHead>();
  let pendingClause: number | null = null;
  let list: number | null = null;
  let listType: string | null = null;
  const inRegion = mentions.filter((m) => m.start >= region.start && m.start < region.end);
  for (const m of inRegion) {
    const clause = region.opens.find((o) => o.at === m.start || (m.kind === 'plural' && tokens[m.at - 1]?.start === o.at));
    const opensClause = clause !== undefined;
    // `các Quyết định của Thủ tướng Chính phủ: số …; Quyết định số …`: a clause that opens, with no opener word, on a
    // document of the list's type names that type again for the list's next item.
    const restates = clause !== undefined && m.kind === 'numbered' && listType === m.documentType && text.slice(clause.piece, clause.at).trim() === '';
    // A clause that opens with `số …` goes on with the list before (`…; số 010/CĐ-UBND …`).
    if (opensClause && m.kind !== 'bare' && !restates) {
      list = null;
      listType = null;
    }
    if (depth.quoted[m.start]) continue;
    if (m.kind === 'plural') {
      if (!opensClause) continue;
      list = m.start;
      listType = m.documentType;
      heads.set(list, { head: m, firstItem: null });
      pendingClause = clause.piece;
      continue;
    }
    // `… và Điều 2 Quyết định của Ban Bí thư số …`: the article cited stands between the `và` and its document.
    const lead = m.at - articleReferenceBefore(tokens, m.at);
    const before = tokens[lead - 1];
    const linked = phraseIn(tokens, lead - 1, links) !== null;
    // `… của LĐLĐ tỉnh, trên cơ sở Kế hoạch số 31/…`, `…, căn cứ Công văn số …`: an opener after a comma lists one more.
    const reopener = m.kind !== 'numbered' ? undefined : basisOpenerKeys.find((keys) => lead - keys.length > 0 && phraseAt(tokens, lead - keys.length, keys) && tokens[lead - keys.length]!.gap.includes(','));
    const coordinated = phraseIn(tokens, lead - 1, coordinators) !== null || reopener !== undefined;
    const listedAfter =
      listedAfterComplete(text, items[items.length - 1], m, mentions) ||
      listedAfterComma(text, items[items.length - 1], m, mentions) ||
      listedAfterQuotedSubject(text, items[items.length - 1], m, mentions) ||
      listedNamedAfterComplete(text, items[items.length - 1], m);
    if (m.kind === 'named') {
      const after = m.at + phraseKeys(m.documentType!).length;
      // `… Hiến pháp … năm 1992, Điều 6 của Luật tổ chức Quốc hội`: an article cited after a comma or `và` names one more.
      const articled = lead < m.at && (coordinated || tokens[lead]!.gap.includes(','));
      // `Căn cứ Điều lệ và Hướng dẫn thi hành Điều lệ Hội …`: two documents named one after the other, the words after
      // the second naming what both are of; the first may carry its body's proper name (`Điều lệ Đoàn và Chương trình
      // công tác …`, `Điều lệ Công đoàn Việt Nam và Chương trình …`): a name that opens with a capital, no `của` in it.
      const last = items[items.length - 1];
      // `Điều lệ Hội … và Hướng dẫn thi hành của …`: a guide to carrying out what the first names, with no object of
      // its own, is cited with it as one.
      const between = last?.mention.kind === 'named' && last.mention.end <= m.start ? text.slice(last.mention.end, m.start) : null;
      const guideToFirst = /^\s*thi hanh\s*(?:cua\b|[,;.]|$)/u.test(foldSameLength(text.slice(tokens[after - 1]!.end)));
      // Or by what it is of and its term (`Chương trình công tác nhiệm kỳ XVI (2012-2017) và Kế hoạch hoạt động …`): a few
      // words with no `về`, `của` or `số` in them, the second document's type written with its capital.
      const described =
        /^\p{Lu}/u.test(text.slice(m.start)) &&
        /^\s*(?!(?:về|của|số)(?:\s|$))\p{Ll}[\p{L}\d]*(?:\s+(?!(?:về|của|số)(?:\s|$))(?:[\p{L}\d]+|\(\d{4}\s*[-–]\s*\d{4}\))){0,7}\s+và\s*$/u.test(between ?? '');
      // Two type names with only a comma between them (`Căn cứ Nghị quyết, chương trình hành động của Đại hội …`) are
      // two documents of the one body, as with `và`.
      const paired =
        between !== null &&
        (/^\s*(?:và|,)\s*$/u.test(between) || (!guideToFirst && (described || /^\s*\p{Lu}[\p{L}\d]*(?:\s+(?!của\b)[\p{L}\d]+){0,4}\s+và\s*$/u.test(between))));
      // `Chương trình công tác Đoàn … năm 2021 cũng như Chương trình công tác Đoàn … năm học 2020-2021`: a type with its
      // capital after `cũng như` (as well as), a connective that joins whole items and stands in no document's name, is
      // one more document however many words the first one's name runs to.
      const joined = between !== null && /^\p{Lu}/u.test(text.slice(m.start)) && phraseBefore(tokens, m.at, itemConnectives) !== null;
      if (!(opensClause || listedAfter || articled || paired || joined) || backReferences.some((b) => phraseAtStrict(tokens, after, b))) continue;
      const start = articled && !opensClause ? tokens[lead]!.start : m.start;
      items.push({ mention: m, documentType: m.documentType!, start, end: region.end, lead: null, list: null, clause: clause?.piece ?? null });
      continue;
    }
    if (m.kind === 'bare') {
      const previous = items[items.length - 1];
      const type = listType ?? previous?.documentType ?? null;
      // `Căn cứ các Quyết định số 1061/QĐ-TTg …`: a list's first item may follow its head with no colon.
      const openHead = list === null ? undefined : heads.get(list);
      const firstAfterHead = openHead !== undefined && openHead.firstItem === null && text.slice(openHead.head.end, m.start).trim() === '';
      const listed = before !== undefined && (coordinated || firstAfterHead || /[,:(]/u.test(m.start > 0 ? text.slice(before.end, m.start) : ''));
      if (type === null || !(listed || opensClause)) continue;
      if (list === null) {
        list = previous?.mention.start ?? m.start;
        if (previous) previous.list = list;
      }
      const head = heads.get(list);
      if (head && head.firstItem === null) head.firstItem = m.start;
      items.push({ mention: m, documentType: type, start: m.start, end: region.end, lead: null, list, clause: clause?.piece ?? pendingClause });
      pendingClause = null;
      continue;
    }
    if (!(opensClause || linked || coordinated || listedAfter || (before && /\(\s*$/u.test(text.slice(before.end, m.start))))) continue;
    // An item that names the list's type again (`…: số …, Quyết định số …`) is still one of the list's items, and
    // shares what its head states.
    const listHead = list === null ? undefined : heads.get(list);
    const inList = (!opensClause || restates) && listHead !== undefined && listType === m.documentType;
    if (inList && listHead.firstItem === null) listHead.firstItem = m.start;
    const item: Item = { mention: m, documentType: m.documentType!, start: tokens[lead - (reopener?.length ?? 0)]!.start, end: region.end, lead: null, list: inList ? list : null, clause: clause?.piece ?? null };
    if (linked) {
      // `và hướng dẫn của Bộ Nội vụ tại Công văn …`: the lead runs back to the last `và` or `,`.
      let k = m.at - 1;
      while (k > 0 && tokens[k]!.start > region.start && !tokens[k]!.gap.includes(',') && !phraseIn(tokens, k, coordinators)) k--;
      item.start = tokens[k]!.start;
      const leadFrom = phraseIn(tokens, k, coordinators) ? tokens[k + 1]!.start : item.start;
      item.lead = text.slice(leadFrom, tokens[m.at - 1]!.start);
    }
    if (!opensClause && !inList) {
      list = null;
      listType = null;
    }
    items.push(item);
  }
  // A named document whose clause goes on to `… tại <document>` is that document's lead, not a basis; a văn bản hợp nhất
  // there is the named document's text, so the basis is the named document.
  const kept = items.filter((it, n) => {
    const next = items[n + 1];
    if (!(it.mention.kind === 'named' && next !== undefined && next.lead !== null)) return true;
    // `Luật … số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15`: a law and the law that amended it, each
    // a basis of its own (NOTES: an amending document cited with a basis is its own record), not a lead to the second.
    if (/\sđược\s+sửa\s+đổi,?\s+bổ\s+sung\s+(?:bởi|theo|tại)\s*$/iu.test(text.slice(it.mention.end, next.mention.start))) return true;
    if (consolidates(next.documentType)) {
      const link = tokens[next.mention.at - articleReferenceBefore(tokens, next.mention.at) - 1]!;
      next.consolidated = { documentType: it.documentType, name: subjectValue(text.slice(it.mention.end, link.start)) };
    }
    return false;
  });
  kept.forEach((it, n) => {
    const next = kept[n + 1];
    if (next) {
      it.end = next.clause ?? next.start;
      const nextDepth = depth.paren[next.mention.start]!;
      if (next.clause === null && nextDepth > depth.paren[it.mention.start]!) it.end = text.lastIndexOf('(', next.mention.start);
    }
    if (depth.paren[it.mention.start]! > 0) {
      const close = text.indexOf(')', it.mention.end);
      if (close >= 0 && close < it.end) it.end = close;
    }
  });
  return { items: kept, heads };
}

/**
 * A citation listed after one that is complete — its date, or a law's year,
 * written (`Luật Hộ tịch năm 2014, Nghị định số 123/…`, `Luật … ngày 26/11/2003
 * và Luật sửa đổi … ngày 14/6/2005`) — opens an item of its own; before the
 * date it is part of the one before (`Luật sửa đổi … của Luật A và Luật B ngày …`).
 */
function listedAfterComplete(text: string, previous: Item | undefined, m: Mention, mentions: readonly Mention[]): boolean {
  if (previous === undefined || m.kind === 'bare' || m.kind === 'plural') return false;
  const from = previous.mention.end;
  const between = text.slice(from, m.start);
  // `Quy chế … (ban hành kèm theo Quyết định số … ngày …) và Chương trình …`: the decision that issued it completes it.
  const issuedBy = /\(([^()]*)\)\s*[,;]?\s*(?:và\s*)?$/u.exec(between);
  if (issuedBy && /^\s*(?:ban hanh\s+)?kem theo\s/u.test(foldSameLength(issuedBy[1]!)) && findDates(issuedBy[1]!).length > 0) {
    return !/[()]/u.test(between.slice(0, issuedBy.index));
  }
  if (/[()]/u.test(between) || !/(?:[,;]|\svà)\s*$/u.test(between)) return false;
  // The date (a law's year) closes the citation before: only the comma or `và` stands between it and the next.
  const last = findDates(between).at(-1);
  if (last && /^\s*[,;]?\s*(?:và\s*)?$/u.test(between.slice(last.end))) {
    // Unless a document named in between owns that date (`… của Nghị định số 42/… ngày 15/4/2010, Nghị định số 39/…`): a list inside a subject.
    const dateAt = from + last.start;
    return !mentions.some((o) => o.start > previous.mention.start && o.end <= dateAt && /^\s*(?:ngay\s*)?$/u.test(foldSameLength(text.slice(o.end, dateAt))));
  }
  return isLaw(previous.documentType) && /\snăm\s+(?:19|20)\d\d\s*[,;]?\s*(?:và\s*)?$/u.test(between);
}

/**
 * `Thực hiện Hướng dẫn số 40/HD-ĐCT ngày 14/02/2020 của Đoàn Chủ tịch … V/v …, Chương trình công tác năm 2020 của Ban
 * Chấp hành Hội …, Ban Thường vụ … xây dựng …`: HD 36's preambles list one document after another with commas. After a
 * citation complete with its date and its issuer, a document named with its type's capital and no number, whose own
 * words up to the next comma name the body that issued it (`của` and a body's head), is the next item, not a word of
 * the subject before.
 */
function listedNamedAfterComplete(text: string, previous: Item | undefined, m: Mention): boolean {
  if (previous === undefined || m.kind !== 'named' || previous.mention.kind !== 'numbered' || !/^\p{Lu}/u.test(text.slice(m.start))) return false;
  const between = text.slice(previous.mention.end, m.start);
  if (/[()“”"]/u.test(between) || !/,\s*$/u.test(between)) return false;
  if (findDates(between).length === 0 || !tokenize(between).some((t) => isOfWord(t))) return false;
  const rest = text.slice(m.end);
  const stop = rest.search(/[,;.:]/u);
  const own = stop < 0 ? rest : rest.slice(0, stop);
  const ownTokens = tokenize(own);
  const of = ownTokens.findIndex((t) => isOfWord(t));
  return of >= 0 && findDates(own).length === 0 && headAt(expandLetterhead(own.slice(ownTokens[of]!.end).trim())) !== null;
}

/**
 * A numbered citation with its type in capitals after a comma goes on with
 * the list of the clause (`Căn cứ Quyết định 12/QĐ-TTg, Quyết định 34/QĐ-TTg
 * …`; `… ngày 02/3/2021 của Bộ … năm 2021, Chỉ thị số 01/CT-UBND ngày …`)
 * when nothing but the comma follows the number before, or when it carries
 * its own date and no other document is named between the two: a document
 * named in between makes the comma one of a subject's list (`… thi hành Luật
 * A, Nghị định số …`).
 */
function listedAfterComma(text: string, previous: Item | undefined, m: Mention, mentions: readonly Mention[]): boolean {
  if (previous === undefined || m.kind !== 'numbered') return false;
  const between = text.slice(previous.mention.end, m.start);
  // The second of two numbers sharing one symbol (`Nghị định 52, 53/CP`) stands right after the first's comma.
  if (/^\d/u.test(text.slice(m.start))) return previous.mention.kind === 'numbered' && /^\s*,\s*$/u.test(between);
  if (!/^\p{Lu}/u.test(text.slice(m.start))) return false;
  if (/[()]/u.test(between) || !/,\s*(?:và\s*)?$/u.test(between)) return false;
  const quoted = /[“”"]/u.test(between);
  if (!quoted && /^\s*,\s*(?:và\s*)?$/u.test(between)) return true;
  // A law or a charter cited by its name alone is complete (`Điều lệ Hội CCB Việt Nam, Nghị quyết số 07/NQ-CCB ngày
  // …`): a citation with a date of its own after the comma is another.
  if (!quoted && previous.mention.kind === 'named' && isLaw(previous.documentType) && !/\d/u.test(between) && dateAfter(text.slice(m.end)) !== null) return true;
  // A movement's name quoted in the subject before (`… ban hành Kế hoạch … phong trào thi đua “Cả nước chung sức …”
  // giai đoạn 2021 - 2025, Hướng dẫn số …`) is closed before the comma: the comma is still the list's.
  if (quoted && !closedQuotes(between)) return false;
  const dated = findDates(between).length > 0 && dateAfter(text.slice(m.end)) !== null;
  // A name read with OCR's tolerance (`Tổng Liên` for `Công điện`) is an organ's, not a document's; and the
  // document a cited decision issues (`… về việc ban hành Kế hoạch …`, NĐ 30's trích yếu of an issuing decision) is
  // its object, no document the subject lists.
  const named = (o: Mention): boolean =>
    (o.kind === 'numbered' || (o.documentType !== null && foldSameLength(text.slice(o.start, o.end)).replace(/\s+/gu, ' ') === phraseKeys(o.documentType).join(' '))) &&
    !(quoted && o.kind !== 'numbered' && /\bban hanh\s+$/u.test(foldSameLength(text.slice(Math.max(0, o.start - 12), o.start))));
  return dated && !mentions.some((o) => o.start > previous.mention.start && o.start < m.start && named(o));
}

/** Every curly quote opened in `text` is closed in it, and straight quotes come in pairs. */
function closedQuotes(text: string): boolean {
  let open = 0;
  for (const c of text) {
    if (c === '“') open++;
    else if (c === '”') open--;
    if (open < 0) return false;
  }
  return open === 0 && (text.match(/"/gu)?.length ?? 0) % 2 === 0;
}

/**
 * `Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về “…”, kế
 * hoạch số 118-KH/HU, ngày 16/6/2020 về …`: Party documents (Hướng dẫn
 * 36-HD/VPTW) cite one document after another with commas, the type in small
 * letters and `số …, ngày …`. A closing quote that ends the subject before,
 * then a comma, then a numbered citation with its own date opens the next
 * item; undated, the citation may be a list inside the subject and is left there.
 */
function listedAfterQuotedSubject(text: string, previous: Item | undefined, m: Mention, mentions: readonly Mention[]): boolean {
  if (previous === undefined || m.kind !== 'numbered') return false;
  const between = text.slice(previous.mention.end, m.start);
  if (!/[”"»]\s*,\s*$/u.test(between) || /[()]/u.test(between)) return false;
  if (dateAfter(text.slice(m.end).replace(/^\s*,/u, ' ')) === null) return false;
  return !mentions.some((o) => o.start > previous.mention.start && o.start < m.start && o.kind === 'numbered');
}

/**
 * Where a run of organ names and their places ends when nothing but a quoted
 * subject, or nothing, follows it (`Ban Thường vụ Huyện ủy Đại Từ “…”`,
 * `Ban Tổ chức Trung ương`), else null.
 */
function organsOnly(text: string): number | null {
  const quote = text.search(/[“"«]/u);
  const end = quote < 0 ? text.length : quote;
  const words = text.slice(0, end).replace(/[\s;,.:]+$/u, '');
  let covered = 0;
  for (const m of findIssuers(words)) if (m.start <= covered + 1) covered = Math.max(covered, m.end);
  if (covered === 0) return null;
  // The place after the organs: capitalised words alone (`Đại Từ`).
  return /^(?:\s+\p{Lu}[\p{L}]*)*$/u.test(words.slice(covered)) ? words.length : null;
}

/** A Party body's term in brackets after its name (`(khóa XII)`, `(khoá XV)`). */
const TERM_BRACKET = /\(\s*kh(?:óa|oá|oa)\s+[IVXLC]+\s*\)/iu;

/** Issuer and subject of a citation, read from the text after its number and date. */
function issuerAndSubject(text: string): Pick<LegalBasis, 'issuer' | 'subject'> {
  const tokens = tokenize(text);
  if (!isOfWord(tokens[0])) {
    // A crawl that drops short words (`… ngày 30/10/2020 Ban Tổ chức Trung ương thực số nội dung …`) lost the `của`:
    // an organ named with a capital right after the number or date is the issuer; nothing else stands there.
    // Only the words an organ's name can span are read: the text after a citation may run on for long.
    const rest = text.trimStart();
    const head = rest.slice(0, ISSUER_WINDOW);
    const opensOrgan = /^\p{Lu}/u.test(rest) && findIssuers(head).some((m) => m.start === 0);
    const lost = opensOrgan ? (subjectAfterOrgans(head) ?? (rest.length <= ISSUER_WINDOW ? organsOnly(rest) : null)) : null;
    if (lost !== null) {
      const start = text.length - rest.length;
      return { issuer: issuerValue(text.slice(0, start + lost)), subject: subjectValue(text.slice(start + lost)) };
    }
    return { issuer: null, subject: subjectValue(text) };
  }
  const openers = tables().keysOf(vocabulary().body.issuerSubjectOpeners);
  // A subject opener is read as written wherever a word carries Vietnamese letters: a capitalised word near one is a
  // place (`Tân Dương`), and `Trung ương ban hành` is one edit from `hướng dẫn`.
  // A committee is named by its task in capitals (`Ban Tổ chức`, `Tiểu ban Tổ chức`): no subject opens right after `ban`.
  // HD 36 names a Party committee's board by its task and the committee (`Ban Tổ chức Tỉnh ủy`): written in small
  // letters (`Ban tổ chức Tỉnh ủy về …`), the task is still the board's name where a committee's name follows it.
  const committeeAfter = (i: number): boolean =>
    openers.some((keys) => {
      if (!phraseAtStrict(tokens, i, keys)) return false;
      const after = tokens[i + keys.length];
      return after !== undefined && /^\p{Lu}/u.test(after.text) && findIssuers(text.slice(after.start)).some((m) => m.start === 0);
    });
  const namesCommittee = (i: number): boolean => tokens[i - 1]?.key === 'ban' && (/^\p{Lu}/u.test(tokens[i]!.text) || committeeAfter(i));
  const opensSubject = (i: number): boolean => !namesCommittee(i) && openers.some((keys) => phraseAtStrict(tokens, i, keys));
  const subjectAt = tokens.findIndex((_, i) => i > 1 && opensSubject(i));
  const issuerStart = tokens[1]?.start ?? text.length;
  const issuerEnd = subjectAt < 0 ? text.length : tokens[subjectAt]!.start;
  // HD 36 names a Party body with its term in brackets (`Ban Chấp hành Trung ương Đảng (khóa XII)`): the term is
  // the name's last words, and what follows it is the subject, whether or not a `về` opens it.
  const term = TERM_BRACKET.exec(text.slice(issuerStart, issuerEnd));
  if (term !== null) {
    const termEnd = issuerStart + term.index + term[0].length;
    const body = issuerValue(text.slice(issuerStart, issuerStart + term.index));
    if (body !== null) return { issuer: `${body} ${cleanValue(term[0])}`, subject: subjectValue(text.slice(termEnd)) };
  }
  // `V/v` (về việc) opens the subject as `về` does, and belongs to neither.
  const aboutMatter = /\s[Vv]\/[Vv](?=\s)/u.exec(text);
  if (aboutMatter && aboutMatter.index > issuerStart && aboutMatter.index < issuerEnd) {
    return { issuer: issuerValue(text.slice(issuerStart, aboutMatter.index)), subject: subjectValue(text.slice(aboutMatter.index + aboutMatter[0].length)) };
  }
  // HD 36 may quote the cited document's name straight after its issuer, with no `về` (`… của Ban Tuyên giáo Trung
  // ương “Tuyên truyền kỷ niệm …”`): the quotation is the subject.
  const quoted = subjectAt < 0 ? quotedAfterIssuer(text.slice(issuerStart)) : null;
  if (quoted !== null) {
    return { issuer: issuerValue(text.slice(issuerStart, issuerStart + quoted.at)), subject: subjectValue(quoted.subject) };
  }
  // No word opens the subject: it may follow the issuer's name straight away (`của Ban Thường vụ Hội LHPN Hà Nội chỉ đạo …`).
  const cut = subjectAt < 0 ? subjectAfterOrgans(text.slice(issuerStart)) : null;
  if (cut !== null) {
    return { issuer: issuerValue(text.slice(issuerStart, issuerStart + cut)), subject: subjectValue(text.slice(issuerStart + cut)) };
  }
  // `đề án của Ủy ban nhân dân thành phố đã được Thường vụ Thành ủy thông qua về việc …`: the passive that says who
  // approved the document ends its issuer's name (no organ's name holds `được`); the approval is no word of the subject.
  const passive = /\s(?:đã\s+)?được\s/u.exec(text.slice(issuerStart, issuerEnd));
  if (passive !== null && subjectAt >= 0) {
    const approved = /^thông qua[\s,]+(?=\S)/u.exec(text.slice(issuerEnd));
    return {
      issuer: issuerValue(text.slice(issuerStart, issuerStart + passive.index)),
      subject: subjectValue(text.slice(issuerEnd + (approved?.[0].length ?? 0))),
    };
  }
  return {
    issuer: issuerValue(text.slice(issuerStart, issuerEnd)),
    subject: subjectAt < 0 ? null : subjectValue(text.slice(issuerEnd)),
  };
}

/**
 * A quotation opening right where an organ's name ends (`Ban Tuyên giáo Trung ương “…”`): where it starts, and the
 * subject — the quotation alone when a sentence ends after it (`…” … Để góp phần …`, `”.`), else all from it on. Null
 * when the words before the mark are no organ's name complete up to it (`Ban Chỉ đạo phong trào “…”` names a board).
 */
function quotedAfterIssuer(text: string): { at: number; subject: string } | null {
  const open = text.indexOf('“');
  if (open <= 0) return null;
  const organ = findIssuers(text.slice(0, open)).find((m) => m.start === text.length - text.trimStart().length);
  if (organ === undefined || text.slice(organ.end, open).trim() !== '') return null;
  const close = text.indexOf('”', open);
  const ends = close >= 0 && /^\s*(?:…|\.{2,}|[.;])/u.test(text.slice(close + 1));
  return { at: open, subject: ends ? text.slice(open, close + 1) : text.slice(open) };
}

/**
 * Where the subject opens after an issuer that is nothing but organs named one
 * after another (`Ban Thường vụ` `Hội LHPN`), a province's name closing them
 * (`Hà Nội`): at a word in small letters right after them. Null when the
 * words after the organs are anything else.
 */
function subjectAfterOrgans(text: string): number | null {
  const tokens = tokenize(text);
  // How many words each word is once its abbreviation is written out (`LHPN` -> `Liên hiệp Phụ nữ`).
  const widths = tokens.map((t) => tokenize(expandLetterhead(t.text)).length);
  let at = 0;
  const mentions: IssuerMention[] = [];
  while (at < tokens.length) {
    const expanded = expandLetterhead(text.slice(tokens[at]!.start));
    const mention = findIssuers(expanded).find((m) => m.start === 0);
    if (!mention) break;
    mentions.push(mention);
    // A level word without its place (`Tỉnh` of `Tỉnh đoàn Hà Tĩnh`) is part of a name the tables do not hold.
    if (mention.level !== null && mention.locality === null) return null;
    const words = tokenize(expanded.slice(0, mention.end)).length;
    let taken = 0;
    while (at < tokens.length && taken < words) taken += widths[at++]!;
  }
  if (at === 0) return null;
  for (let n = Math.min(4, tokens.length - at - 1); n >= 1; n--) {
    const name = text.slice(tokens[at]!.start, tokens[at + n - 1]!.end);
    if (/^\p{Lu}/u.test(name) && provinceLevel(registerSpelling(name)) !== null) {
      at += n;
      break;
    }
  }
  // HD 36 names a Party body with its term, a bracket or none (`Bộ Chính trị khóa XII`): the name's last words.
  if (tokens[at]?.key === 'khoa' && /^[IVXLC]+$/u.test(tokens[at + 1]?.text ?? '')) at += 2;
  const next = tokens[at];
  if (next === undefined || !/^\p{Ll}/u.test(next.text)) return null;
  if (namesTaskAndPlace(text.slice(next.start), mentions)) return null;
  if (!/[,;:.]/u.test(next.gap)) return next.start;
  // `… của UBND tỉnh Kiên Giang, rà soát …`: after a comma too, unless the words go on with the issuer's place
  // (`…, tỉnh Thanh Hóa về …`).
  const place = vocabulary().levels.some((level) => phraseAt(tokens, at, phraseKeys(level)));
  return /^\s*,\s*$/u.test(next.gap) && !place ? next.start : null;
}

/**
 * A board named by its task (`BCĐ chương trình MTQG xã Cẩm Mỹ`: a Ban Chỉ đạo, HD 36 and NĐ 30 name such boards
 * by what they steer and where): the one organ read names no level or place, and the small-letter words after it
 * run to the end of the clause on a level and its place. Those words are the board's name, no subject.
 */
function namesTaskAndPlace(rest: string, mentions: readonly IssuerMention[]): boolean {
  if (mentions.length !== 1 || mentions[0]!.level !== null || mentions[0]!.locality !== null) return false;
  const words = tokenize(rest.replace(/[\s;,.:]+$/u, ''));
  for (let k = 1; k < words.length; k++) {
    const level = vocabulary().levels.find((l) => phraseAt(words, k, phraseKeys(l)));
    if (level === undefined) continue;
    const place = words.slice(k + phraseKeys(level).length);
    if (place.length > 0 && place.length <= 4 && place.every((w) => /^\p{Lu}/u.test(w.text))) return true;
  }
  return false;
}

function issuerValue(raw: string): string | null {
  // An issuer ends at a bracket left open or closed by the words around it (`… Chính phủ) và Chương trình …`).
  const value = withoutCoordinator(cleanValue(asWritten(raw.replace(/\([^()]*\)/gu, ' ').split(/[()]/u)[0]!).replace(/[“”"«»]/gu, '')));
  return value === '' ? null : value;
}

/** A value without the words that join it to the next citation (`… Chính phủ và`). */
function withoutCoordinator(raw: string): string {
  const coordinators = [...vocabulary().body.coordinators, ...vocabulary().body.itemConnectives];
  let value = raw;
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of coordinators) {
      const tail = new RegExp(`(?:^|[\\s,]+)${c}$`, 'iu');
      if (tail.test(value)) {
        value = cleanValue(value.replace(tail, ''));
        changed = true;
      }
    }
  }
  return value;
}

/**
 * The words of a subject up to where another clause begins: a `;` before a clause's opener of two words or more
 * (`…; căn cứ dự kiến thời gian …`, whether or not it cites a document), or a year run into a capitalised word by a
 * lost line break (`… trong năm 2022Ban Tuyên giáo Trung ương hướng dẫn …`).
 */
function ownClause(raw: string): string {
  const { basisOpeners, notBasisOpeners } = vocabulary().body;
  const openers = tables().keysOf([...basisOpeners, ...notBasisOpeners]).filter((keys) => keys.length > 1);
  const tokens = tokenize(raw);
  const next = tokens.findIndex((t, i) => i > 0 && t.gap.includes(';') && openers.some((keys) => phraseAt(tokens, i, keys)));
  const glued = /(?<=\d)\p{Lu}\p{Ll}/u.exec(raw);
  const ends = [next < 0 ? raw.length : tokens[next]!.start, glued?.index ?? raw.length];
  return raw.slice(0, Math.min(...ends));
}

/** A subject without the words that join it to the next citation and without quotes around it all. */
function subjectValue(raw: string): string | null {
  // The comma that parted the date from the words after it (`… ngày 27/5/2016, giữa …`) is no word of the subject.
  let value = withoutCoordinator(cleanValue(ownClause(raw).replace(/^\s*,\s*/u, '')));
  const quoted = /^[“"«]([^“”"«»]*)[”"»]$/u.exec(value);
  if (quoted) value = cleanValue(quoted[1]!);
  // A quote opened before the subject (`… Chính phủ “về …”`) leaves its closing mark alone at the end.
  const opens = (value.match(/[“«]/gu) ?? []).length;
  const closes = (value.match(/[”»]/gu) ?? []).length;
  if (closes > opens) value = cleanValue(value.replace(/[”»]$/u, ''));
  // So does a bracket closed after an alias the subject's words do not hold (`(sau đây gọi là …); Quyết định số … ban hành …)`).
  if (value.endsWith(')') && (value.match(/\(/gu) ?? []).length < (value.match(/\)/gu) ?? []).length) value = cleanValue(value.slice(0, -1));
  return value === '' ? null : value;
}

/** A date printed right after a citation's number (`ngày 15/6/2022`, ` 15/6/2022`). */
function dateAfter(text: string): { iso: string; end: number } | null {
  const date = findDates(text).find((d) => d.start < 12);
  return date ? { iso: date.iso, end: date.end } : null;
}

/**
 * `Luật Thi đua, Khen thưởng và các văn bản quy phạm pháp luật về …`: documents joined to a law's name by a
 * coordinator and named only by the generic word in the plural (`và các văn bản …`) cite no document; they are no
 * words of the law's name, which ends before them.
 */
function withoutUnnamedDocuments(name: string): string {
  const body = vocabulary().body;
  const tokens = tokenize(name);
  const coordinators = tables().keysOf(body.coordinators);
  const plural = phraseKeys(body.plural);
  const generic = phraseKeys(body.genericDocument);
  const at = tokens.findIndex(
    (_, i) => i > 0 && phraseIn(tokens, i, coordinators) !== null && phraseAt(tokens, i + 1, plural) && phraseAt(tokens, i + 1 + plural.length, generic),
  );
  return at < 0 ? name : name.slice(0, tokens[at]!.start);
}

/**
 * `Luật Phòng, chống thiên tai được Quốc hội thông qua ngày …`, `Luật tổ chức … đã được Quốc hội thông qua ngày …`:
 * the words that say who passed a law follow its name and are none of it; the name ends before them (and the `đã`).
 */
function withoutPassage(name: string): string {
  const tokens = tokenize(name);
  const passage = phraseKeys(vocabulary().body.lawPassage);
  const at = tokens.findIndex((_, i) => i > 0 && phraseAt(tokens, i, passage));
  if (at < 0) return name;
  const from = tokens[at - 1]!.key === 'da' ? at - 1 : at;
  return name.slice(0, tokens[from]!.start);
}

/** `Luật Thi đua, khen thưởng ngày 15/6/2022`, `Luật Giáo dục số 43/2019/QH14`: a document cited by name. */
function readNamed(text: string, item: Item, allMentions: readonly Mention[]): LegalBasis {
  const body = vocabulary().body;
  const law = isLaw(item.documentType);
  const rest = text.slice(item.mention.end, item.end);
  const tokens = tokenize(rest);
  // `đến sáng ngày 21/11/2025` dates an event the document reports, not the document.
  const prepositions = new Set(body.datePrepositions.map((p) => phraseKeys(p).join(' ')));
  const dates = findDates(rest).filter((d) => {
    let k = tokens.findIndex((t) => t.start >= d.start);
    if (k > 0 && tokens[k]!.key !== 'ngay' && tokens[k - 1]!.key === 'ngay') k--;
    const before = tokens[k - 1];
    return before === undefined || !prepositions.has(before.key);
  });
  // Its number stands in its own clause (`Luật … số 77/2015/QH13 …;`): NĐ 30 Phụ lục I ends each basis with `;`, so a
  // `số …` past it is the next clause's (`…; Theo văn bản chỉ đạo số 2731/UBND-NN …` on a line a site flattened).
  const clauseEnd = rest.indexOf(';');
  const numberEnd = item.mention.end + (clauseEnd < 0 ? rest.length : clauseEnd);
  const numberAt = allMentions.find((m) => m.kind === 'bare' && m.start >= item.mention.end && m.start < Math.min(item.end, numberEnd));
  // A document cited by its name then its date set off by commas (`Nghị quyết Hội nghị … 2024, ngày 28/9/2024, của …`).
  const setOff = (d: FoundDate): boolean =>
    /,\s*(?:ngay\s*)?$/u.test(foldSameLength(rest.slice(0, d.start))) && /^\s*,?\s*cua\s/u.test(foldSameLength(rest.slice(d.end)));
  // A law and a record are named before their date (`Luật … ngày …`, `biên bản Đại hội … ngày …`).
  const record = isRecord(item.documentType);
  const date = law || record ? dates[0] : (dates.find((d) => d.start < 8) ?? dates.find(setOff));
  const nameEnd = Math.min(
    ...[date?.start, numberAt ? numberAt.start - item.mention.end : undefined, rest.length].filter((n) => n !== undefined),
  );
  const nameText = rest.slice(0, nameEnd).replace(/\s+ng\S{2,3}\s*$/u, '');
  // A record's name is the event it records (`Đại hội Hội Cựu chiến binh …`); an issuer only after `của` itself,
  // not a word OCR's tolerance takes for it (`Cựu`).
  const ofKey = phraseKeys(vocabulary().plan.of)[0];
  const named = (t: string): Pick<LegalBasis, 'issuer' | 'subject'> =>
    record && !tokenize(t).some((w) => w.key === ofKey) ? { issuer: null, subject: subjectValue(t) } : namedParts(t);
  const parts = law ? { issuer: null, subject: subjectValue(withoutPassage(withoutUnnamedDocuments(nameText))) } : named(nameText);
  const trailing = date && !law ? issuerAndSubject(rest.slice(date.end)) : null;
  return {
    documentType: item.documentType,
    number: numberAt?.number ?? null,
    date: date?.iso ?? null,
    issuer: parts.issuer ?? trailing?.issuer ?? null,
    subject: parts.subject ?? trailing?.subject ?? null,
  };
}

/** `công tác năm 2021 của Ủy ban nhân dân xã`: a document cited by name, its name then its issuer. */
function namedParts(text: string): Pick<LegalBasis, 'issuer' | 'subject'> {
  const tokens = tokenize(text);
  const of = tokens.findIndex((t) => isOfWord(t));
  const about = of < 0 ? organBeforeAbout(text) : null;
  if (about !== null) return { issuer: issuerValue(text.slice(0, about)), subject: subjectValue(text.slice(about)) };
  if (of < 0) return issuerAndSubject(text);
  const after = issuerAndSubject(text.slice(tokens[of]!.start));
  const named = subjectValue(text.slice(0, tokens[of]!.start));
  // NĐ 30 Phụ lục I: the year is the trích yếu's (`Chương trình công tác … năm 2023`), never a word of the organ's
  // name (tên cơ quan): written after the issuer (`… của Đoàn xã Bình Khê năm 2023`), it goes back to the subject.
  const year = after.issuer === null ? null : /\s+năm(?:\s+học)?\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$/u.exec(after.issuer);
  if (year !== null && year.index > 0 && named !== null && after.subject === null) {
    return { issuer: after.issuer!.slice(0, year.index), subject: `${named} ${year[0].trim()}` };
  }
  return { issuer: after.issuer, subject: named ?? after.subject };
}

const foldKey = (s: string | null): string => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, '');

/**
 * The documents cited in the preamble's clauses, in order, each once. `listed`: the paragraphs are the items of a
 * section headed `Căn cứ …` (a plan's `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`), each a basis with its opener left to the heading.
 */
export function readLegalBases(preamble: readonly Paragraph[], listed = false): FoundBasis[] {
  const found: FoundBasis[] = [];
  const datesByNumber = new Map<string, string>();
  let state: State = listed ? 'basis' : 'other';
  const run = clauseRun(preamble);
  const notBasis = tables().keysOf(vocabulary().body.notBasisOpeners);
  const openers = [...tables().keysOf(vocabulary().body.basisOpeners), ...notBasis];
  let openersLost = true;
  let previousHeldBasis = false;
  for (const [index, paragraph] of preamble.entries()) {
    // An item of the section is a basis, with its opener left to the heading; one that opens as no basis does
    // (`Căn cứ vào tình hình chung: … Tiếp tục thực hiện …, thực hiện nghị quyết số 29 NQ/TW …`) tells the
    // circumstances, and what it names there is the year's work, not a basis of the plan.
    if (listed && phraseIn(tokenize(paragraph.text), 0, notBasis) !== null) continue;
    if (listed) state = 'basis';
    if (/^\s*Điều\s+\d/u.test(paragraph.text) || (inCapitals(paragraph.text) && paragraph.text.trim().endsWith(':'))) break;
    // A line in capitals is a title or a heading, never a clause of the preamble.
    if (inCapitals(paragraph.text)) continue;
    const text = blankAsides(paragraph.text);
    const tokens = tokenize(text);
    // Only where no clause of the run kept an opener: after `Theo đề nghị …` a `Tờ trình số …;` is the proposal's.
    if (phraseIn(tokens, 0, openers) !== null) openersLost = false;
    const lost = openersLost && run.has(paragraph);
    const mentions = lost ? withCutNumbers(text, tokens, findMentions(text, tokens)) : findMentions(text, tokens);
    if (state === 'other' && lost && opensLostClause(text, tokens, mentions)) state = 'basis';
    // NĐ 30 / HD 36 list each basis on its own line; one that opens with a dated citation right under a basis
    // (`Căn cứ Kế hoạch số 30 /KH - BTC ngày … của UBND TX. Phước Long.` / `Công văn số 13 - CV/ĐTN ngày … của BTV
    // Thị Đoàn …`) goes on with the list, its `Căn cứ` left to the line above.
    if (state === 'other' && previousHeldBasis && opensLostClause(text, tokens, mentions)) state = 'basis';
    const heldBefore = found.length;
    for (const m of mentions) {
      const date = m.number ? dateAfter(text.slice(m.end)) : null;
      if (m.number && date && !datesByNumber.has(foldKey(m.number))) datesByNumber.set(foldKey(m.number), date.iso);
    }
    const read = basisRegions(text, tokens, mentions, state, new Set(paragraph.starts.map((st) => st.offset)));
    state = read.state;
    for (const region of read.regions) {
      const { items, heads } = regionItems(text, tokens, mentions, region);
      const bases = items.map((item) => readItem(text, item, mentions));
      shareAcrossLists(text, items, bases, heads);
      sharePairs(text, items, bases);
      shareDatedPairs(text, items, bases);
      bases.forEach((read, n) => {
        const basis = read.number === null ? read : { ...read, number: spellByIssuer(read.number, read.issuer) };
        const lines = rangeOf(paragraph, items[n]!.start, items[n]!.end);
        found.push({ basis, lines });
        for (const date of amendmentDates(text, items[n]!, basis)) found.push({ basis: { ...basis, date }, lines });
      });
    }
    previousHeldBasis = found.length > heldBefore;
    // A colon closes the preamble (`… như sau:`), unless another `Căn cứ` clause follows: then it is the list's
    // semicolon as OCR without the Vietnamese model often reads it (NĐ 30 Phụ lục I ends each basis with `;`).
    const next = preamble[index + 1];
    if (paragraph.text.trim().endsWith(':') && !(next !== undefined && !inCapitals(next.text) && opensBasedOn(next.text))) break;
  }
  return dedupe(found).map((b) => {
    const date = b.basis.date ?? (b.basis.number ? datesByNumber.get(foldKey(b.basis.number)) : undefined) ?? null;
    return { ...b, basis: { ...b.basis, date } };
  });
}

/**
 * The preamble of a decision as NĐ 30 Phụ lục I frames it: clauses each ending
 * with `;` (the last with `,` or `.`), then the type's word in capitals and a
 * colon (`QUYẾT ĐỊNH:`). A crawl may drop a clause's opener (`Căn cứ`) or cut
 * a line's head; in such a run a clause keeps its shape and still cites a
 * basis. Empty when the preamble has no such frame.
 */
function clauseRun(preamble: readonly Paragraph[]): Set<Paragraph> {
  const run = new Set<Paragraph>();
  let closed = false;
  for (const paragraph of preamble) {
    const text = paragraph.text.trim();
    if (inCapitals(text)) {
      if (text.endsWith(':')) return run;
      continue;
    }
    if (closed || !/[;,.]$/u.test(text)) break;
    closed = !text.endsWith(';');
    run.add(paragraph);
  }
  return new Set();
}

/**
 * `Luật … ngày 22 tháng 6 năm 2015;`, `Nghị định số 09/2019/NĐ-CP ngày …;`: a
 * clause of the run that opens with a dated citation, its type written with
 * a capital (a law by name and date), has lost its opener.
 */
function opensLostClause(text: string, tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  const first = mentions[0];
  if (first?.at !== 0 || first.documentType === null || !/^\p{Lu}/u.test(tokens[0]!.text)) return false;
  if (first.kind === 'numbered') return dateAfter(text.slice(first.end)) !== null;
  const clauseEnd = text.indexOf(';', first.end);
  return first.kind === 'named' && isLaw(first.documentType) && findDates(text.slice(first.end, clauseEnd < 0 ? text.length : clauseEnd)).length > 0;
}

/**
 * `ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ …;`: a clause of
 * the run whose head a crawl cut down to what is left of `số` (or to the
 * number itself) still cites the document its symbol names, when its date
 * follows.
 */
function withCutNumbers(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const found = [...mentions];
  for (const piece of pieces(text, nesting(text))) {
    const at = tokens.findIndex((t) => t.start >= piece.start);
    if (at < 0 || tokens[at]!.start >= piece.end || mentions.some((m) => m.at === at || m.at === at + 1)) continue;
    const cut = tokens[at]!.key === 'o' && tokens[at]!.text.length === 1;
    const from = cut ? tokens[at]!.end : tokens[at]!.start;
    const symbol = readSymbol(text, from);
    if (symbol === null || symbol.type === null || symbol.number === null || symbol.start - from > 1) continue;
    const number = readNumber(text, from, true);
    if (number === null || !number.text.startsWith(symbol.text) || dateAfter(text.slice(number.end)) === null) continue;
    found.push({ kind: 'numbered', documentType: symbol.type, number: number.text, at, start: tokens[at]!.start, end: number.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * `Luật … ngày 14/6/2005 và ngày 16/11/2013`: a law cited by name with the
 * dates of the law and of the law amending it, one record per date (a law is
 * a document of one date). Only dates that follow the first one joined by
 * `và` or a comma count; a date later in the clause belongs to something else.
 */
function amendmentDates(text: string, item: Item, basis: LegalBasis): string[] {
  if (item.mention.kind !== 'named' || basis.number !== null || basis.date === null) return [];
  if (!isLaw(item.documentType)) return [];
  const rest = text.slice(item.mention.end, item.end);
  const dates = findDates(rest);
  const first = dates.findIndex((d) => d.iso === basis.date);
  const later: string[] = [];
  for (let k = first + 1; first >= 0 && k < dates.length; k++) {
    const between = foldSameLength(rest.slice(dates[k - 1]!.end, dates[k]!.start));
    if (!/^\s*(?:,|va)\s*(?:ngay\s*)?$/u.test(between)) break;
    later.push(dates[k]!.iso);
  }
  return later;
}

/**
 * `Quy chế … (ban hành kèm theo Quyết định số 41/2016/QĐ-TTg ngày …)`: a
 * regulation or programme cited by the decision that issued it. The record
 * is that decision, the document with a number and a date; null when the
 * named document stands on its own.
 */
function issuingDecision(text: string, item: Item, mentions: readonly Mention[]): Mention | null {
  const issuing = mentions.find((m) => m.kind === 'numbered' && m.start > item.mention.end && m.start < item.end);
  if (issuing === undefined || issuing.documentType === null) return null;
  // `(ban hành) kèm theo`, or `do <cơ quan> ban hành theo Quyết định số …` (the Quy chế cán bộ Đoàn, HD 36 preambles).
  return /(?:kem|ban hanh) theo\s*$/u.test(foldSameLength(text.slice(item.mention.end, issuing.start))) ? issuing : null;
}

function readItem(text: string, item: Item, mentions: readonly Mention[]): LegalBasis {
  if (item.mention.kind === 'named') {
    const issuing = isLaw(item.documentType) ? null : issuingDecision(text, item, mentions);
    if (issuing !== null) {
      // In brackets (`(ban hành kèm theo Quyết định số …)`), the decision's reading ends with them.
      const close = text.indexOf(')', issuing.end);
      const end = text.lastIndexOf('(', issuing.start) > item.mention.end && close >= 0 && close < item.end ? close : item.end;
      return readItem(text, { ...item, mention: issuing, documentType: issuing.documentType!, end }, mentions);
    }
    return readNamed(text, item, mentions);
  }
  const rest = text.slice(item.mention.end, item.end);
  const date = dateAfter(rest);
  const parts = issuerAndSubject(rest.slice(date?.end ?? 0));
  const swapped = date === null ? dateAfterIssuer(parts.issuer) : null;
  if (swapped !== null) parts.issuer = swapped.issuer;
  const leadTokens = item.lead ? tokenize(item.lead) : [];
  const of = leadTokens.findIndex((t) => isOfWord(t));
  const leadIssuer = item.lead && of >= 0 ? issuerValue(item.lead.slice(leadTokens[of + 1]?.start ?? item.lead.length)) : null;
  return {
    documentType: item.consolidated?.documentType ?? item.documentType,
    number: item.mention.number,
    date: date?.iso ?? swapped?.date ?? null,
    issuer: parts.issuer ?? leadIssuer,
    subject: item.consolidated?.name ?? parts.subject,
  };
}

/**
 * NĐ 30 Phụ lục I cites `số …, ngày …, của <issuer>`; a drafter who swapped the two writes the date after
 * the issuer (`Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023 sửa đổi …`): the date that
 * ends the issuer's words, after `ngày`, is the citation's, and no word of the issuer.
 */
function dateAfterIssuer(issuer: string | null): { issuer: string | null; date: string } | null {
  if (issuer === null) return null;
  const last = findDates(issuer).at(-1);
  if (last === undefined || issuer.slice(last.end).trim() !== '') return null;
  const dated = /^(.*\S)\s+ng[àa]y\s*$/u.exec(issuer.slice(0, last.start) + (/^ng[àa]y/iu.test(issuer.slice(last.start)) ? 'ngày' : ''));
  if (!dated || last.iso.length !== 10) return null;
  return { issuer: issuerValue(dated[1]!), date: last.iso };
}

/**
 * Items of one list share what the list states once: `số 008/CĐ-UBND và số
 * 009/CĐ-UBND ngày 19/11/2025` (the date), `… ngày 20/11/2025 của UBND tỉnh về
 * …` after the last item, `Các Nghị định của Chính phủ quy định … (Số …)`
 * before the first.
 */
function shareAcrossLists(text: string, items: readonly Item[], bases: LegalBasis[], heads: Map<number, ListHead>): void {
  items.forEach((item, n) => {
    const list = item.list === null ? undefined : heads.get(item.list);
    if (!list || list.firstItem === null) return;
    const { head, firstItem } = list;
    const open = text.indexOf('(', head.end);
    const headText = text.slice(head.end, open >= 0 && open < firstItem ? open : firstItem);
    const shared = issuerAndSubject(headText.replace(/^[\s:]+/u, ''));
    bases[n]!.issuer ??= shared.issuer;
    bases[n]!.subject ??= shared.subject;
  });
  for (let n = items.length - 2; n >= 0; n--) {
    const [item, next] = [items[n]!, items[n + 1]!];
    if (item.list === null || item.list !== next.list) continue;
    const between = text.slice(item.mention.end, next.mention.start);
    if (bases[n]!.date === null && /^[\s,]*(?:và)?[\s,]*$/iu.test(between)) bases[n]!.date = bases[n + 1]!.date;
    bases[n]!.issuer ??= bases[n + 1]!.issuer;
    bases[n]!.subject ??= bases[n + 1]!.subject;
  }
}

/**
 * Two documents of one type joined by `và` and cited once (`Quyết định số
 * 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị …`):
 * the date, issuer and subject after the second belong to both. Only where
 * nothing at all follows the first number, so a first citation with its own
 * date or words keeps them.
 */
function sharePairs(text: string, items: readonly Item[], bases: LegalBasis[]): void {
  for (let n = items.length - 2; n >= 0; n--) {
    const [item, next] = [items[n]!, items[n + 1]!];
    const [basis, after] = [bases[n]!, bases[n + 1]!];
    if (item.list !== null || basis.number === null || after.number === null || basis.documentType !== after.documentType) continue;
    if (basis.date !== null || basis.issuer !== null || basis.subject !== null) continue;
    // Joined by `và`, or by the comma of two numbers sharing one symbol (`52, 53/CP ngày …`).
    const between = text.slice(item.mention.end, next.mention.start);
    if (!/^\s*và\s*$/iu.test(between) && !(/^\s*,\s*$/u.test(between) && /^\d/u.test(text.slice(next.mention.start)))) continue;
    // `Nghị định số 15/2020/NĐ-CP và Nghị định số 14/2022/NĐ-CP ngày 27/01/2022`: a number's year that is not the
    // date's says the date is the second's alone.
    const yearOf = (number: string): string | undefined => /\/((?:19|20)\d\d)\//u.exec(number)?.[1];
    if ([basis.number, after.number].some((number) => ![undefined, after.date?.slice(0, 4)].includes(yearOf(number)))) continue;
    basis.date = after.date;
    basis.issuer = after.issuer;
    basis.subject = after.subject;
  }
}

/**
 * `Hướng dẫn số 11-HD/BTGTU ngày 29/11/2016 và Công văn số 468-CV/BTGTU ngày 21/2/2017 của Ban Tuyên giáo Tỉnh ủy
 * Nghệ An về …`: documents joined by `và`, each with its date, then one `của <cơ quan> về <trích yếu>` (NĐ 30 Phụ
 * lục I) for both. Only where nothing but its date follows the first number.
 */
function shareDatedPairs(text: string, items: readonly Item[], bases: LegalBasis[]): void {
  for (let n = items.length - 2; n >= 0; n--) {
    const [item, next] = [items[n]!, items[n + 1]!];
    const [basis, after] = [bases[n]!, bases[n + 1]!];
    if (item.list !== null || basis.date === null || basis.issuer !== null || basis.subject !== null || after.issuer === null) continue;
    const between = text.slice(item.mention.end, next.mention.start);
    const date = findDates(between)[0];
    if (!date || !/^[\s,]*(?:ngày)?[\s,]*$/iu.test(between.slice(0, date.start)) || !/^[\s,]*và\s*$/iu.test(between.slice(date.end))) continue;
    basis.issuer = after.issuer;
    basis.subject = after.subject;
  }
}

/** Letters OCR may misread in a law's name cited twice (`dân chủ & xã` of `dân chủ ở xã`): two laws' names differ by words. */
const LAW_NAME_SLIPS = 2;

/**
 * Whether `later` names the law `earlier` records: the same name, a letter or two aside where the name is long
 * enough that they are slips, or that name and a comma opening other words.
 */
function sameLawName(earlier: LegalBasis, later: LegalBasis): boolean {
  if (earlier.documentType !== later.documentType || earlier.subject === null || later.subject === null) return false;
  const name = foldKey(earlier.subject);
  const other = foldKey(later.subject);
  const slipped = name.length > 5 * LAW_NAME_SLIPS && distance(other, name) <= LAW_NAME_SLIPS;
  return other === name || slipped || (other.startsWith(name) && /^\s*,/u.test(later.subject.slice(earlier.subject.length)));
}

/** Each document once: the first citation, with a date a later one gives. */
function dedupe(found: readonly FoundBasis[]): FoundBasis[] {
  const out: FoundBasis[] = [];
  const keyOf = (b: LegalBasis): string =>
    b.number ? `#${foldKey(b.number)}` : `${foldKey(b.documentType)}|${foldKey(b.subject)}|${b.date ?? ''}`;
  const seen = new Map<string, FoundBasis>();
  for (const f of found) {
    const key = keyOf(f.basis);
    const first = seen.get(key);
    if (first) {
      first.basis.date ??= f.basis.date;
      continue;
    }
    // `Căn cứ Luật Đất đai ngày …;` then `Căn cứ Điều 45 Luật Đất đai, điều chỉnh quy hoạch …`: a law is cited by its
    // name, so the same name again, undated and unnumbered, is the law already recorded, whatever runs on after its
    // comma.
    if (f.basis.documentType !== null && isLaw(f.basis.documentType) && f.basis.number === null && f.basis.date === null && out.some((b) => sameLawName(b.basis, f.basis))) continue;
    const copy = { basis: { ...f.basis }, lines: f.lines };
    seen.set(key, copy);
    out.push(copy);
  }
  return out;
}
