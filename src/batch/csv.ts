// RFC 4180 CSV: CRLF line ends, a field quoted when it holds a quote, comma or
// line break, quotes doubled. The file starts with a UTF-8 BOM because Excel
// reads BOM-less CSV in the local code page and garbles Vietnamese.

export type CsvValue = string | number | null;

const BOM = '\uFEFF';

// A text cell starting with one of these is run as a formula by spreadsheet
// tools (CSV injection); a leading apostrophe makes them show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join('');
}
