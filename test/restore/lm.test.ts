import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DICTIONARIES_DIR } from '../../src/dictionaries.js';
import { loadRestorer } from '../../src/restore/index.js';
import { BACKWARD_LM_SETTINGS, BigramModel, compileLanguageModel, reversedCounts, SearchedTrigramModel, TrigramModel, type CompiledLm } from '../../src/restore/lm.js';
import { readNgramCounts, readTables, unpackTables } from '../../src/restore/tables.js';
import { printedForm } from '../../src/restore/vietnamese.js';

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

describe('the committed model', () => {
  const tables = readTables();
  const recomputed = compileLanguageModel(tables.unigramCounts, readNgramCounts(tables.lm));

  it('holds exactly the log-probabilities the model computes from its counts', () => {
    for (const name of Object.keys(recomputed) as (keyof CompiledLm)[]) {
      const loaded = tables.lm[name];
      const fresh = recomputed[name];
      expect(loaded.length, name).toBe(fresh.length);
      let differing = 0;
      // Bit for bit: a rounding that differs could flip a decision of the decoder.
      for (let i = 0; i < fresh.length; i++) if (!Object.is(loaded[i], fresh[i])) differing++;
      expect(differing, name).toBe(0);
    }
  });

  it('answers seen and unseen n-grams as the model built from the counts does', () => {
    const bigram = new BigramModel(recomputed);
    const trigram = new TrigramModel(bigram, recomputed);
    const ids = ['xây', 'dựng', 'nông', 'thôn', 'mới', 'của', 'thi', 'đua', 'khen', 'thưởng'].map(id);
    for (const u of ids) {
      for (const v of ids) {
        for (const w of ids) {
          expect(model.trigram.logProb(u, v, w)).toBe(trigram.logProb(u, v, w));
          expect(model.trigram.storedLogProb(u, v, w)).toBe(trigram.storedLogProb(u, v, w));
        }
        expect(model.lm.logProb(u, v)).toBe(bigram.logProb(u, v));
        expect(model.lm.seen(u, v)).toBe(bigram.seen(u, v));
      }
      // The decoder's row at a time gives what one pair at a time gives.
      const row = new Float64Array(ids.length);
      model.lm.logProbsAfter(u, Int32Array.from(ids), ids.length, row, 0);
      expect([...row]).toEqual(ids.map((w) => bigram.logProb(u, w)));
    }
    expect(model.trigram.storedLogProb(id('nông'), id('thôn'), id('mới'))).toBeLessThan(0);
    expect(model.trigram.storedLogProb(id('thưởng'), id('xây'), id('đua'))).toBeNaN();
  });
});

