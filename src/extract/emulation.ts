// Phong trào thi đua the plan launches: its theme (chủ đề, the quoted name of
// the movement) and its period (thời gian: `Từ ngày 01/01/2024 đến hết ngày
// 31/12/2024`, or the years of `giai đoạn 2021 - 2025`).
import { findDates, findPhaseYears } from './dates.js';
import { cleanValue } from './fold.js';
import type { Paragraph } from './lines.js';
import { findHeading, subtreeParagraphs, type OutlineNode } from './outline.js';
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

/** The first quoted run of a text: “…”, "…" or «…». */
export function firstQuoted(text: string): string | null {
  const m = /[“"«]([^“”"«»]+)[”"»]/u.exec(text);
  return m ? cleanValue(m[1]!) : null;
}

/** Chủ đề thi đua: “…” under its heading, else the quoted name in the title. */
export function readTheme(outline: readonly OutlineNode[], title: { text: string; lines: LineRange } | null): Theme | null {
  const heading = findHeading(outline, vocabulary().plan.headings.theme);
  if (heading) {
    for (const p of subtreeParagraphs(heading)) {
      const theme = firstQuoted(p.text);
      if (theme) return { theme, lines: { from: p.from, to: p.to } };
    }
  }
  const fromTitle = title ? firstQuoted(title.text) : null;
  return fromTitle && title ? { theme: fromTitle, lines: title.lines } : null;
}

/**
 * Thời gian: the first two dates under the heading; else the years of the
 * first `giai đoạn YYYY - YYYY` in the title.
 */
export function readPeriod(outline: readonly OutlineNode[], title: { text: string; lines: LineRange } | null): Period | null {
  const heading = findHeading(outline, vocabulary().plan.headings.period);
  if (heading) {
    const paragraphs: Paragraph[] = subtreeParagraphs(heading);
    const dates = paragraphs.flatMap((p) => findDates(p.text).map((d) => ({ iso: d.iso, paragraph: p })));
    if (dates.length >= 2) {
      const [from, to] = [dates[0]!, dates[1]!];
      return { from: from.iso, to: to.iso, lines: { from: from.paragraph.from, to: to.paragraph.to } };
    }
  }
  const phase = title ? findPhaseYears(title.text) : null;
  return phase && title ? { from: phase.from, to: phase.to, lines: title.lines } : null;
}
