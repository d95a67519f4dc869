// The options that change what a run writes are in its resume key: a re-run
// that differs in one redoes every input.
import { describe, expect, it } from 'vitest';
import { formatResumeKey, resumeKeyParts } from '../../src/batch/index.js';

describe('resume key options', () => {
  it('changes with --read-by vie-ocr, and is the default run\'s key without it', async () => {
    const plain = await resumeKeyParts({ restore: true, dpi: 300 });
    const unset = await resumeKeyParts({ restore: true, dpi: 300, readBy: undefined });
    const vieOcr = await resumeKeyParts({ restore: true, dpi: 300, readBy: 'vie-ocr' });
    expect(formatResumeKey(unset)).toBe(formatResumeKey(plain));
    expect(formatResumeKey(vieOcr)).not.toBe(formatResumeKey(plain));
    expect(vieOcr.options).toEqual({ restore: true, dpi: 300, readBy: 'vie-ocr' });
  });
});
