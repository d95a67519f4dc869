// Where the queue lives: `redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]` (or
// `rediss://` for TLS) as the operator types it, turned into ioredis options.
// One Redis database holds one queue; run two batches at once on two DBs.
import type { RedisOptions } from 'bullmq';
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
