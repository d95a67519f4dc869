import { describe, expect, it } from 'vitest';
import { outputStems } from '../../src/batch/output-names.js';

describe('outputStems', () => {
  it('drops the extension and keeps the folders', () => {
    const stems = outputStems(['000_1dfcce3e49897e6a.txt', 'a/b/Kế hoạch 12.pdf', 'a/README']);
    expect(Object.fromEntries(stems)).toEqual({
      '000_1dfcce3e49897e6a.txt': '000_1dfcce3e49897e6a',
      'a/b/Kế hoạch 12.pdf': 'a/b/Kế hoạch 12',
      'a/README': 'a/README',
    });
  });

  it('keeps the whole name of inputs whose stems clash in one folder', () => {
    const stems = outputStems(['x.pdf', 'x.txt', 'y.txt', 'sub/x.pdf', 'X.jpg.tiff', 'X.JPG']);
    expect(Object.fromEntries(stems)).toEqual({
      'x.pdf': 'x.pdf',
      'x.txt': 'x.txt',
      'y.txt': 'y',
      'sub/x.pdf': 'sub/x',
      // `X.jpg` (stem of X.jpg.tiff) is X.JPG's own name: both keep their names
      'X.jpg.tiff': 'X.jpg.tiff',
      'X.JPG': 'X.JPG',
    });
  });

  it('never gives two inputs the same output, even when names differ by case only', () => {
    const paths = ['a.txt', 'A.txt', 'a.TXT', 'a', 'a.txt.md'];
    const stems = [...outputStems(paths).values()].map((s) => s.toLowerCase());
    expect(new Set(stems).size).toBe(paths.length);
  });
});
