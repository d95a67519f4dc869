// The name model: personal names and administrative-unit names, decoded as
// names rather than as running text. The language model knows "bị" and "dùng"
// better than the given names Bi and Dũng, and "Dak Lak" better as two loose
// syllables than as the province Đắk Lắk; where the genre says a name stands,
// each syllable is read from the restoration channel's candidates and chosen
// by what names are made of:
// - a personal name (họ + tên đệm + tên) in the signer block (under the
//   position line, after TM./KT./TL./Q., NĐ 30/2020 Phụ lục I mục 8), on the
//   line after the Nơi nhận list or closing the document, and after `đồng
//   chí`, `Đ/c`, `Ông`/`Bà`, `Họ và tên:` — each syllable by how often it stands
//   as surname, middle or given name, the last two also by the two-syllable
//   given names;
// - a place name after its type word (xã, phường, thị trấn, huyện, quận, thị
//   xã, thành phố, tỉnh, đặc khu), before `, ngày … tháng … năm` (địa danh of
//   the place-date line), and a province's name anywhere: exactly as the
//   registers (before and after the 2025 reorganisation) spell it; a name so
//   found is then known to the whole document.
// Only lines restoration decodes are read, and a word written with its marks
// as a valid syllable is kept: a clean name is never changed.
import type { CandidateIndex } from './candidates.js';
import { encode, type Channel } from './channel.js';
import type { Token } from './tokenize.js';
import { applyCase, casePattern, hasMarks, stripMarks, syllableKey, type CasePattern } from './vietnamese.js';
import { DICTIONARIES_DIR, readTableText } from '../dictionaries.js';
import { SURE_CONFIDENCE } from '../types.js';

type Position = 'surname' | 'middle' | 'given';

interface PersonSyllable {
  display: string;
  counts: Record<Position, number>;
}

interface PlaceName {
  /** Syllables as the register spells them. */
  syllables: string[];
  keys: string[];
  /** Mark-free skeleton of each syllable. */
  skeletons: string[];
  /** Type words the name is registered with (xã, phường, tỉnh, …). */
  types: ReadonlySet<string>;
  /** Units carrying the name: the likelier of two spellings on one skeleton. */
  units: number;
  province: boolean;
  /** Provinces (before and after 2025) the units carrying the name lie in. */
  regions: ReadonlySet<string>;
}

/** The tables of scripts/build-names.ts: one instance per restorer. */
export class NameModel {
  readonly persons = new Map<string, PersonSyllable>();
  readonly totals: Record<Position, number> = { surname: 0, middle: 0, given: 0 };
  /** Two-syllable given names as syllable keys ("diệu thuý"). */
  readonly givenNames = new Set<string>();
  /** Place names by the mark-free skeleton of their first syllable. */
  readonly placesByFirst = new Map<string, PlaceName[]>();
  /** The names of provinces of two syllables or more, the same way. */
  readonly provincesByFirst = new Map<string, PlaceName[]>();

  static read(dir = DICTIONARIES_DIR): NameModel {
    const model = new NameModel();
    const rows = (file: string): string[][] =>
      readTableText(file, dir).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
    for (const [display = '', surname, middle, given] of rows('names-persons.tsv')) {
      const counts = { surname: Number(surname), middle: Number(middle), given: Number(given) };
      model.persons.set(syllableKey(display), { display, counts });
      for (const p of POSITIONS) model.totals[p] += counts[p];
    }
    for (const [pair = ''] of rows('names-given.txt')) model.givenNames.add(syllableKey(pair));
    for (const [name = '', types = '', units, province, regions = ''] of rows('names-places.tsv')) {
      const syllables = name.split(' ');
      const place = { syllables, keys: syllables.map(syllableKey), skeletons: syllables.map(skeleton), types: new Set(types.split(',')), units: Number(units), province: province === '1', regions: new Set(regions.split(',')) };
      addByFirst(model.placesByFirst, place);
      if (place.province && syllables.length > 1) addByFirst(model.provincesByFirst, place);
    }
    return model;
  }

  /**
   * −log P(syllable | position). Middle and given names share their syllables
   * (Thanh, Minh, Hải stand as both), so each is smoothed toward the other;
   * surnames are a closed set of their own.
   */
  cost(key: string, position: Position): number {
    const counts = this.persons.get(key)?.counts;
    const own = counts?.[position] ?? 0;
    const other = !counts || position === 'surname' ? 0 : position === 'middle' ? counts.given : counts.middle;
    return -Math.log((own + OTHER_POSITION_SHARE * other + FLOOR) / this.totals[position]);
  }

  /** The syllable stands in some name in this position or another. */
  known(key: string): boolean {
    return this.persons.has(key);
  }

  surnameCount(key: string): number {
    return this.persons.get(key)?.counts.surname ?? 0;
  }
}

const POSITIONS: readonly Position[] = ['surname', 'middle', 'given'];

function addByFirst(index: Map<string, PlaceName[]>, place: PlaceName): void {
  const first = skeleton(place.syllables[0] ?? '');
  const list = index.get(first);
  if (list) list.push(place);
  else index.set(first, [place]);
}
/** A syllable seen only as a middle name may still be a given name, less likely. */
const OTHER_POSITION_SHARE = 0.2;
const FLOOR = 0.05;
/** Nats taken off a tên đệm + tên pair of the given-name lists (a list of names in use, not of their frequency: a light hint). */
const GIVEN_PAIR_BONUS = 0.5;
/**
 * Nats taken off the decoder's own reading of a syllable: its language model
 * has seen the names public documents repeat (Phạm Minh Chính), which the
 * counts of names alone cannot tell from their mark variants (Chinh).
 */
const DECODER_BONUS = 0.5;
/** Words a name after a title of address (đồng chí, Ông) has at least: "Đồng chí Trưởng Ban …" is a position. */
const MIN_ADDRESSED_WORDS = 3;
/**
 * Words of address before a lone given name, as the decoder read them and in lower case only (`Ông`
 * opening a sentence may be the place Ông Lãnh, `Bà` of Bà Rịa). `ba`, `co`, `em` are read first by
 * the decoder: only its `bà`, `cô`, `em` of a person count.
 */
