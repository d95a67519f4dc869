import { describe, expect, it } from 'vitest';
import { decodeSegment, type LatticePosition } from '../../src/restore/decode.js';
import { loadRestorer } from '../../src/restore/index.js';

const restorer = loadRestorer();
const { model, vocabulary } = restorer;
// Each lattice column its own number (LatticePosition.column), as the restorer gives them.
let columns = 0;
const column = (...words: string[]): LatticePosition => ({
  candidates: words.map((w) => ({ id: vocabulary.get(w) ?? -1, cost: 0 })),
  column: columns++,
  capitalised: false,
});

describe('decodeSegment', () => {
  it('lets the language model choose among readings the channel cannot tell apart', () => {
    const lattice = [column('thì', 'thi', 'thị'), column('dừa', 'đua', 'dưa'), column('yêu', 'yểu'), column('nước', 'nuốc')];
    const reading = decodeSegment(lattice, model);
    expect(reading?.indices.map((index, t) => lattice[t]?.candidates[index]?.id)).toEqual(['thi', 'đua', 'yêu', 'nước'].map((w) => vocabulary.get(w)));
    for (let t = 0; t < lattice.length; t++) expect(reading?.confidence(t)).toBeGreaterThan(0.5);
  });

  it('lets a strong channel cost win over the language model', () => {
    const lattice = [column('nông'), { candidates: [{ id: vocabulary.get('thôn') ?? -1, cost: 30 }, { id: vocabulary.get('thông') ?? -1, cost: 0 }], column: columns++, capitalised: false }];
    expect(decodeSegment(lattice, model)?.indices[1]).toBe(1);
  });

  it('numbers the fixed columns apart from each other and from the columns to come', () => {
    // A number shared by two columns would read one's bigram matrices for the other's.
    const numbers = [...restorer.fixedPositions.values()].map((p) => p.column);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Math.max(...numbers)).toBeLessThan(restorer.nextColumn);
  });
});
