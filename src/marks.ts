// Vietnamese letters without their marks, shared by every stage that compares
// words by their letters alone (keyword matching, candidate lookup, scoring).

/** Letters without any mark ("Đảng" -> "Dang"); keeps case and every non-letter. */
export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