const LONE_GIVEN_ADDRESS: ReadonlySet<string> = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'thầy', 'chú', 'bác']);
/** Nats by which the decoder's reading must be a rarer given name than the best one to be replaced (Chưởng for Chương). */
const LONE_GIVEN_MARGIN = 3;
/** Channel readings kept per token: within this many nats of its best. */
const READING_BEAM = 6;
/** Times a syllable must stand as surname to open a name, in the signer block and after a title word. */
const MIN_SURNAME = 3;
const MIN_SURNAME_AFTER_ADDRESS = 20;
/**
 * Nats by which a place reading may cost more in the channel than the words
 * decoded: after a type word or on the place-date line the genre vouches for
 * a name; elsewhere only a plain reading of one.
 */
const PLACE_MARGIN = { triggered: 3, free: 0.5 } as const;
const MAX_PLACE_SYLLABLES = 4;
/** Nats taken off a place the document has named already (after its type word or on the place-date line). */
const DOCUMENT_BONUS = 1;
/** Nats taken off a place lying in a province the document names (Hoằng Hóa in a plan of Thanh Hóa, not Hoàng Hoa). */
const PROVINCE_BONUS = 1;
/** Weight of the log of the number of units carrying a name, between spellings the channel cannot tell apart. */
const PLACE_UNITS_WEIGHT = 0.3;
/** A type word repaired because a place of its type follows: the register vouches for both. */
const TYPE_WORD_CONFIDENCE = 0.9;

export interface NameInput {
  model: NameModel;
  channel: Channel;
  /**
   * The channel of OCR misreadings, for a token the document's channel cannot
   * read as any syllable (`Cdt` in a stripped copy of an old OCR): what the
   * garbled token could have been, so a name the document spells elsewhere
   * can be recognised where it recurs garbled.
   */
  misreadings?: Channel;
  candidates: CandidateIndex;
  /** Display form of each language-model id. */
  words: readonly string[];
  isSyllable(key: string): boolean;
  /** Abbreviations the tokeniser knows (UBND, HĐND): never part of a name. */
  abbreviations: ReadonlySet<string>;
  tokenized: readonly Token[][];
  /** Lines restoration decodes; the others are right as they stand. */
  restorable: readonly boolean[];
  /** A token's text after the decoder. */
  textOf(token: Token): string;
  /** How sure the decoder is of that text (calibrated; 1 for a token it left as written). */
  confidenceOf(token: Token): number;
}

export interface NameChange {
  token: Token;
  text: string;
  confidence: number;
}

interface Reading {
  key: string;
  cost: number;
}

/** Names restored in the lines to restore: the tokens to change, with their new text. */
export function restoreNames(input: NameInput): NameChange[] {
  const decoder = new NameDecoder(input);
  decoder.places();
  decoder.persons();
  return decoder.changes;
}

class NameDecoder {
  readonly changes: NameChange[] = [];
  private readonly claimed = new Set<Token>();
  private readonly readingsByText = byFlags<Reading[]>();
  /** Channel costs by observed, then intended syllable key, without and with `misread`: names repeat through a document. */
  private readonly costs = [new Map<string, Map<string, number>>(), new Map<string, Map<string, number>>()] as const;
  /** Each line's capitalised runs, as capitalisedRuns gives them. */
  private readonly runs: Run[][];
  /** What a run of words read as a place, by scope and the words as written and decoded: documents repeat their places. */
  private readonly placeMemo = new Map<string, { place: PlaceName; confidence: number } | null>();
  /** Each line's word tokens. */
  private readonly words: Token[][];
  /** Folded (mark-free, lower-case) text of each line's words, and lines' text, as asked. */
  private readonly foldedLines = new Map<number, string[]>();
  private readonly lineTexts = new Map<number, string>();
  /** Provinces the document has named so far (its places lie there, mostly). */
  private readonly provinces = new Set<string>();
  /** Skeletons per token as written. */
  private readonly skeletonsByText = byFlags<Set<string>>();
  /** Folded text by a token's text after the decoder: every line is scanned for type words twice. */
  private readonly foldedTexts = new Map<string, string>();
  /** Whether each line has a word that may open a type word, as asked. */
  private readonly typeWordLines: (boolean | undefined)[] = [];
  /** Each line's solid tokens and the type words among them, as asked: provinces and places read both. */
  private readonly typedLines: (TypedLine | undefined)[] = [];

  constructor(private readonly input: NameInput) {
    // Plain loops in the per-line and per-token paths: documents run to thousands of lines.
    this.words = [];
    this.runs = [];
    for (let line = 0; line < input.tokenized.length; line++) {
      const tokens = input.tokenized[line] as Token[];
      this.words.push(ofKinds(tokens, WORD_KINDS));
      this.runs.push(input.restorable[line] ? capitalisedRuns(tokens, input.abbreviations) : []);
    }
  }

  private foldToken(token: Token): string {
    const text = this.input.textOf(token);
    let folded = this.foldedTexts.get(text);
    if (folded === undefined) this.foldedTexts.set(text, (folded = fold(text)));
    return folded;
  }

  private hasTypeWord(line: number): boolean {
    let has = this.typeWordLines[line];
    if (has === undefined) this.typeWordLines[line] = has = (this.words[line] as Token[]).some((w) => this.mayBeTypeWord(w));
    return has;
  }

  private typedLine(line: number): TypedLine {
    let typedLine = this.typedLines[line];
    if (typedLine === undefined) {
      const solid = ofKinds(this.input.tokenized[line] as Token[], SOLID_KINDS);
      const typed: TypedLine['typed'] = [];
      for (let i = 0; i < solid.length; i++) {
        const found = this.typeWordAt(solid, i);
        if (found) typed.push({ at: i, ...found });
      }
      this.typedLines[line] = typedLine = { solid, typed };
    }
    return typedLine;
  }

  private folded(line: number): string[] {
    let folded = this.foldedLines.get(line);
    if (!folded) this.foldedLines.set(line, (folded = (this.words[line] ?? []).map((t) => this.foldToken(t))));
    return folded;
  }

  private lineText(line: number): string {
    let text = this.lineTexts.get(line);
    if (text === undefined) this.lineTexts.set(line, (text = (this.input.tokenized[line] ?? []).map((t) => this.input.textOf(t)).join('')));
    return text;
  }

