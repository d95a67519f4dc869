// Learns the OCR channel of restoration from synthetic pairs:
//   npx tsx scripts/make-channel-pairs.ts [--data DIR] [--pages N] [--pairs FILE] [--learn-only | --from-pages] [--keep-cheaper]
//   npx tsx scripts/make-channel-pairs.ts --test-fixtures
//   npx tsx scripts/make-channel-pairs.ts --dev-fixtures ../shared/dev-plans/texts
//   npx tsx scripts/make-channel-pairs.ts --heldout-pages N
// --heldout-pages renders N pages of the corpus' held-out slice
// (HOLDOUT_DOCUMENT of corpus-vbpl and corpus-local) and writes their `eng` OCR
// and truth to out/eng-heldout/ (regenerable, not committed): what
// scripts/eval-restore.ts --calibrate fits the confidence of OCR changes on.
// The second form renders the clean samples 002 and 004 the same way and
// writes their `eng` OCR to test/restore/fixtures/ (held-out test data with a
// known truth; never learned from).
// 1. Takes paragraphs of the legal corpus (DIR/corpus-vbpl, default
//    ../shared/data), renders them as scanned pages (scripts/lib/render-page.ts:
//    rotation, blur, noise, JPEG) and reads them with tesseract.js `eng`, the
//    OCR without a Vietnamese model that garbled the archive.
// 2. Aligns each page's OCR with its text, syllable to token, and writes the
//    pairs to out/channel-pairs.tsv (regenerable, not committed).
// 3. Aligns each pair letter by letter under the prior channel and turns the
//    counts of what became of each letter into costs (−log likelihood),
//    written to dictionaries/restore-channel.json (committed).
// Never reads the samples or the gold: the channel is evaluated on sample 001.
// Needs a font with Vietnamese glyphs (apt-get install -y fonts-liberation2).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';
import { Channel, PRIOR_CHANNEL, toneless, type ChannelCosts, type ChannelRule } from '../src/restore/channel.js';
import { CHANNEL_FILE } from '../src/restore/channel-table.js';
import { isSyllableShape, stripMarks, syllableKey } from '../src/restore/vietnamese.js';
import { paginate, renderPages } from './lib/render-page.js';
import { engWorker, scanOptions } from './lib/eng-ocr.js';
import { flagValue, rawDataDir } from './lib/flags.js';
import { DICTIONARIES_DIR } from '../src/dictionaries.js';
import { HOLDOUT_DOCUMENT, cleanFixture } from './lib/score-restoration.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = rawDataDir();
const pageCount = Number(flagValue('--pages') ?? 28);
const pairsFile = resolve(flagValue('--pairs') ?? join(root, 'out', 'channel-pairs.tsv'));

/** Least pairs behind a learned rule; rarer confusions keep the prior. */
const MIN_RULE_EVENTS = 4;
/**
 * Least pairs behind a whole-token reading (cling for cùng), and the letter
 * cost above which the letter rules explain it too badly for the candidate
 * search to reach it.
 */
const MIN_WORD_EVENTS = 2;
const WORD_LETTER_COST = 1.5;
/** Dearest two-character reading kept (nats): an added letter costs about 6. */
const MAX_PAIR_COST = 5;

interface Pair {
  intended: string;
  observed: string;
  /** The corpus document of the page. */
  document: string;
}

