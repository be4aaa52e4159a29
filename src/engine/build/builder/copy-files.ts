// The work of COPY and ADD inside the step container: resolve the destination against WORKDIR,
// apply the directory and trailing-slash rules, copy files, directories (their contents, not the
// directory itself) and symlinks with their modes and times, owned by root unless --chown, with
// --chmod applied. ADD also unpacks local tar archives (COPY never does) and fetches URLs.

import { posixJoin } from './paths';
import type { FileData, FileSystem } from '../../fs/types';
import { openTar, type TarMember } from '../../world';
import type { SourceTree } from './sources';

export interface CopyOptions {
  readonly uid: number;
  readonly gid: number;
  /** --chmod as octal bits, applied to files and directories copied. */
  readonly chmod?: number;
  /** ADD: extract recognised local archives. */
  readonly extract: boolean;
}

function ensureDir(fs: FileSystem, dir: string, o: CopyOptions): void {
  if (fs.exists(dir)) return;
  const parts = dir.split('/').filter((p) => p !== '');
  let cur = '';
  for (const p of parts) {
    cur += `/${p}`;
    if (!fs.exists(cur)) {
      fs.mkdir(cur, { mode: 0o755 });
      fs.chown(cur, o.uid, o.gid);
    }
  }
}

function removeExisting(fs: FileSystem, path: string): void {
  try {
    const st = fs.lstat(path);
    if (st.type !== 'dir') fs.unlink(path);
  } catch {
    // nothing there
  }
}

export function writeFileAt(
  fs: FileSystem,
  path: string,
  data: FileData,
  mode: number,
  mtimeMs: number,
  o: CopyOptions,
): void {
  removeExisting(fs, path);
  fs.writeFile(path, data, { mode });
  fs.chmod(path, o.chmod ?? mode);
  fs.chown(path, o.uid, o.gid);
  fs.utimes(path, mtimeMs);
}

/** Copy one source path (file, symlink or directory tree) to `dest` (the final path). */
export function copyEntry(
  tree: SourceTree,
  rel: string,
  fs: FileSystem,
  dest: string,
  o: CopyOptions,
): void {
  const st = tree.lstat(rel);
  if (!st) return;
  if (st.type === 'dir') {
    ensureDir(fs, dest, o);
    if (o.chmod !== undefined) fs.chmod(dest, o.chmod);
    // Iterative walk: a deep or wide tree cannot overflow the stack.
    const stack: [string, string][] = [[rel, dest]];
    while (stack.length > 0) {
      const [r, d] = stack.pop() as [string, string];
      for (const name of tree.readdir(r)) {
        const cr = r === '' ? name : `${r}/${name}`;
        const cd = posixJoin(d, name);
        const cs = tree.lstat(cr);
        if (!cs) continue;
        if (cs.type === 'dir') {
          if (!fs.exists(cd)) fs.mkdir(cd, { mode: cs.mode });
          fs.chmod(cd, o.chmod ?? cs.mode);
          fs.chown(cd, o.uid, o.gid);
          fs.utimes(cd, cs.mtimeMs);
          stack.push([cr, cd]);
        } else copyLeaf(tree, cr, cs.type, cs.mode, cs.mtimeMs, fs, cd, o);
      }
    }
    return;
  }
  ensureDir(fs, parentOf(dest), o);
  copyLeaf(tree, rel, st.type, st.mode, st.mtimeMs, fs, dest, o);
}

function copyLeaf(
  tree: SourceTree,
  rel: string,
  type: string,
  mode: number,
  mtimeMs: number,
  fs: FileSystem,
  dest: string,
  o: CopyOptions,
): void {
  if (type === 'symlink') {
    removeExisting(fs, dest);
    fs.symlink(tree.readlink(rel), dest);
    return;
  }
  if (type !== 'file') return;
  const data = tree.read(rel);
  if (o.extract && extractArchive(data, fs, dest, o)) return;
  writeFileAt(fs, dest, data, mode, mtimeMs, o);
}

export function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

/**
 * ADD of a local archive: unpack it into the destination directory (the path given, or the
 * parent when the destination names a file: Docker unpacks into the directory either way).
 * Returns false when the data is not an archive the lab knows.
 */
export function extractArchive(
  data: FileData,
  fs: FileSystem,
  dest: string,
  o: CopyOptions,
): boolean {
  const tar = openTar(data);
  if (!tar) return false;
  const root = dest;
  ensureDir(fs, root, o);
  for (const m of tar.members) extractMember(m, fs, root);
  return true;
}

function extractMember(m: TarMember, fs: FileSystem, root: string): void {
  const name = m.name.replace(/^\.?\/+/, '').replace(/\/$/, '');
  if (name === '' || name === '.') return;
  const path = posixJoin(root, name);
  const parent = parentOf(path);
  if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true });
  switch (m.type) {
    case 'dir':
      if (!fs.exists(path)) fs.mkdir(path, { mode: m.mode });
      fs.chmod(path, m.mode);
      break;
    case 'file':
      removeExisting(fs, path);
      fs.writeFile(path, m.data ?? { kind: 'text', text: '' }, { mode: m.mode });
      fs.chmod(path, m.mode);
      break;
    case 'symlink':
      removeExisting(fs, path);
      fs.symlink(m.target ?? '', path);
      return;
    case 'hardlink':
      removeExisting(fs, path);
      fs.link(posixJoin(root, (m.target ?? '').replace(/^\.?\/+/, '')), path);
      return;
    default:
      return;
  }
  fs.chown(path, m.uid, m.gid);
  fs.utimes(path, m.mtimeMs);
}