  /**
   * The channel's cost of reading `observed` for `intended` (both syllable
   * keys); with `misread`, an unreadable token's also through the OCR channel.
   */
  private cost(observed: string, intended: string, misread = false): number {
    const byObserved = this.costs[misread ? 1 : 0];
    let byIntended = byObserved.get(observed);
    if (byIntended === undefined) byObserved.set(observed, (byIntended = new Map()));
    let cost = byIntended.get(intended);
    if (cost === undefined) {
      cost = channelCost(this.input.channel, observed, intended);
      const misreadings = misread ? this.misreadingsOf(observed) : null;
      if (misreadings) cost = Math.min(cost, channelCost(misreadings, observed, intended));
      byIntended.set(intended, cost);
    }
    return cost;
  }

  /**
   * The OCR channel, for a token that is no syllable when the document is read
   * through another channel. Places only: there the register and the
   * document's own spelling bound what the token may be; a personal name's
   * syllable that is no Vietnamese syllable (Ksor, Niê, Kđăm) is as written.
   */
  private misreadingsOf(key: string): Channel | null {
    const misreadings = this.input.misreadings;
    return misreadings && misreadings !== this.input.channel && !this.input.isSyllable(key) ? misreadings : null;
  }

  // --- places -------------------------------------------------------------

  places(): void {
    this.collectProvinces();
    const found = new Map<string, PlaceName>();
    this.input.tokenized.forEach((tokens, line) => {
      if (!this.input.restorable[line]) return;
      const words = this.words[line] as Token[];
      // The place-date line is short: a place, "ngày", the date (and on OCR'd pages the number beside it).
      if (words.length <= PLACE_DATE_WORDS) {
        const dated = this.placeBeforeDate(tokens);
        if (dated) this.matchPlace(dated, { places: this.input.model.placesByFirst, type: null, margin: 'triggered' }, found, 'suffix');
      }
      if (!this.hasTypeWord(line)) return;
      const { solid, typed: typeWords } = this.typedLine(line);
      for (const typed of typeWords) {
        const i = typed.at;
        // One place, or a list of them after a plural ("các xã Hưng Đạo, Vinh Quang và Chu Trinh").
        const before = solid[i - 1];
        // A district or ward named by its number (Quận 8, Phường 12) confirms its type word as a name does, unless
        // the decoder is sure of its own reading: the word then ends a common word (bình quân 6, địa phương 03).
        if (NUMBERED_TYPES.has(typed.type) && /^\d+$/u.test(solid[i + typed.length]?.text ?? '')) {
          const words = solid.slice(i, i + typed.length);
          if (words.every((t) => this.input.confidenceOf(t) < SURE_CONFIDENCE)) this.repairTypeWord(words, typed.type);
        }
        // "cấp xã", "cấp huyện": a level of government (Luật Tổ chức chính quyền địa phương), not a unit a name follows.
        if (before !== undefined && before.kind === 'word' && this.foldToken(before) === LEVEL_WORD) continue;
        const plural = before !== undefined && PLURAL_WORDS.has(before.kind === 'number' ? '<num>' : this.foldToken(before));
        const places = this.placesAfterTypeWord(solid, typed);
        for (let at = i + typed.length; at < solid.length; ) {
          const run = leadingRun(solid, at);
          if (run.length === 0) break;
          const matched = this.matchPlace(run, { places, type: typed.type, margin: 'triggered' }, found, 'prefix')?.length;
          if (!matched) break;
          // The place confirms its type word: a misread one (TÍNH for TỈNH) is repaired with it.
          if (at === i + typed.length) this.repairTypeWord(solid.slice(i, i + typed.length), typed.type);
          at += matched;
          const separator = solid[at];
          if (!plural || !separator || !((separator.kind === 'punct' && separator.text === ',') || this.foldToken(separator) === 'va')) break;
          at++;
        }
      }
    });
    // A province anywhere, and the document's own places (of two syllables or more) wherever they recur.
    const known = new Map([...this.input.model.provincesByFirst].map(([first, list]) => [first, [...list]]));
    for (const place of found.values()) if (place.keys.length > 1 && !place.province) addByFirst(known, place);
    const anywhere: PlaceScope = { places: known, type: null, margin: 'free' };
    this.runs.forEach((runs, line) => {
      for (const { words: run, at } of runs) {
        for (let start = 0; start + 1 < run.length; start++) {
          // Most capitalised words open no known name: ruled out before the run is sliced.
          if (!this.opensPlace(run[start] as Token, known)) continue;
          const matched = this.matchPlace(run.slice(start), anywhere, found, 'prefix');
          if (!matched) continue;
          const before = start > 0 ? run[start - 1] : previousWord(this.input.tokenized[line] as Token[], at);
          if (before) this.repairGarbledTypeWord(before, matched.place);
          start += matched.length - 1;
        }
      }
    });
  }

  /**
   * The word before a place the document names, when the decoder could read
   * it as no syllable at all but the channel reads it as one of the place's
   * type words (`xd Cát Nê`, `x4 Cát Nê`): that type word.
   */
  private repairGarbledTypeWord(token: Token, place: PlaceName): void {
    if (token.kind !== 'word' || this.claimed.has(token) || this.input.isSyllable(syllableKey(this.input.textOf(token)))) return;
    const readings = new Set(this.readings(token, true).map((r) => r.key));
    const type = [...place.types].find((t) => !t.includes(' ') && readings.has(syllableKey(t)));
    if (type) this.repairTypeWord([token], type);
  }

  private repairTypeWord(words: readonly Token[], type: string): void {
    const syllables = type.split(' ');
    const pattern = spanCase(words);
    words.forEach((token, i) => {
      const syllable = syllables[i] as string;
      const current = this.input.textOf(token);
      if (token.kind !== 'word' || syllableKey(current) === syllableKey(syllable)) return;
      const cased = pattern === 'upper' ? syllable.toUpperCase() : applyCase(syllable, casePattern(current) === 'lower' ? 'lower' : 'title');
      this.change(token, cased, 'lower', TYPE_WORD_CONFIDENCE);
    });
  }

