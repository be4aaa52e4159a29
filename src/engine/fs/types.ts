// The filesystem contract every part of the lab speaks: the host's root, a container's union
// mount, a build step's rootfs. Paths are absolute and already resolved against a cwd by the
// caller; the implementation normalises `//`, `.`, `..` and trailing slashes itself.
//
// Failures are thrown as FsError values carrying a Linux errno code (as Node's fs and zen-fs do),
// so a command can catch them at its boundary and print coreutils' wording for that errno.

export type FileType = 'file' | 'dir' | 'symlink' | 'chardev';

/** What a file holds: text a learner can read, or virtual bytes that only have a size and digest. */
export type FileData =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'blob'; readonly size: number; readonly digest: string };

export interface Stat {
  readonly type: FileType;
  /** Permission bits and setuid/setgid/sticky (e.g. 0o755), without the file-type bits. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Bytes: UTF-8 length of text, a blob's declared size, a symlink's target length, 4096 for dirs. */
  readonly size: number;
  readonly mtimeMs: number;
  readonly nlink: number;
  /** Stable per file within one mount; hard links share it. */
  readonly ino: number;
  /** Device numbers of a character device (whiteouts are 0/0). */
  readonly rdev?: { readonly major: number; readonly minor: number };
}

export interface DirEntry {
  readonly name: string;
  readonly type: FileType;
}

export interface MkdirOptions {
  readonly recursive?: boolean;
  readonly mode?: number;
}

export interface WriteOptions {
  /** Mode for a newly created file (default 0o644). Ignored for an existing file. */
  readonly mode?: number;
  readonly append?: boolean;
}

export interface FileSystem {
  stat(path: string): Stat;
  lstat(path: string): Stat;
  exists(path: string): boolean;
  readdir(path: string): DirEntry[];
  readFile(path: string): FileData;
  /** Text of a file; a blob reads as a deterministic stand-in string of its size (capped). */
  readText(path: string): string;
  writeFile(path: string, data: FileData | string, options?: WriteOptions): void;
  truncate(path: string, length: number): void;
  mkdir(path: string, options?: MkdirOptions): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  utimes(path: string, mtimeMs: number): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  link(existing: string, newPath: string): void;
  realpath(path: string): string;
}
