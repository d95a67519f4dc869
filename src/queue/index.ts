// Queue stage: the batch spread over machines (BullMQ on Redis). The
// coordinator is `vnplan batch --queue`, the workers `vnplan worker`.
export { runQueuedBatch, DEFAULT_QUEUED_FILES, type QueuedBatchOptions } from './coordinator.js';
export { runWorker, DEFAULT_LOCK_MS, MAX_STALLS, type WorkerOptions, type WorkerSummary } from './worker.js';
export { parseQueueUrl, QUEUE_NAME, type QueueLocation } from './connection.js';
