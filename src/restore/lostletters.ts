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
const BLOCK_FIRST = 0x1ea0;
const BLOCK_LAST = 0x1ef9;
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

  /** `keys`: each id's syllableKey (the candidate index's); ids below `firstWord` are classes. */
  constructor(keys: readonly string[], firstWord: number) {
    // Built on the first text that may have lost its letters, before its first syllable: code units, not regular expressions and arrays of letters.
    const forms: string[] = [];
    for (let id = firstWord; id < keys.length; id++) {
      const key = keys[id] as string;
      // Both tone placements are printed (Ủy, Uỷ ban): each loses another letter.
      forms.length = 0;
      forms.push(key);
      for (const [old, modern] of TONE_PAIRS) {
        if (!key.includes(modern)) continue;
        const form = key.replaceAll(modern, old);
        if (!forms.includes(form)) forms.push(form);
      }
      for (const form of forms) this.add(form, id);
    }
  }

  /** Files a form of syllable `id` under its gap, if it has exactly one block letter (a BMP code unit: none is a surrogate). */
  private add(form: string, id: number): void {
    let at = -1;
    for (let i = 0; i < form.length; i++) {
      const unit = form.charCodeAt(i);
      if (unit < BLOCK_FIRST || unit > BLOCK_LAST) continue;
      if (at >= 0) return;
      at = i;
    }
    if (at < 0) return;
    const gap = `${form.slice(0, at)}|${form.slice(at + 1)}`;
    const fill = { id, letter: form.charAt(at) };
    const fills = this.byGap.get(gap);
    if (fills) fills.push(fill);
    else this.byGap.set(gap, [fill]);
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
  /** A piece cut from a word the text layer glued to the next (`T CBAN`): its end touches the next piece. */
  gluedAfter?: boolean;
  gluedBefore?: boolean;
}

/** A piece of letters only: most pieces, their own core (no match to make). */
const LETTERS = /^\p{L}+$/u;
// Made once, and run sticky from where the last piece ended: `test` makes no match array (exec one per piece,
// matchAll a copy of its expression per call).
const SPACES = /\s+/uy;
const PIECE = /\S+/uy;
const CORE = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u;
const DIGIT_OR_SLASH = /[\d/]/u;

function piecesOf(line: string): Piece[] {
  const pieces: Piece[] = [];
  for (let start = 0; start < line.length; start = PIECE.lastIndex) {
    SPACES.lastIndex = start;
    if (SPACES.test(line)) start = SPACES.lastIndex;
    PIECE.lastIndex = start;
    if (!PIECE.test(line)) break;
    const text = line.slice(start, PIECE.lastIndex);
    if (LETTERS.test(text)) {
      pieces.push({ start, text, core: text, openStart: true, openEnd: true });
      continue;
    }
    const m = CORE.exec(text);
    // A word with digits or marks of punctuation inside (51/2003/NĐ-CP) is no fragment of a syllable.
    const core = m && !DIGIT_OR_SLASH.test(text) ? (m[2] as string) : '';
    pieces.push({ start, text, core, openStart: !!m && m[1] === '', openEnd: !!m && m[3] === '' });
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
    // Indexed, no closure per line; a piece closed by punctuation is counted before its key is asked for:
    // raw OCR, which has marks but no block letters, is scanned word by word to its end (~5 % of its restoring).
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k] as Piece;
      if (!piece.core) continue;
      words++;
      if (!piece.openEnd) continue;
      const key = syllableKey(piece.core);
      if (model.vocabulary.has(key)) continue;
      const next = pieces[k + 1];
      if (model.index.fill(key, '').length > 0 || (next?.core && next.openStart && model.index.fill(key, syllableKey(next.core)).length > 0)) gaps++;
    }
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

/**
 * Least confidence of a one-letter word made only of a lost letter (ở, ổ) put
 * back: its gap merges with the spaces beside it, so only a space the words
 * around do not explain (before punctuation) says it stood there. Between two words it leaves no trace at all, and the language model
 * alone guesses it wrong three times in four (dev plans): never put back there.
 */
const ONE_WORD_CONFIDENCE = 0.9;

/** A reading of pieces `from`..`to`−1 as one syllable (or a fragment kept); `from` = `to`: a one-letter word put back there. */
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
  const words = oneLetterWords(model, trigram);
  const lines = text.split('\n').map((line, i) => repairLine(line, i + 1, model, trigram, words, corrections));
  return { text: lines.join('\n'), corrections };
}

interface Change {
  start: number;
  end: number;
  text: string;
  confidence: number;
}

