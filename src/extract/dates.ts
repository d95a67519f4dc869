// Dates as plans write them: `ngày 20 tháng 02 năm 2024`, `ngày   tháng 12 năm
// 2022` (day left blank), `08/3/2022`. Read on mark-free text so that OCR's
// `ngay25 thang 01 nim 2022` reads too.
import { isCalendarDay } from '../calendar.js';
import { foldSameLength } from './fold.js';

export interface FoundDate {
  /** YYYY-MM-DD, YYYY-MM when the day is blank, YYYY when the month is blank too. */
  iso: string;
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number | null): string | null {
  // a blank day (a date signed in by hand) leaves the month alone to check
  if (year < 1900 || year > 2100 || !isCalendarDay(day ?? 1, month)) return null;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

// A year a typist or a crawl split after its century (`16/7/20 21`): two digits can be no year of a date. A crawl
// may glue the next word to it (`ngày 03/12/2021của …`): no further digit, a letter may follow.
// Old OCR splits one before its last digit, glued to the next word (`03/12/202 1cua`: a lone figure glued to a word
// is no number of its own), or reads that digit twice (`18/8/20222`): no date writes a year of five digits.
const YEAR = String.raw`(\d{4}|(?:19|20) \d\d|(?:19|20)\d \d(?=[a-z])|(?:19|20)\d(\d)\4)(?!\d)`;
const yearOf = (text: string): number => Number(text.replace(' ', '').slice(0, 4));
// What a typist leaves where the day or month is written in by hand at signing: spaces, or a run of dots or
// underscores (`ngày ….. tháng 12 năm 2021`, `ngày ___ tháng …`). Never a mark OCR made of handwriting.
const BLANK = String.raw`[.…_]{1,12}`;
// `ng?y D th?ng M n?m YYYY` with the vowels left free for OCR (`ndam`, `nim`). OCR may glue one mark between
// `ngày` and a printed day (`ngày-3 tháng 10`): a speck, or the blank's leader the typist left before it.
// A day a scan left as a letter or two of scrawl (`ngàyẠẠ tháng 7 năm 2016`) is blank.
const WORDED = new RegExp(String.raw`\bng[a-z]{1,3}(?:[-.,:;'](?=\s?\d))?\s*(?:(\d{1,2})|${BLANK}|[a-z]{1,2}(?=\s))?\s*th[a-z]{2,3}\s*(\d{1,2})\s*n[a-z]{1,3}\s*${YEAR}`, 'g');
// `ngày   tháng   năm 2023`: a date line left with day and month blank, read as its year; a day without
// its month (`ngày 05 tháng   năm 2018`) says no more than the year.
// OCR reads what was written in by hand as marks (`ngày ^ 9 tháng^-năm 2020`): a day among them is no reading.
// Or as a letter or two (`ngàyẠẠ tháng ĩ năm 2016`, a scan of a district's plan): no day or month either.
const SCRAWL = String.raw`(?:\s*${BLANK}\s*|\s+|[^a-z\d\n]{1,6}?|\s*[a-z]{1,2}\s+)`;
const YEAR_ONLY = new RegExp(String.raw`\bng[a-z]{1,3}${SCRAWL}(?:\d{1,2}\s+)?th[a-z]{2,3}${SCRAWL}n[a-z]{1,3}\s*(\d{4})\b`, 'g');
// A day or month of figures: OCR reads a 1 as the letter l or I (misreadings.ts: 1L, 1I), beside the figure it
// stands with, and may part the two (`26/1 l/2003`: 26/11/2003). Only within a date of figures, where a letter
// between a figure and the date's slash can be no word.
const FIGURES = String.raw`(\d{1,2}|\d\s?[li]|[li]\d)`;
// OCR sets the narrow 1 of a two-figure month apart from the figure after it (`26/1 1/2003`, the vie model's reading
// of `26/11/2003`): between the day's slash and the year's, `1 0` to `1 2` is a month; a day keeps its figures close.
const MONTH_FIGURES = String.raw`(\d{1,2}|\d\s?[li]|[li]\d|1\s[0-2])`;
const figures = (text: string): number => Number(text.replace(/[li]/gu, '1').replace(/\s/gu, ''));
const NUMERIC = new RegExp(String.raw`\b${FIGURES}\s?[/.-]\s?${MONTH_FIGURES}\s?[/.-]\s?${YEAR}`, 'g');

/** Every date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const folded = foldSameLength(text);
  const found: FoundDate[] = [];
  for (const m of folded.matchAll(WORDED)) {
    const value = iso(yearOf(m[3]!), Number(m[2]), m[1] === undefined ? null : Number(m[1]));
    if (value) found.push({ iso: value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(YEAR_ONLY)) {
    const year = Number(m[1]);
    if (year >= 1900 && year <= 2100) found.push({ iso: String(year), start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const value = iso(yearOf(m[3]!), figures(m[2]!), figures(m[1]!));
    if (value && !found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) {
      found.push({ iso: value, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `giai đoạn 2021 - 2025` -> the two years. */
export function findPhaseYears(text: string): { from: string; to: string; start: number } | null {
  const m = /\bgiai\s+doa?n+\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b/.exec(foldSameLength(text));
  return m ? { from: m[1]!, to: m[2]!, start: m.index } : null;
}

// `tháng 10 năm 2025`, `tháng 3/2026`: a month without its day.
const MONTH = /\bth[a-z]{2,3}\s*(\d{1,2})\s*(?:n[a-z]{1,3}\s*|\/\s*)(\d{4})\b/g;

/** Every month named without a day (`từ tháng 10 năm 2025 đến hết tháng 3 năm 2026`), as YYYY-MM, in order. */
export function findMonths(text: string): FoundDate[] {
  const folded = foldSameLength(text);
  const days = findDates(text);
  const found: FoundDate[] = [];
  for (const m of folded.matchAll(MONTH)) {
    const value = iso(Number(m[2]), Number(m[1]), null);
    const end = m.index + m[0].length;
    if (value && !days.some((d) => d.start < end && m.index < d.end)) found.push({ iso: value, start: m.index, end });
  }
  return found;
}

/**
 * `Thời gian thực hiện: năm 2023`: one calendar year and no other date or year
 * in the text -> its first and last day (a school year, `năm học 2023 - 2024`,
 * is not one).
 */
export function findWholeYear(text: string): { from: string; to: string } | null {
  const folded = foldSameLength(text);
  const years = new Set(folded.match(/\b(?:19|20)\d\d\b/g) ?? []);
  const m = /\bnam\s+((?:19|20)\d\d)\b/.exec(folded);
  if (!m || years.size !== 1 || findDates(text).length > 0 || findMonths(text).length > 0) return null;
  return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
}
