// Reading and writing the file being edited, with failures as values (an errno code), so the
// editors can print their own messages and never throw out of run.

import { isFsError, type Errno } from '../../../engine/fs/errors';
import type { FileSystem } from '../../../engine/fs/types';

export type LoadResult =
  | { readonly kind: 'file'; readonly content: string }
  | { readonly kind: 'new' }
  | { readonly kind: 'dir' }
  | { readonly kind: 'error'; readonly code: Errno };

function codeOf(e: unknown): Errno {
  return isFsError(e) ? e.code : 'EINVAL';
}

export function loadFile(fs: FileSystem, path: string): LoadResult {
  try {
    if (!fs.exists(path)) return { kind: 'new' };
    if (fs.stat(path).type === 'dir') return { kind: 'dir' };
    return { kind: 'file', content: fs.readText(path) };
  } catch (e) {
    const code = codeOf(e);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'new' } : { kind: 'error', code };
  }
}

export type SaveResult =
  { readonly ok: true; readonly created: boolean } | { readonly ok: false; readonly code: Errno };

/** Write `content` to `path` (an existing file keeps its mode, a new one gets 0644). */
export function saveFile(fs: FileSystem, path: string, content: string): SaveResult {
  try {
    const created = !fs.exists(path);
    if (!created && fs.stat(path).type === 'dir') return { ok: false, code: 'EISDIR' };
    fs.writeFile(path, content);
    return { ok: true, created };
  } catch (e) {
    return { ok: false, code: codeOf(e) };
  }
}

export function fileExists(fs: FileSystem, path: string): boolean {
  try {
    return fs.exists(path);
  } catch {
    return false;
  }
}
