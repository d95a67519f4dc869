// Nơi nhận: one recipient per `-` line. In a scan read as one column, the
// signature column is interleaved with it (`- UBND tỉnh X; TM. ỦY BAN NHÂN
// DÂN`, `- Như điều 3; CHỦ TỊCH`); that part is cut off and handed to the
// signer as a signature line.
import { cleanValue, isUpperCase, phraseAt, phraseKeys, startsWithPhrase, stripMarks, tokenize } from './fold.js';
import { isBlank, type Line } from './lines.js';
import { readMarker } from './markers.js';
import { nameSyllableCount, nameSyllablesLike } from './gazetteer.js';
import { continuedAuthority, isPersonalName, namesState, readAuthority, readBlockLine, readPersonalName, readPosition } from './signer.js';
import { vocabulary } from './vocabulary.js';

export interface Recipient {
  text: string;
  line: number;
}

export interface Closing {
  recipients: Recipient[];
  /** The heading line, null when the text has none. */
  headingLine: number | null;
  /** Text of the signature column: whole lines and parts cut off recipient lines. */
  signatureLines: Line[];
}

/** Offset where the signature column starts in a line (a TM./KT. or a position in capitals), or -1. */
export function signatureStart(text: string): number {
  const plan = vocabulary().plan;
  const authority = new RegExp(String.raw`(?:^|[\s;:‘’'>])((?:${plan.signatureAuthorities.join('|')})\s?\.)`, 'u').exec(text);
  if (authority) return authority.index + authority[0].indexOf(authority[1]!);
  const tokens = tokenize(text);
  for (const position of plan.positions.map(phraseKeys)) {
    for (let i = 0; i < tokens.length; i++) {
      if (!phraseAt(tokens, i, position)) continue;
      const span = text.slice(tokens[i]!.start, tokens[i + position.length - 1]!.end);
      if (isUpperCase(span)) return tokens[i]!.start;
    }
  }
  return -1;
}

/** A recipient line split from what the signature column left on it. */
function splitColumns(text: string, isLast: boolean): { recipient: string; signature: string } {
  const cut = signatureStart(text);
  let recipient = cut >= 0 ? text.slice(0, cut) : text;
  let signature = cut >= 0 ? text.slice(cut) : '';
  // Every recipient but the last ends with `;`: words after the last `;` are the other column's.
  const semicolon = recipient.lastIndexOf(';');
  const tail = semicolon >= 0 ? recipient.slice(semicolon + 1) : '';
  if (!isLast && tail.trim() !== '' && !/[;.]\s*$/u.test(tail)) {
    signature = `${tail} ${signature}`;
    recipient = recipient.slice(0, semicolon + 1);
  }
  return { recipient, signature: signature.trim() };
}

/**
 * The signer's name squashed onto a recipient line from the other column
 * (`- Lưu: VT, TT.ĐT Thành phố:      Nguyễn Quốc Trung`): a personal name after a
 * wide gap or a colon, ending the line.
 */
