// Số, ký hiệu of a document: `37/KH-UBND`, `10-NQ/HU`, `03/2022/NQ-HĐND`, a
// blank number (`/KH-UBND`). Each letter part of the symbol is checked against
// the NĐ 30 tables and written as they spell it (`QD` -> `QĐ`, `HDND` -> `HĐND`);
// common OCR confusions (`0D`, `QP`, `TTq`, a slash read as `I`) are undone
// only where that lands on exactly one known abbreviation.
import { distance } from 'fastest-levenshtein';
import { misreads, nearestAbbreviation, printsForBarredD, readsBarredD } from '../misreadings.js';
import { phraseKeys, stripMarks } from './fold.js';
import { headAt } from './organs.js';
import { vocabulary, type Vocabulary } from './vocabulary.js';

export interface DocumentSymbol {
  /** The document type the symbol names (`KH` -> Kế hoạch); null for a letter (`4085/UBND-ĐT`). */
  type: string | null;
  /**
   * The serial: `37`; `36` of a normative document's `36/2025/NQ-HĐND`, as
   * the record's convention splits it (the year stays in `text`); null when
   * left blank.
   */
  number: string | null;
  /** `KH-UBND`. */
  symbol: string;
  /**
   * `37/KH-UBND` as written in a citation. A dash the print lost stays lost (`30c/NQCP`, `298 KH/TWĐTN`): the record
   * keeps crawl damage inside a value (dev-plans gold NOTES: only a stray space beside a separator is closed up).
   */
  text: string;
  /** Party numbering, `số-loại/cơ quan` (HD 36), read from a dash or from a type part right after the serial. */
  party: boolean;
  /** Offsets of the whole match in the searched text. */
  start: number;
  end: number;
}

type Role = 'type' | 'organ';

const plain = (s: string): string => stripMarks(s).toUpperCase();

function abbreviations(role: Role): string[] {
  const v = vocabulary();
  return role === 'type'
    ? v.documentTypes.flatMap((t) => (t.abbr === null ? [] : [t.abbr]))
    : v.organs.map((o) => o.abbr);
}

/**
 * How many misreadings turn `part` into `abbr`, marks and case aside (`QD` is
 * `QĐ` as written without its mark); Infinity when it cannot.
 */
function misreadings(part: string, abbr: string): number {
  const [a, b] = [plain(part), plain(abbr)];
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    // A code is written in capitals but for the few small letters the tables keep (`TTg`, `TTr`, `QĐi`); a small
    // letter OCR prints for Đ after a capital (`Qb`, `Nb`, `Cb`) is read as that Đ (one misreading) before the
    // capital it is not (two: `Cb` of a Công đoàn is no Chi bộ's CB).
    if (smallForBarredD(part, i) && abbr[i] !== 'Đ' && abbr[i] !== part[i]) {
      count += 2;
      continue;
    }
    if (a[i] === b[i]) continue;
    if (!misreads(part[i]!, abbr[i]!)) return Number.POSITIVE_INFINITY;
    count++;
  }
  return count;
}

/** Whether the letter at `i` of a code part is a small one OCR prints for Đ, after a capital of the part (`Qb`, `Cb`). */
function smallForBarredD(part: string, i: number): boolean {
  const c = part[i]!;
  return i > 0 && /\p{Ll}/u.test(c) && /\p{Lu}/u.test(part[i - 1]!) && misreads(c, 'Đ');
}

/** Most misreadings of a part read as a known abbreviation: two, and never more than half its letters (`BGD` is no OCR's `BQP`). */
const MAX_MISREADINGS = 2;

/** The known abbreviation a symbol part stands for, or null. */
export function canonicalPart(part: string, role: Role): string | null {
  const known = new Set(abbreviations(role));
  if (known.has(part)) return part;
  // The `vie` model reads a W, two strokes of a V side by side, as a V and the W (`HD/BTGTVW` for the Ban Tuyên
  // giáo's BTGTW, the TW of HD 36's central organs); no code of the tables writes `VW`.
  if (part.includes('VW')) return canonicalPart(part.replaceAll('VW', 'W'), role);
  const budget = Math.min(MAX_MISREADINGS, Math.floor(plain(part).length / 2));
  const hit = nearestAbbreviation(known, (abbr) => misreadings(part, abbr), budget);
  if (hit !== null) return hit;
  return role === 'organ' ? compoundOrgan(part, [...known]) : null;
}

/**
 * An organ's code made of two of the table's (`BTĐKT` + `TW` of the Ban Thi
 * đua - Khen thưởng Trung ương), written without its marks (`BTDKTTW`): the
 * two spellings, where exactly one pair has those letters.
 */
