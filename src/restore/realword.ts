// Real-word errors: an OCR with a Vietnamese model reads a valid syllable with
// the wrong marks (MỤC TIỂU for TIÊU, KHEN THƯỜNG for THƯỞNG), above all in
// capitals. Every word is a syllable, so the detector passes the line and the
// decoder never sees it. Here each syllable of such a line is weighed against
// its mark variants (same mark-free skeleton) in its context, and replaced
// only when the language model prefers the variant by a wide margin on both
// sides: the left neighbour must not oppose it, the right one must not either,
// and the two together must favour it by more than a threshold, lower for
// words in capitals (where the OCR's marks are weakest) than for lower case.
// A word that stands beside a neighbour the counts have seen it with is never
// weighed: the model finds it plausible there. Names are never touched: a capitalised word inside an administrative-unit
// name, or a title-case word beside another (a person's or a place's name).
// Thresholds were chosen on held-out synthetic pages OCR'd by Tesseract vie
// (scripts/make-vie-pairs.ts, scripts/eval-restore.ts --vie).
// One confusion of the vie model is weighed apart: the hook (dấu hỏi) is a small
// mark it reads as an acute or a tilde (Tố chức, TÍNH ỦY, TĨNH QUẢNG NAM, đối mới)
// and puts over the dot of an i (chỉ bộ). The counts were built from text OCR'd
// the same way, so a misreading like `tố chức` has been seen beside its neighbour:
// for a variant that differs only by the hook, being seen there is no proof, and
// the lower capitals' gain is asked in every case. Only for text that model read
// (RestoreOptions.readBy): in a clean text such a word is the document's own
// (a typo as printed: chuyển đối số), and changing what is printed is harm.
import { MIN_CORPUS_SYLLABLE } from '../dictionaries.js';
import type { BigramModel } from './lm.js';
import type { NameModel } from './names.js';
import { ABBR_ID, BOUNDARY_ID, CLASS_TOKENS, NUMBER_ID, UNKNOWN_ID } from './tables.js';
import type { Token } from './tokenize.js';
import { applyCase, casePattern, stripMarks, syllableKey, type CasePattern } from './vietnamese.js';

export interface RealWordSettings {
  /** Least gain (nats, both sides together) for a word in capitals. */
  upperGain: number;
  /** Least gain for a word in lower case or title case. */
  lowerGain: number;
  /** Least gain on each side alone, beside a word. */
  sideGain: number;
  /** Least gain beside a boundary, number or abbreviation (negative: how much it may oppose). */
  classSideGain: number;
  /** Both bigrams of the word as read at least this likely (log): well attested, not weighed. */
  attested: number;
  /** Least gain for a variant that differs from the word as read only by the hook (hookConfusion). */
  hookGain: number;
  /** Least gain on each side alone for such a variant: as much as a side may oppose beside a boundary. */
  hookSideGain: number;
}

export const REAL_WORD_SETTINGS: RealWordSettings = {
  upperGain: 4,
  lowerGain: 20,
  sideGain: -1,
  classSideGain: -2,
  attested: -4,
  hookGain: 4,
  hookSideGain: -2,
};

const TONES = /[\u0301\u0303\u0309]/gu;
const HOOK = '\u0309';
const ACUTE = '\u0301';
const TILDE = '\u0303';

/**
 * Whether a syllable as read may be the vie model's misreading of the variant:
 * the same letters, the variant's hook read as an acute or a tilde (tố for tổ,
 * TĨNH for TỈNH), or a hook read over a bare vowel: over the dot of an i (chỉ for
 * chi, tỉnh for tinh), or over any vowel of a word in capitals (TIỂU for TIÊU),
 * whose marks it reads worst. Not the other way (it seldom loses a hook it was
 * shown), nor the grave, which leans the other way (trường / trưởng are read apart).
 */
export function hookConfusion(read: string, variant: string, capitals: boolean): boolean {
  const r = read.normalize('NFD');
  const v = variant.normalize('NFD');
  if (r.replace(TONES, '') !== v.replace(TONES, '')) return false;
  const readTone = r.match(TONES)?.join('') ?? '';
  const variantTone = v.match(TONES)?.join('') ?? '';
  if (variantTone === HOOK) return readTone === ACUTE || readTone === TILDE;
  return readTone === HOOK && variantTone === '' && (capitals || /[iI]\u0309/u.test(r));
}

