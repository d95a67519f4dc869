import { describe, expect, it } from 'vitest';
import { loadRestorer } from '../../src/restore/index.js';
import { placedTone } from '../../src/restore/tables.js';

const { model, vocabulary, words } = loadRestorer();
const id = (w: string): number => {
  const found = vocabulary.get(w);
  if (found === undefined) throw new Error(`${w} not in the vocabulary`);
  return found;
};

describe('language model', () => {
  it('is a distribution: P(w | v) sums to 1 over the vocabulary', () => {
    for (const v of ['của', 'thi', 'nông']) {
      let bigram = 0;
      let trigram = 0;
      for (let w = 0; w < words.length; w++) {
        bigram += Math.exp(model.lm.logProb(id(v), w));
        trigram += Math.exp(model.trigram.logProb(id('xây'), id('dựng'), w));
      }
      expect(bigram).toBeCloseTo(1, 2);
      expect(trigram).toBeCloseTo(1, 2);
    }
  });

  it('prefers the administrative reading', () => {
    expect(model.lm.logProb(id('thi'), id('đua'))).toBeGreaterThan(model.lm.logProb(id('thì'), id('dừa')));
    expect(model.trigram.logProb(id('nông'), id('thôn'), id('mới'))).toBeGreaterThan(model.trigram.logProb(id('nông'), id('thôn'), id('với')));
  });
});

describe('printed tone placement', () => {
  it('puts the tone of oa, oe, uy on the glide only where the pair ends the syllable', () => {
    expect(['ngòai', 'khủyu', 'hòa', 'thủy', 'khỏe', 'toàn', 'quỳnh', 'Ngòai'].map(placedTone)).toEqual(['ngoài', 'khuỷu', 'hòa', 'thủy', 'khỏe', 'toàn', 'quỳnh', 'Ngoài']);
  });

  it('prints a restored syllable with its tone where it belongs, whatever form the corpus printed most', () => {
    const restorer = loadRestorer();
    expect(restorer.restoreText('trong va ngoai nuoc').text).toBe('trong và ngoài nước');
  });
});
