// Review stage: the archivist's desk over a batch's OUT folder — the review
// page (page.ts), what it needs beside each record (sidecars.ts), corrections
// that stick (corrections.ts) and the local server that records them (server.ts).
export { writeReviewPage, INDEX_NAME } from './page.js';
export { writeReviewSidecars, removeReviewSidecars, documentId } from './sidecars.js';
export { applyCorrections, readReviewed, reviewedPath, Reviewed, FieldCorrection } from './corrections.js';
