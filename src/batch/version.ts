// The version written to every manifest line. A resumed run skips an input only
// when its entry was made by the same version, so outputs of an older pipeline
// are redone rather than mixed with new ones.
import { createHash } from 'node:crypto';
import type { EngineIdentity } from '../types.js';
import { VERSION } from '../version.js';

/**
 * Bump when any stage changes what it writes for the same input (OCR, restoration,
 * extraction, output format) without a package version bump.
 */
export const PIPELINE_REVISION = '1';

export const PIPELINE_VERSION = `${VERSION}+r${PIPELINE_REVISION}`;

/**
 * The version of a run with this OCR engine: another engine, engine version or
 * model file reads scans differently, so their outputs are redone.
 */
export function resumeKey(engine: EngineIdentity): string {
  const hash = createHash('sha256').update(JSON.stringify([engine.name, engine.version, engine.model])).digest('hex');
  return `${PIPELINE_VERSION}+${hash.slice(0, 12)}`;
}
