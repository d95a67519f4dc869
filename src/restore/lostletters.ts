// Letters lost from a PDF's text layer: Vietnamese PDFs of about 2000–2012
// were often set in a font whose subset lacked the Latin Extended Additional
// block (U+1EA0–U+1EF9: ạ ả ấ ầ … ệ … ộ … ợ … ự ỳ ỵ ỷ ỹ). Every such letter is
// missing from the text and leaves a gap (a space, collapsed with a real space
// beside it), while the letters of Latin-1, Extended-A and -B (à á â ê ô ơ ư đ)
// survive: "C NG HOÀ XÃ H I CH NGHĨA" is CỘNG HOÀ XÃ HỘI CHỦ NGHĨA. A syllable
// has one tone mark, so it lost at most one letter: the repair inserts one
// letter at a gap, joining the fragments around it when the gap was inside it.
import type { Correction } from '../types.js';
import type { TrigramModel } from './lm.js';
import { ABBR_ID, BOUNDARY_ID, NUMBER_ID, UNKNOWN_ID } from './tables.js';
import { casePattern, hasMarks, syllableKey, TONE_PAIRS } from './vietnamese.js';

/** Letters of Latin Extended Additional as Vietnamese uses them. */
const BLOCK = /[\u1EA0-\u1EF9]/u;
const BLOCK_RUN = /[\u1EA0-\u1EF9]/gu;

/** What the damage does: each block letter becomes a gap, collapsed with the spaces beside it. */
export function deleteBlockLetters(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(BLOCK_RUN, ' ').replace(/ {2,}/g, ' '))
    .join('\n');
}

/** The syllables with one block letter, by the letters before and after it (`ch|` → chủ, chụ…; `t|c` → tộc, tốc…). */
export class LostLetterIndex {
  private readonly byGap = new Map<string, Fill[]>();

  constructor(words: readonly string[], firstWord: number) {
    words.forEach((word, id) => {
      if (id < firstWord) return;
      const key = syllableKey(word);
      // Both tone placements are printed (Ủy, Uỷ ban): each loses another letter.
      const forms = new Set([key, ...TONE_PAIRS.flatMap(([old, modern]) => (key.includes(modern) ? [key.replaceAll(modern, old)] : []))]);
      for (const form of forms) {
        const letters = [...form];
        const at = letters.findIndex((l) => BLOCK.test(l));
        if (at < 0 || letters.slice(at + 1).some((l) => BLOCK.test(l))) continue;
        const gap = `${letters.slice(0, at).join('')}|${letters.slice(at + 1).join('')}`;
        const fill = { id, letter: letters[at] as string };
        const fills = this.byGap.get(gap);
        if (fills) fills.push(fill);
        else this.byGap.set(gap, [fill]);
      }
    });
  }

  /** Syllables that are `before` + one block letter + `after` (lower case), and that letter. */
  fill(before: string, after: string): readonly Fill[] {
    return this.byGap.get(`${before}|${after}`) ?? [];
  }
}

interface Fill {
  id: number;
  letter: string;
}

export interface LostLetterModel {
  index: LostLetterIndex;
  vocabulary: ReadonlyMap<string, number>;
  /** The first two words, in lower case, of names the genre capitalises (ủy ban of Ủy ban nhân dân). */
  titledPairs: ReadonlySet<string>;
}

/** The opening pairs of capitalised names (the organs' table: Ủy ban nhân dân, Hội đồng nhân dân). */
export function titledPairs(names: readonly string[]): Set<string> {
  return new Set(
    names.flatMap((name) => {
      const [first, second] = name.split(' ');
      return first && second && casePattern(first) === 'title' ? [syllableKey(first) + ' ' + syllableKey(second)] : [];
    }),
  );
}

/** Least words of a text to judge it; below that a few gaps prove nothing. */
const LEAST_WORDS = 40;
/**
 * Share of a text's words that are no syllable but become one with one block
 * letter at a gap after them, or between them and the next word, from which the
 * text lost its block letters. Measured (gapEvidence): 0.18–0.30 on the right
 * fixture texts with their block letters deleted, 0.27 on a real such PDF; at
 * most 0.002 on raw OCR (eng, whose misread words are seldom one letter short
 * of a syllable). Right text has block letters and never gets here.
 */
