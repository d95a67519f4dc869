// The batch and CLI modules import one another one way only (no cycle, type
// imports included): progress.ts and run.ts once needed each other's types.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Relative imports (value and type) of every module under src/batch and src/cli. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of ['batch', 'cli']) {
    for (const name of readdirSync(join(SRC, folder)).filter((n) => n.endsWith('.ts'))) {
      const file = join(SRC, folder, name);
      const source = readFileSync(file, 'utf8');
      const targets = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)].map((m) =>
        relative(SRC, resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'))),
      );
      graph.set(relative(SRC, file), targets);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('module graph of src/batch and src/cli', () => {
  it('has no import cycle', () => {
    const graph = importGraph();
    expect(graph.get('batch/progress.ts')).toContain('batch/summary.ts');
    expect(findCycle(graph)).toBeNull();
  });
});
