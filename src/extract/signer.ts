// The signature block: TM./KT. authority, position (CHỦ TỊCH, PHÓ CHỦ TỊCH) and
// the signer's name under them. Positions and authorities are written in
// capitals in the block; the record gives them in sentence case.
import { isPhrase, isUpperCase, phraseKeys, sentenceCase, stripMarks, titleCase } from './fold.js';
import type { Line } from './lines.js';
import { givenNameEvidence, isKnownPlace, nameSyllableCount, nameSyllablesLike, spellingsAt, type NamePosition } from './gazetteer.js';
import { findIssuers, headAt, normalizeOrganName } from './organs.js';
import { vocabulary } from './vocabulary.js';
import { SURE_CONFIDENCE, type LineRange, type Signer } from '../types.js';

export interface FoundSigner {
  signer: Signer;
  lines: LineRange | null;
  /** The name was read for its place over the copy's `(Đã ký)` alone (nameOverSignedMark), no register vouching for it. */
  nameByMark?: boolean;
  /** The authority was read from a line in small letters (`TM.BCH Phân hội …`), which no capitals vouch for. */
  smallLetters: boolean;
}

/** The authority word (`KT`, `TM`, `T/M` …) and what the line names after it, when the line opens with one. */
function authorityParts(text: string): RegExpExecArray | null {
  const plain = vocabulary().plan.signatureAuthorities;
  const party = plain.filter((a) => a.length === 2).map((a) => `${a[0]}/${a[1]}`);
  return (
    new RegExp(String.raw`^\W*(${plain.join('|')})\s?\.\s*(.+)$`, 'u').exec(text.trim()) ??
    new RegExp(String.raw`^\W*(${party.join('|')})\s*\.?\s+(.+)$`, 'u').exec(text.trim())
  );
}

/** A line holding only an authority's word (`K/T`, `KT.`, `TM`), the word captured as written. */
function bareAuthorityPattern(): RegExp {
  const plain = vocabulary().plan.signatureAuthorities;
  const party = plain.filter((a) => a.length === 2).map((a) => `${a[0]}/${a[1]}`);
  return new RegExp(String.raw`^\W*(${[...party, ...plain].join('|')})\s*\.?\s*$`, 'u');
}

/** The authority's word alone on its line, as written with its dot or slash; null for any other line. */
function bareAuthorityWord(text: string, pattern: RegExp): string | null {
  const m = pattern.exec(text.trim());
  return m === null ? null : m[1]!.includes('/') ? m[1]! : `${m[1]}.`;
}

/**
 * An authority line (`KT.`, `TM.` …) whose words hold brackets, bars and the like: OCR's reading of letters it
 * could not place (`KT. CHU 1]CH`). No body or position is written with them; a garbled authority is worse than none.
 */
