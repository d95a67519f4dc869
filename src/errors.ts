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
  | 'TOO_LARGE' // pages, pixels, text size or a page's drawing past the documented limits
  | 'BAD_PAGE_SIZE' // an image too small or too narrow to hold a page of text
  | 'OCR_FAILED'
  | 'OCR_TIMEOUT'
  | 'JOB_FAILED' // a queued file whose every attempt failed (its worker crashed, stalled or refused it)
  | 'QUEUE_UNAVAILABLE' // the job queue (Redis) cannot be reached
  | 'BAD_TABLE' // a table of dictionaries/ is missing, unreadable or damaged (a broken installation, not a bad input)
  | 'BROKEN_LINK' // a symbolic link whose target is missing
  | 'LINK_LOOP' // a symbolic link back to a folder that contains it (or a chain of links that never ends)
  | 'LINK_OUTSIDE' // a symbolic link out of the input folder, not followed
  | 'WRITE_FAILED' // an output cannot be written (permission, no space, read-only file system)
  | 'OUTPUT_CONFLICT' // an output path that is an input, lies in the input tree, or is a folder
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
    /** The operating system's error code behind it (ENOSPC, EACCES…), when there is one. */
    readonly systemCode?: string,
  ) {
    super(
      file === null ? reason : `${file}${page === undefined ? '' : ` (page ${page})`}: ${reason}`,
    );
  }
}

export function isVnplanError(error: unknown): error is VnplanError {
  return error instanceof VnplanError;
}

/** What an operating-system error code means, in the words a user needs. */
const SYSTEM_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'already exists',
  ELOOP: 'a loop of symbolic links, or a chain of them too long to follow',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EFBIG: 'the file is too large for the file system',
  EXDEV: 'the paths are on different file systems',
};

/** The system error code of a Node error, if any. */
export function systemCodeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A file-system failure as a VnplanError naming the path, what was being done
 * and why (`cannot write (no space left on the device, ENOSPC)`). A VnplanError
 * passes through unchanged.
 */
export function fileSystemError(error: unknown, path: string, action: string, code: ErrorCode = 'WRITE_FAILED'): VnplanError {
  if (error instanceof VnplanError) return error;
  const system = systemCodeOf(error);
  const meaning = system === undefined ? undefined : SYSTEM_REASONS[system];
  const why = system === undefined ? (error instanceof Error ? error.message : String(error)) : meaning === undefined ? system : `${meaning}, ${system}`;
  return new VnplanError(code, path, `cannot ${action} (${why})`, undefined, system);
}
