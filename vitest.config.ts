import { defineConfig } from 'vitest/config';

/**
 * Tests of pure stages (text in, value out: no child process, signal, server,
 * OCR pool or process-wide setting). They share one module graph per vitest
 * worker instead of each file loading src/ and the restorer's tables afresh:
 * measured on test/extract + test/restore (58 files, 777 tests) under a load
 * of ~15, 481 s wall / 165 s CPU isolated against 234 s / 76 s shared; on the
 * 14 other files below, 164 s / 52 s against 120 s / 45 s.
 */
const SHARED_MODULES = [
  'test/extract/**/*.test.ts',
  'test/restore/**/*.test.ts',
  'test/input/{detect,encodings,read-input,streamed-text,text}.test.ts',
  'test/confidence/*.test.ts',
  'test/searchable-pdf/layout.test.ts',
  'test/ocr/{units,clean}.test.ts',
  'test/batch/{csv,manifest,output-names}.test.ts',
  'test/review/corrections.test.ts',
  'test/pipeline/off-heap-text.test.ts',
];

/** What every test file runs under. */
const PER_FILE = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    // Builds the JavaScript tree the CLI tests spawn (test/helpers/cli-build.ts);
    // once, here: a project that extended this config would build it again.
    globalSetup: ['test/helpers/cli-build.ts'],
    // OCR tests spawn tesseract workers; two cores are all CI has.
    maxWorkers: 2,
    // The JSON report is what .ci/run counts tests from (scripts/test-summary.ts):
    // CI reads one plain closing line, not vitest's own summary.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { test: { ...PER_FILE, name: 'shared-modules', include: SHARED_MODULES, isolate: false } },
      { test: { ...PER_FILE, name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED_MODULES } },
    ],
  },
});
