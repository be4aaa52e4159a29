// Path resolution the way the kernel walks a path: component by component, "." and ".." taken
// physically (after symlinks), symlinks followed (at most 40 per walk, then ELOOP), a trailing
// slash demanding a directory. The fast path does one lookup for a plain path with no symlinks.

import { FsError } from '../fs/errors';
import type { Lookup } from './lookup';
import { joinKey, parentKey, splitPath } from './path';

export const MAX_SYMLINK_HOPS = 40;

export interface Resolved {
  /** The resolved key; for a missing final component, where it would be created. */
  readonly key: string;
  /** Lookup of `key`: 'found', or 'missing'/'whiteout' (its parent then exists as a directory). */
  readonly look: Lookup;
  /** The final component as typed was "." or "..". */
  readonly dotLast: boolean;
}

export function resolvePath(
  look: (key: string) => Lookup,
  path: string,
  syscall: string,
  followLast: boolean,
): Resolved {
  const { parts, trailingSlash } = splitPath(path, syscall);
  const follow = followLast || trailingSlash;
  const last = parts[parts.length - 1];
  const dotLast = last === '.' || last === '..';
  const done = (key: string, r: Lookup): Resolved => {
    if (trailingSlash && r.kind === 'found' && r.node.kind !== 'dir') {
      throw new FsError('ENOTDIR', syscall, path);
    }
    return { key, look: r, dotLast };
  };

  if (!parts.includes('.') && !parts.includes('..')) {
    const key = `/${parts.join('/')}`;
    const r = look(key);
    if (r.kind === 'found' && (r.node.kind !== 'symlink' || !follow)) return done(key, r);
    if (r.kind === 'missing' || r.kind === 'whiteout') {
      const p = look(parentKey(key));
      if (p.kind === 'found' && p.node.kind === 'dir') return done(key, r);
      if (p.kind !== 'notdir' && !(p.kind === 'found' && p.node.kind === 'symlink')) {
        throw new FsError(p.kind === 'found' ? 'ENOTDIR' : 'ENOENT', syscall, path);
      }
    }
  }

  // Slow path: walk component by component.
  let cur = '/';
  const queue = parts.slice();
  let hops = 0;
  while (queue.length > 0) {
    const c = queue.shift() as string;
    const isLast = queue.length === 0;
    if (c === '.') continue;
    if (c === '..') {
      cur = parentKey(cur);
      continue;
    }
    const next = joinKey(cur, c);
    const r = look(next);
    if (r.kind !== 'found') {
      if (r.kind === 'notdir') throw new FsError('ENOTDIR', syscall, path);
      if (isLast) return done(next, r);
      throw new FsError('ENOENT', syscall, path);
    }
    const node = r.node;
    if (node.kind === 'symlink' && (!isLast || follow)) {
      if (++hops > MAX_SYMLINK_HOPS) throw new FsError('ELOOP', syscall, path);
      if (node.target === '') throw new FsError('ENOENT', syscall, path);
      if (node.target.startsWith('/')) cur = '/';
      const tparts = node.target.split('/').filter((p) => p !== '');
      if (isLast && node.target.endsWith('/') && tparts.length > 0) {
        // "link -> dir/" must end at a directory, like a typed trailing slash.
        queue.unshift(...tparts, '.');
      } else {
        queue.unshift(...tparts);
      }
      continue;
    }
    if (!isLast && node.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
    cur = next;
  }
  return done(cur, look(cur));
}
