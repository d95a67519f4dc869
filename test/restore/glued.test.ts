// Words in capitals that lost their spaces with their marks (glued.ts): cut where the
// language model has seen every pair of neighbours, never a loanword or a code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutGlued } from '../../src/restore/glued.js';
import { defaultRestorer, restoreText } from '../../src/restore/index.js';
import { stripMarks } from '../../src/restore/vietnamese.js';

const pieces = (skeleton: string): string[] | null => {
  const restorer = defaultRestorer();
  const ends = cutGlued(skeleton, { candidates: restorer.candidates, lm: restorer.model.lm });
  return ends && ends.map((end, i) => skeleton.slice(i === 0 ? 0 : ends[i - 1], end));
};

describe('glued words', () => {
  it('cuts glued syllables of the genre', () => {
    expect(pieces('banhanh')).toEqual(['ban', 'hanh']);
    expect(pieces('phapluat')).toEqual(['phap', 'luat']);
    expect(pieces('hoinongdan')).toEqual(['hoi', 'nong', 'dan']);
  });

  it('leaves foreign words, codes and short loanwords whole', () => {
    for (const word of ['online', 'website', 'covid', 'asean', 'unesco', 'karaoke', 'logo', 'taxi', 'ubnd', 'hdnd']) expect(pieces(word)).toBeNull();
  });

  it('restores a stripped heading whose spaces were lost, and a line of glued words alone', () => {
    expect(restoreText('KEHOACH\nTRIEN KHAI THUCHIEN PHONGTRAO THI DUA NAM 2025\nUy ban nhan dan xa tong ket cong tac thi dua', { damage: 'stripped' }).text).toBe(
      'KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2025\nỦy ban nhân dân xã tổng kết công tác thi đua',
    );
  });

  it('restores the marks of running text glued on the page itself and keeps its glue, never an address', () => {
    // A real line of an outside text (party-2026 306), stripped as the judge strips them: the page's own glued words.
    const gold = readFileSync('fixtures/outside/party-2026/texts/306_btctw-huongdan-danhgia-2008.txt', 'utf8').normalize('NFC').split('\n')[9] ?? '';
    const restored = restoreText(`${stripMarks(gold)}\nChi tiet xem tai http://sonla.gov.vn va hoidap.vn.`, { damage: 'stripped' }).text.split('\n');
    expect(restored[0]).toContain('tổ chức cơ sở đảng và đảngviên để cấp');
    expect(restored[0]).toContain('nâng caonăng lực lãnh đạo');
    expect(restored[0]).toContain('đội ngũcán bộ');
    expect(restored[1]).toContain('http://sonla.gov.vn và hoidap.vn.');
    // A foreign name beside foreign words (state-2026 005) is no glued pair of syllables (Mê Kông).
    const festival = readFileSync('fixtures/outside/state-2026/texts/005_tinh-congvan-2006.txt', 'utf8').normalize('NFC').split('\n')[6] ?? '';
    expect(restoreText(stripMarks(festival), { damage: 'stripped' }).text).toContain('"Mekong Festival 2006"');
  });

  it('never cuts a word of a right line or of raw OCR', () => {
    expect(restoreText('Kế hoạch BANHANH của Ủy ban nhân dân tỉnh về công tác thi đua').text).toContain('BANHANH');
  });
});