function isGarbledAuthority(text: string): boolean {
  const m = authorityParts(text);
  return m !== null && /[[\]{}|\\~^$#@]/u.test(m[2]!);
}

/**
 * `TM. ỦY BAN NHÂN DÂN` -> `TM. Ủy ban nhân dân`; Party documents write the
 * same with a slash (`K/T TRƯỞNG BAN`, HD 36-HD/VPTW), kept as printed.
 */
export function readAuthority(text: string): string | null {
  const plain = vocabulary().plan.signatureAuthorities;
  const m = authorityParts(text);
  if (isGarbledAuthority(text)) return null;
  if (m && isUpperCase(m[2]!) && !hasGluedWords(m[2]!)) {
    const prefix = m[1]!.includes('/') ? m[1]! : `${m[1]}.`;
    return `${prefix} ${knownSpelling(m[2]!.trim()) ?? normalizeOrganName(sentenceCase(m[2]!.trim()))}`;
  }
  // A page that kept the signature in small letters (`TM.BCH Phân hội Văn học`): the word with its dot is the authority
  // (NĐ 30 Phụ lục I mục 7: TM. before the collective body's name) where a body of the tables follows it, opened by its
  // head or its abbreviation (`BCH`, `UBND`); it is kept as written.
  // Only `TM.` names a body; after `KT.`, `TL.` a position follows, which small letters alone do not vouch for.
  if (m?.[1] === 'TM' && /^\p{Lu}/u.test(m[2]!) && namesBody(m[2]!)) return `TM. ${m[2]!.trim().replace(/\s+/gu, ' ')}`;
  // Typed without its dot (`KT THỦ TƯỚNG`), the letters alone say little: only a body or position of the tables follows.
  const bare = new RegExp(String.raw`^\W*(${plain.join('|')})\s+(\p{Lu}.*)$`, 'u').exec(text.trim());
  const known = bare && isUpperCase(bare[2]!) ? knownSpelling(bare[2]!.trim()) : null;
  return known === null ? null : `${bare![1]}. ${known}`;
}

/** Whether a text in small letters opens with a body of the tables: its head (`Ban Chấp hành`) or the abbreviation of one (`BCH`). */
function namesBody(text: string): boolean {
  const first = /^\p{Lu}+(?!\p{L})/u.exec(text)?.[0];
  const abbreviated = first !== undefined && first.length > 1 && vocabulary().letterhead.expansions.some((e) => e.abbr === first);
  return !isUpperCase(text) && /\p{Ll}/u.test(text) && (abbreviated || headAt(text) !== null);
}

/**
 * NĐ 30 Phụ lục I prints the authority line in capitals across the signature
 * column; a long one wraps (`TL. CHỦ TỊCH ỦY` / `BAN NHÂN DÂN TỈNH`). The line
 * under an authority line continues it when it is no position itself and the
 * two together name a position held in a body (`Chủ tịch Ủy ban nhân dân
 * tỉnh`) or a body of the tables, which the first line alone does not. The
 * joined authority, or null.
 */
export function continuedAuthority(first: string, next: string): string | null {
  const head = readAuthority(first);
  if (head === null || readPosition(next) !== null || !isUpperCase(next.trim())) return null;
  // What the line names after its `TL.` / `K/T` word.
  const named = (text: string): boolean => {
    const tail = text.trim().split(/\s+/u).slice(1).join(' ');
    return knownSpelling(tail) !== null || positionInBody(tail, false) !== null;
  };
  const joined = `${first.trim()} ${next.trim()}`;
  return !named(first) && named(joined) ? readAuthority(joined) : null;
}

/** Words of a signature block typed on one line at most: an authority naming a body in full, and a position. */
const BLOCK_LINE_WORDS = 20;

/**
 * A signature block typed on one line, the authority and the position side by
 * side (`KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG`, `TM. ỦY BAN NHÂN DÂN CHỦ TỊCH`): an
 * authority naming a body or position of the tables, then a position of the
 * table ending the line. Null unless both halves are that sure.
 */
export function readBlockLine(text: string): { authority: string; position: string } | null {
  const words = text.trim().split(/\s+/u);
  for (let cut = 2; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    const authority = readAuthority(head);
    if (authority === null || knownSpelling(authority.replace(/^\S+\s/u, '')) === null) continue;
    const position = readPosition(words.slice(cut).join(' '), authority.startsWith('K'));
    if (position !== null) return { authority, position };
  }
  // A body named in full (`TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ THƯỜNG TRỰC`, `T/M BAN THƯỜNG VỤ TỈNH ĐOÀN PHÓ BÍ
  // THƯ`): the longest position of the table that ends the line, after an authority that opens with a body's head.
  if (words.length > BLOCK_LINE_WORDS) return null;
  const positionKeys = new Set(vocabulary().plan.positions.map((p) => phraseKeys(p).join(' ')));
  for (let cut = 2; cut < words.length; cut++) {
    const rest = words.slice(cut).join(' ');
    if (!isUpperCase(rest) || !positionKeys.has(phraseKeys(rest).join(' '))) continue;
    const authority = readAuthority(words.slice(0, cut).join(' '));
    const body = authority?.replace(/^\S+\s/u, '') ?? '';
    // A second authority inside (`TM. ỦY BAN NHÂN DÂN TỈNH KT. CHỦ TỊCH`) is a block of two lines run together, not one.
    if (authority === null || headAt(body) === null || /[./]/u.test(body)) continue;
    const position = readPosition(rest, authority.startsWith('K'));
    if (position !== null) return { authority, position };
  }
  return null;
}

/**
 * Whether a word of the line is two syllables run together (`ĐOÀNBÍ` of a
 * crawl that lost a line break): a Vietnamese syllable has one group of
 * vowels, and a word with marks is no abbreviation (`UBND`, `TNCS` have none).
 * Old OCR prints the same without marks and its Đ as two letters (`DPOANBI`):
 * a word without marks is no abbreviation either when two vowel groups part
 * it and it is longer than a short name (`HOA`, `ANH`) or a Latin word OCR
 * would keep (no organ abbreviation of the tables has two vowel groups).
 */
function hasGluedWords(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some(
    (w) => (stripMarks(w) !== w || w.length >= GLUED_UNMARKED_LETTERS) && /[aeiouy]+[^aeiouy]+[aeiouy]/u.test(stripMarks(w).toLowerCase()),
  );
}

/** A word without marks this long with two vowel groups is read as glued syllables. */
const GLUED_UNMARKED_LETTERS = 6;

/**
 * The tables' spelling of what an authority line names — a body (`TIỂU BAN`,
 * `ỦY BAN NHÂN DÂN`) or a position (`CHỦ TỊCH`) — when its letters are exactly
 * one of them: capitals whose marks were misread (`TIÊU BẢN`) read right.
 */
function knownSpelling(text: string): string | null {
  const v = vocabulary();
  const names = [...v.letterhead.heads.map((h) => h.name), ...v.plan.positions, ...v.organs.map((o) => o.name)];
  const key = phraseKeys(text).join(' ');
  const hits = [...new Set(names.filter((n) => phraseKeys(n).join(' ') === key))];
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * `PHÓ CHỦ TỊCH` -> `Phó Chủ tịch`: a line in capitals that is a position of
 * the table, spelled as the text spells it — `THỨ TRƯỞNG` is Thứ trưởng, never
 * Thủ tướng or Thủ trưởng. Letters without marks (or OCR's) take the one
 * position they can be, or none when they could be two.
 */
export function readPosition(text: string, deputy = false): string | null {
  const value = text.trim().replace(/\s+/g, ' ');
  if (!mostlyCapitals(value)) return null;
  const positions = vocabulary().plan.positions;
  // `P. GIÁM ĐỐC`: Phó written short before the position it deputises; only where the table has that deputy.
  const short = /^P\s?\.\s*(\S.*)$/u.exec(value);
  if (short) {
    const head = readPosition(short[1]!);
    return positions.find((p) => head !== null && !isDeputy(head) && p.toLowerCase() === `phó ${head.toLowerCase()}`) ?? null;
  }
  const keys = phraseKeys(value).join(' ');
  const sameLetters = positions.filter((p) => phraseKeys(p).join(' ') === keys);
  // Under `KT.` a deputy signs (Phó …, Thứ trưởng): of two positions with the same letters, the deputy's.
  const deputies = sameLetters.filter(isDeputy);
  if (deputy && sameLetters.length > 1 && deputies.length === 1) return deputies[0]!;
  const lower = value.toLowerCase();
  const written = positions.find((p) => p.toLowerCase() === lower);
  if (written) return written;
  if (sameLetters.length) return sameLetters.length === 1 ? sameLetters[0]! : null;
  const near = positions.filter((p) => isPhrase(value, p));
  return near.length === 1 ? near[0]! : positionInBody(value, deputy);
}

/**
 * `PHÓ CHỦ TỊCH UBND HUYỆN`, `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`: a position of the
 * table, then the elected body of a level it is held in — how a letter signed
 * without `TM.` (a thư ngỏ, a thư chúc mừng) writes its signer's position. The
 * position alone; null unless the rest is that body and nothing else.
 */
function positionInBody(value: string, deputy: boolean): string | null {
  const words = value.split(' ');
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const rest = words.slice(cut).join(' ');
    const body = findIssuers(rest)[0];
    if (body?.start !== 0 || body.end !== rest.length || body.level === null || headAt(body.organ)?.head.kind !== 'state') continue;
    const position = readPosition(words.slice(0, cut).join(' '), deputy);
    if (position !== null) return position;
  }
  return null;
}

/**
 * Share of a position line's letters that must be capitals: OCR turns one or
 * two letters of `CHỦ TỊCH` small (`CHt TỊCH`), while a sentence of the body
 * naming a position (`Chủ tịch`) has one capital of several letters.
 */
const POSITION_CAPITALS = 0.8;

function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && capitals.length >= POSITION_CAPITALS * letters.length;
}

/** A deputy's position: Phó …, or Thứ trưởng (a minister's deputy). */
const isDeputy = (position: string): boolean => /^(?:Phó|Thứ)\s/u.test(position);

/**
 * A signer's name as the record writes it, or null: two to five capitalised
 * words and nothing else (`Trần Đức Tuấn`), or the same in capitals when the
 * first is a surname (`NGUYỄN VĂN AN`). Never a place: not a level word first
 * (`Xã Khe Tre`), nor a unit's name that opens with no surname (`Thường Xuân`).
 * Never a heading that opens with a surname-like word (`PHỤ LỤC KÈM THEO`,
 * `DANH SÁCH KHEN THƯỞNG`): the words after the surname must read, on
 * average, as name syllables rather than as running text — a given name the
 * name lists lack (`Bi`, `Đệ`) is still rare in text, a heading's words common.
 */
export function readPersonalName(text: string): string | null {
  const value = text.trim().replace(/\s+/g, ' ');
  const words = value.split(' ');
  if (words.length < 2 || words.length > 5) return null;
  const titled = words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  const capitals = words.every((w) => /^\p{Lu}+$/u.test(w)) && nameSyllablesLike(titleCase(words[0]!), 'surname').length > 0;
  if (!titled && !capitals) return null;
  const name = capitals ? titleCase(value) : value;
  if (vocabulary().levels.some((l) => phraseKeys(l)[0] === phraseKeys(words[0]!)[0])) return null;
  if (nameSyllableCount(name.split(' ')[0]!, 'surname') === 0 && isKnownPlace(name)) return null;
  const rest = name.split(' ').slice(1);
  const evidence = rest.reduce((sum, w, i) => sum + letterEvidence(w, i === rest.length - 1 ? 'given' : 'middle'), 0);
  if (evidence / rest.length < MIN_GIVEN_NAME_EVIDENCE) return null;
  return name;
}

/**
 * Mean log ratio (name share over text share) the syllables after the surname
 * need: names run from about 0 (Trường Lưu, Minh Chính: common words that are
 * also names) upward, headings' words lie at −1.5 and below (Lục, Khen,
 * Theo); a name may use its syllables a third as often as text does.
 */
const MIN_GIVEN_NAME_EVIDENCE = -1;

/**
 * A syllable's name evidence as written or as the likeliest name with its
 * letters: restoration may have put a common word's marks on a name
 * (`Vẫn` for Văn) that remarkName puts right; a heading's letters spell no name.
 */
function letterEvidence(word: string, position: 'middle' | 'given'): number {
  return Math.max(givenNameEvidence(word), ...nameSyllablesLike(word, position).slice(0, 1).map(givenNameEvidence));
}

/** `(Đã ký)`, `(đã ký)`, `(Ký)`: the mark a copy prints where the signature stood. */
export const SIGNED_MARK = /^\(\s*(?:đã\s+)?ký\s*\)$/iu;

/**
 * A position of the table spelt exactly as the table spells it (`Chủ tịch`, `Phó Chủ tịch`): how a copy may print
 * the line under the authority or above its `(Đã ký)`. Taken only there, where no sentence of the body can stand.
 */
export function writtenPosition(text: string): string | null {
  return vocabulary().plan.positions.find((p) => p === text.trim()) ?? null;
}

/** `NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`: the state's name under a central body's, nothing else. */
export function namesState(text: string): boolean {
  const keys = phraseKeys(text);
  return keys[0] === 'nuoc' && keys.slice(1).join(' ') === phraseKeys(vocabulary().plan.nationalName).join(' ');
}

/**
 * The name a law library prints right above its `(Đã ký)` (the copy's mark where the signature stood, NĐ 30 Phụ lục I:
 * họ tên người ký under the signature): there only the signer's name stands, so a name the registers cannot vouch for
 * (a pen name that is also a street's, `Trường Chinh`) is read as written. Two to four words in title case, and none
 * of what else a signature block holds: no position, no body, no level word.
 */
export function nameOverSignedMark(text: string): string | null {
  const value = text.trim().replace(/\s+/g, ' ');
  const words = value.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  // A head that names a place of work (`Trường`, `Viện`) needs its kind of school or institute after it: one word
  // after it is a given name (`Trường Chinh`), more may be a body's name.
  const head = headAt(value)?.head;
  if (writtenPosition(value) !== null || readPosition(value) !== null || (head && (head.kind !== 'named' || words.length > 2))) return null;
  if (vocabulary().levels.some((l) => phraseKeys(l)[0] === phraseKeys(words[0]!)[0])) return null;
  return value;
}

/** Whether the line is a personal name (see readPersonalName). */
export const isPersonalName = (text: string): boolean => readPersonalName(text) !== null;

/**
 * The signature and the seal stand over and beside the signer's name (NĐ 30 Phụ lục I: chữ ký, dấu); OCR reads a
 * stroke of them at the name's edge as a sign no name holds (`Đỗ Ngọc An $`, state-2026d 058's scan), apart from it.
 */
const SIGNATURE_SPECKS = /^[$|*~^#§¢€£@%&_\\]{1,2}\s+|\s+[$|*~^#§¢€£@%&_\\]{1,2}$/gu;

/**
 * Reads the first signature block from the lines of the signature column, in
 * order: the authority right above the position (KT. under TM.), the position,
 * and the first name under them.
 */
export function readSigner(lines: readonly Line[]): FoundSigner {
  let authority: { value: string; line: number } | null = null;
  let position: { value: string; line: number } | null = null;
  let name: { value: string; line: number } | null = null;
  // A name-like line above the block (a stray recipient) counts only when no block follows.
  let early: { value: string; line: number } | null = null;
  let wordOnly = -1;
  let byMark = false;
  const bareAuthority = bareAuthorityPattern();
  for (const [i, line] of lines.entries()) {
    if (name !== null) break;
    if (i === wordOnly) continue;
    // A page that breaks the signature column at every space sets the authority's word on a line of its own
    // (`K/T` / `TRƯỞNG BAN` / `PHÓ TRƯỞNG BAN`): alone it names nothing, with the line under it it is the authority.
    const wordAbove: string | null = position === null && lines[i + 1] !== undefined ? bareAuthorityWord(line.text, bareAuthority) : null;
    const joinedAuthority: string | null = wordAbove === null ? null : readAuthority(`${wordAbove} ${lines[i + 1]!.text.trim()}`);
    if (joinedAuthority !== null) {
      authority = { value: joinedAuthority, line: lines[i + 1]!.no };
      wordOnly = i + 1;
      continue;
    }
    const block: ReturnType<typeof readBlockLine> = position === null ? readBlockLine(line.text) : null;
    if (block) {
      authority = { value: block.authority, line: line.no };
      position = { value: block.position, line: line.no };
      continue;
    }
    if (authority !== null && authority.line === lines[i - 1]?.no && position === null) {
      const joined = continuedAuthority(lines[i - 1]!.text, line.text);
      if (joined !== null) {
        authority = { value: joined, line: line.no };
        continue;
      }
    }
    // The authority right above the position is the block's (KT. under TM.): one OCR garbled leaves the field empty.
    if (position === null && isGarbledAuthority(line.text)) {
      authority = null;
      continue;
    }
    const asAuthority = readAuthority(line.text);
    // Right under the authority, or under the state's name that a central body's authority wraps onto (`TM. HỘI ĐỒNG
    // NHÀ NƯỚC` / `NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), or right above the copy's `(Đã ký)`.
    const above = lines[i - 1];
    const underAuthority =
      (authority !== null && (authority.line === above?.no || (authority.line === lines[i - 2]?.no && above !== undefined && namesState(above.text)))) ||
      SIGNED_MARK.test(lines[i + 1]?.text.trim() ?? '');
    const asPosition: string | null = asAuthority
      ? null
      : (readPosition(line.text, authority?.value.startsWith('K') ?? false) ?? (underAuthority ? writtenPosition(line.text) : null));
    if (asAuthority && position === null) authority = { value: asAuthority, line: line.no };
    else if (asPosition && position === null) position = { value: asPosition, line: line.no };
    // Two titles stacked with no authority read (`TRƯỞNG BAN` / `PHÓ TRƯỞNG BAN`, its `K/T` lost to OCR): the upper is
    // the head's the authority signs for, the lower the signer's own (NĐ 30 Phụ lục I: quyền hạn, then chức vụ).
    else if (asPosition && authority === null && position !== null && position.line === above?.no) position = { value: asPosition, line: line.no };
    else {
      const unspecked = line.text.replace(SIGNATURE_SPECKS, '');
      const vouched = readPersonalName(unspecked);
      const personal = vouched ?? (SIGNED_MARK.test(lines[i + 1]?.text.trim() ?? '') ? nameOverSignedMark(unspecked) : null);
      if (personal === null) continue;
      byMark = vouched === null;
      const found = { value: personal, line: line.no };
      if (authority !== null || position !== null) name = found;
      else early ??= found;
    }
  }
  name ??= early;
  const found = [authority, position, name].filter((f) => f !== null);
  const authorityText = authority === null ? undefined : lines.find((l) => l.no === authority!.line)?.text;
  const authorityWords = authorityText === undefined ? undefined : authorityParts(authorityText)?.[2];
  return {
    smallLetters: authorityWords !== undefined && !isUpperCase(authorityWords),
    signer: { name: name?.value ?? null, position: position?.value ?? null, authority: authority?.value ?? null },
    ...(name !== null && byMark ? { nameByMark: true } : {}),
    lines: found.length
      ? { from: Math.min(...found.map((f) => f.line)), to: Math.max(...found.map((f) => f.line)) }
      : null,
  };
}

const NAME_POSITIONS = ['surname', 'middle', 'given'] as const;
/** A guessed syllable this many times rarer than the usual spelling of its letters is taken for a slip. */
const RARE_NAME_RATIO = 20;

/**
 * A signer's name whose marks restoration had to guess (the text came without
 * them): a syllable never or hardly ever seen at its place in a name (`Hộ` as
 * a surname, `Thì` as a middle name) becomes the most frequent one with the
 * same letters (`Hồ`, `Thị`). Syllables the text had as they are, or already
 * plausible, stay.
 */
export function remarkName(name: string, guessed: (syllable: string) => boolean): string {
  const words = name.split(' ');
  return words
    .map((word, i) => {
      if (!guessed(word)) return word;
      const position = NAME_POSITIONS[i === 0 ? 0 : i === words.length - 1 ? 2 : 1];
      const best = nameSyllablesLike(word, position)[0];
      if (best === undefined) return word;
      // Seen, but as a stray next to a common spelling (`Nguyên` once, `Nguyễn` thousands of times): the common one.
      return nameSyllableCount(word, position) * RARE_NAME_RATIO >= nameSyllableCount(best, position) ? word : best;
    })
    .join(' ');
}

/**
 * The syllables of a signer's name that neither the registers nor the decoder
 * vouch for: restored by the decoder as running text, unsure of its reading
 * (`De` read as Đề of Đề án), with letters no name in the registers spells at
 * that place. Such a name is a guess: better none and a warning.
 */
export function unvouchedSyllables(name: string, decoded: readonly { to: string; confidence: number; rule: string }[]): string[] {
  const words = name.split(' ');
  return words.filter((word, i) => {
    const position = NAME_POSITIONS[i === 0 ? 0 : i === words.length - 1 ? 2 : 1];
    const unsure = decoded.some((c) => c.to === word && c.rule === 'decoder' && c.confidence < SURE_CONFIDENCE);
    return unsure && nameSyllablesLike(word, position).length === 0;
  });
}

/**
 * Smoothing of the spelling share (tuned with scripts/eval-names.ts on the
 * names of the corpora's held-out half): each spelling of the letters counts
 * SPELLING_PRIOR more at its place in a name, and names the registers never
 * met (Hồi, Đam, Lĩnh: a register of 8,757 names misses many, and a spelling
 * seen once is no proof) share UNSEEN_SPELLINGS more; a middle name counts
 * its uses as a given name at OTHER_PLACE_SHARE, and the reverse, as the name
 * model does.
 */
const SPELLING_PRIOR = 0.5;
const UNSEEN_SPELLINGS = 1;
const OTHER_PLACE_SHARE = 0.2;
/**
 * The share under which a restored syllable's spelling is a guess to flag, at
 * its place in the name, chosen so that a name at the threshold, not only the
 * names above it taken together, is right 98 % of the time (the promise a name
 * given without a warning makes): of the 403 names of officials in the
 * held-out corpora (after đồng chí, ông, bà, a title or a position; each half
 * against tables built without it, scripts/eval-names.ts), those whose given
 * name's share lay in 0.92–0.95 were right 42 times in 43 (Binh read Bình at
 * 0.949), those at 0.95 and over 57 in 57, and surnames and middle names at
 * 0.8–0.9 6 in 6. A given name, the syllable names vary most, needs more: Mai
 * (0.94) may be Mãi, Phong Phòng, names a register of 8,757 has not met.
 */
const SURE_SPELLING_SHARE: Record<NamePosition, number> = { surname: 0.8, middle: 0.8, given: 0.95 };
/** Rival spellings a warning names, the likeliest first. */
const MAX_RIVALS = 3;
/** Uses in the registers from which a spelling is no rare one: one name in about a thousand. */
const MIN_KNOWN_SPELLING = 10;

/**
 * How likely a syllable restored without its marks is spelt as restoration
 * chose, among every spelling of its letters, at its place in a name: its
 * count in the registers over theirs, smoothed. `Nguyễn` as a surname (2,746
 * against 3 for the other spellings) is sure; `Thanh` as a middle name (513
 * against Thành 220), `Mã` as a surname (4 against Ma 1) and a given name
 * the registers know a few times (`Hội` 5) are not. A syllable its letters
 * spell one way only is sure.
 */
export function spellingShare(word: string, position: NamePosition): number {
  const counts = spellingCounts(word, position);
  if (counts.length === 1) return 1;
  return (counts[0]!.count + SPELLING_PRIOR) / counts.reduce((sum, c) => sum + c.count + SPELLING_PRIOR, UNSEEN_SPELLINGS);
}

/** Every spelling of the word's letters (its own first) with its count at the position, a middle or given name's uses at the other place counted at OTHER_PLACE_SHARE. */
function spellingCounts(word: string, position: NamePosition): { syllable: string; count: number }[] {
  const other = position === 'middle' ? 'given' : position === 'given' ? 'middle' : null;
  const elsewhere = other === null ? [] : spellingsAt(word, other);
  return spellingsAt(word, position).map((s, i) => ({ syllable: s.syllable, count: s.count + OTHER_PLACE_SHARE * (elsewhere[i]?.count ?? 0) }));
}

/**
 * The syllables of a name whose marks restoration had to choose (the text
 * came without them) where the choice is a guess (spellingShare under
 * SURE_SPELLING_SHARE at its place): for each, its share and the spellings names use
 * instead, most frequent first (`unmet`: of a spelling the registers hold often
 * and alone, the spellings they never met). The name is kept (the likeliest
 * spelling is the better guess) but said to be one.
 */
export function guessedSpellings(name: string, guessed: (syllable: string) => boolean): { syllable: string; share: number; rivals: string[]; unmet: string[] }[] {
  const words = name.split(' ');
  return words.flatMap((word, i) => {
    if (!guessed(word)) return [];
    const position = NAME_POSITIONS[i === 0 ? 0 : i === words.length - 1 ? 2 : 1];
    const share = spellingShare(word, position);
    if (share >= SURE_SPELLING_SHARE[position]) return [];
    const [own, ...others] = spellingCounts(word, position);
    const rivals = others.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
    // A spelling the registers hold often and no other of its letters (Mai, 46 times): the doubt is the spellings
    // they never met (Mãi), which the warning names, where a rare one (Cua) is doubted for its own rarity.
    const unmet = rivals.length === 0 && (own?.count ?? 0) >= MIN_KNOWN_SPELLING ? others.map((r) => titleCase(r.syllable)) : [];
    return [{ syllable: word, share, rivals: rivals.slice(0, MAX_RIVALS).map((r) => titleCase(r.syllable)), unmet: unmet.slice(0, MAX_RIVALS) }];
  });
}
