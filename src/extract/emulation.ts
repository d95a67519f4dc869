// Phong trào thi đua the document launches or organises (Luật Thi đua, khen
// thưởng 2022 Điều 6–8; NĐ 98/2023 Điều 3: a movement has a name or theme, a
// time, đối tượng and hình thức khen thưởng): its theme (chủ đề, the quoted
// name of the movement) and its period (thời gian: `Từ ngày 01/01/2024 đến
// hết ngày 31/12/2024`, `từ tháng 10 năm 2025 đến hết tháng 3 năm 2026`, the
// waves `Đợt 1 … Đợt 2 …`, or the years of `giai đoạn 2021 - 2025`).
// Only a document that organises a movement has them: a `Chủ đề` of an action
// month, a quoted Chỉ thị subject, a slogan are not themes, and no period is
// guessed for a plan that launches nothing. Without a theme there is no period.
import { findDates, findMonths, findPhaseYears, findWholeYear, type FoundDate } from './dates.js';
import { cleanValue, foldSameLength, phraseKeys, tokenize } from './fold.js';
import type { Paragraph } from './lines.js';
import { findHeading, opensWith, subtreeParagraphs, walk, type OutlineNode } from './outline.js';
import { phraseAtStrict } from './spelling.js';
import { vocabulary } from './vocabulary.js';
import type { LineRange } from '../types.js';

export interface Theme {
  theme: string;
  lines: LineRange;
}

export interface Period {
  from: string | null;
  to: string | null;
  lines: LineRange;
}

export interface TitleText {
  text: string;
  lines: LineRange;
}

export interface EmulationInput {
  outline: readonly OutlineNode[];
  title: TitleText | null;
  /** Every paragraph of the body, preamble included. */
  paragraphs: readonly Paragraph[];
  /** The type its heading gives the document (`Kế hoạch`, `Nghị quyết`); null without one (a letter, or a heading OCR lost). */
  documentType: string | null;
}

export interface Emulation {
  /** Whether the document organises a movement at all (its đối tượng and hình thức khen thưởng count only then). */
  organises: boolean;
  theme: Theme | null;
  period: Period | null;
  warnings: string[];
}

