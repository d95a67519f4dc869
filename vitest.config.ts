import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Builds the JavaScript tree the CLI tests spawn (test/helpers/cli-build.ts).
    globalSetup: ['test/helpers/cli-build.ts'],
    // OCR tests spawn tesseract workers; two cores are all CI has.
    maxWorkers: 2,
    // The JSON report is what .ci/run counts tests from (scripts/test-summary.ts):
    // CI reads one plain closing line, not vitest's own summary.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
