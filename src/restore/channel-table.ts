// The channel's costs as committed in dictionaries/restore-channel.json (learned
// from synthetic OCR pairs by scripts/make-channel-pairs.ts) over the prior table.
import { readFileSync } from 'node:fs';
import { PRIOR_CHANNEL, type ChannelCosts } from './channel.js';
import { DICTIONARIES_DIR, FITTED_TABLES, readTable } from '../dictionaries.js';

export const CHANNEL_FILE = FITTED_TABLES.channel;

export function readChannelCosts(dir = DICTIONARIES_DIR): ChannelCosts {
  // Missing, it is an error: the prior alone restores OCR'd text far worse, and nothing would say so.
  const learned = readTable(CHANNEL_FILE, dir, (path) => JSON.parse(readFileSync(path, 'utf8')) as Partial<ChannelCosts>);
  // The learned table holds every prior rule it had when it was learned; a prior rule added since keeps its prior cost.
  const rules = learned.rules ?? [];
  const known = new Set(rules.map((r) => `${r.observed}\u0000${r.intended}`));
  const added = PRIOR_CHANNEL.rules.filter((r) => !known.has(`${r.observed}\u0000${r.intended}`));
  // So with the prior's whole-token readings: the learned one of a token wins.
  return { ...PRIOR_CHANNEL, ...learned, rules: [...rules, ...added], words: { ...PRIOR_CHANNEL.words, ...learned.words } };
}