  /**
   * The places a type word may open: any of the register, unless the decoder reads the type word and the word after it
   * as one common word (`kinh tế - xã hội`, `xã viên`): then only a place that keeps that word (`xã Hội Sơn`), as the
   * register's guess must not unmake the genre's commonest phrase (`XA HOI TINH` is no `Xã Hòa Tịnh`).
   */
  private placesAfterTypeWord(solid: readonly Token[], typed: { at: number; type: string; length: number }): ReadonlyMap<string, PlaceName[]> {
    const all = this.input.model.placesByFirst;
    const next = solid[typed.at + typed.length];
    if (typed.length !== 1 || next === undefined) return all;
    const word = syllableKey(this.input.textOf(next));
    if (!TYPE_WORD_COMPOUNDS.has(`${syllableKey(this.input.textOf(solid[typed.at] as Token))} ${word}`)) return all;
    const keeping = (all.get(skeleton(word)) ?? []).filter((p) => p.keys[0] === word);
    return new Map([[skeleton(word), keeping]]);
  }

  /** A word that may open a type word: short, and folded one of their first syllables (a cheap test first). */
  private mayBeTypeWord(t: Token): boolean {
    return t.text.length <= LONGEST_TYPE_WORD && TYPE_INITIALS.has(t.text.charAt(0)) && TYPE_FIRST_SYLLABLES.has(this.foldToken(t));
  }

  /** The administrative type word ("xã", "thị trấn", "TỈNH", "TP") starting at a token, as the table writes it. */
  private typeWordAt(solid: readonly Token[], i: number): { type: string; length: number } | null {
    const first = solid[i] as Token;
    if (!WORD_KINDS.has(first.kind) || !this.mayBeTypeWord(first)) return null;
    const one = this.foldToken(first);
    const second = solid[i + 1];
    const two = second && WORD_KINDS.has(second.kind) ? this.foldToken(second) : null;
    const pair = two === null ? undefined : TYPE_WORDS.get(`${one} ${two}`);
    if (pair) return { type: pair, length: 2 };
    const single = TYPE_WORDS.get(one);
    return single ? { type: single, length: 1 } : null;
  }

