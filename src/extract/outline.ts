// The outline of the plan's body: I. / 1. / 2.1. / a) / - / + items nested by
// the order their kinds open, each with the paragraphs written under it.
import { distance } from 'fastest-levenshtein';
import { cleanValue, isUpperCase, phraseKeys, tokenize } from './fold.js';
import { phraseAtStrict } from './spelling.js';
import type { Paragraph } from './lines.js';
import { romanValue, toRoman, type MarkerKind } from './markers.js';
import type { LineRange, OutlineItem, Section } from '../types.js';

export interface OutlineNode {
  kind: MarkerKind;
  marker: string;
  /** The item's own text (after the marker), all its lines. */
  text: string;
  paragraph: Paragraph;
  children: OutlineNode[];
  /** Unmarked paragraphs between this item and the next. */
  body: Paragraph[];
}

const isBullet = (kind: MarkerKind): boolean => kind === 'dash' || kind === 'plus';



/**
 * The value a roman numeral takes in the sequence of sections, or null when it
 * is no section (`V. I. Lenin`, a stray capital). The next numeral, or the one
 * after when OCR lost a heading, is taken as it stands. A heading in capitals
 * whose numeral repeats the last one or is one stroke off the next (`II.` where
 * `III.` is due, `V.` where `VI.` is) is the next one: OCR dropped or added a
 * stroke. The one-after reading gives way to that when a later heading carries
 * the same numeral (`III`, `V`, `V`: the first `V` is a damaged `IV`).
 */
function sectionValue(numeral: string, rest: string, previous: number, comesAgain: boolean): number | null {
  const n = romanValue(numeral);
  const expected = previous + 1;
  if (n === expected) return n;
  const damaged = isUpperCase(rest) && (n === previous || distance(numeral, toRoman(expected)) <= 1);
  if (n === expected + 1) return damaged && comesAgain ? expected : n;
  return damaged ? expected : null;
}

export function buildOutline(paragraphs: readonly Paragraph[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  let lastSection = 0;
  // where each numeral stands last: whether a heading's numeral comes again is one look-up, not a scan of the rest (quadratic on a huge text)
  const lastAt = new Map<string, number>();
  paragraphs.forEach((p, index) => {
    if (p.marker?.kind === 'roman') lastAt.set(p.marker.value, index);
  });
  paragraphs.forEach((paragraph, index) => {
    const marker = paragraph.marker;
    const value = marker?.kind === 'roman' ? sectionValue(marker.value, marker.rest, lastSection, lastAt.get(marker.value)! > index) : null;
    if (!marker || (marker.kind === 'roman' && value === null)) {
      open[open.length - 1]?.body.push(paragraph);
      return;
    }
    if (value !== null) {
      lastSection = value;
      open.length = 0;
    } else {
      // A numbered or lettered item closes the bullets above it.
      if (!isBullet(marker.kind)) while (open.length && isBullet(open[open.length - 1]!.kind)) open.pop();
      const same = open.findIndex((n) => n.kind === marker.kind);
      if (same >= 0) open.length = same;
    }
    const number = value === null ? marker.value : toRoman(value);
    const node: OutlineNode = { kind: marker.kind, marker: number, text: marker.rest, paragraph, children: [], body: [] };
    (open[open.length - 1]?.children ?? roots).push(node);
    open.push(node);
  });
  return roots;
}

/** A heading's own words: up to a colon that more text follows, without end punctuation. */
export function headingTitle(text: string): string {
  const colon = text.indexOf(':');
  return cleanValue(colon > 0 && colon < text.length - 1 ? text.slice(0, colon) : text);
}

/** The item's text after a heading colon (`a) Tập thể: Các cơ quan …` -> `Các cơ quan …`). */
export function afterColon(text: string): string {
  const colon = text.indexOf(':');
  return colon < 0 ? '' : cleanValue(text.slice(colon + 1));
}

export function* walk(nodes: readonly OutlineNode[], depth = 1): Generator<{ node: OutlineNode; depth: number }> {
  for (const node of nodes) {
    yield { node, depth };
    yield* walk(node.children, depth + 1);
  }
}

export function outlineItems(roots: readonly OutlineNode[]): OutlineItem[] {
  return [...walk(roots)].map(({ node, depth }) => ({
    level: depth,
    marker: node.marker,
    title: headingTitle(node.text),
    line: node.paragraph.from,
  }));
}

export function sections(roots: readonly OutlineNode[]): { section: Section; line: number }[] {
  return roots
    .filter((n) => n.kind === 'roman')
    .map((n) => ({ section: { number: n.marker, title: headingTitle(n.text) }, line: n.paragraph.from }));
}

/** The lines an item and everything under it cover. */
export function subtreeRange(node: OutlineNode): LineRange {
  const paragraphs = subtreeParagraphs(node);
  return { from: node.paragraph.from, to: Math.max(...paragraphs.map((p) => p.to)) };
}

/** Whether the text opens with the phrase (see `phraseAtStrict`). */
export function opensWith(text: string, phrase: string): boolean {
  return phraseAtStrict(tokenize(text), 0, phraseKeys(phrase));
}

/**
 * The first heading (a numbered or lettered item, not a bullet) whose text opens
 * with the phrase — or, when one of its own sub-headings with items under it
 * opens with the phrase too, that one (`IV. Đối tượng thi đua` > `1. Đối
 * tượng thi đua` > `a) …`: the latter holds the groups).
 */
export function findHeading(
  nodes: readonly OutlineNode[],
  phrase: string,
  accept: (node: OutlineNode) => boolean = () => true,
): OutlineNode | null {
  const isHeading = (n: OutlineNode): boolean => !isBullet(n.kind) && opensWith(n.text, phrase) && accept(n);
  const first = [...walk(nodes)].find(({ node }) => isHeading(node))?.node;
  if (!first) return null;
  let found = first;
  for (let deeper = found.children.find((c) => isHeading(c) && c.children.length > 0); deeper; ) {
    found = deeper;
    deeper = found.children.find((c) => isHeading(c) && c.children.length > 0);
  }
  return found;
}

/** The paragraphs of an item and everything under it, in order. */
export function subtreeParagraphs(node: OutlineNode): Paragraph[] {
  return [node.paragraph, ...node.body, ...node.children.flatMap(subtreeParagraphs)];
}