function compoundOrgan(part: string, known: readonly string[]): string | null {
  const letters = plain(part);
  if (letters !== part || letters.length < 4) return null;
  const found = new Set<string>();
  for (let at = 2; at <= letters.length - 2; at++) {
    const heads = known.filter((k) => plain(k) === letters.slice(0, at));
    const tails = known.filter((k) => plain(k) === letters.slice(at));
    for (const h of heads) for (const t of tails) found.add(h + t);
  }
  return found.size === 1 ? [...found][0]! : null;
}

// OCR's letters for digits inside a number (`T4` 74, `O3` 03).
const DIGIT_FOR: Record<string, string> = { T: '7', O: '0', o: '0', I: '1', l: '1', S: '5', B: '8' };

const SYMBOL = new RegExp(
  [
    String.raw`^\s*[:.]?\s*`,
    // number, maybe with the year of a normative document (03/2022)
    // a letter may close the serial right before the slash (30c/NQ-CP, 05a/KH-UBND), or before the stray space a
    // typist left there as after any serial (`06b /NQ-TLĐ`)
    String.raw`(?<num>(?:[TOoISBl](?=\d))?\d{1,5}(?:[a-d](?=\s?\/))?)?(?:\s?\/\s?(?<year>(?:19|20)\d\d)(?=\s*\/))?`,
    // separator: a slash, a dash (party documents: 10-NQ/HU), or a slash read as I / |; OCR reads a spaced en dash
    // as two dashes run together (`15—-KH/ĐT` for `15 – KH/ĐT`), which no symbol writes
    String.raw`\s*(?<sep>\/|\||[-–—]{1,2}|I(?=[A-ZĐ]))?\s*`,
    // letters with marks too: OCR and mark restoration write the Party's `TU` as `TƯ`
    // a typist's dot between parts (`KH.LĐ`) only with no space around it, or it would run into the next sentence
    // a part may join two halves of one code with `&` (`PGD&ĐT`, `SGD&ĐT`), as offices write the Giáo dục & Đào tạo
    String.raw`(?<parts>[A-ZĐ0-9|][\p{L}0-9]*(?:&\p{Lu}[\p{L}0-9]*)*(?:(?:\s*[-–—/]\s*|\.(?=\p{Lu}))\p{L}[\p{L}0-9]*(?:&\p{Lu}[\p{L}0-9]*)*)*)`,
  ].join(''),
  'u',
);

/** After a symbol that is a type alone, a space and the rest of its code: capitals, then organ parts after dashes. */
const LONE_CAPITAL = /^ (\p{Lu})(?![\p{L}\d/.])/u;

/**
 * A scan sets a gap inside a code as between words (`GDTr H`, `THCSTr A`): a capital alone after a code that ends on
 * a small letter, a word it abbreviates by more than its initial (`Tr` of Trung, Trường), is the code's next letter:
 * no word is one capital, and a symbol holds no space. The match on the text after the symbol, or null.
 */
export function splitLastLetter(symbol: string, after: string): RegExpExecArray | null {
  return /\p{Ll}$/u.test(symbol) ? LONE_CAPITAL.exec(after) : null;
}
const SPACED_REST = /^ ((\p{Lu}{1,6})(?=[-–])(?:[-–.]\p{Lu}[\p{L}\d&]*)+)(?![\p{L}\d])/u;

/** The type an abbreviation stands for; Party numbering (`02-TT/TU`) reads it in the Party's table (Thông tri, not Thông tư). */
function typeName(abbr: string | null, party: boolean): string | null {
  if (abbr === null) return null;
  const types = vocabulary().documentTypes.filter((t) => t.abbr === abbr);
  return (party ? types.find((t) => t.kind === 'party') : undefined)?.name ?? types[0]?.name ?? null;
}

/**
 * The type a citation names: its words (`Thông tư số …`), unless they name a
 * state type whose symbol, in the Party's numbering (HD 36: `02-TT/TU`),
 * names the Party's one type of that abbreviation — Thông tri, which OCR and
 * restoration turn into the Thông tư of the same letters — or a normative type
 * whose symbol's organs are committees only (`06/TT-MTTQ-BTT`, the Front's
 * Thông tri).
 */
export function citedTypeName(words: string, symbol: DocumentSymbol | null): string {
  if (symbol === null || symbol.type === null) return words;
  const abbr = abbreviationOf(words);
  const party = vocabulary().documentTypes.filter((t) => t.kind === 'party' && t.abbr === abbr);
  if (abbr === null || party.length !== 1) return words;
  // A normative type (Thông tư) under a symbol whose organs are committees only: the committee's type of those letters.
  const normative = vocabulary().documentTypes.some((t) => t.name === words && t.kind === 'normative');
  if (symbol.type === words) return normative && byCommittees(symbol.symbol) ? party[0]!.name : words;
  return symbol.party && party[0]!.name === symbol.type ? symbol.type : words;
}

