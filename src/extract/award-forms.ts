// Hình thức khen thưởng: each form (Bằng khen, Giấy khen, Huân chương …) with
// who grants it (`của Chủ tịch UBND xã` -> `Chủ tịch Ủy ban nhân dân xã`),
// from the award-forms item and what is under it, running text included.
import { capitalizeFirst, cleanValue, phraseAt, phraseKeys, tokenize, type Token } from './fold.js';
import { rangeOf, type Paragraph } from './lines.js';
import { findIssuers, isOfWord } from './organs.js';
import { asWritten, phraseAtStrict } from './spelling.js';
import { findHeading, subtreeParagraphs, type OutlineNode } from './outline.js';
import { vocabulary } from './vocabulary.js';
import type { AwardForm, LineRange } from '../types.js';

export interface FoundAwardForm {
  awardForm: AwardForm;
  lines: LineRange;
}

/** Who grants it: the organ after `của`, up to punctuation or the next form. */
function grantor(text: string, from: number, to: number): string | null {
  const clause = text.slice(from, to).split(/[;:(.,\n]/u)[0] ?? '';
  // `… của Hiệu trưởng cho giáo viên …`: whom it is given to is no part of who gives it.
  const tokens = tokenize(clause);
  const ends = vocabulary().body.grantorEnds.map(phraseKeys);
  const stop = tokens.findIndex((_, i) => i > 0 && ends.some((e) => phraseAtStrict(tokens, i, e)));
  const raw = stop < 0 ? clause : clause.slice(0, tokens[stop]!.start);
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
  const body = vocabulary().body;
  const classes = body.awardClasses.map((c) => phraseKeys(c)[0]!);
  const classWord = phraseKeys(body.awardClassWord)[0];
  return hits.map((hit, n) => {
    let after = hit.at + hit.length;
    let form = hit.name;
    // `Huân chương Lao động hạng Ba`: the class belongs to the form.
    if (tokens[after]?.key === classWord && classes.includes(tokens[after + 1]?.key ?? '')) {
      form = `${form} ${text.slice(tokens[after]!.start, tokens[after + 1]!.end)}`;
      after += 2;
    }
    const end = hits[n + 1] ? tokens[hits[n + 1]!.at]!.start : text.length;
    const grantedBy =
      isOfWord(tokens[after]) && tokens[after + 1]
        ? grantor(text, tokens[after + 1]!.start, end)
        : grantorBefore(text, tokens, hit.at, n > 0 ? tokens[hits[n - 1]!.at + hits[n - 1]!.length - 1]!.end : 0);
    return { awardForm: { form, grantedBy }, lines: rangeOf(paragraph, tokens[hit.at]!.start, end) };
  });
}

/**
 * `Chủ tịch UBND huyện tặng Giấy khen`, `đề nghị Ban Thường vụ Tỉnh đoàn tặng
 * Bằng khen`: the grantor written before the verb of giving, within the clause
 * (after the last `,` `;` `:`, and after `đề nghị`, `xét`).
 */
function grantorBefore(text: string, tokens: readonly Token[], at: number, floor: number): string | null {
  const body = vocabulary().body;
  const verbs = body.grantVerbs.map(phraseKeys).sort((a, b) => b.length - a.length);
  const verb = verbs.find((v) => phraseAtStrict(tokens, at - v.length, v));
  if (!verb) return null;
  const verbStart = tokens[at - verb.length]!.start;
  const clauseStart = Math.max(floor, ...[',', ';', ':', '.'].map((c) => text.lastIndexOf(c, verbStart - 1) + 1));
  let raw = text.slice(clauseStart, verbStart);
  const lead = tokenize(raw);
  const requests = body.requestWords.map(phraseKeys);
  for (let i = 0; i < lead.length; i++) {
    const request = requests.find((r) => phraseAtStrict(lead, i, r));
    if (request) raw = raw.slice(lead[i + request.length - 1]!.end);
  }
  const value = cleanValue(asWritten(raw.replace(/^[\s\-–—+]+/u, '')));
  if (value === '' || !/^\p{Lu}/u.test(value)) return null;
  return value;
}

/** The forms of award of the movement the document organises; none when it organises none. */
export function readAwardForms(outline: readonly OutlineNode[], organisesMovement: boolean): FoundAwardForm[] {
  if (!organisesMovement) return [];
  const heading = vocabulary()
    .body.awardHeadings.map((h) => findHeading(outline, h))
    .find((h) => h !== null);
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