const QUOTED = /[“"«]([^“”"«»]+)[”"»]/u;

/** The first quoted run of a text: “…”, "…" or «…». */
export function firstQuoted(text: string): string | null {
  const m = QUOTED.exec(text);
  return m ? cleanValue(m[1]!) : null;
}

/** Whether a text names a movement: `phát động`, `phong trào`, `đợt thi đua`, `thi đua` (not `thi đua, khen thưởng`). */
function namesMovement(text: string): boolean {
  const body = vocabulary().body;
  const tokens = tokenize(text);
  const not = body.notMovementWords.map(phraseKeys);
  return body.movementWords.some((word) => {
    const keys = phraseKeys(word);
    for (let at = findStrict(tokens, keys); at >= 0; at = findStrict(tokens, keys, at + 1)) {
      if (!not.some((n) => phraseAtStrict(tokens, at, n))) return true;
    }
    return false;
  });
}

function findStrict(tokens: ReturnType<typeof tokenize>, keys: readonly string[], from = 0): number {
  for (let i = Math.max(0, from); i + keys.length <= tokens.length; i++) if (phraseAtStrict(tokens, i, keys)) return i;
  return -1;
}

/**
 * `Về việc khen thưởng … trong phong trào thi đua “…”`, `Tổng kết phong trào …`:
 * a title whose head is commending or reviewing speaks of a movement run
 * before; the document organises none.
 */
function reviewsMovement(title: TitleText): boolean {
  const tokens = tokenize(title.text);
  const { reviewTitleOpeners, regulationIssuing, movementWords } = vocabulary().body;
  const lead = ['về việc', 'về'].map(phraseKeys).find((k) => phraseAtStrict(tokens, 0, k))?.length ?? 0;
  if (reviewTitleOpeners.some((o) => phraseAtStrict(tokens, lead, phraseKeys(o)))) return true;
  // `Về việc ban hành Quy chế công nhận danh hiệu … của phong trào “…”`: a decision issuing a standing rule (NĐ 30
  // Phụ lục III) governs a movement run by others; only one issuing a Kế hoạch launches what it names.
  if (regulationIssuing.some((o) => phraseAtStrict(tokens, lead, phraseKeys(o)))) return true;
  // `Hướng dẫn … xét và đề nghị khen thưởng phong trào “…”`: the movement is what is commended, wherever the words stand.
  return reviewTitleOpeners.some((o) => {
    const keys = phraseKeys(o);
    for (let at = findStrict(tokens, keys); at >= 0; at = findStrict(tokens, keys, at + 1)) {
      const after = at + keys.length;
      const movement = movementWords.map(phraseKeys).some((m) => [0, 1].some((gap) => phraseAtStrict(tokens, after + gap, m)));
      if (movement) return true;
    }
    return false;
  });
}

/** Whether the document organises a movement: its title names one, or it has the headings of one. */
export function organisesMovement(outline: readonly OutlineNode[], title: TitleText | null): boolean {
  if (title && reviewsMovement(title)) return false;
  if (title && namesMovement(title.text)) return true;
  const headings = vocabulary().body.movementHeadings;
  return [...walk(outline)].some(({ node }) => headings.some((h) => opensWith(node.text, h)));
}

/** The words between a movement word and the name it gives: `phong trào thi đua “…”`, `đợt thi đua cao điểm “…”`. */
const NAME_DISTANCE = 4;

/**
 * The quoted name that follows a phrase (`phát động`, or any word of a
 * movement) within a few words, those words naming the movement themselves;
 * a quote further on (a slogan, a quoted subject) is not the movement's name.
 */
function nameAfter(text: string, phrase: string, ownOnly = false): string | null {
  const keys = phraseKeys(phrase);
  const tokens = tokenize(text);
  for (let at = findStrict(tokens, keys); at >= 0; at = findStrict(tokens, keys, at + 1)) {
    const after = text.slice(tokens[at]!.start);
    const quote = QUOTED.exec(after);
    if (!quote) return null;
    const between = after.slice(0, quote.index);
    if (tokenize(between).length > NAME_DISTANCE + keys.length || !namesMovement(between)) continue;
    // `phát động phong trào “…” của Thủ tướng Chính phủ`, `… do Trung ương Đoàn phát động`: another's movement, told in the narrative.
    if (ownOnly && OWNER.includes(tokenize(after.slice(quote.index + quote[0].length), 1)[0]?.key ?? '')) continue;
    return cleanValue(quote[1]!);
  }
  return null;
}

/** The quoted name a title gives the movement it organises. */
function nameInTitle(text: string): string | null {
  for (const word of vocabulary().body.movementWords) {
    const name = nameAfter(text, word);
    if (name) return name;
  }
  return null;
}

/** `của`, `do`: the words naming who launched a movement, right after its quoted name. */
const OWNER = ['cua', 'do'];

/** `… phát động phong trào “X” …`: the movement the text itself launches. */
function launchedInBody(paragraphs: readonly Paragraph[]): Theme | null {
  for (const p of paragraphs) {
    const name = nameAfter(p.text, vocabulary().body.launchVerb, true);
    if (name) return { theme: name, lines: { from: p.from, to: p.to } };
  }
  return null;
}

/**
 * `… xây dựng kế hoạch phát động thi đua năm học 2020-2021 với chủ đề “…”`:
 * the sentence that launches the movement gives its chủ đề (NĐ 98/2023 Điều 3)
 * with the quote right after the word, however far from `phát động`. The
 * sentence that issues a plan organising a movement launches it too (`Ủy ban
 * nhân dân tỉnh ban hành Kế hoạch tổ chức phong trào thi đua … với chủ đề
 * “…”`). A chủ đề of something else (`sát với chủ đề năm học “…”`), or in a
 * sentence that launches nothing, is not the movement's.
 */
function themeOfLaunch(paragraphs: readonly Paragraph[]): Theme | null {
  const { launchVerb, planIssuing, themeWord } = vocabulary().body;
  const launches = [launchVerb, ...planIssuing].map(phraseKeys);
  const word = phraseKeys(themeWord);
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    for (const launch of launches) for (let at = findStrict(tokens, launch); at >= 0; at = findStrict(tokens, launch, at + 1)) {
      const sentenceEnd = p.text.slice(tokens[at]!.end).search(/[.;!?](?:\s|$)/u);
      const sentence = p.text.slice(tokens[at]!.end, sentenceEnd < 0 ? undefined : tokens[at]!.end + sentenceEnd);
      const inner = tokenize(sentence);
      if (!namesMovement(sentence)) continue;
      for (let w = findStrict(inner, word); w >= 0; w = findStrict(inner, word, w + 1)) {
        const quote = /^\s*(?::|là)?\s*[“"«]([^“”"«»]+)[”"»]/u.exec(sentence.slice(inner[w + word.length - 1]!.end));
        if (quote) return { theme: cleanValue(quote[1]!), lines: { from: p.from, to: p.to } };
      }
    }
  }
  return null;
}

