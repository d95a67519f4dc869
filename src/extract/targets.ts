// Đối tượng thi đua: the groups that compete, one per item under the heading
// (`a) Tập thể: …`, `2.1. Đối với cá nhân`, `b) Đối với các doanh nghiệp`).
import { capitalizeFirst, cleanValue, phraseKeys, phraseAt, tokenize } from './fold.js';
import { afterColon, findHeading, opensWith, subtreeParagraphs, subtreeRange, type OutlineNode } from './outline.js';
import { phraseAtStrict } from './spelling.js';
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

/**
 * `Đối tượng thi đua`, `ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA`, `Đối tượng khen thưởng`:
 * who competes. Not `Đối tượng thực hiện`, `đối tượng kiểm tra, giám sát`,
 * `Đối tượng, phạm vi áp dụng`: those name who carries a plan out or whom it serves.
 */
function isTargetsHeading(node: OutlineNode): boolean {
  const body = vocabulary().body;
  const tokens = tokenize(node.text);
  const rest = phraseKeys(vocabulary().plan.headings.targets).length;
  const has = (words: readonly string[]): boolean =>
    words.some((w) => {
      const keys = phraseKeys(w);
      return tokens.some((_, i) => i >= rest && phraseAtStrict(tokens, i, keys));
    });
  if (has(body.notTargetHeadingWords)) return false;
  const next = tokens[rest];
  return next === undefined || /[,:;.]/u.test(next.gap) || has(body.targetHeadingWords);
}

/** `1. Đối tượng: các cơ sở Đoàn …; đoàn viên, thanh niên …`: the groups listed on the heading's line, each without description. */
function inlineGroups(heading: OutlineNode): FoundTarget[] {
  const lines = { from: heading.paragraph.from, to: heading.paragraph.to };
  return afterColon(heading.text)
    .split(';')
    .map((part) => capitalizeFirst(cleanValue(part)))
    .filter((group) => group !== '')
    .map((group) => ({ target: { group, description: null }, lines }));
}

/** The groups that compete, when the document organises a movement; none otherwise. */
export function readTargets(outline: readonly OutlineNode[], organisesMovement: boolean): FoundTarget[] {
  if (!organisesMovement) return [];
  const found = findHeading(outline, vocabulary().plan.headings.targets, isTargetsHeading);
  if (!found) return [];
  // `III. ĐỐI TƯỢNG, THỜI GIAN` over `1. Đối tượng: …` / `2. Thời gian: …`: the item that is the đối tượng.
  const phrase = vocabulary().plan.headings.targets;
  const heading = found.children.find((c) => opensWith(c.text, phrase) && isTargetsHeading(c)) ?? found;
  if (heading.children.length === 0) return inlineGroups(heading);
  return heading.children.flatMap((child) => {
    const group = groupName(child.text);
    return group === '' ? [] : [{ target: { group, description: describe(child) }, lines: subtreeRange(child) }];
  });
}
