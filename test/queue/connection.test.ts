// --queue URLs as an operator types them, and the mistakes they make.
import { describe, expect, it } from 'vitest';
import { isVnplanError } from '../../src/errors.js';
import { parseQueueUrl } from '../../src/queue/index.js';

function usageError(value: string): string {
  try {
    parseQueueUrl(value);
  } catch (error) {
    if (isVnplanError(error) && error.code === 'USAGE') return error.message;
    throw error;
  }
  throw new Error(`${value} was accepted`);
}

describe('parseQueueUrl', () => {
  it('reads host, port and database, with defaults', () => {
    expect(parseQueueUrl('redis://10.0.0.5:6380/3').redis).toEqual({ host: '10.0.0.5', port: 6380, db: 3 });
    expect(parseQueueUrl('redis://queue.archive.local').redis).toEqual({ host: 'queue.archive.local', port: 6379, db: 0 });
    expect(parseQueueUrl('redis://[::1]:6379').redis.host).toBe('::1');
  });

  it('takes a password (and TLS with rediss://) and masks the password in messages', () => {
    const location = parseQueueUrl('rediss://vnplan:s%40cret@redis.example:6380/1');
    expect(location.redis).toMatchObject({ username: 'vnplan', password: 's@cret', tls: {}, db: 1 });
    expect(location.label).not.toContain('cret');
  });

  it('refuses what is not a Redis URL, saying what is wrong', () => {
    expect(usageError('localhost:6379')).toMatch(/redis:\/\//);
    expect(usageError('http://localhost:6379')).toMatch(/must start with redis:\/\//);
    expect(usageError('redis://localhost:6379/queue')).toMatch(/database must be a whole number/);
    expect(usageError('redis://localhost:6379/0?x=1')).toMatch(/no query/);
  });
});

describe('queue command lines', () => {
  const capture = () => {
    const text = { stdout: '', stderr: '' };
    const stream = (name: keyof typeof text) => ({ write: (c: string) => ((text[name] += c), true) }) as unknown as NodeJS.WritableStream;
    return { io: { stdout: stream('stdout'), stderr: stream('stderr') }, text };
  };

  it('vnplan worker needs --queue and a whole --concurrency', async () => {
    const { runWorkerCommand } = await import('../../src/cli/worker.js');
    const missing = capture();
    expect(await runWorkerCommand([], missing.io)).toBe(2);
    expect(missing.text.stderr).toMatch(/--queue URL is required/);
    const bad = capture();
    expect(await runWorkerCommand(['--queue', 'redis://localhost', '-c', 'x'], bad.io)).toBe(2);
    expect(bad.text.stderr).toMatch(/--concurrency takes a whole number/);
  });

  it('vnplan batch --queue with a bad URL is a usage error before any work', async () => {
    const { runBatchCommand } = await import('../../src/cli/batch.js');
    const run = capture();
    expect(await runBatchCommand(['fixtures/samples', '--out', '/nonexistent/out', '--queue', 'http://x'], run.io)).toBe(2);
    expect(run.text.stderr).toMatch(/--queue http:\/\/x: must start with redis:\/\//);
  });
});