  /** The capitalised words before the comma of `…, ngày N tháng M năm Y`. */
  private placeBeforeDate(tokens: readonly Token[]): Token[] | null {
    let comma = -1;
    for (let i = 0; i < tokens.length && comma < 0; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'punct' || t.text !== ',') continue;
      const next = nextWord(tokens, i);
      if (next && this.foldToken(next) === 'ngay') comma = i;
    }
    if (comma < 0) return null;
    const run: Token[] = [];
    for (let i = comma - 1; i >= 0 && run.length < MAX_PLACE_SYLLABLES; i--) {
      const t = tokens[i] as Token;
      if (t.kind === 'space') continue;
      if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) break;
      run.unshift(t);
    }
    return run.length > 0 ? run : null;
  }

  /**
   * The longest place name of `places` (of the types `fits` allows) the run's first
   * (`prefix`) or last (`suffix`) words read as; replaces the words when its
   * channel cost is within the margin of the decoded words. Returns the words matched and the place.
   */
  private matchPlace(run: readonly Token[], scope: PlaceScope, found: Map<string, PlaceName>, anchor: 'prefix' | 'suffix'): { length: number; place: PlaceName } | null {
    for (let length = Math.min(run.length, MAX_PLACE_SYLLABLES); length >= 1; length--) {
      const words = anchor === 'prefix' ? run.slice(0, length) : run.slice(run.length - length);
      // Most words open no name of the scope: a look at the first word's skeletons rules them out.
      if (!this.opensPlace(words[0] as Token, scope.places)) {
        if (anchor === 'prefix') return null;
        continue;
      }
      if (words.some((t) => this.claimed.has(t))) continue;
      const reading = this.readPlaceOnce(words, scope, found);
      if (!reading) continue;
      const { place, confidence } = reading;
      const pattern = spanCase(words);
      words.forEach((token, i) => this.change(token, place.syllables[i] as string, pattern, confidence));
      found.set(place.keys.join(' '), place);
      // A province named anywhere tells the document's; a commune's provinces do not.
      if (place.province) this.noteProvince(place);
      return { length, place };
    }
    return null;
  }

  /**
   * The provinces the document names, read first (the header's TỈNH line may
   * follow the places it helps to read): a province after tỉnh / thành phố, or
   * the one province a district named after huyện / quận / thị xã lies in.
   */
  private collectProvinces(): void {
    const none = new Map<string, PlaceName>();
    this.input.tokenized.forEach((tokens, line) => {
      if (!this.input.restorable[line]) return;
      if (!this.hasTypeWord(line)) return;
      const { solid, typed: typeWords } = this.typedLine(line);
      for (const typed of typeWords) {
        if (!REGION_TYPES.has(typed.type)) continue;
        const run = leadingRun(solid, typed.at + typed.length);
        for (let length = Math.min(run.length, MAX_PLACE_SYLLABLES); length >= 1; length--) {
          const words = run.slice(0, length);
          if (!this.opensPlace(words[0] as Token, this.input.model.placesByFirst)) break;
          const reading = this.readPlaceOnce(words, { places: this.input.model.placesByFirst, type: typed.type, margin: 'triggered' }, none);
          if (reading) {
            this.noteProvince(reading.place);
            break;
          }
        }
      }
    });
  }

  private noteProvince(place: PlaceName): void {
    if (place.province) this.provinces.add(place.syllables.join(' '));
    else if (place.regions.size <= DISTRICT_REGIONS) for (const region of place.regions) this.provinces.add(region);
  }

  private inDocumentProvince(place: PlaceName): boolean {
    for (const province of this.provinces) if (place.regions.has(province)) return true;
    return false;
  }

  private opensPlace(first: Token, places: ReadonlyMap<string, PlaceName[]>): boolean {
    for (const s of this.skeletons(first, true)) if (places.has(s)) return true;
    return false;
  }

  /** readPlace, once per scope, words as written and decoded, and what the document has named so far. */
  private readPlaceOnce(words: readonly Token[], scope: PlaceScope, found: ReadonlyMap<string, PlaceName>): { place: PlaceName; confidence: number } | null {
    // The places found so far weigh in (one document spells its places one way): they are part of the key.
    let memo = `${scope.margin}\u0000${scope.type ?? ''}\u0000${found.size}\u0000${this.provinces.size}`;
    for (const t of words) memo += `\u0000${t.text}\u0001${this.input.textOf(t)}`;
    let reading = this.placeMemo.get(memo);
    if (reading === undefined) this.placeMemo.set(memo, (reading = this.readPlace(words, scope, found)));
    return reading;
  }

  /** The place these words read as, if one reads better than the decoded words by the scope's margin. */
  private readPlace(words: readonly Token[], scope: PlaceScope, found: ReadonlyMap<string, PlaceName>): { place: PlaceName; confidence: number } | null {
    const length = words.length;
    const margin = scope.margin;
    // Names of the scope whose every syllable the words may stand for (by skeleton), before any channel cost.
    const readable = words.map((t) => this.skeletons(t, true));
    const fittingAs = (types: readonly string[] | null): PlaceName[] => {
      const fitting: PlaceName[] = [];
      for (const skeletonOfFirst of readable[0] ?? []) {
        for (const place of scope.places.get(skeletonOfFirst) ?? []) {
          if (place.keys.length !== length || (types !== null && !types.some((t) => place.types.has(t)))) continue;
          if (place.skeletons.every((sk, i) => readable[i]?.has(sk))) fitting.push(place);
        }
      }
      return fitting;
    };
    // A unit of the type word's level first; only when none fits, one of the levels such a unit may have been raised
    // to, by a name of two syllables or more (a one-syllable one, Phường I, is too easily read into garble: `XA Lh`).
    let fitting = fittingAs(scope.type === null ? null : [scope.type]);
    if (fitting.length === 0 && scope.type !== null && length >= 2) fitting = fittingAs(RAISED_TO.get(scope.type) ?? []);
    if (fitting.length === 0) return null;
    const current = words.map((t) => syllableKey(this.input.textOf(t)));
    const scored: { place: PlaceName; cost: number; score: number }[] = [];
    for (const place of fitting) {
      const cost = this.spanCost(words, place.keys);
      // Beside the channel: the decoder's own reading, a spelling the document has used already, a place
      // of the province the document names, and the commoner name (Vĩnh Quang, 11 units, over Vinh Quang, 8).
      const score =
        cost -
        (same(place.keys, current) ? DECODER_BONUS : 0) -
        (found.get(place.keys.join(' ')) === place ? DOCUMENT_BONUS : 0) -
        (this.inDocumentProvince(place) ? PROVINCE_BONUS : 0) -
        PLACE_UNITS_WEIGHT * Math.log(place.units);
      if (Number.isFinite(cost)) scored.push({ place, cost, score });
    }
    if (scored.length === 0) return null;
    const currentCost = this.decodedCost(words, current);
    scored.sort((a, b) => a.score - b.score);
    const best = scored[0] as { place: PlaceName; cost: number; score: number };
    // A place the document has named already is vouched for as a type word vouches for one.
    const allowance = PLACE_MARGIN[found.get(best.place.keys.join(' ')) === best.place ? 'triggered' : margin];
    if (best.cost > currentCost + allowance) return null;
    const rivals = scored.slice(1).map((s) => s.score);
    if (!same(best.place.keys, current)) rivals.push(currentCost + allowance);
    return { place: best.place, confidence: 1 / (1 + rivals.reduce((sum, c) => sum + Math.exp(best.score - c), 0)) };
  }

  // --- personal names -----------------------------------------------------

  persons(): void {
    for (const { words, minSurname, mayLackGiven } of this.personSpans()) this.decodePerson(words, minSurname, mayLackGiven);
    for (const token of this.loneGivenNames()) this.decodeLoneGiven(token);
  }

  /**
   * A person named by the given name alone after a kinship word of address in lower case (`ông
   * Chương cho biết`, `chị Vân`): how the press and reports name someone already introduced.
   */
  private loneGivenNames(): Token[] {
    const out: Token[] = [];
    this.input.tokenized.forEach((tokens, line) => {
      if (!this.input.restorable[line]) return;
      for (const { words: run, at } of this.runs[line] ?? []) {
        if (run.length !== 1) continue;
        const before = previousWord(tokens, at);
        if (before?.kind === 'word' && LONE_GIVEN_ADDRESS.has(this.input.textOf(before))) out.push(run[0] as Token);
      }
    });
    return out;
  }

  /** The given name's reading by how often each mark variant stands as a given name; the decoder's reading kept unless clearly rarer. */
  private decodeLoneGiven(token: Token): void {
    // Only the marks are read again, of a word written without any that the decoder gave some (an initial `S`,
    // `Hwang`, and `Phu` the decoder kept in a right text stay as they are).
    const read = this.input.textOf(token);
    if (this.claimed.has(token) || hasMarks(token.text) || read === token.text) return;
    const model = this.input.model;
    const decoded = syllableKey(read);
    const letters = skeleton(syllableKey(token.text));
    const options = this.readings(token)
      .filter((r) => skeleton(r.key) === letters)
      .map((r) => ({ ...r, score: r.cost + model.cost(r.key, 'given') }));
    const best = argmin(options, (o) => o.score);
    if (!best || best.key === decoded || !model.known(best.key)) return;
    const current = options.find((o) => o.key === decoded);
    if (current && current.score < best.score + LONE_GIVEN_MARGIN) return;
    const confidence = 1 / options.reduce((sum, o) => sum + Math.exp(best.score - o.score), 0);
    this.change(token, model.persons.get(best.key)?.display ?? this.display(best.key), spanCase([token]), confidence);
  }

  private personSpans(): { words: Token[]; minSurname: number; mayLackGiven: boolean }[] {
    const spans: { words: Token[]; minSurname: number; mayLackGiven: boolean }[] = [];
    const lineCount = this.input.tokenized.length;
    const signerLines = new Set<number>();
    for (let line = 0; line < lineCount; line++) {
      const words = this.words[line] ?? [];
      if (words.length === 0 || words.length > MAX_HEAD_WORDS) continue;
      const fold = this.folded(line);
      if (isSignatureHead(this.lineText(line), fold)) {
        const name = this.nextLine(line, (l) => isSignatureHead(this.lineText(l), this.folded(l)) || isSignatureNote(this.lineText(l)));
        if (name !== null) signerLines.add(name);
      }
      if (fold[0] === 'noi' && fold[1] === 'nhan') {
        const name = this.nextLine(line, (l) => /^\s*[-+•*]/u.test(this.lineText(l)) || isSignatureHead(this.lineText(l), this.folded(l)) || isSignatureNote(this.lineText(l)));
        if (name !== null) signerLines.add(name);
      }
    }
    let last = lineCount - 1;
    while (last >= 0 && !this.lineText(last).trim()) last--;
    if (last >= 0) signerLines.add(last);
    for (const line of signerLines) {
      if (!this.input.restorable[line]) continue;
      const words = this.isNameLine(line) ? (this.words[line] as Token[]) : this.nameAfterColon(line);
      if (words) spans.push({ words, minSurname: MIN_SURNAME, mayLackGiven: true });
    }
    // Titles of address: đồng chí, Đ/c, Ông, Bà, Họ và tên.
    this.input.tokenized.forEach((tokens, line) => {
      if (!this.input.restorable[line] || signerLines.has(line)) return;
      for (const { words: run, at } of this.runs[line] ?? []) {
        const address = this.addressBefore(tokens, at);
        if (address && run.length >= MIN_ADDRESSED_WORDS) spans.push({ words: run.slice(0, 5), minSurname: address === 'strong' ? MIN_SURNAME : MIN_SURNAME_AFTER_ADDRESS, mayLackGiven: false });
      }
    });
    return spans;
  }

  /** The first line after `from` that is not blank and not skipped, within a few lines. */
  private nextLine(from: number, skip: (line: number) => boolean): number | null {
    for (let line = from + 1; line < this.input.tokenized.length && line <= from + 12; line++) {
      if (!this.lineText(line).trim() || skip(line)) continue;
      return line;
    }
    return null;
  }

  /** Two to five capitalised words and nothing else (OCR may have garbled them: "P6 Thanh TAm"). */
  private isNameLine(line: number): boolean {
    const tokens = this.input.tokenized[line] as Token[];
    const words = this.words[line] as Token[];
    if (words.length < 2 || words.length > 5) return false;
    for (const t of tokens) if (t.kind !== 'space' && !(t.kind === 'word' && /^\p{Lu}/u.test(t.text))) return false;
    return true;
  }

  /** Two to five capitalised words closing the line after a colon ("… Thành phố: Nguyễn Quốc Trung"). */
  private nameAfterColon(line: number): Token[] | null {
    const tokens = this.input.tokenized[line] as Token[];
    const words: Token[] = [];
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i] as Token;
      if (t.kind === 'space') continue;
      if (t.kind === 'punct' && t.text === ':') return words.length >= 2 && words.length <= 5 ? words : null;
      if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return null;
      words.unshift(t);
    }
    return null;
  }

  /** 'strong' after đồng chí, Đ/c, Họ và tên; 'weak' after Ông, Bà (also "ba" three, "ông" grandfather). */
  private addressBefore(tokens: readonly Token[], first: number): 'strong' | 'weak' | null {
    const previous: string[] = [];
    for (let i = first - 1; i >= 0 && previous.length < 3; i--) {
      const t = tokens[i] as Token;
      if (t.kind === 'space' || (t.kind === 'punct' && t.text === ':' && previous.length === 0)) continue;
      if (t.kind !== 'word' && t.kind !== 'abbr') break;
      previous.unshift(this.foldToken(t));
    }
    const tail = (n: number): string => previous.slice(-n).join(' ');
    if (tail(2) === 'dong chi' || tail(1) === 'd/c' || tail(3) === 'ho va ten' || tail(2) === 'ho ten') return 'strong';
    if (tail(1) === 'ong' || tail(1) === 'ba') return 'weak';
    return null;
  }

  private decodePerson(words: readonly Token[], minSurname: number, mayLackGiven: boolean): void {
    if (words.some((t) => this.claimed.has(t))) return;
    const model = this.input.model;
    const last = words.length - 1;
    const position = (i: number): Position => (i === 0 ? 'surname' : i === last ? 'given' : 'middle');
    const options = words.map((token, i) => {
      const decoded = syllableKey(this.input.textOf(token));
      return this.readings(token).map((r) => ({
        ...r,
        score: r.cost + model.cost(r.key, position(i)) - (r.key === decoded ? DECODER_BONUS : 0),
        named: model.known(r.key),
      }));
    });
    // Best per position, the last two together (a given name of the lists gets its bonus).
    const best = options.map((list) => argmin(list, (o) => o.score));
    if (words.length >= 3) {
      let pair = { a: best[last - 1], b: best[last], score: Infinity };
      for (const a of options[last - 1] ?? []) {
        for (const b of options[last] ?? []) {
          const score = a.score + b.score - (model.givenNames.has(`${a.key} ${b.key}`) ? GIVEN_PAIR_BONUS : 0);
          if (score < pair.score) pair = { a, b, score };
        }
      }
      best[last - 1] = pair.a;
      best[last] = pair.b;
    }
    const surname = best[0];
    if (!surname || model.surnameCount(surname.key) < minSurname) return;
    // Every middle syllable must be one names use; a given name outside the tables only in the signer block.
    if (best.some((b, i) => !b?.named && (i < last || !mayLackGiven))) return;
    const pattern = spanCase(words);
    words.forEach((token, i) => {
      const choice = best[i];
      const list = options[i] ?? [];
      // A given name the tables do not know: the decoder's reading stands.
      if (!choice?.named) return;
      const confidence = 1 / list.reduce((sum, o) => sum + Math.exp(choice.score - o.score), 0);
      this.change(token, model.persons.get(choice.key)?.display ?? this.display(choice.key), pattern, confidence);
    });
  }

  // --- shared -------------------------------------------------------------

  /** What the channel reads a token as: every mark variant of the skeletons its candidates have (`misread`: see misreadingsOf). */
  private readings(token: Token, misread = false): Reading[] {
    const key = syllableKey(token.text);
    const pinned = this.pinned(token);
    const memo = this.readingsByText[(pinned ? 2 : 0) + (misread ? 1 : 0)] as Map<string, Reading[]>;
    let readings = memo.get(token.text);
    if (readings) return readings;
    if (pinned) readings = [{ key, cost: 0 }];
    else {
      const all = new Map<string, number>();
      for (const s of this.skeletons(token, misread)) {
        for (const id of this.input.candidates.variants(s)) {
          const candidate = this.input.candidates.keyOf(id);
          if (!all.has(candidate)) all.set(candidate, this.cost(key, candidate, misread));
        }
      }
      const best = Math.min(...all.values());
      readings = [...all].filter(([, cost]) => cost <= best + READING_BEAM).map(([k, cost]) => ({ key: k, cost }));
    }
    memo.set(token.text, readings);
    return readings;
  }

  /** Mark-free skeletons a token may stand for: its own, and those of the channel's candidates (`misread`: see misreadingsOf). */
  private skeletons(token: Token, misread = false): Set<string> {
    const pinned = this.pinned(token);
    const memo = this.skeletonsByText[(pinned ? 2 : 0) + (misread ? 1 : 0)] as Map<string, Set<string>>;
    let out = memo.get(token.text);
    if (out) return out;
    const key = syllableKey(token.text);
    out = new Set<string>([skeleton(key)]);
    if (!pinned) {
      for (const c of this.input.candidates.lookup(key, this.input.channel)) out.add(this.input.candidates.skeletonOf(c.id));
      const misreadings = misread ? this.misreadingsOf(key) : null;
      if (misreadings) for (const c of this.input.candidates.lookup(key, misreadings)) out.add(this.input.candidates.skeletonOf(c.id));
    }
    memo.set(token.text, out);
    return out;
  }

  /**
   * A word written with its marks as a valid syllable is right as it stands,
   * unless the decoder read it otherwise (`Né` of an OCR'd page it took for
   * `Nệ`): then its marks are no evidence and the name may read it too.
   */
  private pinned(token: Token): boolean {
    return hasMarks(token.text) && this.input.isSyllable(syllableKey(token.text)) && this.input.textOf(token) === token.text;
  }

  /** Channel cost of reading the words as the syllables of a place (a pinned word only as itself). */
  private spanCost(words: readonly Token[], keys: readonly string[]): number {
    let total = 0;
    for (let i = 0; i < words.length; i++) {
      const token = words[i] as Token;
      const key = syllableKey(token.text);
      const target = keys[i] as string;
      if (this.pinned(token) && key !== target) return Infinity;
      total += this.cost(key, target, true);
    }
    return total;
  }

  /**
   * Channel cost of the words as decoded. A word decoded as no syllable at all
   * (`Cdt`, which no channel of the document reads) is no rival reading: it
   * costs what its cheapest reading as a syllable would.
   */
  private decodedCost(words: readonly Token[], current: readonly string[]): number {
    let total = 0;
    for (let i = 0; i < words.length; i++) {
      const token = words[i] as Token;
      const key = current[i] as string;
      const readings = this.input.isSyllable(key) ? [] : this.readings(token, true);
      total += readings.length > 0 ? Math.min(...readings.map((r) => r.cost)) : this.cost(syllableKey(token.text), key, true);
    }
    return total;
  }

  private display(key: string): string {
    return this.input.words[this.input.candidates.variants(key).find((id) => syllableKey(this.input.words[id] ?? '') === key) ?? -1] ?? key;
  }

  private change(token: Token, syllable: string, pattern: CasePattern, confidence: number): void {
    this.claimed.add(token);
    if (this.pinned(token)) return;
    const text = pattern === 'upper' ? syllable.toUpperCase() : pattern === 'title' ? applyCase(syllable, 'title') : syllable;
    const current = this.input.textOf(token);
    // The other tone placement of the same syllable (Hoà, Hòa) is no change. A reading the decoder already
    // made is still the name model's when it reads the name the same: its confidence is the one to report.
    if (syllableKey(text) === syllableKey(current) && casePattern(text) === casePattern(current) && current === token.text) return;
    this.changes.push({ token, text, confidence: Math.round(confidence * 1000) / 1000 });
  }
}

