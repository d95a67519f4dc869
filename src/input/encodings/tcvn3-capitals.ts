// Capitals with a tone that TCVN3 lost (see tcvn3.ts). Three kinds of evidence,
// weakest last; each acts only on letters whose capital has no TCVN3 byte, so a
// letter the file did write in capitals or lower case is never changed.
//
// 1. Lines typed in .VnTimeH without Shift are all lower case in the file
//    (`kÕ ho¹ch`). Which of them the page showed in capitals is known from the
//    genre (NĐ 30/2020 Phụ lục I): the quốc hiệu, the name of the document type
//    on its own line, every line of the header block above it except the số,
//    the date and the tiêu ngữ (the organ names), a Roman-numbered heading
//    (`I. mục đích` — typed in the normal font its first word would have a
//    capital), and the signature block's `TM. …` / `KT. …` and position lines.
// 2. Capitals typed with Shift survive on the plain letters (`KÕ HO¹CH`): a
//    word whose surviving letters are all capitals (at least two, and the word
//    has a lost letter or is a syllable, so `UBND` is no evidence) is in
//    capitals; a word with one surviving letter (`KÕ`, `Sè`) follows its
//    nearest words with evidence — capitals only when no lower-case word is
//    next to it and a capital word is.
// 3. A word starting with a lost letter at the start of a sentence (first on a
//    line, after any list marker, when the line before is blank, ends with
//    . ! ? : ; or stops well short of the text's width; or after . ! ? inside
//    a line), and the first words of an organ's name that the
//    organ table spells with a capital (`ủy ban nhân dân`, `ủy ban xã` -> `Ủy ban …`).
//
// Not recovered: a proper name starting with a lost letter inside a sentence
// (`xã Ứng Hòa`, `ông Âu`), and a line in capitals in the .VnTimeH font
// without Shift that is none of the kinds in 1 (a trích yếu typed in capitals).
import { z } from 'zod';
import { DICTIONARIES_DIR, readDictionary, readDocumentTypes, readOrgans } from '../../dictionaries.js';
import { stripMarks } from '../../marks.js';
import { syllableKey } from '../../restore/vietnamese.js';
import type { SyllableInventory } from './syllables.js';

/** The type heading (`KẾ HOẠCH`) stands within the first lines; below them there is no header block. */
const HEADER_LINES = 30;

const PlanWords = z.object({
  nationalName: z.string(),
  motto: z.string(),
  numberLabel: z.string(),
  signatureAuthorities: z.array(z.string()),
  positions: z.array(z.string()),
});

/** A line shorter than this share of the text's width ends its paragraph. */
const SHORT_LINE = 0.6;
/** Share of a text's non-blank lines at most as long as its width: the longer lines, without a few long table rows. */
const WIDTH_QUANTILE = 0.9;

/**
 * What the repair of each line needs to know of the whole text, gathered from
 * its lines given in order, in as many pieces as the caller reads them in.
 */
class TextSurvey {
  /** How many non-blank lines have each trimmed length. */
  readonly #lengths = new Map<number, number>();
  #lines = 0;
  anyLost = false;
  /** Index of the line naming the document's type (`KẾ HOẠCH`) within the first lines, or -1. */
  typeLine = -1;

  constructor(
    private readonly lost: RegExp,
    private readonly isTypeName: (line: string) => boolean,
  ) {}

