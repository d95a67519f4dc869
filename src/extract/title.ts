// Tên loại văn bản (`KẾ HOẠCH` on a line of its own) and trích yếu (the title
// below it, often wrapped over two or three lines).
import { cleanValue, isPhrase, isUpperCase, phraseKeys } from './fold.js';
import { isBlank, type Line } from './lines.js';
import { readMarker } from './markers.js';
import { vocabulary } from './vocabulary.js';
import type { LineRange } from '../types.js';

export interface TypeHeading {
  /** Canonical name from the NĐ 30 table: `Kế hoạch`. */
  documentType: string;
  line: number;
}

/** Type names, longest first (`Thông tư liên tịch` before `Thông tư`). */
export function documentTypeNames(): string[] {
  const names = [...new Set(vocabulary().documentTypes.map((t) => t.name))];
  return names.sort((a, b) => phraseKeys(b).length - phraseKeys(a).length);
}

/** The first line, among `lines`, that is a document type name in capitals and nothing else. */
export function findTypeHeading(lines: readonly Line[]): TypeHeading | null {
  const names = documentTypeNames();
  for (const line of lines) {
    if (!isUpperCase(line.text)) continue;
    const name = names.find((n) => isPhrase(line.text, n));
    if (name) return { documentType: name, line: line.no };
  }
  return null;
}

export interface Title {
  title: string;
  lines: LineRange;
}

const isRule = (text: string): boolean => /^[\s\-_=*.–—~]+$/u.test(text);

/**
 * The title: the first run of non-blank lines of `lines`, stopping at a line
 * that opens the preamble or the outline.
 */
export function readTitle(lines: readonly Line[], opensPreamble: (text: string) => boolean): Title | null {
  const taken: Line[] = [];
  for (const line of lines) {
    if (isBlank(line) || isRule(line.text)) {
      if (taken.length) break;
      continue;
    }
    if (opensPreamble(line.text) || readMarker(line.text)?.kind === 'roman') break;
    taken.push(line);
  }
  if (taken.length === 0) return null;
  return {
    title: cleanValue(taken.map((l) => l.text).join(' ')),
    lines: { from: taken[0]!.no, to: taken[taken.length - 1]!.no },
  };
}
