// Permission errors are only met by a user the kernel holds to file modes; the
// suite runs as root in CI, which may read any file and open any folder. So a
// call that must meet one runs in a child process as `nobody` (uid and gid
// 65534, no supplementary groups: Node's spawn drops them with a uid given);
// as an ordinary user the child runs as that user. The files it touches must
// be reachable by `nobody` (a temp dir from mkdtemp is 0700: open it up).
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
const NOBODY = 65534;
const IS_ROOT = process.getuid?.() === 0;

/**
 * Spawn options that run a child as `nobody`. A folder above the checkout that
 * others may not enter (a clone in a `mktemp -d` folder, 0700) would fail every
 * such child with a bare EACCES on the project's own files: name it instead.
 */
export function asNobody(): { uid: number; gid: number } {
  for (let dir = ROOT; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `nobody cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}), so the permission tests cannot run vnplan ` +
          `as nobody from ${ROOT}: chmod o+x ${dir} (.ci/run does chmod o+rx on the checkout)`,
      );
    }
    if (dirname(dir) === dir) return { uid: NOBODY, gid: NOBODY };
  }
}

/** An error as it crossed the process boundary. */
export interface PlainError {
  name: string;
  code?: string;
  message: string;
}

export interface UnprivilegedCall {
  /** Who the call really ran as: never 0. */
  uid: number;
  value?: unknown;
  error?: PlainError;
}

/**
 * `name(...args)` exported by `module` (a path under the project, e.g.
 * `src/input/index.ts`), called in a child process as an unprivileged user.
 * Errors anywhere in the value (and a thrown one) come back as { name, code, message }.
 */
export function callUnprivileged(module: string, name: string, args: unknown[]): Promise<UnprivilegedCall> {
  const url = pathToFileURL(resolve(ROOT, module)).href;
  const source = `
    const plain = (_key, value) => value instanceof Error ? { name: value.name, code: value.code, message: value.message } : value;
    const uid = process.getuid();
    try {
      const { ${name}: call } = await import(${JSON.stringify(url)});
      const value = await call(...${JSON.stringify(args)});
      process.stdout.write(JSON.stringify({ uid, value }, plain));
    } catch (error) {
      process.stdout.write(JSON.stringify({ uid, error }, plain));
    }`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(IS_ROOT && asNobody()),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`the unprivileged child ended with ${code}: ${stderr}`));
      const result = JSON.parse(stdout) as UnprivilegedCall;
      if (result.uid === 0) return fail(new Error('the unprivileged child ran as root'));
      done(result);
    });
  });
}