/**
 * Whether a symbol's organ parts name committees and the bodies under them only (`TT-MTTQ-BTT`: the Front's Ban
 * Thường trực), by the heads of the letterhead table: a normative document is a state body's (Luật Ban hành văn bản
 * quy phạm pháp luật 2015 Điều 4: a Thông tư is a Bộ trưởng's, the Chánh án's, the Viện trưởng's or the Tổng Kiểm
 * toán's), never a Party's or a mass organisation's. A part of a state body (`VPCP`: Văn phòng Chính phủ) or none
 * that the tables know says nothing.
 */
function byCommittees(symbol: string): boolean {
  const heads = vocabulary().letterhead.heads;
  const stateHeads = heads.filter((h) => h.kind === 'central' || h.kind === 'state').map((h) => ` ${phraseKeys(h.name).join(' ')} `);
  const kinds = symbol
    .split(/[-–—/]/u)
    .slice(1)
    .flatMap((part) => {
      const code = canonicalPart(part, 'organ');
      return vocabulary().organs.filter((o) => o.abbr === code).map((o) => {
        if (stateHeads.some((h) => ` ${phraseKeys(o.name).join(' ')} `.includes(h))) return 'state';
        return headAt(o.name)?.head.kind ?? null;
      });
    });
  return kinds.some((k) => k === 'committee' || k === 'dependent') && !kinds.includes('state');
}

/**
 * The separator splitJoinedPair puts between a type and an organ the print ran together (`QĐUBND`): empty,
 * so readSymbol reads and spells the two parts apart, each as its table writes it, yet writes them with
 * nothing between, as printed; a symbol is the document's own, and a dash it never had is not added.
 */
const GLUED_SEPARATOR = '';

/**
 * A type and an organ run together where a PDF layer or OCR lost the dash
 * (`QĐUBND`, `NQHĐND`, `NĐCP`): the first piece split where it falls into
 * exactly one known type followed by one known organ, else left as it is.
 * The two are joined by GLUED_SEPARATOR, so the symbol is written as printed.
 */
function splitJoinedPair(pieces: string[]): string[] {
  const first = pieces[0]!;
  if (canonicalPart(first, 'type') !== null) return pieces;
  const splits: number[] = [];
  for (let at = 1; at < first.length - 1; at++) {
    const [type, organ] = [first.slice(0, at), first.slice(at)];
    if (abbreviations('type').some((a) => plain(a) === plain(type)) && abbreviations('organ').some((a) => plain(a) === plain(organ))) {
      splits.push(at);
    }
  }
  if (splits.length !== 1) return pieces;
  return [first.slice(0, splits[0]), GLUED_SEPARATOR, first.slice(splits[0]), ...pieces.slice(1)];
}

/**
 * An organ's code written in two parts (`BGD-ĐT` for `BGDĐT`): a stripped text
 * restored may put the `Đ` on the wrong half (`BGĐ-DT`). Where the two halves
 * mark-free make exactly one code of the tables, each half is spelt as that
 * code spells it; the dash stays, as written.
 */
function spellSplitOrgans(pieces: string[]): string[] {
  const out = [...pieces];
  const organs = [...new Set(abbreviations('organ'))];
  for (let i = 2; i + 2 < out.length; i += 2) {
    const [a, b] = [out[i]!, out[i + 2]!];
    if (!/^[-–—]$/u.test(out[i + 1]!) || organs.includes(a) || organs.includes(b)) continue;
    const hits = organs.filter((k) => plain(k) === plain(a + b) && k.length === a.length + b.length);
    if (hits.length !== 1) continue;
    out[i] = hits[0]!.slice(0, a.length);
    out[i + 2] = hits[0]!.slice(a.length);
  }
  return out;
}

/**
 * Reads a number and symbol at the start of `text` (after `Số:` / `số`).
 * Null unless the first letter part is a known document type — or, with
 * `letter`, any organ part after a number and a slash: a công văn's symbol
 * holds no type (`4085/UBND-ĐT`, `12-CV/HU` aside).
 */
