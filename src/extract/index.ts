// The extractor: restored text in, plan record out. The text is cut into its
// parts (header, title, preamble, body outline, closing) and each part is read
// by its own parser; every value carries the lines it came from. A text that
// is not a plan still yields a record — empty fields and a warning.
import { readAwardForms } from './award-forms.js';
import { findPhrase, phraseAt, phraseKeys, tokenize } from './fold.js';
import { readHeader, type Header } from './header.js';
import { opensPreamble, readLegalBases } from './legal-bases.js';
import { paragraphs as toParagraphs, slice, toLines, type Line, type Paragraph } from './lines.js';
import { readAttachedObjectives, readObjectives } from './objectives.js';
import { findIssuers, issuerName, type IssuerMention } from './organs.js';
import { buildOutline, outlineItems, sections as readSections } from './outline.js';
import { readClosing } from './recipients.js';
import { readAuthority, readSigner } from './signer.js';
import { readTargets } from './targets.js';
import { documentTypeNames, findTypeHeading, readTitle, type Title } from './title.js';
import { readEmulation } from './emulation.js';
import { vocabulary } from './vocabulary.js';
import type { Issuer, LineRange, PlanRecord } from '../types.js';

export interface ExtractOptions {
  /** File name recorded as `sample`. */
  sample: string;
}

/** The document type this extractor is built for. */
const PLAN = 'Kế hoạch';

interface Layout {
  header: Line[];
  typeHeading: { documentType: string; line: number } | null;
  title: Title | null;
  /** Paragraphs between the title and the closing block. */
  body: Paragraph[];
  /** From the recipients (or the line after the closing `./.`) to the end. */
  closing: Line[];
}

/** Cuts the text into header, title, body and closing. */
function layout(lines: readonly Line[]): Layout {
  const all = toParagraphs(lines, opensPreamble);
  const preambleStart = all.find((p) => opensPreamble(p.text))?.from ?? lines.length + 1;
  const typeHeading = findTypeHeading(slice(lines, 1, preambleStart - 1));
  let title: Title | null;
  let header: Line[];
  if (typeHeading) {
    header = slice(lines, 1, typeHeading.line - 1);
    title = readTitle(slice(lines, typeHeading.line + 1, preambleStart - 1), opensPreamble);
  } else {
    // No `KẾ HOẠCH` line: the title is the last paragraph above the preamble.
    const above = all.filter((p) => p.to < preambleStart && preambleStart <= lines.length);
    const last = above[above.length - 1];
    title = last ? { title: last.text, lines: { from: last.from, to: last.to } } : null;
    header = title ? slice(lines, 1, title.lines.from - 1) : [];
  }
  const bodyStart = (title?.lines.to ?? typeHeading?.line ?? 0) + 1;
  const closingStart = findClosingStart(lines, all, bodyStart);
  return {
    header,
    typeHeading,
    title,
    body: all.filter((p) => p.from >= bodyStart && p.to < closingStart),
    closing: slice(lines, closingStart, lines.length),
  };
}

/** The `Nơi nhận` line, or the line after the last paragraph that ends with `./.`, whichever comes first. */
function findClosingStart(lines: readonly Line[], all: readonly Paragraph[], bodyStart: number): number {
  const heading = phraseKeys(vocabulary().plan.recipientsHeading);
  const recipients = lines.find((l) => l.no >= bodyStart && phraseAt(tokenize(l.text), 0, heading))?.no;
  const ending = [...all].reverse().find((p) => p.from >= bodyStart && /\.\/\.\s*$/u.test(p.text))?.to;
  const candidates = [recipients, ending === undefined ? undefined : ending + 1].filter((n) => n !== undefined);
  return candidates.length ? Math.min(...candidates) : lines.length + 1;
}