const GAP_SHARE = 0.1;

/** A whitespace-separated piece of a line: its letters (`core`) and what sticks to them (punctuation). */
interface Piece {
  start: number;
  text: string;
  /** The letters, or '' when the piece is no word (numbers, symbols, punctuation). */
  core: string;
  /** The piece starts with its letters (nothing before them), ends with them. */
  openStart: boolean;
  openEnd: boolean;
}

function piecesOf(line: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of line.matchAll(/\S+/gu)) {
    const m = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(match[0]);
    // A word with digits or marks of punctuation inside (51/2003/NĐ-CP) is no fragment of a syllable.
    const core = m && !/[\d/]/u.test(match[0]) ? (m[2] as string) : '';
    pieces.push({ start: match.index, text: match[0], core, openStart: !!m && m[1] === '', openEnd: !!m && m[3] === '' });
  }
  return pieces;
}

/** Whether `text` reads as a text layer that lost its block letters (the whole document, not a line). */
export function lostBlockLetters(text: string, model: LostLetterModel): boolean {
  if (BLOCK.test(text) || !hasMarks(text)) return false;
  const { words, gaps } = gapEvidence(text, model);
  return words >= LEAST_WORDS && gaps / words >= GAP_SHARE;
}

/** Words of `text`, and those no syllable that one block letter at a gap after them makes one (GAP_SHARE). */
export function gapEvidence(text: string, model: LostLetterModel): { words: number; gaps: number } {
  let words = 0;
  let gaps = 0;
  for (const line of text.split('\n')) {
    const pieces = piecesOf(line);
    pieces.forEach((piece, k) => {
      if (!piece.core) return;
      words++;
      const key = syllableKey(piece.core);
      if (model.vocabulary.has(key) || !piece.openEnd) return;
      const next = pieces[k + 1];
      if (model.index.fill(key, '').length > 0 || (next?.core && next.openStart && model.index.fill(key, syllableKey(next.core)).length > 0)) gaps++;
    });
  }
  return { words, gaps };
}

/**
 * Cost of a letter inserted at a gap: a word that is a syllable as written is
 * kept unless the language model clearly prefers it joined or filled
 * (`Đi u` Điều, `v i` với, where `u`, `v` alone are rare).
 */
const INSERT_COST = 2;
/** Cost of leaving a fragment that is no syllable as it is: what the repair is for. */
const KEEP_UNKNOWN_COST = 12;
/** A gap before a word is as often the word before's lost last letter, or a lost one-letter word (ở): dearer. */
const FRONT_INSERT_COST = 3;

const LIST_LETTER = /^\p{L}[.)]$/u;
/** Punctuation the damaged text keeps apart from the word whose last letter it lost (`nhi m v , quy n`). */
const CLOSING_PUNCTUATION = /^[,.;:!?)…]/u;

/** A reading of pieces `from`..`to`−1 as one syllable (or a fragment kept). */
interface Node {
  from: number;
  to: number;
  id: number;
  cost: number;
  /** The text of the pieces read, with the lost letter in. */
  text: string;
  inserted: boolean;
  /** The lost letter closed the word: its gap is the space after it. */
  closing: boolean;
}

/** A repaired text and its changes (line numbers 1-based, rule `lost-letter`, raw confidence: the restorer calibrates it). */
export function repairLostLetters(text: string, model: LostLetterModel, trigram: TrigramModel): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const lines = text.split('\n').map((line, i) => repairLine(line, i + 1, model, trigram, corrections));
  return { text: lines.join('\n'), corrections };
}

function repairLine(line: string, lineNumber: number, model: LostLetterModel, trigram: TrigramModel, corrections: Correction[]): string {
  const pieces = piecesOf(line);
  // Runs of word pieces: numbers and symbols are left as they are and cut the runs.
  const changes: { start: number; end: number; text: string; from: string; confidence: number }[] = [];
  let runStart = -1;
  const close = (end: number): void => {
    if (runStart >= 0 && end > runStart) changes.push(...repairRun(line, pieces, runStart, end, model, trigram));
    runStart = -1;
  };
  // Punctuation cuts them too: a lost letter never joins across it.
  pieces.forEach((piece, k) => {
    if (!piece.core || !piece.openStart) close(k);
    if (!piece.core) return;
    if (runStart < 0) runStart = k;
    if (!piece.openEnd) close(k + 1);
  });
  close(pieces.length);
  if (changes.length === 0) return line;
  let out = '';
  let at = 0;
  for (const change of changes) {
    out += line.slice(at, change.start) + change.text;
    at = change.end;
    corrections.push({ line: lineNumber, from: change.from, to: change.text, confidence: change.confidence, rule: 'lost-letter' });
  }
  return out + line.slice(at);
}

