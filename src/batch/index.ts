// Batch stage: a whole archive folder through the pipeline (see run.ts).
export { runBatch, type BatchOptions, type BatchSummary, type FailedInput, type Processor, type ProcessorInput } from './run.js';
export { BatchProgress, formatSummary, type BatchReporter } from './progress.js';
export { readManifest, ManifestEntry, MANIFEST_NAME } from './manifest.js';
export { SUMMARY_CSV_NAME, SUMMARY_HEADER } from './summary-csv.js';
export { resumeKey, formatResumeKey, resumeKeyParts, type EngineIdentity, type OutputOptions } from './resume-key.js';
export { writeFileAtomic } from './atomic-write.js';
