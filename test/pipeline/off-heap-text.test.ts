// Pieces held as UTF-8 in one growing buffer give back exactly what joining the
// strings gives: multi-byte characters, pairs, separators, a lone surrogate
// (which no byte form holds), and enough pieces to grow the buffer many times.
import { describe, expect, it } from 'vitest';
import { OffHeapText } from '../../src/off-heap-text.js';

function joined(pieces: string[], separator: string): string {
  const text = new OffHeapText(separator);
  for (const piece of pieces) text.push(piece);
  return text.join();
}

describe('OffHeapText', () => {
  const plan = 'KẾ HOẠCH\nTriển khai công tác thi đua 😀 năm 2025\n';
  const many = Array.from({ length: 3000 }, (_, i) => `${plan}Bản sao số ${i}`);

  it('joins pieces as strings join, through many growths of its buffer', () => {
    for (const separator of ['', '\n']) {
      for (const pieces of [[], [plan], ['', ''], [plan, '', plan], many]) expect(joined(pieces, separator)).toBe(pieces.join(separator));
    }
  });

  it('keeps a piece with half a surrogate pair, wherever it comes', () => {
    const half = '😀'.slice(0, 1);
    for (const at of [0, 1, 1500, 2999]) {
      const pieces = many.map((piece, i) => (i === at ? `${piece}${half}` : piece));
      expect(joined(pieces, '\n')).toBe(pieces.join('\n'));
    }
  });

  it('starts again empty once joined', () => {
    const text = new OffHeapText('\n');
    text.push(plan);
    text.push(plan);
    expect(text.join()).toBe(`${plan}\n${plan}`);
    text.push('một');
    expect(text.join()).toBe('một');
  });
});