/** Words that make a type word plural ("các xã", "những phường"), or a count ("02 xã" is a number token). */
const PLURAL_WORDS = new Set(['cac', 'nhung', '<num>']);
/** The word that makes a type word a level of government ("cấp xã"), folded. */
const LEVEL_WORD = 'cap';

/**
 * Provinces a district's name may lie in for it to tell the document's
 * province (Cẩm Thủy: a huyện of Thanh Hóa, a phường of Quảng Ninh).
 */
const DISTRICT_REGIONS = 2;
/** Type words of the levels that tell the document's province. */
const REGION_TYPES = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã']);

/** Letters of the longest syllable of a type word (phường, huyện, thành), and the letters they start with. */
const LONGEST_TYPE_WORD = 6;
const TYPE_INITIALS = new Set('xXpPtTqQhHdDđĐ');
/** Words of the place-date line at most (the number may share it on OCR'd pages). */
const PLACE_DATE_WORDS = 16;

/** Type words of the registers, folded, to the form names-places.tsv gives them. */
const TYPE_WORDS = new Map([
  ['xa', 'xã'], ['phuong', 'phường'], ['thi tran', 'thị trấn'], ['huyen', 'huyện'], ['quan', 'quận'],
  ['thi xa', 'thị xã'], ['thanh pho', 'thành phố'], ['tp', 'thành phố'], ['tinh', 'tỉnh'], ['dac khu', 'đặc khu'],
]);

