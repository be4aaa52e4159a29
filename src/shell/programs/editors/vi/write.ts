// :w and friends: write the buffer (or a range of it) and report as vim does —
// `"app.py" 12L, 230B written`, `"new.txt" [New] 1L, 4B written`, or the error.

import { fileExists, saveFile } from '../file';
import { utf8Length } from '../text-width';
import { error, info, type ViState } from './state';

export interface WriteRequest {
  /** File name given to :w, or undefined for the buffer's own. */
  readonly name?: string;
  readonly bang: boolean;
  /** Lines to write (0-based, inclusive); the whole buffer when absent. */
  readonly range?: { readonly first: number; readonly last: number };
}

/** Returns true when the file was written. */
export function writeBuffer(s: ViState, req: WriteRequest): boolean {
  const target = req.name ?? s.name;
  if (target === null || target === '') {
    error(s, 'E32: No file name');
    return false;
  }
  const own = req.name === undefined || req.name === s.name;
  const path = s.env.resolve(target);
  if (own && s.readonly && !req.bang) {
    error(s, "E45: 'readonly' option is set (add ! to override)");
    return false;
  }
  if (!own && !req.bang && fileExists(s.env.fs, path)) {
    error(s, 'E13: File exists (add ! to override)');
    return false;
  }
  const whole = req.range === undefined;
  const lines = whole ? s.buf.lines : s.buf.lines.slice(req.range.first, req.range.last + 1);
  const content = whole ? s.buf.content() : `${lines.join('\n')}\n`;
  const r = saveFile(s.env.fs, path, content);
  if (!r.ok) {
    if (r.code === 'EISDIR') error(s, `E502: "${target}" is a directory`);
    else if (r.code === 'ENOSPC') error(s, 'E514: Write error (file system full?)');
    else error(s, `"${target}" E212: Can't open file for writing`);
    return false;
  }
  const count = whole && s.buf.isEmpty ? 0 : lines.length;
  info(s, `"${target}" ${r.created ? '[New] ' : ''}${count}L, ${utf8Length(content)}B written`);
  if (s.name === null) s.name = target;
  if (own && whole) {
    s.buf.markSaved();
    if (req.bang) s.readonly = false;
  }
  return true;
}