/**
 * The one-letter words of the block worth putting back: those the model finds
 * after as many contexts as the commonest quarter of its words (ở, ổ), not the
 * stray letters its counts hold.
 */
function oneLetterWords(model: LostLetterModel, trigram: TrigramModel): readonly Fill[] {
  const continuation = trigram.bigram.logContinuation;
  const spread = [...model.vocabulary.values()].map((id) => continuation[id] as number).sort((a, b) => a - b);
  const common = spread[Math.floor(0.75 * spread.length)] as number;
  return model.index.fill('', '').filter(({ id }) => (continuation[id] as number) >= common);
}

function repairLine(line: string, lineNumber: number, model: LostLetterModel, trigram: TrigramModel, words: readonly Fill[], corrections: Correction[]): string {
  const pieces = splitGlued(piecesOf(line), model);
  // Runs of word pieces: numbers and symbols are left as they are and cut the runs.
  const changes: Change[] = [];
  let runStart = -1;
  const close = (end: number): void => {
    if (runStart >= 0 && end > runStart) changes.push(...repairRun(line, pieces, runStart, end, model, trigram, words));
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
    corrections.push({ line: lineNumber, from: line.slice(change.start, change.end), to: change.text.trim(), confidence: change.confidence, rule: 'lost-letter' });
  }
  return out + line.slice(at);
}

/**
 * Where the text layer joined two lines without a space, a word that lost a
 * letter inside it leaves its last fragment glued to the next word (TỘC⏎BAN →
 * `T CBAN`): a piece that is no syllable and reads no way as one is cut where
 * its head, in the case of the fragment before it, completes that fragment
 * (t·c → tộc) and its tail is a word of two letters or more, when exactly one
 * cut does (`th TP` is thể TP, not thật P).
 */
function splitGlued(pieces: Piece[], model: LostLetterModel): Piece[] {
  const readable = (key: string, next: Piece | undefined): boolean =>
    model.vocabulary.has(key) || model.index.fill(key, '').length > 0 || model.index.fill('', key).length > 0 || (!!next?.core && next.openStart && model.index.fill(key, syllableKey(next.core)).length > 0);
  const out: Piece[] = [];
  pieces.forEach((piece, k) => {
    const before = pieces[k - 1];
    const next = pieces[k + 1];
    const letters = [...piece.core];
    if (!before?.core || !before.openEnd || !piece.openStart || letters.length < 2 || readable(syllableKey(piece.core), next)) {
      out.push(piece);
      return;
    }
    const left = syllableKey(before.core);
    if (model.index.fill(left, syllableKey(piece.core)).length > 0) {
      out.push(piece);
      return;
    }
    const cuts = letters.slice(1).flatMap((_, i) => {
      const head = letters.slice(0, i + 1).join('');
      const tail = letters.slice(i + 1).join('');
      const sameCase = (head === head.toUpperCase()) === (before.core === before.core.toUpperCase());
      return sameCase && tail.length >= 2 && model.vocabulary.has(syllableKey(tail)) && model.index.fill(left, syllableKey(head)).length > 0 ? [head] : [];
    });
    const head = cuts[0];
    if (cuts.length !== 1 || head === undefined) {
      out.push(piece);
      return;
    }
    out.push({ start: piece.start, text: head, core: head, openStart: true, openEnd: true, gluedAfter: true });
    out.push({ ...piece, start: piece.start + head.length, text: piece.text.slice(head.length), core: piece.core.slice(head.length), gluedBefore: true });
  });
  return out;
}

