// The channel's costs as committed in dictionaries/restore-channel.json (learned
// from synthetic OCR pairs by scripts/make-channel-pairs.ts), or the prior table
// when none was learned.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIOR_CHANNEL, type ChannelCosts } from './channel.js';
import { DICTIONARIES_DIR } from '../dictionaries.js';

export const CHANNEL_FILE = 'restore-channel.json';

export function readChannelCosts(dir = DICTIONARIES_DIR): ChannelCosts {
  const path = join(dir, CHANNEL_FILE);
  if (!existsSync(path)) return PRIOR_CHANNEL;
  return { ...PRIOR_CHANNEL, ...(JSON.parse(readFileSync(path, 'utf8')) as Partial<ChannelCosts>) };
}
