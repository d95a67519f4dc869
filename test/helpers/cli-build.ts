// The command line the CLI tests spawn: src/ transpiled to plain JavaScript
// once per test run by esbuild, the transpiler tsx runs it with (every file on
// its own, as tsconfig's isolatedModules allows). A child under the tsx loader
// spends about as much CPU again loading the TypeScript as running the command,
// and the CLI tests spawn dozens. The tree sits beside src/ (CLI_TREE), so the
// paths the code finds from its own place (dictionaries/, package.json, dist/'s
// unpacked model) are the same; it is rebuilt from src/ on every run, never stale.
import { chmod, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

/**
 * Test programs that drive src/ in a child (the batch command with every file
 * slowed down), built into the tree beside the code they import: a child of
 * one run then loads one tree, and its resume key (a hash of that tree) is the
 * key of the plain CLI's children, so a re-run by one skips what the other did.
 */
const TEST_PROGRAMS = { 'batch-cli': join(ROOT, 'test/batch/helpers/cli.ts') };

/** `node <this> ARGS…` runs a test program of TEST_PROGRAMS from the built tree. */
export function testProgram(name: keyof typeof TEST_PROGRAMS): string {
  return join(CLI_TREE, 'test-programs', `${name}.js`);
}

/** Vitest global setup: builds CLI_TREE from src/. */
export default async function buildCliTree(): Promise<void> {
  const { compilerOptions } = JSON.parse(await readFile(join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: { target: string } };
  // Built beside, then swapped in: a run never sees half a tree.
  const building = `${CLI_TREE}.${process.pid}.tmp`;
  const transpile = async (source: string, target: string, rewrite: (code: string) => string = (code) => code): Promise<void> => {
    const { code } = await transform(await readFile(source, 'utf8'), {
      loader: 'ts',
      format: 'esm',
      target: compilerOptions.target.toLowerCase(),
      tsconfigRaw: { compilerOptions },
      sourcefile: source,
    });
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, rewrite(code));
  };
  const files = (await readdir(SRC, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'));
  await Promise.all([
    ...files.map((entry) => {
      const source = join(entry.parentPath, entry.name);
      return transpile(source, join(building, relative(SRC, source)).replace(/\.ts$/, '.js'));
    }),
    ...Object.entries(TEST_PROGRAMS).map(([name, source]) => {
      const target = join(building, 'test-programs', `${name}.js`);
      return transpile(source, target, (code) => intoBuiltTree(code, source, target.replace(building, CLI_TREE)));
    }),
  ]);
  await chmod(join(building, 'cli/main.js'), 0o755);
  // esbuild's service process would otherwise live as long as vitest does.
  await stop();
  await rm(CLI_TREE, { recursive: true, force: true });
  await rename(building, CLI_TREE);
}

/** A test program's relative imports of src/ pointed at the same modules of the built tree; any other relative import is refused. */
function intoBuiltTree(code: string, source: string, target: string): string {
  return code.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (_whole, keyword: string, quote: string, specifier: string) => {
    const imported = resolve(dirname(source), specifier);
    if (!imported.startsWith(SRC + sep)) throw new Error(`${source}: imports ${specifier}, outside src/: not in the built tree`);
    let built = relative(dirname(target), join(CLI_TREE, relative(SRC, imported)));
    if (!built.startsWith('.')) built = `./${built}`;
    return `${keyword}${quote}${built}${quote}`;
  });
}
