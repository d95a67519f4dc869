// Căn cứ: the documents the preamble cites, each as
//   <type> [số] <number/symbol> ngày <date> của <issuer> <subject>
// A paragraph may cite several, separated by `;` — but a subject may hold `;`
// too, so a citation runs to the next citation, not to the next `;`.
import { findDates } from './dates.js';
import { cleanValue, phraseAt, phraseKeys, startsWithPhrase, tokenize, type Token } from './fold.js';
import { rangeOf, type Paragraph } from './lines.js';
import { isOfWord, normalizeOrganName } from './organs.js';
import { readSymbol, type DocumentSymbol } from './symbols.js';
import { documentTypeNames } from './title.js';
import { vocabulary } from './vocabulary.js';
import type { LegalBasis, LineRange } from '../types.js';

interface Citation {
  documentType: string;
  symbol: DocumentSymbol;
  /** Offset of the type name that opens the citation. */
  start: number;
}

// `số` and OCR's `s`, `s6`, `sé`, `sb` for it.
const isNumberWord = (t: Token | undefined): boolean => t !== undefined && /^s[a-z]?$/.test(t.key) && t.text.length <= 3;

/** Every `<type> số <number>` in the text, in order. */
export function findCitations(text: string): Citation[] {
  const tokens = tokenize(text);
  const types = documentTypeNames().map((name) => ({ name, keys: phraseKeys(name) }));
  const found: Citation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const type = types.find((t) => phraseAt(tokens, i, t.keys));
    if (!type) continue;
    let next = i + type.keys.length;
    if (isNumberWord(tokens[next])) next++;
    const symbol = readSymbol(text, tokens[next - 1]!.end);
    // The number must follow at once: `Quyết định này` or `Kế hoạch của UBND` cite nothing.
    if (!symbol || symbol.start - tokens[next - 1]!.end > 3) continue;
    found.push({ documentType: type.name, symbol, start: tokens[i]!.start });
    while (i + 1 < tokens.length && tokens[i + 1]!.start < symbol.end) i++;
  }
  return found;
}

/** Whether a paragraph opens the preamble: `Căn cứ …`, or `Thực hiện` + a cited document. */
export function opensPreamble(text: string): boolean {
  const [basedOn, implementing] = vocabulary().plan.preambleOpeners;
  if (basedOn !== undefined && startsWithPhrase(text, basedOn)) return true;
  if (implementing === undefined || !startsWithPhrase(text, implementing)) return false;
  const first = findCitations(text)[0];
  return first !== undefined && first.start <= implementing.length + 2;
}

const SENTENCE_END = /\.\s+(?=\p{Lu})/u;

/** Issuer and subject of a citation, read between its date and `end`. */
function issuerAndSubject(text: string, from: number, end: number): Pick<LegalBasis, 'issuer' | 'subject'> {
  const plan = vocabulary().plan;
  const tokens = tokenize(text.slice(0, end)).filter((t) => t.start >= from);
  if (!isOfWord(tokens[0])) {
    return { issuer: null, subject: cleanOrNull(text.slice(from, end)) };
  }
  const openers = plan.issuerSubjectOpeners.map(phraseKeys);
  const subjectAt = tokens.findIndex((_, i) => i > 1 && openers.some((keys) => phraseAt(tokens, i, keys)));
  const issuerEnd = subjectAt < 0 ? end : tokens[subjectAt]!.start;
  const issuer = cleanValue(normalizeOrganName(text.slice(tokens[1]?.start ?? end, issuerEnd)));
  return {
    issuer: issuer === '' ? null : issuer,
    subject: subjectAt < 0 ? null : cleanOrNull(text.slice(issuerEnd, end)),
  };
}

function cleanOrNull(text: string): string | null {
  const value = cleanValue(text);
  return value === '' ? null : value;
}

export interface FoundBasis {
  basis: LegalBasis;
  lines: LineRange;
}

/** The documents cited in the preamble's paragraphs, in order. */
export function readLegalBases(preamble: readonly Paragraph[]): FoundBasis[] {
  return preamble.flatMap((paragraph) => {
    const { text } = paragraph;
    const citations = findCitations(text);
    return citations.map((c, i) => {
      const next = citations[i + 1]?.start ?? text.length;
      const sentenceEnd = SENTENCE_END.exec(text.slice(c.symbol.end, next));
      const end = sentenceEnd ? c.symbol.end + sentenceEnd.index + 1 : next;
      const date = findDates(text.slice(c.symbol.end, end)).find((d) => d.start < 12);
      const afterDate = c.symbol.end + (date?.end ?? 0);
      return {
        basis: {
          documentType: c.documentType,
          number: c.symbol.text,
          date: date?.iso ?? null,
          ...issuerAndSubject(text, afterDate, end),
        },
        lines: rangeOf(paragraph, c.start, end),
      };
    });
  });
}