function repairRun(line: string, pieces: readonly Piece[], from: number, to: number, model: LostLetterModel, trigram: TrigramModel, oneLetterWords: readonly Fill[]): Change[] {
  // Group k: the nodes that start at piece from + k; group to − from: the one-letter words put back after the run.
  const nodes: Node[][] = Array.from({ length: to - from + 1 }, () => []);
  for (let k = from; k <= to; k++) {
    const starts = nodes[k - from] as Node[];
    const piece = pieces[k];
    const previous = pieces[k - 1];
    if (k === to && previous && spaceAtEnd(line, pieces, to)) for (const word of oneLetterWords) starts.push(wordNode(k, word, pieces));
    if (k === to || !piece) continue;
    const key = syllableKey(piece.core);
    const id = model.vocabulary.get(key);
    starts.push({ from: k, to: k + 1, id: id ?? UNKNOWN_ID, cost: id === undefined ? KEEP_UNKNOWN_COST : 0, text: piece.core, inserted: false, closing: false });
    // A word whose first letter was lost (Ủy → y, ứng → ng); a list letter (c) d.) is none.
    if (piece.openStart && !piece.gluedBefore && !LIST_LETTER.test(piece.text)) {
      for (const filled of model.index.fill('', key)) starts.push(filledNode(k, k + 1, filled, '', piece.core, pieces, FRONT_INSERT_COST, model));
    }
    if (!piece.openEnd || piece.gluedAfter) continue;
    for (const filled of model.index.fill(key, '')) starts.push(filledNode(k, k + 1, filled, piece.core, '', pieces, INSERT_COST, model));
    const next = pieces[k + 1];
    if (k + 1 < to && next?.openStart) {
      for (const filled of model.index.fill(key, syllableKey(next.core))) starts.push(filledNode(k, k + 2, filled, piece.core, next.core, pieces, INSERT_COST, model));
    }
  }
  const best = viterbi(nodes, from, to, trigram, pieces);
  const changes: Change[] = [];
  best.forEach(({ node, confidence }, n) => {
    if (!node.inserted) return;
    if (node.from === node.to) {
      if (confidence < ONE_WORD_CONFIDENCE) return;
      changes.push(wordChange(line, pieces, node.text, to, best[n - 1]?.node, confidence));
      return;
    }
    const first = pieces[node.from] as Piece;
    const last = pieces[node.to - 1] as Piece;
    const start = first.start + first.text.indexOf(first.core);
    let end = last.start + last.text.lastIndexOf(last.core) + last.core.length;
    const next = pieces[node.to];
    if (node.closing && last.openEnd && next && CLOSING_PUNCTUATION.test(next.text) && line.slice(end, next.start) === ' ') end = next.start;
    let text = node.text;
    const previous = changes[changes.length - 1];
    // The word glued to the next one is set apart from it: with the change of the next word, or with that word as it is.
    if (last.gluedAfter && next) {
      text += ' ';
      if (!best[n + 1]?.node.inserted) {
        end = next.start + next.core.length;
        text += next.core;
      }
    }
    if (previous && previous.end === start && previous.text.endsWith(' ')) {
      previous.end = end;
      previous.text += text;
      previous.confidence = Math.min(previous.confidence, confidence);
    } else changes.push({ start, end, text, confidence });
  });
  return changes;
}

/**
 * A space between a run's last word and the punctuation after it (`nhà ,`):
 * the gap of a lost last letter or of a lost one-letter word. A line's last
 * space is none: text layers end their lines with one.
 */
function spaceAtEnd(line: string, pieces: readonly Piece[], to: number): boolean {
  const last = pieces[to - 1] as Piece;
  const next = pieces[to];
  return last.openEnd && !!next && CLOSING_PUNCTUATION.test(next.text) && line.slice(last.start + last.text.length, next.start) === ' ';
}

/** A one-letter word put back before piece `k`: in capitals after capitals, capitalised where a sentence starts. */
function wordNode(k: number, { id, letter }: Fill, pieces: readonly Piece[]): Node {
  const beside = [pieces[k - 1]?.core ?? '', pieces[k]?.core ?? ''].filter((w) => w !== '');
  const capitals = beside.length > 0 && beside.every((w) => [...w].length >= 2 && w === w.toUpperCase());
  const opening = !pieces[k - 1] || /[.!?]$/u.test(pieces[k - 1]?.text ?? '');
  return { from: k, to: k, id, cost: INSERT_COST, text: capitals || opening ? letter.toUpperCase() : letter, inserted: true, closing: false };
}

