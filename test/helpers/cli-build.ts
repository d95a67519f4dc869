// The command line the CLI tests spawn: src/ transpiled to plain JavaScript
// once per test run by esbuild, the transpiler tsx runs it with (every file on
// its own, as tsconfig's isolatedModules allows). A child under the tsx loader
// spends about as much CPU again loading the TypeScript as running the command,
// and the CLI tests spawn dozens. The tree sits beside src/ (CLI_TREE), so the
// paths the code finds from its own place (dictionaries/, package.json, dist/'s
// unpacked model) are the same; it is rebuilt from src/ on every run, never stale.
import { chmod, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { stop, transform } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
export const CLI_TREE = join(ROOT, 'dist-test');

/**
 * Executed itself (`<this> ARGS…`), runs `vnplan ARGS…` from the tree built by
 * the global setup as the installed bin runs: node started with the options
 * of its shebang line (src/cli/main.ts).
 */
export const VNPLAN_MAIN = join(CLI_TREE, 'cli/main.js');

/** Vitest global setup: builds CLI_TREE from src/. */
export default async function buildCliTree(): Promise<void> {
  const { compilerOptions } = JSON.parse(await readFile(join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: { target: string } };
  // Built beside, then swapped in: a run never sees half a tree.
  const building = `${CLI_TREE}.${process.pid}.tmp`;
  const files = (await readdir(SRC, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'));
  await Promise.all(
    files.map(async (entry) => {
      const source = join(entry.parentPath, entry.name);
      const { code } = await transform(await readFile(source, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: compilerOptions.target.toLowerCase(),
        tsconfigRaw: { compilerOptions },
        sourcefile: source,
      });
      const target = join(building, relative(SRC, source)).replace(/\.ts$/, '.js');
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, code);
    }),
  );
  await chmod(join(building, 'cli/main.js'), 0o755);
  // esbuild's service process would otherwise live as long as vitest does.
  await stop();
  await rm(CLI_TREE, { recursive: true, force: true });
  await rename(building, CLI_TREE);
}
