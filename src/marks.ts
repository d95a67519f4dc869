// Vietnamese letters without their marks, shared by every stage that compares
// words by their letters alone (keyword matching, candidate lookup, scoring).

const ASCII = /^[ -~\t\n\r]*$/;

/** Letters without any mark ("Đảng" -> "Dang"); keeps case and every non-letter. */
export function stripMarks(s: string): string {
  // Printable ASCII, tabs and line breaks have no marks and no đ, and normalising it changes nothing.
  if (ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