export function readSymbol(text: string, offset = 0, letter = false): DocumentSymbol | null {
  const m = SYMBOL.exec(text.slice(offset));
  if (!m?.groups) return null;
  const { num, year, sep, parts } = m.groups;
  if (parts === undefined) return null;
  if (num === undefined && sep === undefined && !/^\s*[:.]?\s*\//u.test(text.slice(offset))) return null;
  const pieces = spellSplitOrgans(splitJoinedPair(parts.split(/\s*([-–—/.])\s*/u)));
  // A slash read as I, l or | before the type (`/IKH`) is dropped.
  const first = pieces[0]!;
  // A symbol that is an organ's code alone, as the tables write it, numbers a document by its organ only (the
  // Chính phủ's decrees before 2004: `Nghị định số 52/CP`): it is no type code OCR misread (`CP` is no `CĐ`).
  const organAlone = pieces.length === 1 && abbreviations('organ').includes(first) && !abbreviations('type').includes(first);
  const type = organAlone ? null : (canonicalPart(first, 'type') ?? canonicalPart(first.replace(/^[Il1|]/u, ''), 'type'));
  const letterSymbol = type === null && letter && num !== undefined && sep === '/' && /^[A-ZĐ]{2,}/u.test(first);
  if (type === null && !letterSymbol) return null;
  let symbol = type ?? canonicalPart(first, 'organ') ?? first;
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const part = pieces[i + 1]!;
    symbol += (pieces[i] === '/' || pieces[i] === '.' || pieces[i] === GLUED_SEPARATOR ? pieces[i] : '-') + (canonicalPart(part, 'organ') ?? canonicalPart(part, 'type') ?? part);
  }
  // A type part OCR split with a space from the rest of its own code (`01/CTr PH-MTTQ-ĐTCTXH` of `CTrPH-…`): a symbol
  // names its organ after its type (NĐ 30 Phụ lục I; HD 36), so capitals no table knows, joined by dashes to the
  // organ parts, are the symbol's, and a symbol holds no space. A known code there is a part a lost dash set off.
  const spaced = pieces.length === 1 && type !== null ? SPACED_REST.exec(text.slice(offset + m[0].length)) : null;
  const rest = spaced !== null && !tableCodes().has(spaced[2]!) ? spaced : null;
  if (rest !== null) symbol += rest[1]!;
  const lone = rest === null ? splitLastLetter(symbol, text.slice(offset + m[0].length)) : null;
  if (lone !== null) symbol += lone[1]!;
  const number = num === undefined ? null : num.replace(/\s/g, '').replace(/[TOoISBl]/gu, (c) => DIGIT_FOR[c] ?? c);
  // Party numbering is `số-loại/cơ quan` (HD 36): where the dash was lost (`298 KH/TWĐTN`), the slash after the type
  // says so; the number is still written as printed, a space or nothing where the dash stood.
  const partyForm = sep === undefined && num !== undefined && pieces[1] === '/';
  const dashed = sep !== undefined && /[-–—]/u.test(sep);
  const joiner = dashed ? '-' : partyForm ? (/^\s/u.test(m[0].slice(m[0].indexOf(num) + num.length)) ? ' ' : '') : '/';
  return {
    type: typeName(type, dashed || partyForm),
    number,
    symbol,
    text: `${number ?? ''}${year === undefined ? '' : `/${year}`}${joiner}${symbol}`,
    party: dashed || partyForm,
    start: offset + m[0].length - m[0].trimStart().length,
    end: offset + m[0].length + (rest?.[0].length ?? lone?.[0].length ?? 0),
  };
}

/**
 * The letters an organ's name gives its code (NĐ 30: the symbol's organ part
 * is the organ's name abbreviated): each word's first letter, each letter of a
 * word already abbreviated (`Hội LHPN` -> H L H P N).
 */
function nameInitials(name: string): string[] {
  return (name.match(/\p{L}+/gu) ?? []).flatMap((w) => (w.length > 1 && w === w.toUpperCase() ? [...w] : [w[0]!.toUpperCase()]));
}

/**
 * A symbol whose organ parts no table knows (`888/KH-DCT` of the Đoàn Chủ
 * tịch), restored from a text without marks: restoration cannot tell `D` from
 * `Đ` in a code it has never seen, but the issuer's name, cited with it, can.
 * Each such part that is the initials of a run of the issuer's words, or,
 * where no run is, of its words in order from the first with some skipped
 * (`CĐNT` of the Công đoàn cơ sở Trường THPT Ngọc Tố), and spelt one way by
 * every reading, takes the `Đ` and the `Ư` of those words (`TƯCTĐ` of the
 * Trung ương Hội Chữ thập đỏ); a `Đ` is never taken away (the name cited may
 * be restored no better than the code), and table codes, the type part and
 * letters the name does not give stay as written.
 */
export function spellByIssuer(text: string, issuer: string | null): string {
  if (issuer === null) return text;
  // A code as the tables write it stays; one they write with a Đ it lacks (`HDTDKT`, HĐTĐKT, kept without marks where
  // a glued `ngày` kept restoration's symbol grammar off it) is spelt by the issuer like any other.
  const known = tableCodes();
  return text.replace(/(?<=[-/])[A-ZĐ]{2,}(?![\p{L}])/gu, (part) => {
    if (!plain(part).includes('D') || known.has(part)) return part;
    const spelt = issuerSpelling(part, issuer);
    return spelt === null ? part : takeMarkedLetters(part, [...spelt]);
  });
}

// Derived once per load of the tables (as ownCodes is): spellByIssuer runs for every symbol and basis read.
const tableCodesByVocabulary = new WeakMap<Vocabulary, ReadonlySet<string>>();

