// Recursive copy used by cp and by mv across layers (EXDEV): files keep their data (text or blob,
// so a 100 MB blob costs nothing), symlinks are recreated, directories walked.

import type { FileSystem, Stat } from '../../../engine/fs/types';
import { UMASK } from './mode';
import { joinPath } from './paths';

export interface CopyOptions {
  readonly recursive: boolean;
  /** Copy symlinks as symlinks (-P, -d, -a, and -R's default). */
  readonly noDereference: boolean;
  readonly preserveMode: boolean;
  readonly preserveOwner: boolean;
  readonly preserveTime: boolean;
  readonly noClobber: boolean;
  /** Called after each item is copied (for -v). */
  readonly onCopied?: (from: string, to: string) => void;
  /** Called for a failure; return value ignored. `from`/`to` are shown paths. */
  readonly onError: (message: string) => void;
  /** Error text for an exception. */
  readonly errText: (e: unknown) => string;
  readonly now: number;
}

/** Copy `src` to `dst` (both absolute; shown as `srcShown`/`dstShown`). Returns success. */
export function copyTree(
  fs: FileSystem,
  src: string,
  dst: string,
  srcShown: string,
  dstShown: string,
  o: CopyOptions,
  top = true,
): boolean {
  let st: Stat;
  try {
    st = o.noDereference ? fs.lstat(src) : fs.stat(src);
  } catch (e) {
    o.onError(`cannot stat '${srcShown}': ${o.errText(e)}`);
    return false;
  }
  let dstSt: Stat | undefined;
  try {
    dstSt = fs.lstat(dst);
  } catch {
    dstSt = undefined;
  }
  if (st.type === 'dir') {
    if (!o.recursive) {
      o.onError(`-r not specified; omitting directory '${srcShown}'`);
      return false;
    }
    if (dstSt && dstSt.type !== 'dir') {
      o.onError(`cannot overwrite non-directory '${dstShown}' with directory '${srcShown}'`);
      return false;
    }
    try {
      if (!dstSt) {
        fs.mkdir(dst, { mode: (st.mode & 0o777) | 0o700 });
        o.onCopied?.(srcShown, dstShown);
      }
      let ok = true;
      for (const d of fs.readdir(src)) {
        const child = copyTree(
          fs,
          joinPath(src, d.name),
          joinPath(dst, d.name),
          joinPath(srcShown, d.name),
          joinPath(dstShown, d.name),
          o,
          false,
        );
        ok = child && ok;
      }
      if (!dstSt || o.preserveMode) fs.chmod(dst, o.preserveMode ? st.mode : st.mode & ~UMASK);
      if (o.preserveOwner) fs.chown(dst, st.uid, st.gid);
      if (o.preserveTime) fs.utimes(dst, st.mtimeMs);
      return ok;
    } catch (e) {
      o.onError(`cannot create directory '${dstShown}': ${o.errText(e)}`);
      return false;
    }
  }
  if (dstSt) {
    if (dstSt.type === 'dir') {
      o.onError(`cannot overwrite directory '${dstShown}' with non-directory`);
      return false;
    }
    if (o.noClobber) return true;
    if (dstSt.ino === st.ino && dstSt.type === st.type && top) {
      o.onError(`'${srcShown}' and '${dstShown}' are the same file`);
      return false;
    }
  }
  try {
    if (st.type === 'symlink') {
      if (dstSt) fs.unlink(dst);
      // FileSystem has no lchown: chown would follow the new link, so a link keeps root's owner.
      fs.symlink(fs.readlink(src), dst);
    } else {
      if (dstSt?.type === 'symlink') fs.unlink(dst);
      const data = st.type === 'chardev' ? '' : fs.readFile(src);
      const existed = dstSt !== undefined && dstSt.type !== 'symlink';
      fs.writeFile(dst, data, { mode: st.mode & ~UMASK });
      if (o.preserveMode) fs.chmod(dst, st.mode);
      else if (!existed) fs.chmod(dst, st.mode & ~UMASK & 0o777);
      if (o.preserveOwner) fs.chown(dst, st.uid, st.gid);
      fs.utimes(dst, o.preserveTime ? st.mtimeMs : o.now);
    }
    o.onCopied?.(srcShown, dstShown);
    return true;
  } catch (e) {
    o.onError(`cannot create regular file '${dstShown}': ${o.errText(e)}`);
    return false;
  }
}