function repairRun(line: string, pieces: readonly Piece[], from: number, to: number, model: LostLetterModel, trigram: TrigramModel) {
  const nodes: Node[][] = Array.from({ length: to - from }, () => []);
  for (let k = from; k < to; k++) {
    const piece = pieces[k] as Piece;
    const key = syllableKey(piece.core);
    const id = model.vocabulary.get(key);
    const starts = nodes[k - from] as Node[];
    starts.push({ from: k, to: k + 1, id: id ?? UNKNOWN_ID, cost: id === undefined ? KEEP_UNKNOWN_COST : 0, text: piece.core, inserted: false, closing: false });
    // A word whose first letter was lost (Ủy → y, ứng → ng); a list letter (c) d.) is none.
    if (piece.openStart && !LIST_LETTER.test(piece.text)) {
      for (const filled of model.index.fill('', key)) starts.push(filledNode(k, k + 1, filled, '', piece.core, pieces, FRONT_INSERT_COST, model));
    }
    if (!piece.openEnd) continue;
    for (const filled of model.index.fill(key, '')) starts.push(filledNode(k, k + 1, filled, piece.core, '', pieces, INSERT_COST, model));
    const next = pieces[k + 1];
    if (k + 1 < to && next?.openStart) {
      for (const filled of model.index.fill(key, syllableKey(next.core))) starts.push(filledNode(k, k + 2, filled, piece.core, next.core, pieces, INSERT_COST, model));
    }
  }
  const best = viterbi(nodes, from, to, trigram, pieces);
  return best.flatMap(({ node, confidence }) => {
    if (!node.inserted) return [];
    const first = pieces[node.from] as Piece;
    const last = pieces[node.to - 1] as Piece;
    const start = first.start + first.text.indexOf(first.core);
    let end = last.start + last.text.lastIndexOf(last.core) + last.core.length;
    const next = pieces[node.to];
    if (node.closing && last.openEnd && next && CLOSING_PUNCTUATION.test(next.text) && line.slice(end, next.start) === ' ') end = next.start;
    return [{ start, end, text: node.text, from: line.slice(start, end), confidence }];
  });
}

function filledNode(from: number, to: number, { id, letter }: Fill, before: string, after: string, pieces: readonly Piece[], cost: number, model: LostLetterModel): Node {
  const upper = upperGap(before, after, from, to, pieces) || (before === '' && titledAt(letter + after, to, pieces, model));
  return { from, to, id, cost, text: before + (upper ? letter.toUpperCase() : letter) + after, inserted: true, closing: after === '' };
}

/** A word that lost its first letter is capitalised where it opens a name the genre capitalises (Ủy ban, not Tỉnh ủy). */
function titledAt(word: string, to: number, pieces: readonly Piece[], model: LostLetterModel): boolean {
  const next = pieces[to];
  return !!next?.core && next.openStart && model.titledPairs.has(syllableKey(word) + ' ' + syllableKey(next.core));
}

/**
 * The lost letter takes the case of its neighbours: upper between capitals
 * (T C TỘC), or after a lone capital when the words beside are in capitals
 * (U BAN UỶ BAN; B trư ng Bộ trưởng keeps the lower case).
 */
function upperGap(before: string, after: string, from: number, to: number, pieces: readonly Piece[]): boolean {
  const letters = [...before, ...after];
  if (letters.some((l) => l === l.toLowerCase())) return false;
  if (letters.length >= 2) return true;
  const beside = [pieces[from - 1]?.core ?? '', pieces[to]?.core ?? ''];
  return beside.some((w) => [...w].length >= 2 && w === w.toUpperCase());
}

/**
 * Best reading of a run under the trigram model (states: pairs of nodes), and
 * for each chosen node the margin to the best reading that reads its first
 * piece otherwise, as a confidence (logistic of the cost difference).
 */