/** Paragraphs of running text from documents spread over the corpus, with each one's document. */
function corpusText(pages: number): { document: string; text: string }[] {
  // Both corpora in turn: laws and decrees, and the provincial documents and news nearer the archive's genre.
  const corpora = ['corpus-vbpl', 'corpus-local'].map((corpus) => {
    const dir = join(dataDir, corpus);
    return { dir, files: readdirSync(dir).filter((f) => /^\d+\.txt$/.test(f)).sort() };
  });
  const texts: { document: string; text: string }[] = [];
  for (let p = 0; p < pages; p++) {
    const { dir, files } = corpora[p % corpora.length] ?? { dir: '', files: [] };
    const share = Math.ceil(pages / corpora.length);
    const file = files[Math.floor(((Math.floor(p / corpora.length) + 0.5) * files.length) / share)] ?? files[0] ?? '';
    const paragraphs = readFileSync(join(dir, file), 'utf8').normalize('NFC').split('\n').filter((l) => l.length > 80 && !/[|#]/.test(l));
    const from = Math.floor(paragraphs.length / 3);
    texts.push({ document: file, text: paragraphs.slice(from, from + 14).join('\n') });
  }
  return texts;
}

// As the restorer's tokeniser reads them: an & glued after a letter is part of the word (S& for Số, v&i for với).
const words = (text: string): string[] => text.normalize('NFC').match(/[\p{L}\p{N}¢€¥](?:[\p{L}\p{N}¢€¥]|(?<=\p{L})&)*/gu) ?? [];

/** Token alignment of a page's text and its OCR (Levenshtein over tokens, substitution by letter distance). */
function alignTokens(truth: string[], ocr: string[]): Omit<Pair, 'document'>[] {
  const GAP = 0.7;
  const sub = (a: string, b: string): number => {
    const x = stripMarks(a).toLowerCase();
    const y = stripMarks(b).toLowerCase();
    return distance(x, y) / Math.max(x.length, y.length, 1);
  };
  const width = ocr.length + 1;
  const d = new Float64Array((truth.length + 1) * width);
  for (let i = 0; i <= truth.length; i++) {
    for (let j = 0; j <= ocr.length; j++) {
      if (i === 0 || j === 0) {
        d[i * width + j] = (i + j) * GAP;
        continue;
      }
      d[i * width + j] = Math.min(
        (d[(i - 1) * width + j] ?? 0) + GAP,
        (d[i * width + j - 1] ?? 0) + GAP,
        (d[(i - 1) * width + j - 1] ?? 0) + sub(truth[i - 1] ?? '', ocr[j - 1] ?? ''),
      );
    }
  }
  const pairs: Omit<Pair, 'document'>[] = [];
  for (let i = truth.length, j = ocr.length; i > 0 && j > 0; ) {
    const t = truth[i - 1] ?? '';
    const o = ocr[j - 1] ?? '';
    const cost = sub(t, o);
    if (Math.abs((d[i * width + j] ?? 0) - ((d[(i - 1) * width + j - 1] ?? 0) + cost)) < 1e-9) {
      if (cost <= 0.5) pairs.push({ intended: t, observed: o });
      i--;
      j--;
    } else if (Math.abs((d[i * width + j] ?? 0) - ((d[(i - 1) * width + j] ?? 0) + GAP)) < 1e-9) i--;
    else j--;
  }
  return pairs.reverse();
}

/** The clean samples as scanned and read by `eng`, page texts joined by a blank line. */
async function makeTestFixtures(): Promise<void> {
  const worker = await engWorker();
  const dir = join(root, 'test', 'restore', 'fixtures');
  mkdirSync(dir, { recursive: true });
  for (const id of ['002', '004']) {
    const text = cleanFixture(id, root);
    const pages: string[] = [];
    for (const [p, image] of (await renderPages(text, scanOptions(p0(id)))).entries()) {
      pages.push((await worker.recognize(image)).data.text.trim());
      console.log(`${id} page ${p + 1}`);
    }
    writeFileSync(join(dir, `${id}-eng-ocr.txt`), pages.join('\n\n') + '\n');
  }
  await worker.terminate();
}

/** Documents of the dev set (../shared/dev-plans/texts) whose first pages become fixtures: one per kind of issuer and layout. */
const DEV_FIXTURE_DOCUMENTS = ['103', '106', '109', '112', '115', '118'];
const DEV_FIXTURE_PAGES = 2;

/**
 * Unseen pages: the first pages of a few dev-set documents rendered (rough and
 * clean scans in turn) and read by `eng`, written with the text of exactly those
 * pages (test/restore/fixtures/dev-NNN-eng-ocr.txt and dev-NNN-truth.txt).
 */
async function makeDevFixtures(dir: string): Promise<void> {
  const worker = await engWorker();
  const out = join(root, 'test', 'restore', 'fixtures');
  for (const [d, id] of DEV_FIXTURE_DOCUMENTS.entries()) {
    const file = readdirSync(dir).find((f) => f.startsWith(`${id}_`));
    if (!file) throw new Error(`${dir}: no dev-set text ${id}_*.txt`);
    const text = readFileSync(join(dir, file), 'utf8').normalize('NFC');
    const options = scanOptions(d + 1);
    const truth = paginate(text, options).slice(0, DEV_FIXTURE_PAGES);
    const images = (await renderPages(text, options)).slice(0, DEV_FIXTURE_PAGES);
    const pages: string[] = [];
    for (const image of images) pages.push((await worker.recognize(image)).data.text.trim());
    writeFileSync(join(out, `dev-${id}-eng-ocr.txt`), pages.join('\n\n') + '\n');
    writeFileSync(join(out, `dev-${id}-truth.txt`), truth.join('\n\n') + '\n');
    console.log(`dev ${id}: ${pages.length} pages`);
  }
  await worker.terminate();
}

async function makeHeldOutPages(pages: number): Promise<void> {
  const out = join(root, 'out', 'eng-heldout');
  mkdirSync(out, { recursive: true });
  const files = ['corpus-vbpl', 'corpus-local'].flatMap((corpus) =>
    readdirSync(join(dataDir, corpus)).filter((f) => HOLDOUT_DOCUMENT.test(f)).sort().map((f) => join(dataDir, corpus, f)),
  );
  const worker = await engWorker();
  for (let p = 0; p < pages; p++) {
    const file = files[Math.floor(((p + 0.5) * files.length) / pages)] ?? '';
    const paragraphs = readFileSync(file, 'utf8').normalize('NFC').split('\n').filter((l) => l.length > 40 && !/[|#]/.test(l));
    const from = Math.floor(paragraphs.length / 3);
    const options = scanOptions(p);
    const [image] = await renderPages(paragraphs.slice(from, from + 14).join('\n'), options);
    const [truth] = paginate(paragraphs.slice(from, from + 14).join('\n'), options);
    if (!image || !truth) continue;
    writeFileSync(join(out, `${String(p + 1).padStart(2, '0')}.truth.txt`), truth + '\n');
    writeFileSync(join(out, `${String(p + 1).padStart(2, '0')}.ocr.txt`), (await worker.recognize(image)).data.text.trim() + '\n');
    console.log(`held-out page ${p + 1}/${pages}`);
  }
  await worker.terminate();
}

/** One scan setting per sample document, rough for one and clean for the other. */
function p0(id: string): number {
  return id === '002' ? 1 : 2;
}

/** Where each page's text and OCR are kept beside the pairs file, so the pairs can be made again without OCR (--from-pages). */
const pagesDir = `${pairsFile.replace(/\.tsv$/, '')}-pages`;

async function makePairs(): Promise<Pair[]> {
  if (process.argv.includes('--from-pages')) return pairsFromPages();
  const worker = await engWorker();
  const pairs: Pair[] = [];
  const texts = corpusText(pageCount);
  mkdirSync(pagesDir, { recursive: true });
  for (const [p, { document, text }] of texts.entries()) {
    // Scanner faults vary from page to page, as in an archive.
    const options = scanOptions(p);
    const [image] = await renderPages(text, options);
    const [reference] = paginate(text, options);
    if (!image || !reference) continue;
    const { data } = await worker.recognize(image);
    const name = `${String(p + 1).padStart(3, '0')}-${document.replace(/\.txt$/, '')}`;
    writeFileSync(join(pagesDir, `${name}.truth.txt`), reference + '\n');
    writeFileSync(join(pagesDir, `${name}.ocr.txt`), data.text);
    const found = alignTokens(words(reference), words(data.text)).map((pair) => ({ ...pair, document }));
    pairs.push(...found);
    console.log(`page ${p + 1}/${texts.length}: ${found.length} pairs`);
  }
  await worker.terminate();
  return pairs;
}

/** The pairs of pages kept by an earlier run (pagesDir). */
function pairsFromPages(): Pair[] {
  return readdirSync(pagesDir).filter((f) => f.endsWith('.ocr.txt')).sort().flatMap((f) => {
    const document = `${f.slice(4).replace(/\.ocr\.txt$/, '')}.txt`;
    const truth = readFileSync(join(pagesDir, f.replace('.ocr.', '.truth.')), 'utf8');
    return alignTokens(words(truth), words(readFileSync(join(pagesDir, f), 'utf8'))).map((pair) => ({ ...pair, document }));
  });
}

/**
 * Counts what became of each letter, under the alignment of `aligner`, and
 * prices it. Besides one character for one letter, it counts two kinds of
 * garble the letter rules alone cannot name: an accented character read for a
 * letter of another base (é for á in "tréch", ¢ for ở), and two characters
 * read for one letter (tr for ư in "ctr", ad for ơ in "madi", tu for ú in
 * "gitup"), found as a misread letter next to a character the OCR added.
 */
function learn(pairs: readonly Pair[], aligner: Channel): ChannelCosts {
  const events = new Map<string, number>();
  const add = (key: string): void => void events.set(key, (events.get(key) ?? 0) + 1);
  let marked = 0;
  let bare = 0;
  let letters = 0;
  /** Steps per toneless letter of the page (ô for ô ố ồ …): what the rules are conditioned on. */
  const perLetter = new Map<string, number>();
  for (const { intended, observed, document } of pairs) {
    const key = syllableKey(intended);
    // Pages of held-out documents are left out: restoration is checked and calibrated on those.
    if (!isSyllableShape(key) || HOLDOUT_DOCUMENT.test(document)) continue;
    const steps = aligner.align(syllableKey(observed), key);
    for (const [k, step] of steps.entries()) {
      if (step.intended) {
        letters++;
        const letter = toneless(step.intended);
        perLetter.set(letter, (perLetter.get(letter) ?? 0) + 1);
      }
      if (!step.intended) {
        add('insert');
        // The added character and a misread neighbour: one two-character reading of the neighbour's letter.
        for (const [side, other] of [[-1, steps[k - 1]], [1, steps[k + 1]]] as const) {
          if (!other?.intended || other.observed.length !== 1 || other.observed === other.intended) continue;
          add(`pair\u0000${side < 0 ? other.observed + step.observed : step.observed + other.observed}\u0000${toneless(other.intended)}`);
        }
      } else if (!step.observed) add('drop');
      else {
        const intendedMarked = stripMarks(step.intended) !== step.intended;
        if (intendedMarked) marked++;
        else bare++;
        const sameBase = stripMarks(step.observed) === stripMarks(step.intended);
        const observedAccented = stripMarks(step.observed) !== step.observed;
        const observedMarked = observedAccented || /\d/.test(step.observed);
        if (step.observed.length === 1 && sameBase) {
          if (step.observed === step.intended) add(intendedMarked ? 'kept' : 'same');
          else if (!intendedMarked) add('spurious');
          else if (!observedMarked) add('dropped');
          else add(`read\u0000${step.observed}\u0000${toneless(step.intended)}`);
        } else {
          // An accented character for a letter of another base (é for á) is counted both as itself and by its base letter.
          if (step.observed.length === 1 && observedAccented && intendedMarked) add(`read\u0000${step.observed}\u0000${toneless(step.intended)}`);
          add(`rule\u0000${step.observed.length === 1 ? stripMarks(step.observed) : step.observed}\u0000${toneless(step.intended)}`);
        }
      }
    }
  }
  const count = (key: string): number => events.get(key) ?? 0;
  // Costs are −log P(observed | letter), shifted so reading a bare letter as itself costs 0.
  const base = -Math.log((count('same') + 1) / (bare + 1));
  const price = (n: number, total: number): number => Math.max(0, +(-Math.log((n + 0.5) / (total + 1)) - base).toFixed(2));
  const markReadings: Record<string, number> = {};
  const learnedRules = new Map<string, ChannelRule>();
  for (const [key, n] of events) {
    const [kind, observed = '', letter = ''] = key.split('\u0000');
    if (n < MIN_RULE_EVENTS) continue;
    const total = perLetter.get(letter) ?? n;
    if (kind === 'read') markReadings[`${observed}\u0000${letter}`] = price(n, total);
    // A two-character reading dearer than an added letter plus a misread one adds nothing but lattice width.
    if (kind === 'rule' || (kind === 'pair' && price(n, total) < MAX_PAIR_COST)) {
      const rule = { observed, intended: letter, cost: price(n, total) };
      const known = learnedRules.get(`${observed}\u0000${letter}`);
      if (!known || rule.cost < known.cost) learnedRules.set(`${observed}\u0000${letter}`, rule);
    }
  }
  // The synthetic pages show the channel's letters well but few of the archive's
  // mark garbles (their scans print é, ó, 6 for most marked letters, ours drop
  // marks): a learned rule replaces a prior one only when it is cheaper, and
  // the mark misreading keeps its prior cost.
  const rules = PRIOR_CHANNEL.rules.map((r) => {
    const learned = learnedRules.get(`${r.observed}\u0000${r.intended}`);
    return learned && learned.cost < r.cost ? learned : r;
  });
  for (const [key, rule] of learnedRules) if (!rules.some((r) => `${r.observed}\u0000${r.intended}` === key)) rules.push(rule);
  console.log(`letters ${letters} (marked ${marked}), events: ${[...events].filter(([k]) => !k.includes('\u0000')).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return {
    ...PRIOR_CHANNEL,
    rules,
    markDropped: price(count('dropped'), marked),
    markSpurious: price(count('spurious'), bare),
    insert: price(count('insert'), letters),
    drop: price(count('drop'), letters),
    markReadings,
  };
}

/**
 * Whole tokens the OCR prints for a syllable at least MIN_WORD_EVENTS times
 * that the letter rules price above WORD_LETTER_COST: observed token ->
 * [syllable, −log share of the syllable's readings], in a stable order.
 * Pages of held-out documents are left out: restoration is tuned and
 * calibrated on those (eval-restore --heldout, --calibrate).
 */
function learnWords(pairs: readonly Pair[], letters: Channel): Record<string, [string, number][]> {
  const perSyllable = new Map<string, number>();
  const readings = new Map<string, number>();
  for (const { intended, observed, document } of pairs) {
    const key = syllableKey(intended);
    if (!isSyllableShape(key) || HOLDOUT_DOCUMENT.test(document)) continue;
    perSyllable.set(key, (perSyllable.get(key) ?? 0) + 1);
    const seen = syllableKey(observed);
    if (seen !== key) readings.set(`${seen}\u0000${key}`, (readings.get(`${seen}\u0000${key}`) ?? 0) + 1);
  }
  const words: Record<string, [string, number][]> = {};
  for (const [pair, n] of [...readings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [seen = '', key = ''] = pair.split('\u0000');
    if (n < MIN_WORD_EVENTS || letters.cost(seen, key) <= WORD_LETTER_COST) continue;
    (words[seen] ??= []).push([key, +(-Math.log(n / (perSyllable.get(key) ?? n))).toFixed(2)]);
  }
  return words;
}

/**
 * --keep-cheaper: each letter confusion and mark reading at the cheaper of its
 * learned cost and the one in the committed table, which another sample of
 * pages taught: a sample of 30 to 60 pages sees a rare garble a few times, and
 * whichever sample saw it more often prices it nearer to what the archive
 * shows (the same rule as for the prior table). Letter costs, insertions and
 * whole-token readings are this run's.
 */
function keepCheaper(costs: ChannelCosts, committed: ChannelCosts): void {
  const rules = new Map(costs.rules.map((r) => [`${r.observed}\u0000${r.intended}`, r]));
  for (const rule of committed.rules) {
    const key = `${rule.observed}\u0000${rule.intended}`;
    const learned = rules.get(key);
    if (!learned || rule.cost < learned.cost) rules.set(key, rule);
  }
  costs.rules = [...rules.values()];
  const readings = { ...costs.markReadings };
  for (const [key, cost] of Object.entries(committed.markReadings ?? {})) readings[key] = Math.min(cost, readings[key] ?? Infinity);
  costs.markReadings = readings;
}

async function main(): Promise<void> {
  if (process.argv.includes('--test-fixtures')) return makeTestFixtures();
  const heldOutPages = flagValue('--heldout-pages');
  if (heldOutPages) return makeHeldOutPages(Number(heldOutPages));
  const devDir = flagValue('--dev-fixtures');
  if (devDir) return makeDevFixtures(resolve(devDir));
  let pairs: Pair[];
  if (process.argv.includes('--learn-only') && existsSync(pairsFile)) {
    pairs = readFileSync(pairsFile, 'utf8').split('\n').filter(Boolean).map((l) => {
      const [intended = '', observed = '', document = ''] = l.split('\t');
      return { intended, observed, document };
    });
  } else {
    pairs = await makePairs();
    mkdirSync(dirname(pairsFile), { recursive: true });
    writeFileSync(pairsFile, pairs.map((p) => `${p.intended}\t${p.observed}\t${p.document}`).join('\n') + '\n');
  }
  const exact = pairs.filter((p) => p.intended === p.observed).length;
  console.log(`${pairs.length} pairs, ${((100 * exact) / Math.max(1, pairs.length)).toFixed(1)} % read right by eng`);
  // Aligned first under the prior channel, then again under what that taught (the two-character readings it found).
  const costs = learn(pairs, new Channel(learn(pairs, new Channel(PRIOR_CHANNEL))));
  costs.words = learnWords(pairs, new Channel(costs));
  const target = join(DICTIONARIES_DIR, CHANNEL_FILE);
  if (process.argv.includes('--keep-cheaper') && existsSync(target)) keepCheaper(costs, JSON.parse(readFileSync(target, 'utf8')) as ChannelCosts);
  const { name: _name, ...stored } = costs;
  writeFileSync(join(DICTIONARIES_DIR, CHANNEL_FILE), JSON.stringify(stored, null, 1) + '\n');
  console.log(`wrote dictionaries/${CHANNEL_FILE}: ${costs.rules.length} rules, ${Object.keys(costs.markReadings ?? {}).length} mark readings, ${Object.keys(costs.words ?? {}).length} whole-token readings`);
}

await main();
