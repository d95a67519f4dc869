// Mục tiêu: the items of the objectives section or sub-section (mục tiêu
// chung, mục tiêu cụ thể, chỉ tiêu), one string each, wherever the section
// stands (`II. MỤC TIÊU`, `1. Mục tiêu phát triển` inside `II. NỘI DUNG`).
// What the section holds besides its objectives — a `Tầm nhìn`, a sub-section
// on another matter (`2. Tháng hành động` after `1. Phấn đấu … các chỉ tiêu
// sau:`) — is not an objective. A plan without such a section may still state
// its targets as bullets under the purpose item that names them (`… phấn đấu
// thực hiện các mục tiêu sau:` + `- Phấn đấu …`); nothing else counts.
import { cleanValue, findPhrase, phraseKeys, tokenize } from './fold.js';
import { paragraphs, type Line, type Paragraph } from './lines.js';
import { afterColon, buildOutline, findHeading, opensWith, walk, type OutlineNode } from './outline.js';
import { findTypeHeading } from './title.js';
import { phraseAtStrict } from './spelling.js';
import { vocabulary } from './vocabulary.js';
import type { LineRange } from '../types.js';

export interface Objective {
  text: string;
  lines: LineRange;
}

const objective = (text: string, lines: LineRange): Objective[] => {
  const value = cleanValue(text);
  return value === '' ? [] : [{ text: value, lines }];
};

const fromParagraph = (p: Paragraph): Objective[] => objective(p.marker?.rest ?? p.text, { from: p.from, to: p.to });

/** Whether a heading speaks of objectives: `Mục tiêu …`, `… các mục tiêu, chỉ tiêu sau:`. */
function speaksOfObjectives(text: string): boolean {
  const tokens = tokenize(text);
  return vocabulary().body.objectiveWords.some((w) => {
    const keys = phraseKeys(w);
    return tokens.some((_, i) => phraseAtStrict(tokens, i, keys));
  });
}

/** `1.1. Mục tiêu 1. Lĩnh vực chính trị`, `b) Lĩnh vực kinh tế:` over a paragraph: a label over items, itself no objective. */
const isGroupLabel = (node: OutlineNode): boolean =>
  node.children.length > 0 || (node.body.length > 0 && /:\s*$/u.test(node.text));

/** The objectives under a node: its unmarked paragraphs and its items, groups opened. */
function objectivesUnder(node: OutlineNode): Objective[] {
  const vision = vocabulary().body.visionHeading;
  const children = node.children.filter((c) => !opensWith(c.text, vision));
  // Where some items speak of objectives and others do not, the others are other matters.
  const speaking = children.filter((c) => isGroupLabel(c) && speaksOfObjectives(c.text));
  const kept = speaking.length > 0 ? children.filter((c) => !isGroupLabel(c) || speaksOfObjectives(c.text)) : children;
  const own = node.body.flatMap(fromParagraph);
  return [
    ...own,
    ...kept.flatMap((child) => {
      if (isGroupLabel(child)) return objectivesUnder(child);
      // `Mục tiêu chung, lâu dài: …` is an objective with its label; `Mục tiêu chung` over paragraphs is a heading.
      if (opensWith(child.text, vocabulary().plan.headings.objectives) && afterColon(child.text) === '') {
        return child.body.flatMap(fromParagraph);
      }
      return [...objective(child.text, { from: child.paragraph.from, to: child.paragraph.to }), ...child.body.flatMap(fromParagraph)];
    }),
  ];
}

export function readObjectives(outline: readonly OutlineNode[]): Objective[] {
  const { objectives, purpose } = vocabulary().plan.headings;
  const section = findHeading(outline, objectives, (n) => n.children.length > 0 || n.body.length > 0);
  if (section) {
    // `II. MỤC TIÊU` over `1. Mục tiêu chung` / `2. Mục tiêu cụ thể`: the section, not its first sub-heading.
    const top = [...walk(outline)].find(({ node }) => node.children.includes(section) && opensWith(node.text, objectives))?.node;
    return objectivesUnder(top ?? section);
  }
  const purposeNode = findHeading(outline, purpose);
  if (!purposeNode) return [];
  const keys = phraseKeys(objectives);
  for (const { node } of walk([purposeNode])) {
    const bullets = node.children.filter((c) => c.kind === 'dash' || c.kind === 'plus');
    if (node.kind === 'dash' || node.kind === 'plus' || bullets.length === 0) continue;
    if (findPhrase(tokenize(node.text), keys) < 0) continue;
    return bullets.flatMap((b) => objective(b.text, { from: b.paragraph.from, to: b.paragraph.to }));
  }
  return [];
}

/**
 * A decision that issues a plan carries the plan after its signature (`KẾ
 * HOẠCH` / `(Kèm theo Quyết định số …)`): that plan's objectives, read from
 * the lines after its heading; none when no plan is attached.
 */
export function readAttachedObjectives(closing: readonly Line[]): Objective[] {
  const heading = findTypeHeading(closing);
  if (heading?.documentType !== vocabulary().body.attachedPlanType) return [];
  return readObjectives(buildOutline(paragraphs(closing.filter((l) => l.no > heading.line))));
}