/**
 * `Ban Chấp hành công đoàn trường … xây dựng kế hoạch tổ chức phong trào thi đua như sau:` / `Phong trào thi đua "…"`:
 * the sentence that issues a plan organising a movement, naming none itself, leads into a body whose first line is
 * the movement's name (NĐ 98/2023 Điều 3: a movement has its name) — a line of the movement's words and the quoted
 * name, nothing more. Such a document organises that movement.
 */
function namedUnderIssuing(paragraphs: readonly Paragraph[]): Theme | null {
  const issuing = vocabulary().body.planIssuing.map(phraseKeys);
  for (let n = 0; n + 1 < paragraphs.length; n++) {
    const tokens = tokenize(paragraphs[n]!.text);
    const at = issuing.map((k) => findStrict(tokens, k)).find((a) => a >= 0);
    if (at === undefined) continue;
    const clause = paragraphs[n]!.text.slice(tokens[at]!.end);
    if (!namesMovement(clause) || QUOTED.test(clause) || !/:\s*$/u.test(clause)) continue;
    const next = paragraphs[n + 1]!;
    const line = next.text.trim();
    const quote = QUOTED.exec(line);
    if (!quote || line.slice(quote.index + quote[0].length).trim() !== '') continue;
    const lead = line.slice(0, quote.index);
    if (!/^\p{Lu}/u.test(lead) || !namesMovement(lead) || tokenize(lead).length > NAME_DISTANCE) continue;
    return { theme: cleanValue(quote[1]!), lines: { from: next.from, to: next.to } };
  }
  return null;
}

/**
 * Chủ đề: “…” under its heading, else the quoted name in the title, else the name the text launches, else
 * `namedUnderIssuing` (the name under the sentence that issues the plan, read once by the caller).
 */
function readTheme(input: EmulationInput, namedUnder: Theme | null): Theme | null {
  const heading = findHeading(input.outline, vocabulary().plan.headings.theme);
  if (heading) {
    for (const p of subtreeParagraphs(heading)) {
      const theme = firstQuoted(p.text);
      if (theme) return { theme, lines: { from: p.from, to: p.to } };
    }
  }
  const fromTitle = input.title ? nameInTitle(input.title.text) : null;
  if (fromTitle && input.title) return { theme: fromTitle, lines: input.title.lines };
  return launchedInBody(input.paragraphs) ?? themeOfLaunch(input.paragraphs) ?? namedUnder;
}

interface Dated {
  date: FoundDate;
  paragraph: Paragraph;
}

const span = (first: Dated, last: Dated): Period => ({
  from: first.date.iso,
  to: last.date.iso,
  lines: { from: first.paragraph.from, to: last.paragraph.to },
});

