// Is a PDF's text layer worth reading? Scanners and "searchable PDF" tools put
// their own OCR under the page image, usually made without a Vietnamese model
// (`CONG Hcok xA HQI CHiJ NGHiA VIVT NAM`); old born-digital files carry text in
// TCVN3 / VNI fonts that maps to Latin-1 junk (`Uû ban nh©n d©n`). Such a layer
// reads worse than OCR of the page image (18–30 % CER against 9 %), so it is
// judged like OCRmyPDF's --redo-ocr decides: a layer that is not Vietnamese is
// replaced by OCR of the page.
import { hasMarks, isSyllableShape, syllableKey } from '../restore/vietnamese.js';
import { hasRealText } from './pdf.js';

export interface LayerVerdict {
  trusted: boolean;
  /** Why an existing layer was not trusted; null when it was, or when there was no text to judge. */
  reason: string | null;
}

/** Below this share of words shaped like Vietnamese syllables, the layer is garble. */
const MIN_SYLLABLE_SHARE = 0.75;
/** Vietnamese prose marks most of its words; a layer under this share lost its marks (an `eng` OCR, a stripped text). */
const MIN_MARKED_SHARE = 0.3;
/** Words needed before the marked share means anything (a page of names and numbers has few). */
const MIN_WORDS_FOR_MARKS = 30;
/** Letters outside the Vietnamese alphabet (ö, ç, ©, ¬ as letters of TCVN3) allowed, as a share of the letters. */
const MAX_FOREIGN_SHARE = 0.01;

// Combining marks of Vietnamese: grave, acute, circumflex, tilde, breve, hook above, horn, dot below.
const VIETNAMESE_MARKS = new Set(['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323']);

export function judgeTextLayer(text: string): LayerVerdict {
  if (!hasRealText(text)) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    return { trusted: false, reason: letters >= 20 ? 'glyphs without a Unicode map' : null };
  }
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
  const foreign = letters.filter((ch) => !isVietnameseLetter(ch)).length;
  if (foreign > letters.length * MAX_FOREIGN_SHARE) {
    return { trusted: false, reason: `${percent(foreign / letters.length)} of its letters are not Vietnamese` };
  }
  // words of letters only; an all-capital short word is an abbreviation (UBND, KH), not a syllable to judge
  const words = (text.match(/\p{L}+/gu) ?? []).filter((w) => !(w.length <= 5 && w === w.toUpperCase() && w.length > 1 && !hasMarks(w)));
  if (words.length === 0) return { trusted: true, reason: null };
  const syllables = words.filter((w) => isSyllableShape(syllableKey(w))).length;
  if (syllables < words.length * MIN_SYLLABLE_SHARE) {
    return { trusted: false, reason: `only ${percent(syllables / words.length)} of its words are Vietnamese syllables` };
  }
  const marked = words.filter((w) => hasMarks(w)).length;
  if (words.length >= MIN_WORDS_FOR_MARKS && marked < words.length * MIN_MARKED_SHARE) {
    return { trusted: false, reason: `only ${percent(marked / words.length)} of its words carry Vietnamese marks` };
  }
  return { trusted: true, reason: null };
}

function isVietnameseLetter(ch: string): boolean {
  const [base, ...marks] = ch.normalize('NFD');
  if (base === undefined) return false;
  if (base === 'đ' || base === 'Đ') return marks.length === 0;
  return /[a-z]/i.test(base) && marks.length <= 2 && marks.every((m) => VIETNAMESE_MARKS.has(m));
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
