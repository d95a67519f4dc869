// The version written to every manifest line. A resumed run skips an input only
// when its entry was made by the same version, so outputs of an older pipeline
// are redone rather than mixed with new ones.
import { VERSION } from '../version.js';

/**
 * Bump when any stage changes what it writes for the same input (OCR, restoration,
 * extraction, output format) without a package version bump.
 */
export const PIPELINE_REVISION = '1';

export const PIPELINE_VERSION = `${VERSION}+r${PIPELINE_REVISION}`;
