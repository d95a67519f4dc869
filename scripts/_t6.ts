import { readFileSync } from 'node:fs';
import { processFile } from '../src/pipeline.js';
const plan = readFileSync('fixtures/samples/002_73ad0eb0821da3f9.txt', 'utf8').split('\n').join(' ');
for (const size of (process.argv[2] ?? '1000000').split(',').map(Number)) {
  const line = Array.from({ length: Math.ceil(size / plan.length) }, () => plan).join(' ');
  const t = Date.now();
  await processFile('x.txt', { bytes: new TextEncoder().encode(line) });
  console.log(size, 'processFile ms', Date.now() - t, 'rss MB', process.memoryUsage().rss / 1e6 | 0);
}
