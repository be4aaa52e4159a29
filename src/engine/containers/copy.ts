// `docker cp` without tar: copy entries between a host filesystem and a container's root
// filesystem (running or not), following docker cp's rules — into an existing directory a source
// keeps its name; a missing destination takes the source's name; `SRC/.` copies a directory's
// contents. Writes into a container go through its union mount (copy-up, upper layer).

import { FsError } from '../fs/errors';
import type { FileSystem } from '../fs/types';
import type { Ctx } from './context';
import { copyFailed } from './errors';
import { findContainer } from './lookup';
import { fail, ok, type Result } from './result';

export interface CopyRequest {
  /** The other side: the host's filesystem. */
  readonly hostFs: FileSystem;
  /** Absolute path on the source side (may end in `/.`). */
  readonly from: string;
  /** Absolute path on the destination side. */
  readonly to: string;
}

const base = (p: string): string => p.replace(/\/+$/, '').split('/').pop() ?? '';
const join = (a: string, b: string): string => `${a.replace(/\/+$/, '')}/${b}`;
const parent = (p: string): string => p.replace(/\/+$/, '').replace(/\/[^/]*$/, '') || '/';

function copyTree(src: FileSystem, from: string, dst: FileSystem, to: string): void {
  const st = src.lstat(from);
  if (st.type === 'dir') {
    if (!dst.exists(to)) dst.mkdir(to, { mode: st.mode });
    for (const e of src.readdir(from)) copyTree(src, join(from, e.name), dst, join(to, e.name));
  } else if (st.type === 'symlink') {
    if (dst.exists(to)) dst.unlink(to);
    dst.symlink(src.readlink(from), to);
  } else if (st.type === 'file') {
    dst.writeFile(to, src.readFile(from), { mode: st.mode });
    dst.chmod(to, st.mode);
  }
}

/** Copy `from` in `src` to `to` in `dst`; an error message, or undefined when done. */
function copy(
  src: FileSystem,
  from: string,
  dst: FileSystem,
  to: string,
  missingSource: () => string,
  missingDest: (p: string) => string,
): string | undefined {
  const contentsOnly = /\/\.$/.test(from);
  const source = contentsOnly ? from.slice(0, -2) || '/' : from;
  if (!src.exists(source)) return missingSource();
  const srcIsDir = src.stat(source).type === 'dir';
  try {
    if (dst.exists(to) && dst.stat(to).type === 'dir') {
      if (srcIsDir && contentsOnly) {
        for (const e of src.readdir(source))
          copyTree(src, join(source, e.name), dst, join(to, e.name));
      } else copyTree(src, source, dst, join(to, base(source)));
      return undefined;
    }
    if (dst.exists(to) && srcIsDir) return `cannot copy a directory to a file: ${to}`;
    if (to.endsWith('/') && !srcIsDir) return missingDest(to);
    if (!dst.exists(parent(to))) return missingDest(parent(to));
    copyTree(src, source, dst, to.replace(/\/+$/, ''));
    return undefined;
  } catch (e) {
    if (e instanceof FsError) return e.message;
    throw e;
  }
}

/** `docker cp HOSTPATH CONTAINER:PATH`. */
export function copyToContainer(ctx: Ctx, ref: string, r: CopyRequest): Result<void> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const err = copy(
    r.hostFs,
    r.from,
    c.rootfs,
    r.to,
    () => `lstat ${r.from.replace(/\/\.$/, '')}: no such file or directory`,
    (p) => `Could not find the file ${p} in container ${ref}`,
  );
  return err ? fail(copyFailed(err)) : ok(undefined);
}

/** `docker cp CONTAINER:PATH HOSTPATH`. */
export function copyFromContainer(ctx: Ctx, ref: string, r: CopyRequest): Result<void> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const err = copy(
    c.rootfs,
    r.from,
    r.hostFs,
    r.to,
    () => `Could not find the file ${r.from.replace(/\/\.$/, '')} in container ${ref}`,
    (p) => `destination directory "${p}" must exist`,
  );
  return err ? fail(copyFailed(err)) : ok(undefined);
}
