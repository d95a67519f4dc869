import type { Correction } from '../types.js';
import { foldSameLength, stripMarks, tokenize } from './fold.js';

/** Restoration put marks on a word of the value: the text came without them. */
function restoredMarks(value: string, onValueLines: readonly Correction[]): boolean {
  const words = new Set(tokenize(value).map((t) => t.text.toLowerCase()));
  return onValueLines.some((c) => c.to !== c.from && stripMarks(c.to) === c.from && words.has(c.to.toLowerCase()));
}

/** An authority's word before the organ it signs for (`TM.`, `KT.`, `K/T`): not part of the name looked for. */
const AUTHORITY_WORD = /^(?:\p{Lu}{2,3}\.|\p{Lu}\/\p{Lu}\.?)\s*/u;

/**
 * Another spelling the text gives a name held in a value restoration gave
 * marks to: the same letters, without marks and case, standing elsewhere in
 * the text with other marks (`Hội đồng Đội Trung ương` in the body, `Hội đồng
 * đối Trung ương` under the signature, read from `HOI DONG DOI TRUNG UONG`).
 * A text spells an organ's name one way throughout; two readings of the same
 * letters mean the words around each settled neither, and the value holding
 * one is a guess. Null when restoration put no marks in the value's words (a
 * text's own spelling is its own, `Đăk` beside `Đắk` included) or no other
 * spelling stands in the text.
 */
export function otherSpelling(value: string, onValueLines: readonly Correction[], text: string): string | null {
  const name = value.replace(AUTHORITY_WORD, '');
  if (!restoredMarks(name, onValueLines) || name.length === 0) return null;
  const folded = foldSameLength(text);
  const wanted = foldSameLength(name);
  const spelt = name.toLowerCase();
  for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
    const bounded = !/\p{L}/u.test(folded[at - 1] ?? '') && !/\p{L}/u.test(folded[at + wanted.length] ?? '');
    const found = text.slice(at, at + wanted.length);
    if (bounded && found.toLowerCase() !== spelt) return found;
  }
  return null;
}
