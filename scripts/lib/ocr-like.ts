// Raw-OCR-like text made from clean text in a moment, as a load for the speed
// benchmark (`npm run bench:restore -- --cold --large`), where OCR'ing half a
// million syllables of pages would take hours. Not a model of any OCR and
// never a measure of accuracy: it makes the kinds of tokens the raw channel
// meets in `eng` OCR of Vietnamese (test/restore/fixtures/*-eng-ocr.txt), from
// the channel's own table — marks lost (`é` kept now and then for ê/ế), the
// whole-token misreadings the channel learned (`dugc` for được), and its
// letter confusions (`w` for ư, `6` for ô, `rn` for m) — at random, seeded, so
// a run is repeatable.
import type { ChannelCosts } from '../../src/restore/channel.js';
import { stripMarks } from '../../src/restore/vietnamese.js';
import { mulberry32 } from './render-page.js';

/** Share of syllables the channel has a whole-token misreading for that are given one. */
const WORD_MISREADING = 0.3;
/** Share of letters given one of the channel's confusions, where one exists for the letter. */
const LETTER_CONFUSION = 0.03;
/** Share of `ê`-family vowels written `é`, as eng's Latin-1 alphabet reads them. */
const E_ACUTE = 0.4;

/** One of the choices, each as likely as e^-cost. */
function pick<T>(choices: ReadonlyArray<readonly [T, number]>, random: () => number): T | undefined {
  const total = choices.reduce((sum, [, cost]) => sum + Math.exp(-cost), 0);
  let at = random() * total;
  for (const [choice, cost] of choices) {
    at -= Math.exp(-cost);
    if (at <= 0) return choice;
  }
  return choices.at(-1)?.[0];
}

/** `text` garbled as raw OCR might garble it; the same text and seed give the same output. */
export function ocrLike(text: string, channel: ChannelCosts, seed = 1): string {
  const random = mulberry32(seed);
  // The channel maps what OCR printed to what was meant; garbling goes the other way.
  const misreadings = new Map<string, Array<[string, number]>>();
  for (const [observed, readings] of Object.entries(channel.words ?? {})) {
    for (const [intended, cost] of readings) {
      const list = misreadings.get(intended) ?? [];
      list.push([observed, cost]);
      misreadings.set(intended, list);
    }
  }
  const confusions = new Map<string, Array<[string, number]>>();
  for (const { observed, intended, cost } of channel.rules) {
    if ([...intended].length !== 1) continue;
    const list = confusions.get(intended) ?? [];
    list.push([observed, cost]);
    confusions.set(intended, list);
  }
  return text.normalize('NFC').replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const whole = misreadings.get(lower);
    if (whole && random() < WORD_MISREADING) {
      const reading = pick(whole, random) ?? lower;
      if (word === lower) return reading;
      return word === word.toUpperCase() && word.length > 1 ? reading.toUpperCase() : reading.charAt(0).toUpperCase() + reading.slice(1);
    }
    let out = '';
    for (const ch of word) {
      const base = stripMarks(ch);
      const letter = base.toLowerCase();
      if (letter === 'e' && /[êếềểễệÊẾỀỂỄỆ]/.test(ch) && random() < E_ACUTE) {
        out += base === 'e' ? 'é' : 'É';
        continue;
      }
      const confused = confusions.get(ch.toLowerCase()) ?? confusions.get(letter);
      const printed = confused && random() < LETTER_CONFUSION ? (pick(confused, random) ?? letter) : letter;
      out += base === letter ? printed : printed.toUpperCase();
    }
    return out;
  });
}
