// The host's disk: a 60 GiB ext4 volume (/dev/vda1, what `df` shows) that the host's files, the
// image layers and every container's upper layer share — all of them are files under the host's
// root (/var/lib/docker/overlay2/*/diff), so the disk's use is what a walk of the host's root
// finds. Writes through `withDiskQuota` are charged against it and fail with ENOSPC ("No space
// left on device") once it is full, after writing what still fits, as the kernel does.
//
// A walk costs a few milliseconds, too much for every write: the disk keeps the last walk plus
// what was charged since, and walks again only when that estimate says a write does not fit
// (deletions and other writers are then accounted for) or when `df` asks.

import { FsError } from '../engine/fs/errors';
import type { FileData, FileSystem, Stat, WriteOptions } from '../engine/fs/types';
// Not @noble/hashes: this file is in the page's first chunk (see sha256.ts).
import { sha256Text } from '../engine/text/sha256';

/** The host disk's size (df's `60G`). */
export const HOST_DISK_BYTES = 60 * 1024 ** 3;
/** Text a file may grow to by appends before it is kept as size-only bytes (a blob). */
export const TEXT_LIMIT = 16 * 1024 * 1024;

/** What df reads; the lab may hand the host's disk to containers' shells too. */
export interface DiskInfo {
  readonly sizeBytes: number;
  /** A fresh measurement, in bytes (df). */
  usedBytes(): number;
}

export class HostDisk implements DiskInfo {
  private measured: number | null = null;
  private charged = 0;

  constructor(
    private readonly measure: () => number,
    readonly sizeBytes = HOST_DISK_BYTES,
  ) {}

  usedBytes(): number {
    this.measured = this.measure();
    this.charged = 0;
    return this.measured;
  }

  private estimate(): number {
    return (this.measured ?? this.usedBytes()) + this.charged;
  }

  /** Room for `bytes` more: how many of them fit (all, some, or none). */
  reserve(bytes: number): number {
    if (bytes <= 0) return bytes;
    if (this.estimate() + bytes > this.sizeBytes) this.usedBytes();
    const fit = Math.max(0, Math.min(bytes, this.sizeBytes - this.estimate()));
    this.charged += fit;
    return fit;
  }

  release(bytes: number): void {
    this.charged -= bytes;
  }
}

/** Disk use of a tree as df counts it: 4 KiB blocks, hard links once, no /proc, /sys, merged/. */
export function measureUsed(fs: FileSystem, path = '/', seen = new Set<number>()): number {
  let st: Stat;
  try {
    st = fs.lstat(path);
  } catch {
    return 0;
  }
  if (st.type === 'file' && st.nlink > 1) {
    if (seen.has(st.ino)) return 0;
    seen.add(st.ino);
  }
  let n = st.type === 'symlink' || st.type === 'chardev' ? 0 : Math.ceil(st.size / 4096) * 4096;
  if (st.type === 'dir') {
    for (const d of fs.readdir(path)) {
      if (path === '/' && (d.name === 'proc' || d.name === 'sys')) continue;
      // A running container's merged/ is an overlay mount of layers counted in their diff/.
      if (d.name === 'merged' && path.startsWith('/var/lib/docker/overlay2/')) continue;
      n += measureUsed(fs, path === '/' ? `/${d.name}` : `${path}/${d.name}`, seen);
    }
  }
  return n;
}

function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 2 bytes below U+0800, each half of a surrogate pair 2 (4 for the pair), else 3.
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

// The last chunk measured (and hashed): `yes` and `cat /dev/zero` write the same string each
// time, so a long run measures it once instead of walking a megabyte per write.
let lastChunk = '';
let lastBytes = 0;
let lastDigest = '';

function textBytes(text: string): number {
  if (text.length < 4096) return utf8Bytes(text);
  if (text !== lastChunk) {
    lastChunk = text;
    lastBytes = utf8Bytes(text);
    lastDigest = '';
  }
  return lastBytes;
}

