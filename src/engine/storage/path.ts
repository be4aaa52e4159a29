// Path helpers for layer keys. A key is an absolute, normalised path: "/" or "/a/b" (no trailing
// slash, no "." or ".."). Callers' raw paths go through splitPath, which checks name lengths the
// way Linux does (NAME_MAX 255 bytes per component, PATH_MAX 4096 bytes in all).

import { FsError } from '../fs/errors';

export const NAME_MAX = 255;
export const PATH_MAX = 4096;

import { utf8Length } from '../text/utf8';

export { utf8Length };

export interface SplitPath {
  /** Components as typed, "." and ".." included (the resolver gives them their physical meaning). */
  readonly parts: string[];
  readonly trailingSlash: boolean;
}

/** Split a caller's path; relative paths count from "/". Throws ENAMETOOLONG like the kernel. */
export function splitPath(path: string, syscall: string): SplitPath {
  if (path === '') throw new FsError('ENOENT', syscall, path);
  if (utf8Length(path) >= PATH_MAX) throw new FsError('ENAMETOOLONG', syscall, path);
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '') continue;
    if (p.length > NAME_MAX / 4 && utf8Length(p) > NAME_MAX) {
      throw new FsError('ENAMETOOLONG', syscall, path);
    }
    parts.push(p);
  }
  const trailingSlash = path.length > 1 && path.endsWith('/');
  return { parts, trailingSlash };
}

export function joinKey(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export function parentKey(key: string): string {
  const i = key.lastIndexOf('/');
  return i <= 0 ? '/' : key.slice(0, i);
}

export function baseName(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

/** Proper ancestors of a key, outermost first, "/" excluded: "/a/b/c" → ["/a", "/a/b"]. */
export function ancestorsOf(key: string): string[] {
  const out: string[] = [];
  let i = key.indexOf('/', 1);
  while (i > 0) {
    out.push(key.slice(0, i));
    i = key.indexOf('/', i + 1);
  }
  return out;
}

/** Lexical normalisation for keys given by trusted code (layer specs), not for user paths. */
export function normaliseKey(path: string): string {
  const out: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

export function isUnder(key: string, dir: string): boolean {
  return dir === '/' ? key !== '/' : key.startsWith(`${dir}/`);
}

/** Tar order: a directory's entries right after it, siblings by name (filepath.Walk order). */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // "/" ends a component, so it sorts before every other character.
    if (x === 0x2f) return -1;
    if (y === 0x2f) return 1;
    return x - y;
  }
  return a.length - b.length;
}
