// A throw-away redis-server for the queue tests and scripts/bench-queue.ts:
// Debian's binary on a free loopback port, no persistence (so a restart really
// loses every job), stopped by its user. `.ci/run` installs redis-server when
// it is missing.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export function redisInstalled(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export class RedisServer {
  readonly pidFile: string;

  private constructor(
    readonly port: number,
    private readonly bind: readonly string[],
  ) {
    this.pidFile = join(tmpdir(), `vnplan-test-redis-${port}.pid`);
  }

  get url(): string {
    return this.urlOn('127.0.0.1');
  }

  /** The address a client elsewhere on the network dials: one of those the server binds. */
  urlOn(address: string): string {
    return `redis://${address}:${this.port}`;
  }

  /** `also`: addresses to listen on beside loopback (another host's side of a link, for the multi-host tests). */
  static async start(also: readonly string[] = []): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), ['127.0.0.1', ...also]);
    await server.start();
    return server;
  }

  async start(): Promise<void> {
    execFileSync('redis-server', [
      '--port', String(this.port), '--bind', this.bind.join(' '), '--save', '', '--appendonly', 'no',
      // Without a password Redis answers only loopback clients; the other addresses are test links nobody else is on.
      '--protected-mode', this.bind.length > 1 ? 'no' : 'yes',
      '--daemonize', 'yes', '--pidfile', this.pidFile, '--logfile', '',
    ], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await ping(this.port)) return;
      await sleep(50);
    }
    throw new Error(`redis-server on port ${this.port} did not answer`);
  }

  /** SIGTERM to the server, then wait until it is gone. */
  async stop(): Promise<void> {
    const pid = Number.parseInt(await readFile(this.pidFile, 'utf8').catch(() => ''), 10);
    if (!Number.isInteger(pid)) return;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 200 && alive(pid); i++) await sleep(25);
    await rm(this.pidFile, { force: true });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}
