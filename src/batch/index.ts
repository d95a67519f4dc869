// PLACEHOLDER — replaced by the batch work (issue 5).
export {};