/**
 * Levels a unit of each type may have been raised to since (Luật Tổ chức chính quyền địa phương 2015, Điều 128–130;
 * NQ 1211/2016/UBTVQH13: a xã becomes a thị trấn or a phường, a huyện a thị xã or a quận, a thị xã a thành phố):
 * a document older than the registers names the unit by its type of then (thị xã Đồng Xoài, a thành phố since 2018).
 * Asked only where no unit of the type word's own level fits.
 */
const RAISED_TO: ReadonlyMap<string, readonly string[]> = new Map([
  ['xã', ['thị trấn', 'phường']],
  ['thị trấn', ['phường']],
  ['huyện', ['thị xã', 'thành phố', 'quận']],
  ['thị xã', ['thành phố', 'quận']],
]);

/** Common words that open with a type word's syllable (xã hội: society; xã viên: a cooperative's member), by syllable key. */
const TYPE_WORD_COMPOUNDS: ReadonlySet<string> = new Set(['xã hội', 'xã viên']);

/** Levels whose units a city may name by number alone (Quận 8, Phường 12: Luật Tổ chức chính quyền địa phương, urban units). */
const NUMBERED_TYPES: ReadonlySet<string> = new Set(['quận', 'phường']);

/** First syllables of the type words, folded. */
const TYPE_FIRST_SYLLABLES = new Set([...TYPE_WORDS.keys()].map((t) => t.split(' ')[0] as string));

