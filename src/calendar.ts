// The figures of a date as Vietnamese documents write them (day/month/year,
// `ngày 20 tháng 02 năm 2024`), shared by OCR, which keeps a second reading
// of a date only when it is one, and extraction, which reads the record's dates.

/**
 * Whether a day and month of figures can be a day of the calendar: a day
 * 1–31, a month 1–12. The month's own length is not asked: a typist's
 * 31/4 is a slip in a date, not another kind of word.
 */
export function isCalendarDay(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