/** The change that puts a one-letter word back after the run's last word, into the space before the punctuation. */
function wordChange(line: string, pieces: readonly Piece[], word: string, to: number, previous: Node | undefined, confidence: number): Change {
  const last = pieces[to - 1] as Piece;
  const end = last.start + last.text.length;
  const next = pieces[to] as Piece;
  // The space before the punctuation is the word's gap, unless the word before took it for its own lost letter.
  return previous?.closing && previous.inserted ? { start: next.start, end: next.start, text: ` ${word}`, confidence } : { start: end, end: next.start, text: ` ${word}`, confidence };
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
 * piece otherwise (for a one-letter word put back: that reads the run without
 * it), as a confidence (logistic of the cost difference).
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
  const N = all.length;
  const index = new Map(all.map((node, i) => [node, i]));
  const isWord = (i: number): boolean => (all[i] as Node).from === (all[i] as Node).to;
  const endsAt: number[][] = Array.from({ length: n + 1 }, () => []);
  all.forEach((node, i) => endsAt[node.to - from]?.push(i));
  // What may come before a node (-1: the run's start): a one-letter word put back only after a word, never after another.
  const preds = all.map((node, i) => {
    const ending = (endsAt[node.from - from] as number[]).filter((p) => p !== i && !(isWord(i) && isWord(p)));
    return node.from === from ? [-1, ...ending] : ending;
  });
  const succs = all.map((node, i) => (node.to - from < n || isWord(i) ? (nodes[node.to - from] as Node[]).map((next) => index.get(next) as number).filter((j) => j !== i && !(isWord(i) && isWord(j))) : []));
  // A one-letter word put back after the run's last word: only the end follows it.
  for (const [i, node] of all.entries()) if (node.from === to && node.to === to) succs[i] = [];
  for (const i of endsAt[n] as number[]) if (!isWord(i)) succs[i] = (nodes[n] as Node[]).map((next) => index.get(next) as number);
  const idOf = (i: number): number => (i < 0 ? before : (all[i] as Node).id);
  const endCost = (p: number, i: number): number => ((all[i] as Node).to === to ? -trigram.logProb(idOf(p), idOf(i), after) : Infinity);
  // State (p, i): node i read after node p (-1: the run's start); keyed (p + 1) · N + i.
  const key = (p: number, i: number): number => (p + 1) * N + i;
  const forward = new Map<number, number>();
  const back = new Map<number, number>();
  for (const [i, node] of all.entries()) {
    for (const p of preds[i] as number[]) {
      if (p < 0) {
        forward.set(key(p, i), node.cost - trigram.logProb(BOUNDARY_ID, before, node.id));
        continue;
      }
      let best = Infinity;
      let arg = -2;
      for (const q of preds[p] as number[]) {
        const cost = (forward.get(key(q, p)) ?? Infinity) - trigram.logProb(idOf(q), idOf(p), node.id);
        if (cost < best) {
          best = cost;
          arg = q;
        }
      }
      forward.set(key(p, i), best + node.cost);
      back.set(key(p, i), arg);
    }
  }
  const backward = new Map<number, number>();
  for (let i = N - 1; i >= 0; i--) {
    const node = all[i] as Node;
    for (const p of preds[i] as number[]) {
      let best = endCost(p, i);
      for (const j of succs[i] as number[]) best = Math.min(best, (all[j] as Node).cost - trigram.logProb(idOf(p), node.id, idOf(j)) + (backward.get(key(i, j)) ?? Infinity));
      backward.set(key(p, i), best);
    }
  }
  // The best cost of a reading through each node.
  const through = new Float64Array(N).fill(Infinity);
  for (const [state, cost] of forward) {
    const i = state % N;
    through[i] = Math.min(through[i] as number, cost + (backward.get(state) ?? Infinity));
  }
  // The best reading: its last state, then back along the pointers.
  let last = { p: -2, i: -1, cost: Infinity };
  for (const i of endsAt[n] as number[]) {
    for (const p of preds[i] as number[]) {
      const cost = (forward.get(key(p, i)) ?? Infinity) + endCost(p, i);
      if (cost < last.cost) last = { p, i, cost };
    }
  }
  const path: number[] = [];
  for (let { p, i } = last; i >= 0; ) {
    path.unshift(i);
    if (p < 0) break;
    const q = back.get(key(p, i)) ?? -1;
    i = p;
    p = q;
  }
  return path.map((i) => {
    const node = all[i] as Node;
    return { node, confidence: 1 / (1 + Math.exp(-((isWord(i) ? withoutWord(i) : otherReading(i)) - (through[i] as number)))) };
  });

  /** Readings that cover the node's first piece some other way. */
  function otherReading(i: number): number {
    const node = all[i] as Node;
    let other = Infinity;
    for (const alt of [...(nodes[node.from - from - 1] ?? []), ...(nodes[node.from - from] ?? [])]) {
      const j = index.get(alt) as number;
      if (j !== i && alt.to > node.from) other = Math.min(other, through[j] as number);
    }
    return other;
  }

  /** Readings of the run that end without the one-letter word `i` after it: with another one, or with none. */
  function withoutWord(i: number): number {
    let other = Infinity;
    for (const j of endsAt[n] as number[]) {
      if (j === i) continue;
      if (isWord(j)) other = Math.min(other, through[j] as number);
      else for (const p of preds[j] as number[]) other = Math.min(other, (forward.get(key(p, j)) ?? Infinity) + endCost(p, j));
    }
    return other;
  }
}
