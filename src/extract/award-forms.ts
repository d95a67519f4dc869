// Hình thức khen thưởng: each form (Bằng khen, Giấy khen, Huân chương …) with
// who grants it (`của Chủ tịch UBND xã` -> `Chủ tịch Ủy ban nhân dân xã`),
// from the award-forms item and what is under it, running text included.
import { capitalizeFirst, cleanValue, phraseAt, phraseKeys, tokenize } from './fold.js';
import { rangeOf, type Paragraph } from './lines.js';
import { findIssuers, isOfWord, normalizeOrganName, organForAbbreviation } from './organs.js';
import { findHeading, subtreeParagraphs, VIETNAMESE_ONLY, type OutlineNode } from './outline.js';
import { vocabulary } from './vocabulary.js';
import type { AwardForm, LineRange } from '../types.js';

export interface FoundAwardForm {
  awardForm: AwardForm;
  lines: LineRange;
}

/**
 * The tables' spelling of an organ, unless that rewrites a word the text
 * spells in proper Vietnamese (`Thủ trưởng cơ quan` is not `Thủ tướng`): then
 * only the abbreviations are expanded and the words are kept as written.
 */
function asWritten(raw: string): string {
  const normalized = normalizeOrganName(raw);
  const lower = normalized.toLowerCase();
  const faithful = tokenize(raw)
    .filter((t) => VIETNAMESE_ONLY.test(t.text))
    .every((t) => lower.includes(t.text.toLowerCase()));
  return faithful ? normalized : raw.replace(/\p{L}+/gu, (word) => organForAbbreviation(word) ?? word);
}

/** Who grants it: the organ after `của`, up to punctuation or the next form. */
function grantor(text: string, from: number, to: number): string | null {
  const raw = text.slice(from, to).split(/[;:(.,\n]/u)[0] ?? '';
  const normalized = cleanValue(asWritten(raw));
  if (normalized === '') return null;
  // Keep the organ and its place, drop what follows (`… xã cho các tập thể`).
  const mention = findIssuers(normalized)[0];
  return capitalizeFirst(mention ? normalized.slice(0, mention.end) : normalized);
}

function formsIn(paragraph: Paragraph): FoundAwardForm[] {
  const forms = vocabulary().awardForms.map((name) => ({ name, keys: phraseKeys(name) }));
  const { text } = paragraph;
  const tokens = tokenize(text);
  const hits: { name: string; at: number; length: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = forms.find((f) => phraseAt(tokens, i, f.keys));
    if (!form) continue;
    hits.push({ name: form.name, at: i, length: form.keys.length });
    i += form.keys.length - 1;
  }
  return hits.map((hit, n) => {
    const after = hit.at + hit.length;
    const end = hits[n + 1] ? tokens[hits[n + 1]!.at]!.start : text.length;
    const grantedBy = isOfWord(tokens[after]) && tokens[after + 1] ? grantor(text, tokens[after + 1]!.start, end) : null;
    return { awardForm: { form: hit.name, grantedBy }, lines: rangeOf(paragraph, tokens[hit.at]!.start, end) };
  });
}

/** The forms of award of the movement the document organises; none when it organises none. */
export function readAwardForms(outline: readonly OutlineNode[], organisesMovement: boolean): FoundAwardForm[] {
  if (!organisesMovement) return [];
  const heading = findHeading(outline, vocabulary().plan.headings.awardForms);
  if (!heading) return [];
  const seen = new Set<string>();
  return subtreeParagraphs(heading)
    .flatMap(formsIn)
    .filter(({ awardForm }) => {
      const key = `${awardForm.form}|${(awardForm.grantedBy ?? '').toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