export interface RealWordModel {
  lm: BigramModel;
  words: readonly string[];
  vocabulary: ReadonlyMap<string, number>;
  namePairs: ReadonlySet<number>;
  /** Syllables written on the same mark-free skeleton as this one (itself included). */
  variants(id: number): readonly number[];
  /** Words that a place's name follows (xã, phường, thôn …): the two words after one in capitals are a name. */
  placeWords: ReadonlySet<number>;
  /** Syllables of persons' names (names.ts registers), by the place they stand in: before the given name, or as it. */
  nameSyllables: NameSyllables;
  /** Each syllable's weighted count in the corpora (restore-vocab.tsv). */
  counts: ArrayLike<number>;
}

export interface NameSyllables {
  /** A surname or a middle name (Nguyễn, Văn, Thị, Vân). */
  leading: ReadonlySet<number>;
  given: ReadonlySet<number>;
}

/**
 * Least count in the registers (about 11,000 persons) for a syllable to stand for a name in a place:
 * one name in a thousand, so a word the registers hold once or twice (Thứ, Điểu) is no name's evidence.
 */
const NAME_SYLLABLE_COUNT = 10;

/** The ids of the syllables the registers hold as names, by place. */
export function nameSyllablesOf(names: NameModel, vocabulary: ReadonlyMap<string, number>): NameSyllables {
  const leading = new Set<number>();
  const given = new Set<number>();
  for (const [key, { counts }] of names.persons) {
    const id = vocabulary.get(key);
    if (id === undefined) continue;
    if (counts.surname >= NAME_SYLLABLE_COUNT || counts.middle >= NAME_SYLLABLE_COUNT) leading.add(id);
    if (counts.given >= NAME_SYLLABLE_COUNT) given.add(id);
  }
  return { leading, given };
}

/** Below the communes: the words of villages and hamlets (Thông tư 04/2012/TT-BNV: thôn, tổ dân phố; ấp, bản, buôn, sóc in the regions). */
export const HAMLET_WORDS = ['thôn', 'ấp', 'bản', 'buôn', 'sóc', 'xóm', 'làng', 'phố'];

export interface RealWordChange {
  token: Token;
  text: string;
  confidence: number;
}

interface Item {
  id: number;
  token: Token | null;
  pattern: CasePattern;
}

/**
 * The changes to the eligible word tokens of one line, weighed left to right
 * (a word's left neighbour as already corrected: MỤC TIỀU THỊ ĐUA).
 */
export function correctRealWords(
  model: RealWordModel,
  tokens: readonly Token[],
  eligible: (token: Token) => boolean,
  /** The word as it stands (a decoded line's replacement, or the token). */
  textOf: (token: Token) => string,
  /** The line was read by the vie OCR model: its hook misreadings (hookConfusion) are weighed apart. */
  readByVieModel: boolean,
  /** The document's own pairs of words written outside capitals (documentPairs). */
  ownPairs: ReadonlySet<number> = new Set(),
  settings: RealWordSettings = REAL_WORD_SETTINGS,
): RealWordChange[] {
  const items: Item[] = [{ id: BOUNDARY_ID, token: null, pattern: 'lower' }];
  for (const token of tokens) {
    if (token.kind === 'space') continue;
    if (token.kind === 'punct') {
      if (items[items.length - 1]?.id !== BOUNDARY_ID) items.push({ id: BOUNDARY_ID, token: null, pattern: 'lower' });
    } else if (token.kind === 'number') items.push({ id: NUMBER_ID, token: null, pattern: 'lower' });
    else if (token.kind !== 'word') items.push({ id: ABBR_ID, token: null, pattern: 'lower' });
    else {
      const text = textOf(token);
      items.push({ id: model.vocabulary.get(syllableKey(text)) ?? UNKNOWN_ID, token, pattern: casePattern(text) });
    }
  }
  if (items[items.length - 1]?.id !== BOUNDARY_ID) items.push({ id: BOUNDARY_ID, token: null, pattern: 'lower' });

  const changes = new Map<Token, RealWordChange>();
  const numeral = headingNumeral(tokens);
  if (numeral) changes.set(numeral, { token: numeral, text: stripMarks(numeral.text), confidence: NUMERAL_CONFIDENCE });
  // A change gives its neighbours a new context (MỤC TIỀU THỊ ĐUA: THỊ first, then TIỀU): weighed again.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (!weigh(model, items, eligible, readByVieModel, ownPairs, settings, changes)) break;
  }
  return [...changes.values()].filter((c) => c.text !== textOf(c.token));
}