  add(lines: readonly string[]): void {
    for (const line of lines) {
      const length = line.trim().length;
      if (length > 0) this.#lengths.set(length, (this.#lengths.get(length) ?? 0) + 1);
      if (this.typeLine < 0 && this.#lines < HEADER_LINES && this.isTypeName(line)) this.typeLine = this.#lines;
      this.anyLost ||= this.lost.test(line);
      this.#lines++;
    }
  }

  /** The width of the text: the length its longer lines reach (the 90th percentile of non-blank lines). */
  width(): number {
    const total = [...this.#lengths.values()].reduce((a, b) => a + b, 0);
    let rank = Math.floor(total * WIDTH_QUANTILE);
    for (const length of [...this.#lengths.keys()].sort((a, b) => a - b)) {
      rank -= this.#lengths.get(length)!;
      if (rank < 0) return length;
    }
    return 0;
  }
}

type Evidence = 'upper' | 'lower' | 'ambiguous' | 'none';

/** Mark-free, lower case, punctuation as single spaces: `CỘNG HÒA XÃ HỘI…` -> `cong hoa xa hoi…`. */
function fold(s: string): string {
  return stripMarks(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const WORD = /[\p{L}\p{M}]+/gu;

export class CapitalRecovery {
  /** Folded lines the genre writes all in capitals wherever they stand. */
  private readonly capitalLines: ReadonlySet<string>;
  private readonly typeNames: ReadonlySet<string>;
  private readonly positions: ReadonlySet<string>;
  private readonly motto: string;
  private readonly numberLabel: string;
  private readonly authority: RegExp;
  /** Organ names with a word the organ table capitalises on a lost letter (Ủy), as syllable keys. */
  private readonly organs: ReadonlyArray<{ keys: string[]; words: string[] }>;
  /** The organ-name words that start with a lost letter (`ủy`), to skip lines without one. */
  private readonly organWord: RegExp;
  /** Any lost letter: only a line holding one can have lost a capital outside evidence 1. */
  private readonly anyLost: RegExp;

  constructor(
    /** Lower-case letters whose capital the encoding cannot write. */
    private readonly lost: ReadonlySet<string>,
    private readonly inventory: SyllableInventory,
    dir = DICTIONARIES_DIR,
  ) {
    this.anyLost = new RegExp(`[${[...lost].join('')}]`, 'u');
    const plan = readDictionary('plan-vocabulary.json', PlanWords, dir);
    this.typeNames = new Set(readDocumentTypes(dir).map((t) => fold(t.name)));
    this.capitalLines = new Set([fold(plan.nationalName), ...this.typeNames]);
    this.positions = new Set(plan.positions.map(fold));
    this.motto = fold(plan.motto);
    this.numberLabel = fold(plan.numberLabel);
    const authorities = plan.signatureAuthorities.map((a) => fold(a)).join('|');
    this.authority = new RegExp(`^(?:${authorities}|q) `);
    // an organ's first two words are enough to know it (`ủy ban xã`, `ủy ban MTTQ` are Ủy ban too)
    const heads = new Set(readOrgans(dir).map((o) => o.name.split(/\s+/).slice(0, 2).join(' ')));
    this.organs = [...heads]
      .map((head) => head.split(' '))
      .filter((words) => words.some((w) => this.lost.has(w.charAt(0).toLowerCase()) && w.charAt(0) !== w.charAt(0).toLowerCase()))
      .map((words) => ({ words, keys: words.map((w) => syllableKey(w)) }));
    const starts = this.organs.flatMap((o) => o.words.filter((w) => this.lost.has(w.charAt(0).toLowerCase())).map((w) => w.toLowerCase()));
    this.organWord = new RegExp(starts.length ? starts.join('|') : '(?!)', 'u');
  }

  /**
   * A repair of a text given as whole lines in pieces: `survey` reads every
   * piece once (the text's width, its type line, whether any letter was lost),
   * then `next` repairs the pieces again in order; `changed` counts the lines it changed.
   */
  lineRepair(survey: Iterable<readonly string[]>): { next: (lines: readonly string[]) => string[]; changed: () => number } {
    const whole = new TextSurvey(this.anyLost, (line) => this.typeNames.has(fold(line)));
    for (const lines of survey) whole.add(lines);
    const width = whole.width();
    let index = 0;
    let previous = '';
    let changed = 0;
    const next = (lines: readonly string[]): string[] =>
      lines.map((line) => {
        const i = index++;
        const before = previous;
        previous = line;
        if (!whole.anyLost) return line;
        let out = this.hFontLine(line, i < whole.typeLine);
        if (this.anyLost.test(out)) {
          out = this.capitalRuns(out);
          out = this.sentenceStarts(out, before, width);
          out = this.organNames(out);
        }
        if (out !== line) changed++;
        return out;
      });
    return { next, changed: () => changed };
  }

  /** Evidence 1: whole lines (or header columns) the genre writes in capitals, typed all in lower case. */
  private hFontLine(line: string, inHeader: boolean): string {
    // typed without Shift the numeral is in lower case too (`ii. mục tiêu`): the font drew it as II.
    const roman = /^(\s*(?:[IVXL]+|[ivxl]+(?=[.)]\s+[^\p{Lu}]*$))[.)]\s+)(.*)$/u.exec(line);
    if (roman && this.allLower(roman[2] ?? '')) return (roman[1] ?? '').toUpperCase() + (roman[2] ?? '').toUpperCase();
    // header lines often hold two columns (organ | quốc hiệu) separated by a tab or a run of spaces
    return line
      .split(/(\t+| {2,})/)
      .map((segment, i) => (i % 2 === 0 && this.allLower(segment) && this.writtenInCapitals(fold(segment), inHeader) ? segment.toUpperCase() : segment))
      .join('');
  }

  private allLower(segment: string): boolean {
    return segment === segment.toLowerCase() && /\p{L}/u.test(segment);
  }

  private writtenInCapitals(key: string, inHeader: boolean): boolean {
    if (this.capitalLines.has(key) || this.positions.has(key) || this.authority.test(key)) return true;
    // the header block: organ names are in capitals; the số, the date line and the tiêu ngữ are not
    return inHeader && key !== this.motto && key !== this.numberLabel && !key.startsWith(`${this.numberLabel} `) && !/\bngay\b/.test(key);
  }

  /** Evidence 2: runs of words typed with Shift. */
  private capitalRuns(line: string): string {
    // evidence of capitals is a word with two of them
    if (!/\p{Lu}[\p{L}\p{M}]*\p{Lu}/u.test(line)) return line;
    const words = [...line.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index, evidence: this.evidence(m[0]) }));
    if (!words.some((w) => w.evidence === 'upper')) return line;
    const nearest = (from: number, step: number): Evidence => {
      for (let i = from + step; i >= 0 && i < words.length; i += step) {
        const evidence = words[i]?.evidence;
        if (evidence === 'upper' || evidence === 'lower') return evidence;
      }
      return 'none';
    };
    let out = line;
    words.forEach((word, i) => {
      if (word.evidence === 'ambiguous') {
        const sides = [nearest(i, -1), nearest(i, 1)];
        if (sides.includes('lower') || !sides.includes('upper')) return;
      } else if (word.evidence !== 'upper') return;
      out = out.slice(0, word.at) + word.text.toUpperCase() + out.slice(word.at + word.text.length);
    });
    return out;
  }

  private evidence(word: string): Evidence {
    const letters = [...word].filter((c) => /\p{L}/u.test(c));
    const hasLost = letters.some((c) => this.lost.has(c));
    const surviving = letters.filter((c) => !this.lost.has(c) && c.toLowerCase() !== c.toUpperCase());
    if (surviving.some((c) => c === c.toLowerCase())) return 'lower';
    if (surviving.length >= 2 && (hasLost || this.inventory.has(word))) return 'upper';
    return hasLost ? 'ambiguous' : 'none';
  }

  /** Evidence 3a: the first word of a sentence. */
  private sentenceStarts(line: string, previous: string, width: number): string {
    let out = line.replace(/([.!?]["”’)]?\s+)(\p{L})/gu, (match, gap: string, letter: string) =>
      this.lost.has(letter) ? gap + letter.toUpperCase() : match,
    );
    // a new paragraph: after a blank line, after closing punctuation, or after a line that stops well short of
    // the text's width (a heading, a paragraph's last line); a line of a wrapped paragraph fills the width
    const before = previous.trim();
    const startsSentence = before === '' || /[.!?:;]["”’)]?$/u.test(before) || before.length < width * SHORT_LINE;
    if (!startsSentence) return out;
    const first = /^(\s*(?:[-+•*–]\s*|\(?\d+(?:\.\d+)*[.)]\s*|\(?[a-zđ]\)\s*)?["“]?)(\p{L})/u.exec(out);
    const letter = first?.[2];
    if (first && letter && this.lost.has(letter)) {
      const at = (first[1] ?? '').length;
      out = out.slice(0, at) + letter.toUpperCase() + out.slice(at + letter.length);
    }
    return out;
  }

  /** Evidence 3b: organ names the organ table writes with a capital (`Ủy ban nhân dân`). */
  private organNames(line: string): string {
    if (!this.organWord.test(line)) return line;
    const words = [...line.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index, key: syllableKey(m[0]) }));
    let out = line;
    for (const organ of this.organs) {
      for (let i = 0; i + organ.keys.length <= words.length; i++) {
        if (!organ.keys.every((key, j) => words[i + j]?.key === key)) continue;
        organ.words.forEach((canonical, j) => {
          const word = words[i + j];
          const first = word?.text.charAt(0) ?? '';
          if (word && this.lost.has(first) && canonical.charAt(0) !== canonical.charAt(0).toLowerCase()) {
            out = out.slice(0, word.at) + first.toUpperCase() + out.slice(word.at + 1);
          }
        });
      }
    }
    return out;
  }
}
