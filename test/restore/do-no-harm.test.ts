// Do no harm on right text (issue 9): the changes restoration made to clean texts of the outside sets
// (npx tsx scripts/eval-restore.ts, "clean, outside") where the page's word was right, or its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../src/restore/index.js';

const outside = (set: string, name: string): string => readFileSync(new URL(`../../fixtures/outside/${set}/texts/${name}`, import.meta.url), 'utf8');

describe('clean text keeps its right words', () => {
  it("keeps a capitals heading's word the body writes beside the same neighbour (party-2026l 299)", () => {
    const text = outside('party-2026l', '299_doanvien-cnsh-ctu-laodong-2009.txt');
    // The letterhead and signature's BCH ĐOÀN VIỆN is the body's Đoàn Viện (the Institute's Youth Union), not đoàn viên.
    const out = restoreText(text);
    expect(out.corrections.filter((c) => c.from === 'VIỆN')).toEqual([]);
    // Alone, the heading has no case context, and the model prefers the commoner pair.
    expect(restoreText('BCH ĐOÀN VIỆN NC&PT CNSH').text).toBe('BCH ĐOÀN VIÊN NC&PT CNSH');
  });

  it('still mends a heading whose body writes the variant (party-2026 303: HỘI NGHỊ LÂN THỨ BẢY, body lần thứ)', () => {
    const text = outside('party-2026', '303_tinhuy-hue-ketluan-2022.txt');
    expect(restoreText(text).corrections).toContainEqual(expect.objectContaining({ line: 7, from: 'LÂN', to: 'LẦN' }));
  });

  it('takes no spelling of the body as its own where the body writes the variant too (vie 102: an OCR reads bình đăng giới and bình đẳng giới)', () => {
    const read = readFileSync(new URL('fixtures/vie/102.ocr.txt', import.meta.url), 'utf8');
    expect(restoreText(read, { readBy: 'vie-ocr' }).corrections).toContainEqual(expect.objectContaining({ line: 9, from: 'ĐĂNG', to: 'ĐẲNG' }));
  });

  it("asks a name on a right document's line the decoder's bar (party-2026h 271: a letterhead printed without marks)", () => {
    const text = outside('party-2026h', '271_liendoi-chochua-denghi-ketnap-2014.txt');
    const out = restoreText(text);
    expect(out.text.split('\n')[0]).toBe(text.split('\n')[0]);
    expect(out.corrections.filter((c) => c.line === 1)).toEqual([]);
  });

  it("leaves a right line's unknown word that reads only as a syllable the corpora hardly print (party-2026h 269: ngun)", () => {
    const text = outside('party-2026h', '269_hkh-thanhoai-baocao-2012.txt');
    const out = restoreText(text);
    expect(out.corrections.filter((c) => c.from === 'ngun')).toEqual([]);
    // A text layer's cơng, no Vietnamese syllable, is still công (party-2026e 204).
    expect(restoreText(outside('party-2026e', '204_doanxa-thienke-chaungoan-2018.txt')).corrections).toContainEqual(expect.objectContaining({ from: 'cơng', to: 'công' }));
  });
});