function viterbi(nodes: readonly Node[][], from: number, to: number, trigram: TrigramModel, pieces: readonly Piece[]): { node: Node; confidence: number }[] {
  const n = to - from;
  // A run is cut at punctuation, a boundary token of the model as in its counts; a number or a symbol beside it is its class.
  const context = (piece: Piece | undefined, punctuated: boolean): number =>
    !piece || punctuated ? BOUNDARY_ID : /^\d+$/u.test(piece.text) ? NUMBER_ID : /^[\p{L}\d]/u.test(piece.text) && /[\p{L}\d]$/u.test(piece.text) ? ABBR_ID : BOUNDARY_ID;
  const firstPiece = pieces[from] as Piece;
  const lastPiece = pieces[to - 1] as Piece;
  const before = context(pieces[from - 1], !firstPiece.openStart);
  const after = context(pieces[to], !lastPiece.openEnd);
  const all = nodes.flat();
  const index = new Map(all.map((node, i) => [node, i]));
  const endsAt: number[][] = Array.from({ length: n + 1 }, () => []);
  all.forEach((node, i) => endsAt[node.to - from]?.push(i));
  const idOf = (i: number): number => (i < 0 ? before : (all[i] as Node).id);
  // State (p, i): node i read after node p (-1: the run's start); keyed (p + 1) · N + i.
  const N = all.length;
  const forward = new Map<number, number>();
  const back = new Map<number, number>();
  for (const [i, node] of all.entries()) {
    if (node.from === from) {
      forward.set(i, node.cost - trigram.logProb(BOUNDARY_ID, before, node.id));
      continue;
    }
    for (const p of endsAt[node.from - from] as number[]) {
      let best = Infinity;
      let arg = -2;
      const into = all[p] as Node;
      for (const q of into.from === from ? [-1] : (endsAt[into.from - from] as number[])) {
        const cost = (forward.get((q + 1) * N + p) ?? Infinity) - trigram.logProb(q < 0 ? before : idOf(q), into.id, node.id);
        if (cost < best) {
          best = cost;
          arg = q;
        }
      }
      forward.set((p + 1) * N + i, best + node.cost);
      back.set((p + 1) * N + i, arg);
    }
  }
  const backward = new Map<number, number>();
  for (let i = N - 1; i >= 0; i--) {
    const node = all[i] as Node;
    const starts = node.from === from ? [-1] : (endsAt[node.from - from] as number[]);
    for (const p of starts) {
      const u = idOf(p);
      let best = Infinity;
      if (node.to === to) best = -trigram.logProb(u, node.id, after);
      else {
        for (const next of nodes[node.to - from] as Node[]) {
          const j = index.get(next) as number;
          best = Math.min(best, next.cost - trigram.logProb(u, node.id, next.id) + (backward.get((i + 1) * N + j) ?? Infinity));
        }
      }
      backward.set((p + 1) * N + i, best);
    }
  }
  // The best cost of a reading through each node, and the state it is best in.
  const through = new Float64Array(N).fill(Infinity);
  const bestPrev = new Int32Array(N).fill(-2);
  for (const [key, cost] of forward) {
    const i = key % N;
    const total = cost + (backward.get(key) ?? Infinity);
    if (total < (through[i] as number)) {
      through[i] = total;
      bestPrev[i] = Math.floor(key / N) - 1;
    }
  }
  let end = -1;
  for (const i of endsAt[n] as number[]) if (end < 0 || (through[i] as number) < (through[end] as number)) end = i;
  const path: number[] = [];
  for (let i = end, p = bestPrev[end] as number; i >= 0; ) {
    path.unshift(i);
    if (p < 0) break;
    const q = back.get((p + 1) * N + i) ?? -1;
    i = p;
    p = q;
  }
  return path.map((i) => {
    const node = all[i] as Node;
    // Readings that cover the node's first piece some other way.
    let other = Infinity;
    for (const alt of [...(nodes[node.from - from - 1] ?? []), ...(nodes[node.from - from] ?? [])]) {
      const j = index.get(alt) as number;
      if (j !== i && alt.to > node.from) other = Math.min(other, through[j] as number);
    }
    return { node, confidence: 1 / (1 + Math.exp(-(other - (through[i] as number)))) };
  });
}
