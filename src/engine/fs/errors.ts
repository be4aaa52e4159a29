// Filesystem failures as values with a Linux errno code. Commands catch these at their boundary
// and print the wording their real counterpart uses (see errnoMessage).

export type Errno =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EPERM'
  | 'ELOOP'
  | 'ENAMETOOLONG'
  | 'EINVAL'
  | 'EBUSY'
  | 'EXDEV'
  | 'ENOSPC'
  | 'EROFS';

const MESSAGES: Record<Errno, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EINVAL: 'Invalid argument',
  EBUSY: 'Device or resource busy',
  EXDEV: 'Invalid cross-device link',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
};

/** strerror(3) text for an errno, as coreutils prints after the file name. */
export function errnoMessage(code: Errno): string {
  return MESSAGES[code];
}

export class FsError extends Error {
  readonly code: Errno;
  readonly syscall: string;
  readonly path: string;

  constructor(code: Errno, syscall: string, path: string) {
    super(`${code}: ${MESSAGES[code]}, ${syscall} '${path}'`);
    this.name = 'FsError';
    this.code = code;
    this.syscall = syscall;
    this.path = path;
  }
}

export function isFsError(e: unknown): e is FsError {
  return e instanceof FsError;
}
