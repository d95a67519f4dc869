// The header's lines put back into the two columns NĐ 30/2020 Phụ lục I draws
// (letterhead and số ký hiệu on the left; quốc hiệu, tiêu ngữ, địa danh and
// date on the right) when a web page, a table export or a PDF text layer broke
// them: the header table's cells as `|` separators or lines of their own, the
// quốc hiệu wrapped over two lines, `Số:` with its number on the next line,
// `Sóc Trăng, ngày` with the rest of the date under it, or the number run onto
// the letterhead's line (`UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND`).
import { findPhrase, foldSameLength, isUpperCase, phraseKeys, tokenize } from './fold.js';
import { isKnownPlace } from './gazetteer.js';
import type { Line } from './lines.js';
import { documentTypeNames } from './title.js';
import { vocabulary } from './vocabulary.js';

/**
 * A table cell's border, `|` standing free, as the wide gap between two
 * columns that a squashed header line has (a `|` inside a word is OCR's slash: `V|v`).
 */
const cellsAsGaps = (text: string): string => text.replace(/(?:^|\s+)\|(?=\s|$)\s*/gu, '   ').trim();

/**
 * Signs OCR reads from specks and a table's rules at the edge of a header line
 * (`{ HỘI CHỦ NGHĨA VIỆT NAM`, a `\` alone): no header line of NĐ 30 Phụ lục I
 * or HD 36 opens or ends with a brace, bracket, backslash, tilde or caret, so
 * they are dropped (the Party's `*` and a rule's dashes stay).
 */
const strayEdges = (text: string): string => text.replace(/^[{}[\]\\~^]+(?:\s+|$)/u, '').replace(/(?:^|\s+)[{}[\]\\~^]+$/u, '').trim();

/**
 * The quốc hiệu run onto the letterhead's last word without a space
 * (`UBND XÃ VẠN THẮNGCỘNG HÒA XÃ HỘI …`, a table export's cells): a gap put back.
 */
function ungluedNationalName(text: string): string {
  const m = /\p{L}(?=cong hoa xa hoi)/u.exec(foldSameLength(text));
  return m ? `${text.slice(0, m.index + 1)}   ${text.slice(m.index + 1)}` : text;
}

/**
 * `ỦY BAN NHÂN DÂN CỘNG HÒA XaHOI CHỦ NGHĨA VIỆT NAM TỈNH HÀ TĨNH`: a text layer that read the two columns across
 * (NĐ 30 Phụ lục I: the letterhead left, the quốc hiệu right) puts the quốc hiệu, its `xã hội` glued as such layers
 * glue it, between the letterhead's lines. The letterhead's words are joined again, the quốc hiệu goes on a line after.
 */
function nationalNameWithin(text: string): { letterhead: string; nationalName: string } | null {
  const m = /^(.*?\p{L})\s+(cong hoa xa\s*hoi chu nghia viet nam)\s+(\p{L}.*)$/u.exec(foldSameLength(text));
  if (!m) return null;
  const left = text.slice(0, m[1]!.length);
  const right = text.slice(text.length - m[3]!.length);
  if (!isUpperCase(left) || !isUpperCase(right)) return null;
  return { letterhead: `${left} ${right}`, nationalName: text.slice(m[1]!.length, text.length - m[3]!.length).trim() };
}

/** `Số:` (or `So:`) with nothing after it: the number went onto the next line. */
const bareNumberLabel = (text: string): boolean => /^(?:số|so|sô)\s*[:.]?$/u.test(foldSameLength(text.trim()));

/**
 * `Số: 16 -` / `HD/BTCTW`: a narrow cell cut the number after its figure and
 * the dash (a Party number, HD 36) or the slash (NĐ 30) that joins it to the
 * symbol, which goes on on the next line in capitals.
 */
const cutNumber = (text: string, next: string): boolean =>
  /^(?:so|sô)\s*[:.]?\s*\d{1,4}\s*[-/]\s*$/u.test(foldSameLength(text.trim())) && /^\p{Lu}[\p{Lu}\d.&]*[-/]\p{Lu}/u.test(next.trim());

/** A date line cut after `ngày`, its day or its month (`Sóc Trăng, ngày`, `Nam Định, ngày 26`). */
const cutDate = (text: string): boolean =>
  /,\s*ngay(?:\s+\d{1,2})?(?:\s+thang(?:\s+\d{1,2})?)?\s*$/u.test(foldSameLength(text));

/**
 * `Hà` / `Nội, ngày 06 tháng …`: a place name cut between its words by a
 * narrow table cell. Joined only when the whole is a place of the register.
 */