/** Every code the tables write, the organs' and the document types'. */
function tableCodes(): ReadonlySet<string> {
  const tables = vocabulary();
  let codes = tableCodesByVocabulary.get(tables);
  if (codes === undefined) tableCodesByVocabulary.set(tables, (codes = new Set([...abbreviations('organ'), ...abbreviations('type')])));
  return codes;
}

/**
 * The one spelling the issuer's initials give a code's letters (`DCT` of the Đoàn Chủ tịch: `ĐCT`), or null:
 * none or several. A run of the initials first; where none is, the initials in order from the name's first
 * with some skipped, as a code leaves out the name's generic words (`CĐNT`: Công đoàn … Ngọc Tố).
 */
function issuerSpelling(part: string, issuer: string, barredMisread = false): string | null {
  const initials = nameInitials(issuer).map(barredOrPlain);
  const letters = plain(part);
  const spellings = new Set<string>();
  // From OCR that never prints Đ, a letter it prints for Đ (`15-KH/BT` of a Đoàn trường) may stand for a Đ initial.
  const fits = (c: string, letter: string): boolean => plain(c) === letter || (barredMisread && c === 'Đ' && misreads(letter, 'Đ'));
  for (let at = 0; at + letters.length <= initials.length; at++) {
    const run = initials.slice(at, at + letters.length);
    if (run.every((c, i) => fits(c, letters[i]!))) spellings.add(run.join(''));
  }
  if (spellings.size === 0) return skippingSpelling(letters, initials);
  return spellings.size === 1 ? [...spellings][0]! : null;
}

/** A letter as a code spells it: Đ and Ư kept, every other mark dropped (they are no letters of a code). */
function barredOrPlain(c: string): string {
  return c === 'Đ' || c === 'Ư' ? c : plain(c);
}

/** Letters a code needs before it is read as the initials of a name with words skipped: a short one fits many names by chance. */
const MIN_SKIPPING_CODE = 4;

/**
 * `letters` read as `initials` in order, the first the name's first and any
 * other skipped: each letter spelt as every such reading spells it, or null
 * where there is no reading or two readings spell one letter differently
 * (a D that may stand for a Đ word or a D word).
 */
function skippingSpelling(letters: string, initials: readonly string[]): string | null {
  if (letters.length < MIN_SKIPPING_CODE || plain(initials[0] ?? '') !== letters[0]) return null;
  const matches = (k: number, i: number): boolean => plain(initials[k]!) === letters[i];
  // earliest[i] / latest[i]: the first / last initial letter i can be read as in a reading of the whole code.
  const earliest = [0];
  for (let i = 1; i < letters.length; i++) {
    let k = earliest[i - 1]! + 1;
    while (k < initials.length && !matches(k, i)) k++;
    if (k === initials.length) return null;
    earliest.push(k);
  }
  const latest = new Array<number>(letters.length).fill(0);
  for (let i = letters.length - 1; i > 0; i--) {
    let k = i === letters.length - 1 ? initials.length - 1 : latest[i + 1]! - 1;
    while (!matches(k, i)) k--;
    latest[i] = k;
  }
  let spelt = '';
  for (let i = 0; i < letters.length; i++) {
    const readings = new Set(initials.slice(earliest[i], latest[i]! + 1).filter((_, d) => matches(earliest[i]! + d, i)));
    if (readings.size !== 1) return null;
    spelt += [...readings][0]!;
  }
  return spelt;
}

/** Letters a code needs for the issuer's initials to settle its D: two match a name's by chance (`DT` in Ủy ban nhân Dân Thành phố of a `UBND-ĐT`, Đô thị). */
const MIN_ISSUER_CODE = 3;

/**
 * The parts of a symbol restored from a text without marks whose `D` may as
 * well be `Đ` (`CDNT` of `39/KH-CDNT`, Công đoàn …; `DT` of `UBND-DT`), or
 * whose `TU` may be the `TƯ` of Trung ương (`UBTUMTTQVN`, the Ủy ban Trung
 * ương Mặt trận; a U elsewhere, `UB`, `UBTVQH`, is the Ủy of a Ủy ban): a
 * letter part with a `D` or `TU` that no table spells in either form, alone or with
 * the part it is joined to by `&` (`SGD&ĐT`: SGDĐT), and that the issuer's
 * initials do not spell (`HNDH` of the Hội Nông dân huyện). Kept as written;
 * the caller flags them.
 */
export function unsettledD(symbol: string, issuer: string | null): string[] {
  const known = new Set([...abbreviations('organ'), ...abbreviations('type')].map(plain));
  const unsettled: string[] = [];
  for (const m of symbol.matchAll(/(?<![\p{L}\d])[A-Z][A-Z\d]*(?![\p{L}\d])/gu)) {
    const part = m[0];
    const joined = /^&([\p{Lu}\d]+)/u.exec(symbol.slice(m.index + part.length))?.[1];
    if (!/D|TU/u.test(part) || known.has(part) || (joined !== undefined && known.has(plain(part + joined)))) continue;
    const byIssuer = issuer !== null && part.length >= MIN_ISSUER_CODE && issuerSpelling(part, issuer) !== null;
    if (compoundOrgan(part, abbreviations('organ')) !== null || byIssuer) continue;
    unsettled.push(part);
  }
  return unsettled;
}