/** The period under a Thời gian heading: the waves' first start to last end, else the first two dates or months. */
function periodUnder(heading: OutlineNode): Period | null {
  const paragraphs = subtreeParagraphs(heading);
  const datesOf = (ps: readonly Paragraph[], find: (t: string) => FoundDate[]): Dated[] =>
    ps.flatMap((paragraph) => find(paragraph.text).map((date) => ({ date, paragraph })));
  const wave = vocabulary().body.waveWord;
  const waves = paragraphs.filter((p) => opensWith(p.marker?.rest ?? p.text, wave));
  for (const find of [findDates, findMonths]) {
    // Each wave runs from its first date to its second (a later date is a review): first start to last end.
    const ranges = waves.map((w) => datesOf([w], find)).filter((d) => d.length >= 2);
    if (waves.length >= 2 && ranges.length === waves.length) return span(ranges[0]![0]!, ranges[ranges.length - 1]![1]!);
    const dates = datesOf(paragraphs, find);
    if (dates.length >= 2) return span(dates[0]!, dates[1]!);
  }
  for (const p of paragraphs) {
    const phase = findPhaseYears(p.text);
    if (phase) return { from: phase.from, to: phase.to, lines: { from: p.from, to: p.to } };
  }
  for (const p of paragraphs) {
    const year = findWholeYear(p.text);
    if (year) return { ...year, lines: { from: p.from, to: p.to } };
  }
  return null;
}

/** `giai đoạn 2025 - 2030` in a paragraph that names the movement. */
function phaseOfMovement(paragraphs: readonly Paragraph[]): Period | null {
  for (const p of paragraphs) {
    const phase = findPhaseYears(p.text);
    if (phase && namesMovement(p.text.slice(0, phase.start))) return { from: phase.from, to: phase.to, lines: { from: p.from, to: p.to } };
  }
  return null;
}

/** `Mục tiêu cụ thể đến năm 2030`: the year the movement's objectives run to, its end when nothing else states one. */
function objectivesHorizon(outline: readonly OutlineNode[]): Period | null {
  const horizon = (text: string): string | undefined => HORIZON.exec(foldSameLength(text))?.[1];
  const heading = findHeading(outline, vocabulary().plan.headings.objectives, (n) => horizon(n.text) !== undefined);
  const year = heading ? horizon(heading.text) : undefined;
  return heading && year ? { from: null, to: year, lines: { from: heading.paragraph.from, to: heading.paragraph.to } } : null;
}

const HORIZON = /\bden nam ((?:19|20)\d\d)\b/u;

function readPeriod(input: EmulationInput): Period | null {
  const heading = findHeading(input.outline, vocabulary().plan.headings.period);
  const underHeading = heading ? periodUnder(heading) : null;
  if (underHeading) return underHeading;
  const phase = input.title ? findPhaseYears(input.title.text) : null;
  if (phase && input.title) return { from: phase.from, to: phase.to, lines: input.title.lines };
  return phaseOfMovement(input.paragraphs) ?? objectivesHorizon(input.outline);
}

/** The movement the document organises: theme and period, or nothing with the reason in `warnings`. */
export function readEmulation(input: EmulationInput): Emulation {
  // A letter (công văn, công điện, thông báo …) asks others to act; it organises no movement of its own.
  // A letter has no type heading but a trích yếu `V/v …` for its title.
  const letter =
    (input.documentType !== null && vocabulary().body.letterTypes.includes(input.documentType)) ||
    (input.documentType === null && /^\s*V\s*\/\s*v\b/iu.test(input.title?.text ?? ''));
  // The movement's name under the plan's issuing sentence shows that the document organises it, and is its theme's last source.
  const namedUnder = letter ? null : namedUnderIssuing(input.paragraphs);
  if (letter || !(organisesMovement(input.outline, input.title) || namedUnder)) return { organises: false, theme: null, period: null, warnings: [] };
  const theme = readTheme(input, namedUnder);
  if (!theme) {
    const warning = 'emulation: the text speaks of a movement but names none it launches; theme and period left empty';
    return { organises: true, theme: null, period: null, warnings: [warning] };
  }
  const period = readPeriod(input);
  const warnings = period ? [] : ['emulation: no period stated for the movement'];
  return { organises: true, theme, period, warnings };
}