function cutPlace(text: string, next: string): boolean {
  // `Quảng Bình,` / `ngày 25 tháng 5 năm 2015`: the date line wrapped right after its place's comma (NĐ 30 Phụ lục I
  // ô 4: `Địa danh, ngày … tháng … năm …`).
  // The same wrap on a line that carries the tiêu ngữ before the place (`… Hạnh phúc Bắc Giang,` / `ngày 5 tháng 5 …`).
  const afterMotto = /hanh phuc\s+(?=\S[^,]*,\s*$)/u.exec(foldSameLength(text));
  const placeAndComma = /^(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})\s*,$/u.exec((afterMotto ? text.slice(afterMotto.index + afterMotto[0].length) : text).trim());
  if (placeAndComma) return /^ngay\s+\S/u.test(foldSameLength(next.trim())) && isKnownPlace(placeAndComma[1]!);
  // A city's name may keep its `TP` before it and be cut after its second word (`TP Hồ Chí` / `Minh, ngày …`).
  const cut = /^(?:(?:TP|Tp|TX|Tx)\.?\s+)?(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2})$/u.exec(text);
  if (cut === null) return false;
  const rest = /^(\p{Lu}[\p{L} ]*?),\s*(?:ngày|ngay)\b/u.exec(next.trim());
  return rest !== null && isKnownPlace(`${cut[1]} ${rest[1]}`);
}

/** What goes on from a cut date line: a day, `tháng` or `năm`. */
const goesOnDate = (text: string): boolean => /^(?:\d{1,2}\b|thang\b|nam\b)/u.test(foldSameLength(text.trim()));

/** `… Số: 172/…` after other words: where the number label starts, else -1. */
function numberLabelInside(text: string): number {
  const m = /\s(?:số|so|sô)\s*:\s*[\d/]/u.exec(foldSameLength(text));
  return m && text.slice(0, m.index).trim() !== '' ? m.index + 1 : -1;
}

/**
 * `Nghị quyết số: 653/2019/UBTVQH14`: the type name some bodies put before the
 * label, dropped so the line reads as a number line.
 */
function dropTypeBeforeLabel(text: string): string {
  const folded = foldSameLength(text);
  for (const name of documentTypeNames()) {
    const key = foldSameLength(name);
    if (folded.startsWith(key) && /^\s+(?:số|so)\s*:?\s*[\d/]/u.test(folded.slice(key.length))) return text.slice(key.length).trim();
  }
  return text;
}

/**
 * Whether `text` opens with the quốc hiệu, whole, or with the heading the
 * Party (HD 36) and the Đoàn write in its place (`ĐẢNG CỘNG SẢN` / `VIỆT NAM`
 * in a narrow cell).
 */
function opensWithNationalName(text: string): boolean {
  const tokens = tokenize(text);
  return vocabulary().frameHeadings.some((h) => findPhrase(tokens, phraseKeys(h)) === 0);
}

/**
 * The header's lines rejoined and split as the two columns have them; a
 * rejoined line takes the number of its last line (where the date or the
 * number ends, and what follows starts after it).
 */
export function restoreHeaderLines(lines: readonly Line[]): Line[] {
  const cells = lines.map((l) => ({ no: l.no, text: ungluedNationalName(cellsAsGaps(strayEdges(l.text))) })).filter((l) => l.text !== '');
  const out: Line[] = [];
  for (let i = 0; i < cells.length; i++) {
    let line = cells[i]!;
    let text = line.text;
    // A text layer that reads the two columns by rows: `Số:` / `CỘNG HÒA …` / `/KH-UBND`. The number goes back to
    // its label, the quốc hiệu stays a line of its own.
    const across = cells[i + 1];
    const number = cells[i + 2];
    if (bareNumberLabel(text) && across && number && opensWithNationalName(across.text) && /^[\d/]/u.test(number.text)) {
      out.push({ no: across.no, text: across.text });
      cells[i + 1] = { no: number.no, text: `${text} ${number.text}` };
      continue;
    }
    // The quốc hiệu wrapped over two to four lines (`CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`). It holds no stop
    // (NĐ 30 Phụ lục I): one opening a wrapped piece is a speck OCR read (`CỘNG` / `: HÒA XÃ HỘI …`).
    if (!opensWithNationalName(text)) {
      for (let k = 1; k <= 3 && i + k < cells.length; k++) {
        const joined = cells
          .slice(i, i + k + 1)
          .map((c, j) => (j > 0 ? c.text.replace(/^[:;.,]\s+/u, '') : c.text))
          .join(' ');
        if (opensWithNationalName(joined)) {
          text = joined;
          i += k;
          line = cells[i]!;
          break;
        }
      }
    }
    const interleaved = nationalNameWithin(text);
    if (interleaved) {
      out.push({ no: line.no, text: interleaved.letterhead });
      text = interleaved.nationalName;
    }
    const following = cells[i + 1];
    if (following && cutPlace(text, following.text)) {
      text = `${text} ${following.text}`;
      i += 1;
      line = following;
    }
    // A date line may be cut more than once (`Nhân Khang, ngày` / `tháng` / `năm 2016`, day and month left blank).
    for (let next = cells[i + 1]; next; next = cells[i + 1]) {
      if (!((bareNumberLabel(text) && /^[\d/]/u.test(next.text)) || cutNumber(text, next.text) || (cutDate(text) && goesOnDate(next.text)))) break;
      text = `${text} ${next.text}`;
      i += 1;
      line = next;
    }
    text = dropTypeBeforeLabel(text);
    const label = numberLabelInside(text);
    if (label >= 0) {
      out.push({ no: line.no, text: text.slice(0, label).trim() }, { no: line.no, text: text.slice(label) });
    } else {
      out.push({ no: line.no, text });
    }
  }
  return out;
}
