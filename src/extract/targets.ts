// Đối tượng thi đua: the groups that compete, one per item under the heading
// (`a) Tập thể: …`, `2.1. Đối với cá nhân`, `b) Đối với các doanh nghiệp`).
import { capitalizeFirst, cleanValue, phraseKeys, phraseAt, tokenize } from './fold.js';
import { afterColon, findHeading, subtreeParagraphs, subtreeRange, type OutlineNode } from './outline.js';
import { vocabulary } from './vocabulary.js';
import type { LineRange, Target } from '../types.js';

export interface FoundTarget {
  target: Target;
  lines: LineRange;
}

/** `Đối với các xã.` -> `Các xã`; `Tập thể: Các cơ quan …` -> `Tập thể`. */
export function groupName(text: string): string {
  const colon = text.indexOf(':');
  let head = colon > 0 ? text.slice(0, colon) : text;
  const tokens = tokenize(head);
  const prefix = phraseKeys(vocabulary().plan.targetLabelPrefix);
  if (phraseAt(tokens, 0, prefix) && tokens.length > prefix.length) head = head.slice(tokens[prefix.length]!.start);
  return capitalizeFirst(cleanValue(head));
}

function describe(node: OutlineNode): string | null {
  const rest = subtreeParagraphs(node)
    .slice(1)
    .map((p) => p.marker?.rest ?? p.text);
  const value = cleanValue([afterColon(node.text), ...rest].join(' '));
  return value === '' ? null : value;
}

export function readTargets(outline: readonly OutlineNode[]): FoundTarget[] {
  const heading = findHeading(outline, vocabulary().plan.headings.targets);
  if (!heading) return [];
  return heading.children.flatMap((child) => {
    const group = groupName(child.text);
    return group === '' ? [] : [{ target: { group, description: describe(child) }, lines: subtreeRange(child) }];
  });
}
