// The header above the title: letterhead (cơ quan chủ quản, cơ quan ban hành),
// quốc hiệu and tiêu ngữ, `Số: 37/KH-UBND`, `Cát Nê, ngày 20 tháng 02 năm 2024`.
// Its two columns often arrive squashed on one line (`XÃ CÁT NÊ Độc lập — Tự do
// — Hạnh phúc`, `Số: 37/KH-UBND Cát Nê, ngày …`); the right column is cut off
// at the quốc hiệu / tiêu ngữ, the number and date are read where they stand.
import { findDates } from './dates.js';
import { cleanValue, findPhrase, phraseKeys, tokenize } from './fold.js';
import type { Line } from './lines.js';
import { findIssuers, findLevelAndLocality } from './organs.js';
import { readSymbol } from './symbols.js';
import { vocabulary } from './vocabulary.js';
import type { DocumentNumber, LineRange } from '../types.js';

export interface Letterhead {
  organ: string | null;
  level: string | null;
  locality: string | null;
  lines: LineRange;
}

export interface Header {
  documentNumber: (DocumentNumber & { lines: LineRange }) | null;
  place: string | null;
  issuedDate: string | null;
  /** The line of the place and date. */
  dateLine: number | null;
  letterhead: Letterhead | null;
}

// `Số`, and OCR's `S6`, `So`, `Sé` for it.
const NUMBER_LABEL = /^\s*[Ss](?:ố|ô|o|6|0|é|ó|ồ|ỗ|ộ)?\s*[:.]?/u;

/** The left column of a squashed line: what stands before the quốc hiệu or the tiêu ngữ. */
export function leftColumn(text: string): string {
  const plan = vocabulary().plan;
  const tokens = tokenize(text);
  const cuts = [plan.nationalName, plan.motto]
    .map((phrase) => findPhrase(tokens, phraseKeys(phrase)))
    .filter((i) => i >= 0)
    .map((i) => tokens[i]!.start);
  return cuts.length ? text.slice(0, Math.min(...cuts)) : text;
}

/** `Số: 37/KH-UBND …` at the start of a line: the number and what follows it. */
export function readNumberLine(text: string): { documentNumber: DocumentNumber; rest: string } | null {
  const label = NUMBER_LABEL.exec(text);
  if (!label) return null;
  const symbol = readSymbol(text, label[0].length);
  if (!symbol) return null;
  return {
    documentNumber: { number: symbol.number, symbol: symbol.symbol, text: symbol.text },
    rest: text.slice(symbol.end),
  };
}

/** `Cát Nê, ngày 20 tháng 02 năm 2024` -> place and ISO date. */
export function readPlaceAndDate(text: string): { place: string | null; date: string } | null {
  const date = findDates(text)[0];
  if (!date) return null;
  const place = cleanValue(text.slice(0, date.start));
  return { place: place === '' ? null : place, date: date.iso };
}

const isRule = (text: string): boolean => /^[\s\-_=*.–—~]*$/u.test(text);

export function readHeader(lines: readonly Line[]): Header {
  const header: Header = { documentNumber: null, place: null, issuedDate: null, dateLine: null, letterhead: null };
  const letterheadLines: Line[] = [];
  for (const line of lines) {
    let text = leftColumn(line.text);
    const numbered = header.documentNumber === null ? readNumberLine(text) : null;
    if (numbered) {
      header.documentNumber = { ...numbered.documentNumber, lines: { from: line.no, to: line.no } };
      text = numbered.rest;
    }
    const dated = header.issuedDate === null ? readPlaceAndDate(text) : null;
    if (dated) {
      header.place = dated.place;
      header.issuedDate = dated.date;
      header.dateLine = line.no;
      continue;
    }
    if (!numbered && !isRule(text)) letterheadLines.push({ no: line.no, text: text.trim() });
  }
  header.letterhead = readLetterhead(letterheadLines);
  return header;
}

/**
 * The issuing organ of the letterhead: `ỦY BAN NHÂN DÂN` over `XÃ CÁT NÊ`, or
 * one line `ỦY BAN NHÂN DÂN HUYỆN X`, or only `HUYỆN X` (organ left to the
 * symbol or the body).
 */
export function readLetterhead(lines: readonly Line[]): Letterhead | null {
  if (lines.length === 0) return null;
  const range = { from: lines[0]!.no, to: lines[lines.length - 1]!.no };
  const joined = lines.map((l) => l.text).join(' ');
  const mention = findIssuers(joined)[0];
  if (mention) return { organ: mention.organ, level: mention.level, locality: mention.locality, lines: range };
  for (const line of lines) {
    const place = findLevelAndLocality(line.text);
    if (place) return { organ: null, level: place.level, locality: place.locality, lines: { from: line.no, to: line.no } };
  }
  return null;
}