function nameAtEnd(text: string): { recipient: string; signature: string } {
  const m = /^(.*)(?:\s{2,}|:\s*)(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*$/u.exec(text);
  const name = m ? readPersonalName(m[2]!) : null;
  if (!m || name === null || nameSyllablesLike(name.split(' ')[0]!, 'surname').length === 0) return { recipient: text, signature: '' };
  return { recipient: m[1]!, signature: m[2]! };
}

/**
 * `- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |`: a row of the closing table read
 * with no `Nơi nhận` heading; its last cell, when the signature opens it, is
 * the signature column's line. Without the heading the left cell is no
 * recipient anyone can vouch for.
 */
function signatureCell(line: Line): Line {
  const cells = line.text.split('|').map((c) => c.trim()).filter((c) => c !== '');
  const last = cells.at(-1);
  return cells.length > 1 && last !== undefined && signatureStart(last) === 0 ? { no: line.no, text: last } : line;
}

/** Reads the closing block: `lines` run from the end of the body to the end of the text. */
export function readClosing(lines: readonly Line[]): Closing {
  const filled = (ls: readonly Line[]): Line[] => ls.filter((l) => !isBlank(l));
  const headingIndex = lines.findIndex((l) => startsWithPhrase(l.text.trim(), vocabulary().plan.recipientsHeading));
  if (headingIndex < 0) return { recipients: [], headingLine: null, signatureLines: filled(lines).map(signatureCell) };
  const heading = lines[headingIndex]!;
  // A signature block may stand above the list, or share the heading's line
  // (`Nơi nhận: TM. ỦY BAN NHÂN DÂN`).
  const closing: Closing = { recipients: [], headingLine: heading.no, signatureLines: filled(lines.slice(0, headingIndex)) };
  const afterHeading = heading.text.replace(/^[^:]*:?/u, '').trim();
  if (afterHeading !== '' && !readMarker(afterHeading)) closing.signatureLines.push({ no: heading.no, text: afterHeading });
  // The list on the heading's line (`Nơi nhận: -Phòng GD&ĐT (Đề nghị); -BGH (T/h); - Lưu (VT)`, a page that ran the
  // lines together): each item still opens with its dash after the `;` that ends the one before.
  const inline = afterHeading !== '' && readMarker(afterHeading) ? afterHeading.split(/;\s*(?=[-–—+]\s?\S)/u).map((text) => ({ no: heading.no, text })) : [];
  const list = [...inline, ...lines.slice(headingIndex + 1)];
  const lastItem = list.map((l) => readMarker(l.text)?.kind).lastIndexOf('dash');
  // Whether the line before was an item's dash standing alone: a web page that set the list's marks apart
  // leaves each dash on a line of its own and the item on the next, whatever mark ends it (`Đại biểu HĐND Huyện:`).
  let loneDash = false;
  // The item of the line before, with what it read, while it has not ended: every item but the last ends with `;`.
  let unended: { recipient: Recipient; read: string } | null = null;
  list.forEach((line, i) => {
    if (isBlank(line)) return;
    if (/^[-–—•+]$/u.test(line.text.trim())) {
      loneDash = true;
      return;
    }
    const afterLoneDash = loneDash;
    loneDash = false;
    const marker = readMarker(line.text);
    const item = unended;
    unended = null;
    if (marker?.kind !== 'dash' && marker?.kind !== 'plus') {
      // A list typed without dashes still ends its items with `;`, and its last is `Lưu: …`.
      const bare = line.text.trim();
      // An item wrapped at the margin (a scan keeps the page's lines: `- … Cổng thông` / `tin điện tử tỉnh;`): the
      // rest under it, with no dash and opening in small letters, is that item's.
      if (item !== null && /^\p{Ll}/u.test(bare) && signatureStart(bare) < 0) {
        const read = `${item.read} ${bare}`;
        item.recipient.text = cleanValue(read);
        if (!/[;.,:]$/u.test(bare)) unended = { recipient: item.recipient, read };
        return;
      }
      const entry = afterLoneDash || /[;]$/u.test(bare) || startsWithPhrase(bare, vocabulary().letterhead.archiveEntry);
      if (entry && signatureStart(bare) < 0 && !isPersonalName(bare)) {
        const value = cleanValue(bare);
        if (value !== '') closing.recipients.push({ text: value, line: line.no });
        return;
      }
      closing.signatureLines.push(line);
      return;
    }
    const split = splitColumns(marker.rest, i === lastItem);
    const { recipient, signature } = split.signature === '' ? nameAtEnd(split.recipient) : split;
    const value = cleanValue(recipient);
    if (value !== '') {
      const pushed = { text: value, line: line.no };
      closing.recipients.push(pushed);
      // The last item ends the list without its `;` (NĐ 30: `Lưu: VT, …`): what follows it is no more of it.
      const last = i === lastItem || startsWithPhrase(value, vocabulary().letterhead.archiveEntry);
      if (signature === '' && !last && !/[;.,:]\s*$/u.test(recipient)) unended = { recipient: pushed, read: recipient };
    }
    if (signature !== '') closing.signatureLines.push({ no: line.no, text: signature });
  });
  return closing;
}

/**
 * A recipient names an organ or a person (NĐ 30/2020 Phụ lục I: Nơi nhận), and
 * an organ's name opens with its head (Sở, Ban, Phòng). Restored without its
 * marks, a head's letters may come back as the word the language model likes
 * better out of a list (`So` as Số, `Ban` as Bản or Bạn). A capitalised word
 * restoration put in (`guessed`) with a one-word head's letters is that head,
 * unless it is a head itself, a position's first word (`Trưởng phòng` is no
 * `Trường`), a word a personal name uses (`Vũ` is no `Vụ`) or a number follows
 * it (`Số 12`). In lower case only inside a run of heads
 * (`các phòng, ban`, `sở, ban, ngành`): after a head and its comma.
 */
export function remarkHeads(text: string, guessed: (word: string) => boolean): string {
  const heads = vocabulary().letterhead.heads.map((h) => h.name).filter((name) => !name.includes(' '));
  const lowerHeads = heads.map((h) => h.toLowerCase());
  const positionOpeners = vocabulary().plan.positions.map((p) => p.split(' ')[0]!.toLowerCase());
  return text.replace(/\p{L}+/gu, (word, at: number) => {
    if (!guessed(word) || /^\s*\d/u.test(text.slice(at + word.length))) return word;
    const capitalised = /^\p{Lu}\p{Ll}*$/u.test(word);
    const listed = /^\p{Ll}+$/u.test(word) && lowerHeads.includes(/(\p{L}+),\s*$/u.exec(text.slice(0, at))?.[1]?.toLowerCase() ?? '');
    if (!(capitalised || listed) || lowerHeads.includes(word.toLowerCase()) || positionOpeners.includes(word.toLowerCase())) return word;
    if (NAME_PLACES.some((place) => nameSyllableCount(word, place) > 0)) return word;
    const head = heads.find((h) => stripMarks(h).toLowerCase() === stripMarks(word).toLowerCase());
    return head === undefined ? word : capitalised ? head : head.toLowerCase();
  });
}

const NAME_PLACES = ['surname', 'middle', 'given'] as const;

/** A line that opens what follows the signature: a heading in capitals, a Phụ lục, a form, a footnote, an article, a list. */
function opensAppendix(text: string): boolean {
  const t = text.trim();
  if (/^\[\d+\]/u.test(t) || /^\(?\s*(?:Ban hành\s+)?[Kk]èm theo/u.test(t)) return true;
  if (vocabulary().letterhead.appendixOpeners.some((o) => startsWithPhrase(t.replace(/^\(/u, ''), o))) return true;
  const marker = readMarker(t);
  if (marker !== null && marker.kind !== 'dash' && marker.kind !== 'plus') return letterWords(marker.rest) >= 2;
  if (isUpperCase(t) && letterWords(t) >= 2 && readAuthority(t) === null && signatureStart(t) !== 0) return true;
  return t.length > 100;
}

/**
 * How many words of the line are letters only (punctuation around them aside):
 * a heading carries words, while the scrawl of a signature OCR'd (`.I. › P4`)
 * is specks, a lone letter and letters mixed with digits.
 */
function letterWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /^\p{L}+$/u.test(w.replace(/^\p{P}+|\p{P}+$/gu, ''))).length;
}

/**
 * Where the closing block ends, given the lines from its start to the end of
 * the text: after the first signature block's name (a `Nơi nhận` list may
 * still follow it), or at the first line that opens an appendix. Returns the
 * line number after the block.
 */
/**
 * NĐ 30 Phụ lục I (quyền hạn, chức vụ của người ký): a signer who holds two offices prints the second under the first
 * (`BỘ TRƯỞNG` / `CHỦ NHIỆM VĂN PHÒNG PHỦ THỦ TƯỚNG`): a line of capitals that opens with a position of the table, right
 * under a position, goes on with the signature; no appendix's heading opens with a position.
 */
function heldWithPosition(above: string, text: string): boolean {
  return readPosition(above) !== null && isUpperCase(text) && vocabulary().plan.positions.some((p) => startsWithPhrase(text, p));
}

export function closingEnd(lines: readonly Line[]): number {
  let signed = false;
  let previous = '';
  // The two columns flattened onto alternate lines (`Nơi nhận:` / `GIÁM ĐỐC` / `- Như trên;` / `(đã ký)` / …): the
  // list runs on past the name until its `Lưu` entry, which NĐ 30 Phụ lục I puts last.
  let signatureSeen = false;
  let interleaved = false;
  let archived = false;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') continue;
    const above = previous;
    previous = t;
    // A central body's authority goes on with the state's name (`TM. HỘI ĐỒNG NHÀ NƯỚC` / `NƯỚC CỘNG HÒA …`): no
    // appendix's quốc hiệu, which has no `NƯỚC`.
    if (continuedAuthority(above, t) !== null || (readAuthority(above) !== null && namesState(t))) continue;
    if (startsWithPhrase(t, vocabulary().plan.recipientsHeading)) {
      signed = false;
      continue;
    }
    if (readAuthority(t) !== null || readPosition(t) !== null || signatureStart(t) === 0 || readBlockLine(t) !== null || heldWithPosition(above, t)) {
      signatureSeen = true;
      continue;
    }
    const marker = readMarker(t);
    const item = marker?.kind === 'dash' || marker?.kind === 'plus';
    interleaved ||= item && signatureSeen;
    if (isPersonalName(t)) {
      signed = true;
      continue;
    }
    if (signed && !(item && interleaved && !archived)) return line.no;
    if (item) {
      archived ||= startsWithPhrase(marker.rest.trim(), vocabulary().letterhead.archiveEntry);
      continue;
    }
    if (opensAppendix(t)) return line.no;
  }
  return (lines[lines.length - 1]?.no ?? 0) + 1;
}