/** A symbol read from raw OCR: its parts spelt as the one code they can be, and those left in doubt. */
export interface BarredDReading {
  symbol: string;
  /** Parts kept as written that may hold a misread Đ: no code, or several, of the tables and the issuer's initials fit. */
  doubted: string[];
}

/**
 * A symbol (or number with its symbol) from OCR without a Vietnamese model,
 * which never prints Đ (`QDB-UBND`, `GDPT-VP`, `25/NQ-HDPND`): each letter
 * part no table knows, with a letter such an OCR prints for Đ, is the one code
 * of the tables or run of the issuer's initials it reads so (misreadings.ts,
 * `readsBarredD`), or, where none or several are, kept and doubted. A part the
 * tables or the issuer's initials know stays as it is, Đ or not (`KH-BCĐ`,
 * `CV-HĐND`, `KH/HNDT`) — unless it also reads so as another code of the
 * tables (`NP` Giấy nghỉ phép or NĐ, `HU` or ĐU, `BCH` or BCĐ): then the one
 * of the two that the document's type (its type part, NĐ 30 Phụ lục III) or
 * the issuer's name (its organ parts) names, else kept and doubted.
 */
export function readBarredD(symbol: string, issuer: string | null, type: string | null = null): BarredDReading {
  const runs = issuerRuns(issuer);
  const known = [...new Set([...abbreviations('organ'), ...abbreviations('type'), ...runs])];
  const withBar = known.filter((k) => k.includes('Đ'));
  const typeOnly = new Set(abbreviations('type').filter((k) => !abbreviations('organ').includes(k) && !runs.includes(k)));
  const doubted: string[] = [];
  let first = true;
  const spelt = symbol.replace(/(?<![\p{L}\d])[A-Z][\p{L}\d]*(?![\p{L}\d])/gu, (part, at: number) => {
    const typePart = first;
    first = false;
    // A code that carries a term (`UBTVQH15`) with a digit of it read as a letter (`UBTVQHI5`).
    const term = /^(\p{Lu}+?)([\dTOoISBl]*\d[\dTOoISBl]*)$/u.exec(part);
    if (term && /\D/u.test(term[2]!) && known.includes(term[1]!)) return term[1]! + term[2]!.replace(/\D/gu, (c) => DIGIT_FOR[c] ?? c);
    // A part with a Đ was spelt by restoration or the tables, not printed by this OCR. The Quốc hội's
    // codes carry its term (`QH15`, `UBTVQH15`); `PGD&ĐT` is one code, PGDĐT, in two halves.
    const joined = /^&([\p{Lu}\d]+)/u.exec(symbol.slice(at + part.length))?.[1] ?? '';
    if (known.includes(part) && !part.includes('Đ') && !runs.includes(part)) {
      // A rival of the part's own role: an organ part's CP is no Công điện's CĐ.
      const rivals = (typePart ? [...abbreviations('type'), ...abbreviations('organ')] : abbreviations('organ')).filter((k) => k.includes('Đ') && readsBarredD(part, k));
      if (rivals.length === 0) return part;
      const named = [part, ...rivals].filter((code) => (typePart && abbreviationOf(type) === code) || namesOrgan(issuer, code));
      if (named.length === 1) return named[0]!;
      doubted.push(part);
      return part;
    }
    if ([part.replace(/\d+$/u, ''), part + joined].some((p) => known.includes(p)) || part.includes('Đ') || ![...part].some(printsForBarredD)) return part;
    if (compoundOrgan(part, abbreviations('organ')) !== null) return part;
    // In an organ part an H is read for a Đ only where the issuer has a Đ word the code may name: the organ part names
    // the issuer (NĐ 30 Phụ lục I), and a Hội's `TWH` (Trung ương Hội) is no `TWĐ` of the Trung ương Đoàn. The type
    // part names the type (`229/CH-TTg`: a Công điện, CĐ).
    const hForD = typePart || issuer === null || /(?<!\p{L})[Đđ]/u.test(issuer);
    // A part a typist set off with a space after the organ's (`150/KH-CTĐ QB`, Quảng Bình) is a place's code, never the
    // type's (`QĐ`): the type stands first (NĐ 30 Phụ lục III) or, numbered before 2004, joined after the organ (`UB.QĐ`).
    const roleFits = (k: string): boolean => typePart || symbol[at - 1] !== ' ' || !typeOnly.has(k);
    const fits = [...new Set(withBar.filter((k) => roleFits(k) && readsBarredD(part, k) && (hForD || readsBarredD(part.replace(/H/gu, 'X'), k))))];
    if (fits.length === 1) return fits[0]!;
    // A code the issuer abbreviates its own name to, its Đ printed as D (`CDNT` of a Công đoàn … Ngọc Tố). Only
    // the Đ: this pass repairs what OCR misreads, and a printed code keeps a U for Ư as often as not (`UBTUMTTQVN`).
    const own = fits.length === 0 && issuer !== null ? issuerSpelling(part, issuer, true) : null;
    if (own !== null) return takeMarkedLetters(part, [...own].map((c) => (c === 'Ư' ? 'U' : c)), true);
    // An H no code fits is an H: only the letters the table pairs with Đ leave a part in doubt (`THCS` is no TĐCS).
    if (fits.length > 1 || [...part].some((c) => misreads(c, 'Đ'))) doubted.push(part);
    return part;
  });
  return { symbol: spelt, doubted };
}

