import { describe, expect, it } from 'vitest';
import { decodeSegment, type LatticePosition } from '../../src/restore/decode.js';
import { loadRestorer } from '../../src/restore/index.js';

const { model, vocabulary } = loadRestorer();
const column = (...words: string[]): LatticePosition => ({
  candidates: words.map((w) => ({ id: vocabulary.get(w) ?? -1, cost: 0 })),
  capitalised: false,
});

describe('decodeSegment', () => {
  it('lets the language model choose among readings the channel cannot tell apart', () => {
    const lattice = [column('thì', 'thi', 'thị'), column('dừa', 'đua', 'dưa'), column('yêu', 'yểu'), column('nước', 'nuốc')];
    const choices = decodeSegment(lattice, model);
    expect(choices.map((c, t) => lattice[t]?.candidates[c.index]?.id)).toEqual(['thi', 'đua', 'yêu', 'nước'].map((w) => vocabulary.get(w)));
    for (const c of choices) expect(c.confidence).toBeGreaterThan(0.5);
  });

  it('lets a strong channel cost win over the language model', () => {
    const lattice = [column('nông'), { candidates: [{ id: vocabulary.get('thôn') ?? -1, cost: 30 }, { id: vocabulary.get('thông') ?? -1, cost: 0 }], capitalised: false }];
    expect(decodeSegment(lattice, model)[1]?.index).toBe(1);
  });
});
