// An engine for tests, so the pool's timeout, crash and recycling paths run
// without WebAssembly or a native binary. The "image" is a line of text that
// says what the page does:
//   `TEXT`                the page reads as TEXT (confidence 90)
//   `slow:MS:TEXT`        the same, after MS milliseconds
//   `crash`               the instance dies: this page and any later one on it fail
//   `hang`                the page never ends (until the instance is terminated)
// `counts` tells a test how many instances were started and terminated.
import type { EngineKind, OcrEngine, PageOcr } from './engine.js';

export interface FakeEngineCounts {
  started: number;
  terminated: number;
  pages: number;
}

export function fakeEngine(): EngineKind & { readonly counts: FakeEngineCounts } {
  const counts: FakeEngineCounts = { started: 0, terminated: 0, pages: 0 };
  return {
    identity: { name: 'fake', version: '1', model: 'script' },
    counts,
    start: () => {
      counts.started++;
      return Promise.resolve(new FakeInstance(counts));
    },
  };
}

class FakeInstance implements OcrEngine {
  #dead = false;
  #hanging: ((error: Error) => void)[] = [];

  constructor(private readonly counts: FakeEngineCounts) {}

  async recognise(image: Uint8Array): Promise<PageOcr> {
    if (this.#dead) throw new Error('the fake engine is dead');
    const script = new TextDecoder().decode(image);
    if (script === 'crash') {
      this.#dead = true;
      throw new Error('the fake engine crashed');
    }
    if (script === 'hang') return new Promise<PageOcr>((_, reject) => this.#hanging.push(reject));
    const slow = /^slow:(\d+):(.*)$/s.exec(script);
    if (slow) await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    const text = slow ? slow[2]! : script;
    this.counts.pages++;
    const words = text.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 90 }));
    return { text, confidence: 90, words, lines: words.length ? [{ text: words.map((w) => w.text).join(' '), confidence: 90, words }] : [] };
  }

  terminate(): Promise<void> {
    this.counts.terminated++;
    this.#dead = true;
    for (const reject of this.#hanging.splice(0)) reject(new Error('the fake engine was terminated'));
    return Promise.resolve();
  }
}
