// Small helpers to write file trees as data: text files, binaries as sized blobs, links, dirs.

import type { FileData } from '../../fs/types';
import { sha256OfText, type LayerEntrySpec } from '../../storage';

/**
 * Virtual bytes named by a digest of `salt`, path and size (stable, distinct). The digest is
 * worked out when first read (cat, a layer tar), not for each of an image's thousands of files
 * at pull time.
 */
export function saltedBlob(salt: string, path: string, size: number): FileData {
  let digest: string | undefined;
  return {
    kind: 'blob',
    size,
    get digest(): string {
      return (digest ??= sha256OfText(`${salt}:${path}:${size}`));
    },
  };
}

export const text = (path: string, data: string, mode = 0o644): LayerEntrySpec => ({
  path,
  type: 'file',
  data,
  mode,
});

/** A binary: a blob whose digest is derived from `salt`, path and size (stable, distinct). */
export const bin = (salt: string, path: string, size: number, mode = 0o755): LayerEntrySpec => ({
  path,
  type: 'file',
  mode,
  data: saltedBlob(salt, path, size),
});

export const link = (path: string, target: string): LayerEntrySpec => ({
  path,
  type: 'symlink',
  target,
});

export const hardlink = (path: string, linkTo: string): LayerEntrySpec => ({
  path,
  type: 'hardlink',
  linkTo,
});

export const dir = (path: string, mode = 0o755, uid = 0, gid = 0): LayerEntrySpec => ({
  path,
  type: 'dir',
  mode,
  uid,
  gid,
});

/** A deterministic pseudo-random integer in [0, n) from a string (FNV-1a). */
export function hashInt(s: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % n;
}

/** Binaries named in a list, sizes given or drawn from [lo, hi). */
export function bins(
  salt: string,
  dirPath: string,
  names: readonly string[],
  sizes: Readonly<Record<string, number>> = {},
  lo = 20_000,
  hi = 150_000,
): LayerEntrySpec[] {
  return names.map((n) =>
    bin(salt, `${dirPath}/${n}`, sizes[n] ?? lo + hashInt(`${salt}${n}`, hi - lo)),
  );
}

/** Split a space-separated word list (keeps data tables short). */
export const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');
