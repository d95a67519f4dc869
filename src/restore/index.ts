// PLACEHOLDER — replaced by the restoration work (issue 3). Passes text through.
import type { RestoredText } from '../types.js';

export function restoreText(text: string): RestoredText {
  return { text, corrections: [], tokens: 0, changed: 0 };
}