/** A cited number read by OCR, its parts read by the citation's words, and those left in doubt. */
export interface CitedReading {
  number: string;
  /** Parts kept as written that are a letter off a code the citation's words give (`TV` beside TW): to be checked. */
  doubted: { part: string; code: string }[];
}

/**
 * A cited number read by OCR (`28/T1-MTTW-BTIT`, `31-QĐÐ/TW`) whose letter parts the tables do not know, read
 * by what the citation's own words give them: the type part (NĐ 30 Phụ lục III; HD 36 for the Party's) is the
 * abbreviation of the type the citation names where it is that abbreviation with one letter more or a figure for
 * one of its letters (no type is written with a figure); an organ part (NĐ 30 Phụ lục I) is a code of the tables
 * the cited issuer's words name (`Ban Thường trực`: BTT) with one letter more. A printed code may differ from
 * those by a letter of its own (`16-KT/TU` of a Kết luận, `MTTW` beside the Front's MTTQ), so any other part a
 * letter off such a code, or off a run of the issuer's initials (`CCTTHG`: cải cách thủ tục hành chính), is kept
 * as written and doubted.
 */
export function spellByCitation(number: string, issuer: string | null, type: string | null): CitedReading {
  const known = tableCodes();
  const named = issuer === null ? [] : abbreviations('organ').filter((code) => namesOrgan(issuer, code));
  // A code spells its letters without marks but for Đ and Ư (`UBTWMTTQVN` of the Ủy ban Trung ương …).
  const runs = issuerRuns(issuer).map((run) => [...run].map(barredOrPlain).join(''));
  const typeAbbr = abbreviationOf(type);
  // A letter more than the code is OCR's; a figure more is the term a body's code carries (`227 NQ/UBTVQH9` of the
  // Ủy ban thường vụ Quốc hội khóa IX; NĐ 30 Phụ lục III writes Quốc hội's codes with their khóa).
  const added = (part: string, code: string): boolean => {
    if (part.length !== code.length + 1 || distance(part, code) !== 1) return false;
    let at = 0;
    while (at < code.length && part[at] === code[at]) at++;
    return !/\d/u.test(part[at]!);
  };
  const figureFor = (part: string, code: string): boolean =>
    part.length === code.length && distance(part, code) === 1 && [...part].some((c, i) => /\d/u.test(c) && code[i] !== c);
  const doubted: CitedReading['doubted'] = [];
  const doubt = (part: string, codes: readonly string[]): string => {
    const near = codes.find((code) => distance(plain(part), plain(code)) === 1);
    if (near !== undefined) doubted.push({ part, code: near });
    return part;
  };
  let first = true;
  const spelt = number.replace(/(?<![\p{L}\d])\p{Lu}[\p{L}\d]*(?![\p{L}\d])/gu, (part) => {
    const typePart = first;
    first = false;
    if (known.has(part) || runs.includes(part)) return part;
    // The first part of a symbol whose citation names a type is that type's; a letter's (Công văn) is an organ's.
    // Or a letter off a type the tables write with the named one's letters first (`TTLI`, a Thông tư liên tịch's TTLT,
    // cited as a Thông tư): NĐ 30 Phụ lục III codes a joint text by its kind's code and a letter more.
    if (typePart && typeAbbr !== null) return added(part, typeAbbr) || figureFor(part, typeAbbr) ? typeAbbr : doubt(part, [typeAbbr, ...jointTypes(typeAbbr)]);
    const fits = named.filter((code) => added(part, code));
    return fits.length === 1 ? fits[0]! : doubt(part, [...named, ...runs.filter((run) => run.length >= MIN_ISSUER_CODE)]);
  });
  return { number: spelt, doubted };
}

/** The types' codes that begin with `abbr` and are longer (`TTLT` of TT, `NQLT` of NQ). */
function jointTypes(abbr: string): string[] {
  return [...new Set(abbreviations('type'))].filter((code) => code.length > abbr.length && code.startsWith(abbr));
}