function textDigest(text: string): string {
  textBytes(text);
  if (text !== lastChunk) return sha256Text(text);
  lastDigest ||= sha256Text(text);
  return lastDigest;
}

function sizeOf(d: FileData | string): number {
  if (typeof d === 'string') return textBytes(d);
  return d.kind === 'text' ? textBytes(d.text) : d.size;
}

/** The first `bytes` bytes of `d` (text cut by characters; ASCII is the common case). */
function head(d: FileData | string, bytes: number): FileData | string {
  if (typeof d === 'string') return d.slice(0, bytes);
  if (d.kind === 'text') return d.text.slice(0, bytes);
  return { kind: 'blob', size: bytes, digest: d.digest };
}

/**
 * Bytes of `size` ending in `chunk`, as a blob. Its digest comes from the chunk and the size, not
 * the whole text (hashing gigabytes is what blobs avoid): equal for equal `yes` runs.
 */
function grownBlob(chunk: string, size: number): FileData {
  const digest = textDigest(chunk);
  return {
    kind: 'blob',
    size,
    digest: sha256Text(`grown ${digest} ${size}`),
  };
}

function chunkBlob(chunk: string): FileData {
  return { kind: 'blob', size: textBytes(chunk), digest: textDigest(chunk) };
}

/**
 * `fs` with writes charged to `disk`. Everything else (and any extra method of the underlying
 * mount) passes through unchanged. Truncating is free (ext4 makes sparse files).
 */
export function withDiskQuota(fs: FileSystem, disk: HostDisk): FileSystem {
  // Sizes of files this wrapper appends to, so growing text need not be measured each time.
  const sizes = new Map<string, number>();
  const fileSize = (path: string): number => {
    try {
      const st = fs.stat(path);
      return st.type === 'file' ? st.size : 0;
    } catch {
      return 0;
    }
  };
  const writeFile = (path: string, data: FileData | string, options?: WriteOptions): void => {
    const append = options?.append === true;
    const bytes = sizeOf(data);
    const old = append ? 0 : fileSize(path);
    const fit = disk.reserve(bytes - old);
    if (fit < bytes - old) {
      const room = Math.max(0, old + fit);
      if (room > 0) fs.writeFile(path, head(data, room), options);
      else if (!append) fs.writeFile(path, '', options);
      sizes.delete(path);
      throw new FsError('ENOSPC', 'write', path);
    }
    if (!append) {
      sizes.delete(path);
      fs.writeFile(path, data, options);
      return;
    }
    const before = sizes.get(path) ?? fileSize(path);
    sizes.set(path, before + bytes);
    const text = typeof data === 'string' ? data : data.kind === 'text' ? data.text : null;
    if (text === null || before + bytes <= TEXT_LIMIT) {
      fs.writeFile(path, data, options);
      return;
    }
    // Past TEXT_LIMIT an appended file is kept as bytes with a size (a blob), like a 2 GB
    // download: `yes > f` can fill the disk without holding gigabytes of text.
    if (before <= TEXT_LIMIT)
      fs.writeFile(path, grownBlob(text, before + bytes), options && { mode: options.mode });
    else fs.writeFile(path, chunkBlob(text), options);
  };
  const forget =
    (fn: (...a: never[]) => unknown) =>
    (path: string, ...rest: unknown[]): unknown => {
      sizes.delete(path);
      return (fn as (...a: unknown[]) => unknown).call(fs, path, ...rest);
    };
  const own = Object.assign(Object.create(null) as Record<string | symbol, unknown>, {
    writeFile,
    unlink: forget(fs.unlink),
    rename: forget(fs.rename),
    truncate: forget(fs.truncate),
  });
  return new Proxy(fs, {
    get(target, prop) {
      if (prop in own) return own[prop];
      const v: unknown = Reflect.get(target, prop, target);
      if (typeof v !== 'function') return v;
      const bound = (v as (...a: unknown[]) => unknown).bind(target);
      own[prop] = bound;
      return bound;
    },
  });
}
