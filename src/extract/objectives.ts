// Mục tiêu: the items of the objectives section (mục tiêu chung, mục tiêu cụ
// thể), one string each. A plan without such a section may still state its
// targets as bullets under the purpose item that names them (`… phấn đấu thực
// hiện các mục tiêu sau:` + `- Phấn đấu …`); nothing else counts.
import { cleanValue, findPhrase, phraseKeys, startsWithPhrase, tokenize } from './fold.js';
import { findHeading, walk, type OutlineNode } from './outline.js';
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

/** The objectives under a heading: its leaf items, or its paragraphs when it has no items. */
function objectivesUnder(node: OutlineNode, heading: string): Objective[] {
  if (node.children.length === 0) return node.body.flatMap((p) => objective(p.text, { from: p.from, to: p.to }));
  return node.children.flatMap((child) =>
    child.children.length > 0 || startsWithPhrase(child.text, heading)
      ? objectivesUnder(child, heading)
      : objective(child.text, { from: child.paragraph.from, to: child.paragraph.to }),
  );
}

export function readObjectives(outline: readonly OutlineNode[]): Objective[] {
  const { objectives, purpose } = vocabulary().plan.headings;
  const section = [...walk(outline)].find(({ node }) => startsWithPhrase(node.text, objectives))?.node;
  if (section) return objectivesUnder(section, objectives);
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