/**
 * The pairs of neighbouring words (ids, as namePairs) a document writes with a word outside capitals:
 * its own spelling where case tells the model more than in a heading (Đoàn Viện, not đoàn viên).
 */
export function documentPairs(model: RealWordModel, lines: readonly (readonly Token[])[], textOf: (token: Token) => string): Set<number> {
  const pairs = new Set<number>();
  for (const tokens of lines) {
    let before: { id: number; upper: boolean } | null = null;
    for (const token of tokens) {
      if (token.kind === 'space') continue;
      if (token.kind !== 'word') {
        before = null;
        continue;
      }
      const text = textOf(token);
      const word = { id: model.vocabulary.get(syllableKey(text)) ?? UNKNOWN_ID, upper: casePattern(text) === 'upper' };
      if (before && before.id !== UNKNOWN_ID && word.id !== UNKNOWN_ID && !(before.upper && word.upper)) pairs.add(before.id * 65536 + word.id);
      before = word;
    }
  }
  return pairs;
}

/** The document writes `w` beside `prev` or `next` (documentPairs), and none of its variants beside either. */
function ownWord(ownPairs: ReadonlySet<number>, prev: number, w: number, next: number, variants: readonly number[]): boolean {
  const beside = (v: number): boolean => ownPairs.has(prev * 65536 + v) || ownPairs.has(v * 65536 + next);
  return beside(w) && !variants.some((v) => v !== w && beside(v));
}

/**
 * Least corpus count of the variant a word is changed to. A syllable the corpora hardly print (`doan` 16 times, a
 * stripped crawl's trace, against `đoàn` 13,503) is no word a page meant: its few bigrams (`thị doan`) are noise,
 * and they would turn a right `THỊ ĐOÀN` into `THỊ DOAN`. The vocabulary's own floor for a corpus syllable.
 */
export const MIN_VARIANT_COUNT = MIN_CORPUS_SYLLABLE;

/** Passes over a line; one more only after a change. */
const MAX_PASSES = 3;
const NUMERAL_CONFIDENCE = 0.9;

/** A heading's Roman numeral read with a mark (VỊ. for VI.): the first word of a capitals line, before a full stop. */
function headingNumeral(tokens: readonly Token[]): Token | null {
  const words = tokens.filter((t) => t.kind !== 'space');
  const [first, dot] = words;
  if (!first || first.kind !== 'word' || dot?.text !== '.' || casePattern(first.text) !== 'upper') return null;
  const bare = stripMarks(first.text);
  if (bare === first.text || !/^[IVX]{2,4}$/.test(bare)) return null;
  const letters = words.filter((t) => t.kind === 'word').map((t) => t.text);
  return letters.length >= 2 && letters.every((w) => casePattern(w) === 'upper') ? first : null;
}

