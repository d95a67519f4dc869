// Every failure a user can cause with a bad file or a bad command line. The
// message always names the file (and page) and the reason, so a batch report
// can list it as it is.

export type ErrorCode =
  | 'NOT_FOUND' // no such file
  | 'UNREADABLE' // exists but cannot be read (permissions, a folder, I/O)
  | 'EMPTY' // zero bytes, or only white space
  | 'UNSUPPORTED_FORMAT' // content is none of text, PDF, PNG, JPEG, TIFF, WebP
  | 'BAD_ENCODING' // text that is not valid UTF-8 / UTF-16
  | 'CORRUPT_PDF'
  | 'ENCRYPTED_PDF'
  | 'CORRUPT_IMAGE'
  | 'TOO_LARGE' // pages or pixels past the configured limits
  | 'OCR_FAILED'
  | 'OCR_TIMEOUT'
  | 'JOB_FAILED' // a queued file whose every attempt failed (its worker crashed, stalled or refused it)
  | 'QUEUE_UNAVAILABLE' // the job queue (Redis) cannot be reached
  | 'USAGE'; // a bad command line

export class VnplanError extends Error {
  override readonly name = 'VnplanError';

  constructor(
    readonly code: ErrorCode,
    /** The file the error is about, null for usage errors. */
    readonly file: string | null,
    readonly reason: string,
    /** 1-based page, where the error is about one page. */
    readonly page?: number,
  ) {
    super(
      file === null ? reason : `${file}${page === undefined ? '' : ` (page ${page})`}: ${reason}`,
    );
  }
}

export function isVnplanError(error: unknown): error is VnplanError {
  return error instanceof VnplanError;
}