describe('the committed backward model', () => {
  const tables = readTables();
  const counts = readNgramCounts(tables.lm);
  const reversed = reversedCounts(counts);
  const backwardLm = tables.backwardLm();

  it('holds exactly the log-probabilities the model computes from the counts read right to left', () => {
    const recomputed = compileLanguageModel(tables.unigramCounts, reversed, BACKWARD_LM_SETTINGS);
    for (const name of Object.keys(recomputed) as (keyof CompiledLm)[]) {
      const loaded = backwardLm[name];
      const fresh = recomputed[name];
      expect(loaded.length, name).toBe(fresh.length);
      let differing = 0;
      for (let i = 0; i < fresh.length; i++) if (!Object.is(loaded[i], fresh[i])) differing++;
      expect(differing, name).toBe(0);
    }
  });

  it('counts each n-gram of the forward counts once, its words in the other order', () => {
    const forward = new Map<string, number>();
    for (let i = 0; i < counts.trigramCounts.length; i++) forward.set(`${counts.trigramIds[3 * i]} ${counts.trigramIds[3 * i + 1]} ${counts.trigramIds[3 * i + 2]}`, counts.trigramCounts[i] as number);
    expect(reversed.trigramCounts.length).toBe(counts.trigramCounts.length);
    const wrong: string[] = [];
    for (let i = 0; i < reversed.trigramCounts.length; i++) {
      const key = `${reversed.trigramIds[3 * i + 2]} ${reversed.trigramIds[3 * i + 1]} ${reversed.trigramIds[3 * i]}`;
      if (forward.get(key) !== reversed.trigramCounts[i]) wrong.push(key);
      // sorted by (u, v, w) of the reversed order, as compileLanguageModel reads its runs
      if (i > 0) {
        const before = [0, 1, 2].map((k) => reversed.trigramIds[3 * (i - 1) + k] as number);
        const here = [0, 1, 2].map((k) => reversed.trigramIds[3 * i + k] as number);
        const order = (before[0] as number) - (here[0] as number) || (before[1] as number) - (here[1] as number) || (before[2] as number) - (here[2] as number);
        if (order >= 0) wrong.push(`order at ${i}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // 'thôn' comes before 'mới' in "nông thôn mới": read right to left, mới is followed by thôn.
    const backward = new TrigramModel(new BigramModel(backwardLm), backwardLm);
    expect(backward.storedLogProb(id('mới'), id('thôn'), id('nông'))).toBeLessThan(0);
    expect(backward.logProb(id('mới'), id('thôn'), id('nông'))).toBeGreaterThan(backward.logProb(id('mới'), id('thôn'), id('nóng')));
  });

  it('searched where it lies gives the numbers of its hashed tables, bit for bit', () => {
    const hashed = new TrigramModel(new BigramModel(backwardLm), backwardLm);
    const searched = new SearchedTrigramModel(backwardLm);
    const size = backwardLm.logContinuation.length;
    const differing: string[] = [];
    const compare = (u: number, v: number, w: number): void => {
      if (!Object.is(searched.logProb(u, v, w), hashed.logProb(u, v, w))) differing.push(`${u} ${v} ${w}`);
    };
    // Every 97th stored trigram (its context seen, w seen there), the same context with other words
    // (stored in the context or not), and contexts never seen (the bigram, stored or backed off).
    for (let i = 0; i < reversed.trigramCounts.length; i += 97) {
      const [u, v, w] = [0, 1, 2].map((k) => reversed.trigramIds[3 * i + k] as number) as [number, number, number];
      compare(u, v, w);
      compare(u, v, (w * 7 + 11) % size);
      compare((u * 13 + 5) % size, v, w);
      compare(w, u, v);
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });
});

describe('the lookup tables', () => {
  const { lm } = readTables();

  it('give back every stored n-gram value bit for bit, and nothing for an n-gram never stored', () => {
    // Every stored bigram and trigram, through the hashed regions: a probe that stopped short or ran into
    // another row's region would answer the back-off instead.
    const wrong: string[] = [];
    for (let i = 0; i < lm.bigramLogProbs.length; i++) {
      const v = lm.bigramIds[2 * i] as number;
      const w = lm.bigramIds[2 * i + 1] as number;
      if (!Object.is(model.lm.logProb(v, w), lm.bigramLogProbs[i]) || !model.lm.seen(v, w)) wrong.push(`${words[v]} ${words[w]}`);
    }
    for (let run = 0, i = 0; run < lm.contextLengths.length; run++) {
      const u = lm.contextIds[2 * run] as number;
      const v = lm.contextIds[2 * run + 1] as number;
      for (const last = i + (lm.contextLengths[run] as number); i < last; i++) {
        if (!Object.is(model.trigram.storedLogProb(u, v, lm.trigramWords[i] as number), lm.trigramLogProbs[i])) wrong.push(`${words[u]} ${words[v]} ${words[lm.trigramWords[i] as number]}`);
      }
    }
    expect(wrong).toEqual([]);
    // Pairs and triples never stored: not seen, and no stored value.
    const seenPairs = new Set(Array.from({ length: lm.bigramLogProbs.length }, (_, i) => (lm.bigramIds[2 * i] as number) * 65536 + (lm.bigramIds[2 * i + 1] as number)));
    const u = id('xây');
    const seenAfterU = new Set<number>();
    for (let run = 0, i = 0; run < lm.contextLengths.length; i += lm.contextLengths[run] as number, run++) {
      if (lm.contextIds[2 * run] !== u) continue;
      for (let k = i; k < i + (lm.contextLengths[run] as number); k++) seenAfterU.add((lm.contextIds[2 * run + 1] as number) * 65536 + (lm.trigramWords[k] as number));
    }
    let unseen = 0;
    for (let v = 0; v < words.length; v += 7) {
      for (let w = 3; w < words.length; w += 131) {
        if (!seenPairs.has(v * 65536 + w)) {
          unseen++;
          if (model.lm.seen(v, w)) wrong.push(`${words[v]} ${words[w]} seen`);
        }
        if (!seenAfterU.has(v * 65536 + w) && !Number.isNaN(model.trigram.storedLogProb(u, v, w))) wrong.push(`xây ${words[v]} ${words[w]} stored`);
      }
    }
    expect(wrong).toEqual([]);
    expect(unseen).toBeGreaterThan(10_000);
  });

  it('answer a trigram context the same whether its region is filled or its run searched by halving, whatever order the contexts come in', () => {
    // The restorer's model filled its regions in the order restoring texts met them (and the test above);
    // a second one over the same arrays fills them from the last context to the first.
    const reversed = new TrigramModel(model.lm, lm);
    const starts: number[] = [];
    for (let run = 0, i = 0; run < lm.contextLengths.length; i += lm.contextLengths[run] as number, run++) starts.push(i);
    const differ: string[] = [];
    for (let run = lm.contextLengths.length - 1; run >= 0; run--) {
      const u = lm.contextIds[2 * run] as number;
      const v = lm.contextIds[2 * run + 1] as number;
      const first = starts[run] as number;
      for (let i = first; i < first + (lm.contextLengths[run] as number); i++) {
        const w = lm.trigramWords[i] as number;
        if (!Object.is(reversed.storedLogProb(u, v, w), model.trigram.storedLogProb(u, v, w))) differ.push(`${words[u]} ${words[v]} ${words[w]}`);
      }
      // and a word the context never had before it is answered by the back-off in both
      if (!Object.is(reversed.logProb(u, v, 3), model.trigram.logProb(u, v, 3))) differ.push(`${words[u]} ${words[v]} <unk>`);
    }
    expect(differ).toEqual([]);
  });
});

describe('printed tone placement', () => {
  it('puts the tone of oa, oe, uy on the glide only where the pair ends the syllable', () => {
    const corpus = (form: string): Map<string, number> => new Map([[form, 5]]);
    const keys = ['ngoài', 'khuỷu', 'hoà', 'thuỷ', 'khoẻ', 'toàn', 'quỳnh', 'quý'];
    const typed = ['ngòai', 'khủyu', 'hòa', 'thủy', 'khỏe', 'tòan', 'qùynh', 'qúy'];
    expect(keys.map((k, i) => printedForm(k, corpus(typed[i] ?? '')))).toEqual(['ngoài', 'khuỷu', 'hòa', 'thủy', 'khỏe', 'toàn', 'quỳnh', 'quý']);
  });

  it('has no syllable of the vocabulary printed with a misplaced tone', () => {
    expect(words.filter((w) => /[òóỏõọ][ae]\p{L}|[ùúủũụ]y[untc]/u.test(w))).toEqual([]);
    expect(words).toContain('ngoài');
  });

  it('prints a restored syllable with its tone where it belongs, whatever form the corpus printed most', () => {
    const restorer = loadRestorer();
    expect(restorer.restoreText('trong va ngoai nuoc').text).toBe('trong và ngoài nước');
  });
});

describe('the tables unpacked by the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnplan-unpacked-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const gunzipped = readTables(DICTIONARIES_DIR, join(dir, 'none')).lm;
  const sameModel = (lm: CompiledLm): boolean =>
    (Object.keys(gunzipped) as (keyof CompiledLm)[]).every((name) => Buffer.from(lm[name].buffer, lm[name].byteOffset, lm[name].byteLength).equals(Buffer.from(gunzipped[name].buffer, gunzipped[name].byteOffset, gunzipped[name].byteLength)));

  it('is read for the committed model, byte for byte what gunzipping gives', () => {
    const unpacked = join(dir, 'restore-lm.bin');
    unpackTables(DICTIONARIES_DIR, unpacked);
    const bytes = readFileSync(unpacked);
    // Its body spoilt but its key kept: what is read is then the spoilt body, so the file is what loading used.
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
    const spoilt = join(dir, 'spoilt.bin');
    writeFileSync(spoilt, bytes);
    expect(sameModel(readTables(DICTIONARIES_DIR, unpacked).lm)).toBe(true);
    expect(sameModel(readTables(DICTIONARIES_DIR, spoilt).lm)).toBe(false);
  });

  it('holds the backward model beside it, read byte for byte as gunzipping gives it', () => {
    const unpacked = join(dir, 'restore-lm.bin');
    unpackTables(DICTIONARIES_DIR, unpacked);
    const backward = readTables(DICTIONARIES_DIR, join(dir, 'none')).backwardLm();
    const fromUnpacked = readTables(DICTIONARIES_DIR, unpacked).backwardLm();
    for (const name of Object.keys(backward) as (keyof CompiledLm)[]) {
      expect(Buffer.from(fromUnpacked[name].buffer, fromUnpacked[name].byteOffset, fromUnpacked[name].byteLength).equals(Buffer.from(backward[name].buffer, backward[name].byteOffset, backward[name].byteLength))).toBe(true);
    }
    // Spoilt, it is what loading reads: the unpacked file is used, not the gzip file.
    const spoilt = readFileSync(join(dir, 'restore-lm-backward.bin'));
    spoilt[spoilt.length - 1] = (spoilt[spoilt.length - 1] as number) ^ 0xff;
    writeFileSync(join(dir, 'restore-lm-backward.bin'), spoilt);
    const read = readTables(DICTIONARIES_DIR, unpacked).backwardLm();
    const same = (Object.keys(backward) as (keyof CompiledLm)[]).every((name) => Buffer.from(read[name].buffer, read[name].byteOffset, read[name].byteLength).equals(Buffer.from(backward[name].buffer, backward[name].byteOffset, backward[name].byteLength)));
    expect(same).toBe(false);
  });

  it('holds the 4-gram counts and the disambiguator beside it, each what gunzipping gives, and read from there', () => {
    const unpacked = join(dir, 'restore-lm.bin');
    unpackTables(DICTIONARIES_DIR, unpacked);
    for (const name of ['restore-fourgrams.bin', 'restore-disambiguator.bin']) {
      const bytes = readFileSync(join(dir, name));
      expect(bytes.subarray(16).equals(gunzipSync(readFileSync(join(DICTIONARIES_DIR, `${name}.gz`))))).toBe(true);
      // Its magic spoilt but its key kept: what is read is the unpacked file, and it is refused.
      bytes[16] = (bytes[16] as number) ^ 0xff;
      writeFileSync(join(dir, name), bytes);
    }
    const tables = readTables(DICTIONARIES_DIR, unpacked);
    expect(() => tables.fourgrams()).toThrow('not a table of 4-gram counts of this version');
    expect(() => tables.disambiguator()).toThrow('not a disambiguator of this version');
    // Without them (another directory), the committed files are gunzipped.
    const gunzippedTables = readTables(DICTIONARIES_DIR, join(dir, 'nowhere', 'none'));
    expect(gunzippedTables.fourgrams().contextCount(id('kế'), id('hoạch'), id('này'))).toBeGreaterThan(0);
    expect(gunzippedTables.disambiguator().classesOf(0).length).toBeGreaterThan(1);
  });

  it('is not read for another model: a key that differs means gunzipping the committed file', () => {
    const unpacked = join(dir, 'restore-lm.bin');
    unpackTables(DICTIONARIES_DIR, unpacked);
    const bytes = readFileSync(unpacked);
    // Another model's CRC-32 in the key, and a body of zeros: never read.
    bytes.writeUInt32LE((bytes.readUInt32LE(8) ^ 1) >>> 0, 8);
    bytes.fill(0, 16);
    const stale = join(dir, 'stale.bin');
    writeFileSync(stale, bytes);
    expect(sameModel(readTables(DICTIONARIES_DIR, stale).lm)).toBe(true);
    // Cut short (a build stopped while writing): not read either.
    const cut = join(dir, 'cut.bin');
    writeFileSync(cut, readFileSync(unpacked).subarray(0, 1000));
    expect(sameModel(readTables(DICTIONARIES_DIR, cut).lm)).toBe(true);
  });
});
