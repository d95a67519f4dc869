// `vnplan review OUT [--serve [--port N]] [--open]`: the review page of a batch.
// Without --serve it prints the page's path (writing it first when the batch
// predates the page); with --serve it serves the page on 127.0.0.1 until Ctrl-C,
// taking corrections.
import { spawn } from 'node:child_process';
import { access, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VnplanError } from '../errors.js';
import { MANIFEST_NAME } from '../batch/manifest.js';
import { INDEX_NAME, writeReviewPage } from '../review/page.js';
import { startReviewServer } from '../review/server.js';
import { EXIT } from './exit-codes.js';
import { parseCommandArgs } from './options.js';

const USAGE = 'usage: vnplan review OUT [--serve [--port N]] [--open]';

export async function runReviewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { serve: { type: 'boolean' }, port: { type: 'string' }, open: { type: 'boolean' } }, USAGE);
  const [outArg, ...extra] = positionals;
  if (outArg === undefined || extra.length > 0) throw new VnplanError('USAGE', null, USAGE);
  const outDir = resolve(outArg);
  const info = await stat(outDir).catch(() => null);
  if (!info?.isDirectory()) throw new VnplanError('USAGE', outArg, 'no such folder');
  if (!(await exists(join(outDir, MANIFEST_NAME)))) {
    throw new VnplanError('USAGE', outArg, `not a batch output folder (no ${MANIFEST_NAME}); run vnplan batch DIR --out ${outArg} first`);
  }
  const page = join(outDir, INDEX_NAME);
  if (values.serve !== true) {
    if (values.port !== undefined) throw new VnplanError('USAGE', null, '--port goes with --serve');
    if (!(await exists(page))) await writeReviewPage(outDir);
    process.stdout.write(`${page}\n${pathToFileURL(page).href}\n`);
    if (values.open === true) openInBrowser(pathToFileURL(page).href);
    return EXIT.OK;
  }
  // the page is rewritten so it reflects the corrections already on disk
  await writeReviewPage(outDir);
  const server = await startReviewServer({ outDir, port: values.port === undefined ? 0 : parsePort(values.port) }).catch((error: unknown) => {
    throw new VnplanError('USAGE', null, `cannot listen on 127.0.0.1${values.port ? `:${values.port}` : ''} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  });
  process.stdout.write(`vnplan review: ${server.url} (127.0.0.1 only; Ctrl-C stops)\n`);
  if (values.open === true) openInBrowser(server.url);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await server.close();
  return EXIT.OK;
}

function parsePort(value: string): number {
  const port = Number(value);
  // 0: any free port (the one taken is printed)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new VnplanError('USAGE', null, `--port takes a port number from 0 to 65535 (got "${value}")`);
  return port;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The desktop's own opener; failing to open is not an error (the path is printed). */
function openInBrowser(target: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [target], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
