// Dates a record holds that the document's own numbers contradict, and dates a citation opens but does not give.
// Each is said (a warning naming the field) and left as read: which of two printed figures is wrong the text does
// not tell, and a typist's slip is kept as printed as the gold keeps it.
import { findDates } from './dates.js';
import { foldSameLength } from './fold.js';

/** A cited document as the record holds it. */
interface DatedBasis {
  number: string | null;
  date: string | null;
}

/**
 * The year a number gives its document (`3134/2008/QĐ-UBND`): a legal normative document's number is `số/năm ban
 * hành/ký hiệu` (Luật Ban hành văn bản quy phạm pháp luật; NĐ 30/2020 Phụ lục I mục 4), the year it was issued in.
 */
function yearOfNumber(number: string | null): string | null {
  return /^\s*\d+\s*\/\s*((?:19|20)\d\d)\s*\//u.exec(number ?? '')?.[1] ?? null;
}

/** `a` later than `b`, each as precise as the other (`2010-12` against `2010-12-24` is not). */
const later = (a: string, b: string): boolean => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
};

/**
 * Why the issued date cannot stand as read: a year other than the one its number gives, or a day before a document
 * it cites as its basis (a document rests on texts already issued: its căn cứ, NĐ 30 Phụ lục I mục 6). A date line
 * OCR read a figure short (`tháng 2` for `tháng 12`) or whose year wrapped away (a basis's date taken instead) shows
 * so; a typist's slip in a basis's date does too, and is kept. Null when nothing contradicts it.
 */
export function issuedDateDoubt(issuedDate: string | null, numberText: string | null, bases: readonly DatedBasis[]): string | null {
  if (issuedDate === null) return null;
  const year = yearOfNumber(numberText);
  if (year !== null && issuedDate.slice(0, 4) !== year) {
    return `issuedDate: "${issuedDate}" is of another year than its number "${numberText}" gives (${year}): to be checked`;
  }
  const after = bases.find((b) => b.date !== null && later(b.date, issuedDate));
  if (after === undefined) return null;
  const cited = after.number === null ? 'a basis' : `its basis "${after.number}"`;
  return `issuedDate: "${issuedDate}" is earlier than ${cited} of ${after.date}, and a document is issued after what it rests on: to be checked`;
}

/**
 * The words after a cited number that open its date (`ngày`, NĐ 30 Phụ lục I: `số …, ngày …`) where no date reads
 * (`ngày 03/12/202` of a year OCR cut, `ngày 07/0272014`, `ngày 15/8/5014`, a `ngày` ending the clause): the words,
 * for a warning, or null when no `ngày` follows the number or a date does.
 */
export function unreadDate(clause: string, number: string): string | null {
  const at = clause.indexOf(number);
  if (at < 0) return null;
  const rest = clause.slice(at + number.length);
  const opens = /^[\s,]*ng[a-z]{1,3}\b/u.exec(foldSameLength(rest));
  if (opens === null) return null;
  if (findDates(rest).some((d) => d.start < opens[0].length + 4)) return null;
  // The words up to the issuer's `của` or the clause's end, at most three.
  const words = rest.slice(opens[0].length).trim().split(/\s+/u).filter((w) => w !== '');
  const end = words.findIndex((w, i) => i >= 3 || foldSameLength(w) === 'cua');
  const tail = (end < 0 ? words : words.slice(0, end)).join(' ').replace(/[;,.]+$/u, '');
  return `${rest.slice(0, opens[0].length).trim()}${tail === '' ? '' : ` ${tail}`}`;
}
