// Shared by the OCR tests: fixtures, character error rate, error assertions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { expect } from 'vitest';
import type { InputDocument } from '../../src/types.js';
import { detectFormat } from '../../src/input/detect.js';
import { VnplanError, type ErrorCode } from '../../src/errors.js';

export const SCANS = join(import.meta.dirname, '../../fixtures/scans');

/** A document straight from bytes (the input stage is tested on its own). */
export function documentOf(path: string, bytes: Uint8Array): InputDocument {
  const format = detectFormat(bytes);
  if (format === null || format === 'text') throw new Error(`${path} is not a PDF or an image`);
  return { path, format, byteLength: bytes.byteLength, bytes };
}

export function fixture(name: string): InputDocument {
  const path = join(SCANS, name);
  return documentOf(path, new Uint8Array(readFileSync(path)));
}

/** The clean text of each page of a rendered fixture, as laid out by scripts/lib/render-page.ts. */
export function pageTexts(id: string): string[] {
  return JSON.parse(readFileSync(join(SCANS, `${id}.pages.json`), 'utf8')) as string[];
}

/** Character error rate after folding white space (line breaks are layout, not text). */
export function cer(ocr: string, reference: string): number {
  const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return distance(fold(ocr), fold(reference)) / fold(reference).length;
}

export async function expectVnplanError(promise: Promise<unknown>, code: ErrorCode, file: string, page?: number): Promise<VnplanError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VnplanError);
  const vnplanError = error as VnplanError;
  expect(vnplanError.code).toBe(code);
  expect(vnplanError.message).toContain(file);
  if (page !== undefined) expect(vnplanError.page).toBe(page);
  return vnplanError;
}