/** Authority (TM., KT., TL., TUQ., Q.) or position line of a signature block: capitals, a few words. */
function isSignatureHead(text: string, folded: readonly string[]): boolean {
  // A lower-case ASCII letter rules a line out before it is upper-cased whole.
  if (folded.length === 0 || folded.length > MAX_HEAD_WORDS || LOWER_ASCII.test(text) || text !== text.toUpperCase()) return false;
  if (/^\s*(?:tm|kt|tl|tuq|q|k\/t|t\/m)\s*[./]/u.test(stripMarks(text).toLowerCase())) return true;
  const joined = ` ${folded.join(' ')} `;
  return POSITION_HEADS.some((head) => joined.includes(` ${head} `));
}

const LOWER_ASCII = /[a-z]/;

/** Words of an authority or position line at most ("KT. CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC"). */
const MAX_HEAD_WORDS = 8;

/** Head words of signers' positions (chức vụ, NĐ 30/2020 Phụ lục I), folded. */
const POSITION_HEADS = ['chu tich', 'bi thu', 'truong', 'giam doc', 'thu tuong', 'chanh van phong', 'chu nhiem', 'uy vien', 'tong thu ky', 'thu ky', 'chi huy truong', 'chinh uy'];

/** "(Đã ký)", "(ký, ghi rõ họ tên, đóng dấu)": notes between the position and the name. */
function isSignatureNote(text: string): boolean {
  const t = stripMarks(text).trim().toLowerCase();
  return /^\(.*\)$/u.test(t) || /^(da ky|ky ten|\[?chu ky)/u.test(t);
}

/**
 * The capitalised words from `at` on, among tokens without spaces, after a
 * type word: it vouches for a name there, so letters an abbreviation also
 * spells count as a word (DA of ĐÀ NẴNG, which is Dự án's too).
 */
function leadingRun(solid: readonly Token[], at: number): Token[] {
  const run: Token[] = [];
  for (let i = at; i < solid.length && isCapitalised(solid[i] as Token, NO_ABBREVIATIONS); i++) run.push(solid[i] as Token);
  return run;
}
const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();

/** A capitalised word, or a capitals-only one the tokeniser took for an abbreviation (DAK of ĐẮK LẮK). */
function isCapitalised(t: Token, abbreviations: ReadonlySet<string>): boolean {
  if (t.kind !== 'word' && (t.kind !== 'abbr' || abbreviations.has(t.text))) return false;
  const first = t.text.charAt(0);
  return first !== first.toLowerCase() && (t.kind === 'word' || /^\p{L}+$/u.test(t.text));
}

/** Where a place is looked for: which names, of which type (null: any), with which margin. */
interface PlaceScope {
  places: ReadonlyMap<string, PlaceName[]>;
  type: string | null;
  margin: keyof typeof PLACE_MARGIN;
}

const WORD_KINDS: ReadonlySet<Token['kind']> = new Set(['word', 'abbr']);
const SOLID_KINDS: ReadonlySet<Token['kind']> = new Set(['word', 'abbr', 'number', 'symbol', 'punct']);

function ofKinds(tokens: readonly Token[], kinds: ReadonlySet<Token['kind']>): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) if (kinds.has((tokens[k] as Token).kind)) out.push(tokens[k] as Token);
  return out;
}

/** A line's solid tokens, and the type words among them: where each starts, which type, how many words. */
interface TypedLine {
  solid: Token[];
  typed: { at: number; type: string; length: number }[];
}

/** Capitalised words in a row, and where the first stands among its line's tokens. */
interface Run {
  words: Token[];
  at: number;
}

/** Runs of words each starting with a capital, separated by spaces only. */
function capitalisedRuns(tokens: readonly Token[], abbreviations: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'space') continue;
    if (!isCapitalised(t, abbreviations)) run = null;
    else if (run) run.words.push(t);
    else runs.push((run = { words: [t], at: i }));
  }
  return runs;
}

/** The token before `at`, past spaces. */
function previousWord(tokens: readonly Token[], at: number): Token | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== 'space') return t;
  }
  return undefined;
}

function nextWord(tokens: readonly Token[], from: number): Token | undefined {
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'space') return t;
  }
  return undefined;
}

/** Capitals throughout (a header line) stay capitals; anything else is written as a name. */
function spanCase(words: readonly Token[]): CasePattern {
  return words.every((t) => casePattern(t.text) === 'upper' && [...t.text].filter((c) => /\p{L}/u.test(c)).length > 1) ? 'upper' : 'title';
}

/** Four memos by token text, one per pinned × misread (see readings): no compound key per call. */
function byFlags<T>(): Map<string, T>[] {
  return [new Map<string, T>(), new Map<string, T>(), new Map<string, T>(), new Map<string, T>()];
}

function channelCost(channel: Channel, observed: string, intended: string): number {
  return channel.costEncoded(encode(observed), channel.pairsOf(observed), encode(intended));
}

function fold(text: string): string {
  return stripMarks(text).toLowerCase();
}

function skeleton(syllable: string): string {
  return stripMarks(syllable).toLowerCase();
}

function same(a: readonly string[], b: readonly string[]): number {
  return a.length === b.length && a.every((k, i) => k === b[i]) ? 1 : 0;
}

function argmin<T>(list: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const item of list) {
    const s = score(item);
    if (s < bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}