function weigh(
  model: RealWordModel,
  items: Item[],
  eligible: (token: Token) => boolean,
  readByVieModel: boolean,
  ownPairs: ReadonlySet<number>,
  settings: RealWordSettings,
  changes: Map<Token, RealWordChange>,
): boolean {
  const lm = model.lm;
  let changed = false;
  for (let i = 1; i < items.length - 1; i++) {
    const item = items[i] as Item;
    const token = item.token;
    const w = item.id;
    if (!token || w === UNKNOWN_ID || !eligible(token)) continue;
    const before = items[i - 1] as Item;
    const after = items[i + 1] as Item;
    const prev = before.id;
    const next = after.id;
    const left = lm.logProb(prev, w);
    const right = lm.logProb(w, next);
    if (left > settings.attested && right > settings.attested) continue;
    const variants = model.variants(w);
    if (variants.length < 2) continue;
    // Do no harm: a word some text writes beside its neighbour (vẫn còn, đảo lộn, Thủ trưởng) is right where it stands,
    // but for the hook's misreadings, which the counts' own OCR'd texts hold too.
    const seen = (prev >= CLASS_TOKENS.length && lm.seen(prev, w)) || (next >= CLASS_TOKENS.length && lm.seen(w, next));
    const written = model.words[w] ?? '';
    const hooks = readByVieModel ? variants.filter((v) => v !== w && hookConfusion(written, model.words[v] ?? '', item.pattern === 'upper')) : [];
    if (seen && hooks.length === 0) continue;
    // A heading in capitals repeats the body's terms (the issuer's name of the letterhead and the signature:
    // BCH ĐOÀN VIỆN for the body's Đoàn Viện): where the document writes the word as read beside the same
    // neighbour in small letters, and no variant there, that case context says it is its own word, which the
    // capitals hide from the model.
    if (item.pattern === 'upper' && ownWord(ownPairs, prev, w, next, variants)) continue;
    const named = isName(model, items, i);
    if (named && !(hooks.length > 0 && commonWordInName(items, i))) continue;
    const need = item.pattern === 'upper' ? settings.upperGain : settings.lowerGain;
    let best = w;
    let bestGain = 0;
    let sum = 1;
    const leftNeed = prev < CLASS_TOKENS.length ? settings.classSideGain : settings.sideGain;
    const rightNeed = next < CLASS_TOKENS.length ? settings.classSideGain : settings.sideGain;
    for (const v of variants) {
      if (v === w) continue;
      // Only a word neighbour is evidence for a variant: a boundary, number or abbreviation may only oppose it.
      const dl = Math.min(lm.logProb(prev, v) - left, prev < CLASS_TOKENS.length ? 0 : Infinity);
      const dr = Math.min(lm.logProb(v, next) - right, next < CLASS_TOKENS.length ? 0 : Infinity);
      sum += Math.exp(dl + dr);
      const hook = hooks.includes(v);
      if ((seen || named) && !hook) continue;
      if ((model.counts[v] ?? 0) < MIN_VARIANT_COUNT) continue;
      // The hook's misreading is asked at most the hook's gains.
      const sideCap = hook ? settings.hookSideGain : Infinity;
      if (dl < Math.min(leftNeed, sideCap) || dr < Math.min(rightNeed, sideCap)) continue;
      if (dl + dr >= Math.min(need, hook ? settings.hookGain : Infinity) && dl + dr > bestGain) {
        best = v;
        bestGain = dl + dr;
      }
    }
    if (best === w) continue;
    const text = applyCase(model.words[best] ?? token.text, item.pattern);
    item.id = best;
    changed = true;
    changes.set(token, { token, text, confidence: Math.exp(bestGain) / sum });
  }
  return changed;
}

/**
 * A title-case word before a word in small letters closes a capitalised run: the
 * name of a body or a law (Ban Tổ chức, Luật Tổ chức, Chi bộ, Chỉ đoàn), whose
 * words are common words; a person's or place's name is all capitalised.
 */
function commonWordInName(items: readonly Item[], i: number): boolean {
  const after = items[i + 1] as Item;
  return (items[i] as Item).pattern === 'title' && after.token !== null && after.pattern === 'lower';
}

/**
 * A capitalised word inside a known place name or one of the two after a
 * place word (XÃ PHỐ BẢNG), or any title-case word (a name: P.T.T.Huyền,
 * Lạch Bạng): left as written.
 */
function isName(model: RealWordModel, items: readonly Item[], i: number): boolean {
  const item = items[i] as Item;
  const before = items[i - 1] as Item;
  const after = items[i + 1] as Item;
  if (item.pattern === 'lower') return false;
  if (item.pattern === 'title') return true;
  if (nameInCapitals(model, items, i)) return true;
  if (before.pattern !== 'lower' && model.namePairs.has(before.id * 65536 + item.id)) return true;
  if (after.pattern !== 'lower' && model.namePairs.has(item.id * 65536 + after.id)) return true;
  return [items[i - 1], items[i - 2]].some((place) => place !== undefined && place.pattern !== 'lower' && model.placeWords.has(place.id));
}

/**
 * A person's or a place's name in capitals (a title's NÔNG TRƯỜNG VÂN HÙNG, a signer's name): the word and a
 * neighbour in capitals stand where a name's syllables do (a surname or middle name, then a given name), and a
 * mark variant of the word stands there in names too. Between two names the language model only knows which is
 * commoner (VĂN over VÂN), no evidence of a misreading; a variant no name has there is still weighed (BÌNH ĐĂNG
 * GIỚI is BÌNH ĐẲNG, though Bình Đăng is a name).
 */
function nameInCapitals(model: RealWordModel, items: readonly Item[], i: number): boolean {
  const { leading, given } = model.nameSyllables;
  const item = items[i] as Item;
  const capital = (n: Item | undefined): n is Item => n !== undefined && n.token !== null && n.pattern === 'upper';
  const before = items[i - 1];
  const after = items[i + 1];
  const asGiven = given.has(item.id) && capital(before) && leading.has(before.id);
  const asLeading = leading.has(item.id) && capital(after) && given.has(after.id);
  if (!asGiven && !asLeading) return false;
  const names = asGiven ? given : leading;
  return model.variants(item.id).some((v) => v !== item.id && names.has(v));
}