/** `<organ> <level> <locality> xây dựng / ban hành …` in the preamble: the plan naming its own issuer. */
function selfReference(paragraphs: readonly Paragraph[]): { mention: IssuerMention; line: number } | null {
  const verbs = vocabulary().plan.selfReferenceVerbs.map(phraseKeys);
  let found: { mention: IssuerMention; line: number } | null = null;
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    for (const mention of findIssuers(p.text)) {
      const next = tokens.findIndex((t) => t.start >= mention.end);
      if (next >= 0 && verbs.some((v) => phraseAt(tokens, next, v))) found = { mention, line: p.from };
    }
  }
  return found;
}

/** `xây dựng Kế hoạch`, `Trên đây là Kế hoạch`: the type a text without a type heading gives itself. */
function typeFromBody(paragraphs: readonly Paragraph[]): { documentType: string; line: number } | null {
  const verbs = vocabulary().plan.selfReferenceVerbs.map(phraseKeys);
  const types = documentTypeNames().map((name) => ({ name, keys: phraseKeys(name) }));
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    for (const verb of verbs) {
      for (let at = findPhrase(tokens, verb); at >= 0; at = findPhrase(tokens, verb, at + 1)) {
        const type = types.find((t) => phraseAt(tokens, at + verb.length, t.keys));
        if (type) return { documentType: type.name, line: p.from };
      }
    }
  }
  return null;
}

/** The organ of a symbol's issuer part (`KH-UBND` -> Ủy ban nhân dân). */
function organOfSymbol(symbol: string | null): string | null {
  const abbr = symbol?.split(/[-/]/u).at(-1);
  return vocabulary().organs.find((o) => o.abbr === abbr && /^\p{Lu}/u.test(o.name))?.name ?? null;
}

/**
 * Cơ quan ban hành from, in order: the letterhead, the body naming its issuer,
 * the symbol's organ part and the signature's `TM.` line; the place of the date
 * line stands in for a locality nothing else gives.
 */
function resolveIssuer(
  header: Header,
  self: { mention: IssuerMention; line: number } | null,
  authority: string | null,
): { issuer: Issuer; lines: LineRange | null } {
  const letterhead = header.letterhead;
  const fromLetterhead = letterhead?.level ? letterhead : null;
  const tmOrgan = authority?.startsWith('TM.') ? authority.slice(3).trim() : null;
  const organ =
    letterhead?.organ ?? self?.mention.organ ?? organOfSymbol(header.documentNumber?.symbol ?? null) ?? tmOrgan;
  const level = fromLetterhead?.level ?? self?.mention.level ?? null;
  const locality =
    (fromLetterhead ? fromLetterhead.locality : self?.mention.locality) ?? (level !== null ? header.place : null);
  const lines = letterhead?.lines ?? (self ? { from: self.line, to: self.line } : null);
  if (organ === null) return { issuer: { name: null, level, locality }, lines };
  return { issuer: { name: issuerName(organ, level, locality), level, locality }, lines };
}

// Contract fields, as the scorer reads them, checked for `missingFields`.
const CONTRACT_FIELDS = [
  'documentType', 'documentNumber.text', 'issuer.name', 'issuer.level', 'issuer.locality', 'place', 'issuedDate',
  'title', 'legalBases', 'emulation.theme', 'emulation.period.from', 'emulation.period.to', 'objectives', 'targets',
  'awardForms', 'signer.name', 'signer.position', 'signer.authority', 'recipients', 'sections',
] as const;

function missingFields(record: Omit<PlanRecord, 'missingFields'>): string[] {
  const valueAt = (path: string): unknown =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], record);
  return CONTRACT_FIELDS.filter((path) => {
    const value = valueAt(path);
    return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  });
}

