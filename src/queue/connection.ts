// Where the queue lives: `redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]` (or
// `rediss://` for TLS) as the operator types it, turned into ioredis options.
// One Redis database holds one queue; run two batches at once on two DBs.
import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { VnplanError } from '../errors.js';

/** The BullMQ queue every coordinator and worker of one Redis database share. */
export const QUEUE_NAME = 'vnplan';

export interface QueueLocation {
  /** The URL as given, with any password masked: for messages. */
  label: string;
  redis: RedisOptions;
}

export function parseQueueUrl(value: string): QueueLocation {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usage(value, 'is not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw usage(value, 'must start with redis:// or rediss://');
  if (url.hostname === '') throw usage(value, 'names no host');
  const port = url.port === '' ? 6379 : Number(url.port);
  const path = url.pathname.replace(/^\//, '');
  const db = path === '' ? 0 : Number(path);
  if (!Number.isInteger(db) || db < 0) throw usage(value, `the database must be a whole number (got "${path}")`);
  if (url.search !== '' || url.hash !== '') throw usage(value, 'takes no query or fragment');
  const masked = new URL(value);
  if (masked.password !== '') masked.password = '***';
  return {
    label: masked.toString(),
    redis: {
      // An IPv6 literal comes bracketed out of URL.
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port,
      db,
      ...(url.username !== '' && { username: decodeURIComponent(url.username) }),
      ...(url.password !== '' && { password: decodeURIComponent(url.password) }),
      ...(url.protocol === 'rediss:' && { tls: {} }),
    },
  };
}

function usage(value: string, reason: string): VnplanError {
  return new VnplanError('USAGE', null, `--queue ${value}: ${reason} (expected redis://HOST:PORT[/DB])`);
}

/** What BullMQ's Queue and Worker both are, as far as letting go of their connections goes. */
export interface QueueClient {
  close(): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * The queue's connection closed without waiting on Redis for ever: Redis may be gone. A client between two
 * reconnection attempts (ioredis `reconnecting`) never emits the `end` that BullMQ's close() and disconnect() await
 * (taskforcesh/bullmq#4656, #4585), so a run that had stopped with QUEUE_UNAVAILABLE hung in disconnect() whenever
 * close() outlasted its time (under load, the QUIT waits for the next failed reconnection to be refused).
 * disconnect() stops the reconnection at once; only its promise is not awaited past `ms`.
 */
export async function closeWithin(client: QueueClient, ms: number): Promise<void> {
  try {
    await withTimeout(client.close(), ms, 'close');
  } catch {
    await withTimeout(client.disconnect(), ms, 'disconnect').catch(() => undefined);
  }
}

/**
 * Whether Redis answers a PING within `ms`, asked on a connection of its own: a BullMQ client's connection may sit
 * reconnecting, and its commands wait in the offline queue for as long as Redis is gone.
 */
export async function redisAnswers(location: QueueLocation, ms: number): Promise<boolean> {
  const probe = new Redis({ ...location.redis, lazyConnect: true, connectTimeout: ms, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await withTimeout(probe.connect().then(() => probe.ping()), ms, 'no answer');
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(reason)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
