// Glyphs a PDF text layer spaced out one by one (a 2003 TCVN3 Word file, kinds-2026b 080), joined back
// when the text shows that damage and the joins are syllables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vietnameseEncodings } from '../../src/input/encodings/index.js';
import { joinSplitSyllables, spacedOutGlyphs } from '../../src/input/encodings/split-syllables.js';

const DAMAGED = readFileSync('fixtures/outside/kinds-2026b/texts/080_tw-qd-bantin-tcvn3-2003.txt', 'utf8');
const RIGHT = readFileSync('fixtures/outside/kinds-2026b/texts/078_tinh-qd-quyche-thonvanhoa-2006.txt', 'utf8');

describe('a TCVN3 text layer with its glyphs spaced out', () => {
  const encodings = vietnameseEncodings();

  it('is read again and its syllables joined, never over a gap of two spaces', () => {
    const read = encodings.repairMisdecoded(DAMAGED);
    expect(read?.encoding.name).toBe('tcvn3');
    expect(read?.text).toContain('Thông  tin số  53/2003/');
    expect(read?.text).toContain('ngày  04  ở tháng  năm  2003 về  việc ban  hành');
    // `Q uy Õ t  Þ nh`: Quyết, then what the layer left of định apart
    expect(read?.text).toContain('Quyết  ị nh');
    expect(read?.encoding.notes.some((n) => /spaced out glyph by glyph/.test(n))).toBe(true);
  });

  it('is told from right text by its share of letter pieces', () => {
    const decoded = encodings.repairMisdecoded(DAMAGED)?.text ?? '';
    expect(spacedOutGlyphs(decoded, encodings.inventory)).toBe(true);
    expect(spacedOutGlyphs(RIGHT, encodings.inventory)).toBe(false);
  });

  it('joins pieces only into syllables, leaving pieces that make none', () => {
    // 080's line once read: `tr n g` (trưởng without its ư ở) makes no syllable and stays; `Văn h` is no word
    expect(joinSplitSyllables('Bộ  tr n g  Bộ  Văn h ó a  T h ô n g  tin s ố', encodings.inventory)).toEqual({
      text: 'Bộ  tr n g  Bộ  Văn hóa  Thông  tin số',
      joined: 3,
    });
  });
});