export function extractPlan(text: string, options: ExtractOptions): PlanRecord {
  const lines = toLines(text);
  const parts = layout(lines);
  const header = readHeader(parts.header);
  const firstSection = parts.body.find((p) => p.marker?.kind === 'roman')?.from;
  const firstItem = parts.body.find((p) => p.marker && p.marker.kind !== 'dash' && p.marker.kind !== 'plus')?.from;
  const preambleEnd = firstSection ?? firstItem ?? Number.POSITIVE_INFINITY;
  const preamble = parts.body.filter((p) => p.to < preambleEnd);
  const outline = buildOutline(parts.body.filter((p) => p.from >= preambleEnd));
  const legalBases = readLegalBases(preamble);
  const closing = readClosing(parts.closing);
  const signer = readSigner(closing.signatureLines);
  const titleText = parts.title ? { text: parts.title.title, lines: parts.title.lines } : null;
  const emulation = readEmulation({
    outline,
    title: titleText,
    paragraphs: parts.body,
    documentType: parts.typeHeading?.documentType ?? null,
  });
  const { theme, period } = emulation;
  const ownObjectives = readObjectives(outline);
  const objectives = ownObjectives.length > 0 ? ownObjectives : readAttachedObjectives(parts.closing);
  const targets = readTargets(outline, emulation.organises);
  const awardForms = readAwardForms(outline, emulation.organises);
  const sectionList = readSections(outline);
  const authority = signer.signer.authority ?? closing.signatureLines.map((l) => readAuthority(l.text)).find(Boolean) ?? null;
  const { issuer, lines: issuerLines } = resolveIssuer(header, selfReference(preamble), authority);

  const warnings: string[] = [...emulation.warnings];
  const bodyType = parts.typeHeading ? null : typeFromBody(parts.body);
  // Without a type heading, only a text built like a plan may name its own type.
  const looksLikePlan = sectionList.length > 0 || legalBases.length > 0;
  const documentType = parts.typeHeading?.documentType ?? (looksLikePlan ? bodyType?.documentType : null) ?? null;
  if (documentType === null) warnings.push(`not a plan: no "${PLAN}" title found`);
  else if (documentType !== PLAN) warnings.push(`not a plan: the document is a ${documentType}`);
  else if (!parts.typeHeading) warnings.push(`no "${PLAN}" heading: the type was read from the body (line ${bodyType?.line})`);

  const provenance: Record<string, LineRange> = {};
  const note = (path: string, range: LineRange | null | undefined): void => {
    if (range) provenance[path] = range;
  };
  const typeLine = parts.typeHeading?.line ?? bodyType?.line;
  note('documentType', typeLine === undefined ? null : { from: typeLine, to: typeLine });
  note('documentNumber', header.documentNumber?.lines);
  note('issuer', issuerLines);
  note('place', header.dateLine === null || header.place === null ? null : { from: header.dateLine, to: header.dateLine });
  note('issuedDate', header.dateLine === null ? null : { from: header.dateLine, to: header.dateLine });
  note('title', parts.title?.lines);
  legalBases.forEach((b, i) => note(`legalBases.${i}`, b.lines));
  note('emulation.theme', theme?.lines);
  note('emulation.period', period?.lines);
  objectives.forEach((o, i) => note(`objectives.${i}`, o.lines));
  targets.forEach((t, i) => note(`targets.${i}`, t.lines));
  awardForms.forEach((a, i) => note(`awardForms.${i}`, a.lines));
  note('signer', signer.lines);
  closing.recipients.forEach((r, i) => note(`recipients.${i}`, { from: r.line, to: r.line }));
  sectionList.forEach((s, i) => note(`sections.${i}`, { from: s.line, to: s.line }));

  const record = {
    sample: options.sample,
    documentType,
    documentNumber: header.documentNumber
      ? { number: header.documentNumber.number, symbol: header.documentNumber.symbol, text: header.documentNumber.text }
      : { number: null, symbol: null, text: null },
    issuer,
    place: header.place,
    issuedDate: header.issuedDate,
    title: parts.title?.title ?? null,
    legalBases: legalBases.map((b) => b.basis),
    emulation: { theme: theme?.theme ?? null, period: { from: period?.from ?? null, to: period?.to ?? null } },
    objectives: objectives.map((o) => o.text),
    targets: targets.map((t) => t.target),
    awardForms: awardForms.map((a) => a.awardForm),
    signer: signer.signer,
    recipients: closing.recipients.map((r) => r.text),
    sections: sectionList.map((s) => s.section),
    outline: outlineItems(outline),
    provenance,
    warnings,
  };
  return { ...record, missingFields: missingFields(record) };
}