/** The abbreviation the tables give a type's name (`Nghị định`: NĐ), or null. */
function abbreviationOf(type: string | null): string | null {
  return type === null ? null : (vocabulary().documentTypes.find((t) => t.name === type)?.abbr ?? null);
}

/** Whether the issuer's name holds, word for word, a name the organs' table gives `code` (`Đảng ủy xã An Phú`: ĐU). */
function namesOrgan(issuer: string | null, code: string): boolean {
  if (issuer === null) return false;
  const words = ` ${phraseKeys(issuer).join(' ')} `;
  return vocabulary().organs.some((o) => o.abbr === code && words.includes(` ${phraseKeys(o.name).join(' ')} `));
}

/**
 * Runs of the issuer's initials of the length a code needs to be settled by
 * them (`ĐCT` of the Đoàn Chủ tịch, `HNDT` of a Hội Nông dân tỉnh); a code
 * leaves out the `và` of a name (`GDĐT` of the Sở Giáo dục và Đào tạo), and
 * writes a body the tables abbreviate otherwise than by its initials by that
 * code (HD 36: `Trung ương` is TW, so the Trung ương Hội's code is TWH).
 */
function issuerRuns(issuer: string | null): string[] {
  if (issuer === null) return [];
  const name = issuer.replace(/\s+và\s+/gu, ' ');
  const runs: string[] = [];
  for (const initials of new Set([name, codesWritten(name)].map((n) => nameInitials(n).join('')))) {
    for (let at = 0; at < initials.length; at++) {
      for (let end = at + MIN_ISSUER_CODE; end <= initials.length; end++) runs.push(initials.slice(at, end));
    }
  }
  return runs;
}

// Derived once per organs' table (as legal-bases.ts keys its lists): compiling a pattern per body at every symbol read
// was three quarters of readBarredD's time.
const ownCodesByTable = new WeakMap<readonly { name: string; abbr: string }[], { name: RegExp; abbr: string }[]>();

/** The bodies of the tables whose code, in capitals, is not their words' initials written as that code, the longest first. */
function ownCodes(): { name: RegExp; abbr: string }[] {
  const organs = vocabulary().organs;
  let own = ownCodesByTable.get(organs);
  if (own === undefined) {
    const initials = (n: string): string => stripMarks(nameInitials(n.replace(/\s+và\s+/gu, ' ')).join(''));
    own = organs
      .filter((o) => /^\p{Lu}{2,}$/u.test(o.abbr) && phraseKeys(o.name).length > 1 && initials(o.name) !== stripMarks(o.abbr))
      .sort((a, b) => b.name.length - a.name.length)
      .map((o) => ({ name: new RegExp(String.raw`(?<!\p{L})${o.name}(?!\p{L})`, 'gu'), abbr: o.abbr }));
    ownCodesByTable.set(organs, own);
  }
  return own;
}

/** The name with each body of ownCodes written as its code. */
function codesWritten(name: string): string {
  return ownCodes().reduce((n, o) => n.replace(o.name, o.abbr), name);
}

/**
 * `written` with each `D` that `spelt` (its letters and digits, in order)
 * spells `Đ` made `Đ`, and each `U` it spells `Ư` made `Ư` (`TƯ`, Trung
 * ương); separators and every other letter stay as written. With
 * `barredMisread` (raw OCR that never prints Đ), a letter such OCR prints for
 * Đ (`B`, `P`, `H`) that `spelt` spells `Đ` is made `Đ` too.
 */
function takeMarkedLetters(written: string, spelt: readonly string[], barredMisread = false): string {
  let at = -1;
  return [...written]
    .map((c) => {
      if (!/[\p{L}\d]/u.test(c)) return c;
      at += 1;
      const barred = spelt[at] === 'Đ' && (c === 'D' || (barredMisread && misreads(c, 'Đ')));
      return barred || (c === 'U' && spelt[at] === 'Ư') ? spelt[at]! : c;
    })
    .join('');
}

/**
 * Document numbers cited in running text (`BÃI BỎ NGHỊ QUYẾT SỐ 124/2019/NQHDND …`)
 * restored from a text without marks: each `D` the tables spell `Đ` in the
 * symbol they read (`NQ-HĐND`) takes it; the number stays as written, dashes
 * and all, and nothing else changes.
 */
export function spellCitedNumbers(text: string): string {
  return text.replace(/(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?[/-][A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*(?![\p{L}])/gu, (cited) => {
    if (!cited.includes('D')) return cited;
    const read = readSymbol(cited);
    if (read === null) return cited;
    const skeleton = (s: string): string => s.replace(/[^\p{L}\d]/gu, '');
    const spelt = [...skeleton(read.text)];
    if (plain(spelt.join('')) !== plain(skeleton(cited))) return cited;
    return takeMarkedLetters(cited, spelt);
  });
}
