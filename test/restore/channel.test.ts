import { describe, expect, it } from 'vitest';
import { Channel, PRIOR_CHANNEL, STRIPPED_CHANNEL, encode } from '../../src/restore/channel.js';
import { stripMarks } from '../../src/restore/vietnamese.js';
import { loadRestorer } from '../../src/restore/index.js';

const restorer = loadRestorer();
const words = (observed: string, channel = restorer.channels.ocr): string[] =>
  restorer.candidates.lookup(observed, channel).map((c) => restorer.words[c.id] ?? '');

describe('OCR channel', () => {
  const channel = new Channel(PRIOR_CHANNEL);

  it('prices the usual misreadings below unrelated letters', () => {
    expect(channel.cost('ciia', 'của')).toBeLessThan(channel.cost('ciia', 'cha'));
    expect(channel.cost('s6', 'số')).toBeLessThan(channel.cost('s6', 'sa'));
    expect(channel.cost('twong', 'tướng')).toBeLessThan(channel.cost('twong', 'trong'));
    expect(channel.cost('pang', 'đảng')).toBeLessThan(channel.cost('pang', 'lang'));
  });

  it('prefers reading a letter as itself', () => {
    expect(channel.cost('nam', 'nam')).toBe(0);
    expect(channel.cost('nam', 'năm')).toBeGreaterThan(0);
  });

  it('aligns letters, pairs and drops', () => {
    expect(channel.align('ciia', 'của')).toEqual([
      { observed: 'c', intended: 'c' },
      { observed: 'ii', intended: 'ủ' },
      { observed: 'a', intended: 'a' },
    ]);
  });
});

describe('skeleton bound', () => {
  it('never exceeds the cost of a syllable written on the skeleton', () => {
    const channel = restorer.channels.ocr;
    for (const [observed, syllables] of [['ciia', ['của', 'cửa', 'cua']], ['s6', ['số', 'sổ', 'sỏ']], ['twong', ['tướng', 'tương', 'trường']]] as const) {
      const o = encode(observed);
      const pairs = channel.pairsOf(observed);
      for (const syllable of syllables) {
        const bound = channel.boundEncoded(o, pairs, encode(stripMarks(syllable)));
        expect(bound, `${observed} ${syllable}`).toBeLessThanOrEqual(channel.costEncoded(o, pairs, encode(syllable)) + 1e-6);
      }
    }
  });
});

describe('candidates', () => {
  it('finds the intended syllable for garbled tokens', () => {
    const cases: [string, string][] = [
      ['ciia', 'của'], ['s6', 'số'], ['twong', 'tướng'], ['thii', 'thủ'], ['cir', 'cứ'],
      ['quyét', 'quyết'], ['pang', 'đảng'], ['cta', 'của'], ['trj', 'trị'], ['thue', 'thực'],
    ];
    for (const [observed, intended] of cases) expect(words(observed), observed).toContain(intended);
  });

  it('keeps stripped text to its own skeleton', () => {
    const found = words('cua', restorer.channels.stripped);
    expect(found).toContain('của');
    expect(found.every((w) => ['cua', 'của', 'cửa', 'cùa', 'cúa', 'cụa', 'cưa', 'cứa', 'cựa', 'cừa', 'cữa', 'cũa', 'cưả'].includes(w))).toBe(true);
    expect(new Channel(STRIPPED_CHANNEL).editsLetters).toBe(false);
  });
});

describe('candidates of OCR garble', () => {
  it('reads a mark printed on either vowel of the tone placements (khoé for khỏe/khoẻ, khéa for khóa/khoá)', () => {
    expect(words('khoé')).toContain('khỏe');
    expect(words('khéa')).toContain('khóa');
  });

  it('reads & as a hooked o as well as a marked a (s& for sở)', () => {
    expect(words('s&')).toContain('sở');
    expect(words('x&')).toContain('xã');
  });
});

describe('learned garble of eng', () => {
  it('prices an accented letter read for a marked letter of another base by what the pairs showed (é for á)', () => {
    const costs = { ...PRIOR_CHANNEL, markReadings: { 'é\u0000a': 1.1 } };
    const channel = new Channel(costs);
    expect(channel.cost('tréch', 'trách')).toBeCloseTo(1.1);
    // Only for a marked letter: a bare a is no reading of é.
    expect(channel.cost('tréch', 'trach')).toBeGreaterThan(channel.cost('tréch', 'trách'));
    // And never dearer than the letter rule with a misread mark.
    expect(new Channel({ ...costs, markReadings: { 'é\u0000a': 9 } }).cost('tréch', 'trách')).toBeLessThan(9);
  });

  it('reads two characters for one letter where the committed table learned it (ctr for cử)', () => {
    expect(restorer.channels.ocr.costs.rules.some((r) => r.observed === 'tr' && r.intended === 'ư')).toBe(true);
    expect(words('ctr')).toContain('cử');
  });

  it('finds whole-token readings of the table (cling for cũng), and none for a token that names a property of every object', () => {
    expect(Object.keys(restorer.channels.ocr.costs.words ?? {})).toContain('cling');
    expect(words('cling')).toContain('cũng');
    // The table was an object: "constructor" found Object's own constructor there, and the search threw.
    expect(() => words('constructor')).not.toThrow();
    expect(() => restorer.restoreText('Ké hoach nay thyc hién constructor toString cla UBND xa.')).not.toThrow();
  });
});
