// Writing a package's files into a root filesystem and taking them out again. Binaries are blobs
// with stable digests (the same package version always gives the same bytes), config files text.

import type { FileSystem } from '../../../engine/fs/types';
import { sha256OfText } from '../../../engine/storage';
import { parseFile, type Catalog, type FileEntry } from './catalog/types';

const digests = new Map<string, string>();

function digestFor(key: string): string {
  let d = digests.get(key);
  if (d === undefined) {
    d = sha256OfText(`layerlab package ${key}`);
    digests.set(key, d);
  }
  return d;
}

const parsed = new WeakMap<object, FileEntry[]>();

export function filesOf(catalog: Catalog, name: string): FileEntry[] {
  const spec = catalog.packages[name];
  let f = parsed.get(spec);
  if (!f) {
    f = spec.files.map((s) => parseFile(s, catalog.texts));
    parsed.set(spec, f);
  }
  return f;
}

/** Bytes the package occupies once installed (regular files). */
export function installedBytes(catalog: Catalog, name: string): number {
  let n = 0;
  for (const f of filesOf(catalog, name)) {
    if (f.kind === 'blob') n += f.size;
    else if (f.kind === 'text') n += f.text.length;
  }
  return n;
}

function mkdirs(fs: FileSystem, dir: string, created: string[]): void {
  if (dir === '' || dir === '/' || fs.exists(dir)) return;
  mkdirs(fs, dir.slice(0, dir.lastIndexOf('/')), created);
  fs.mkdir(dir, { mode: 0o755 });
  created.push(dir);
}

/**
 * Write the package's files; returns every path it owns (parent directories first), as dpkg's
 * .list holds them. `keepConf` leaves existing /etc files alone (a reinstall over config-files).
 */
export function writeFiles(
  fs: FileSystem,
  catalog: Catalog,
  name: string,
  version: string,
  now: number,
): string[] {
  const owned: string[] = [];
  for (const f of filesOf(catalog, name)) {
    const parent = f.path.slice(0, f.path.lastIndexOf('/'));
    mkdirs(fs, parent, owned);
    if (f.kind === 'dir') {
      mkdirs(fs, f.path, owned);
      continue;
    }
    try {
      const st = fs.lstat(f.path);
      if (st.type !== 'dir') fs.unlink(f.path);
    } catch {
      // new file
    }
    if (f.kind === 'link') fs.symlink(f.target, f.path);
    else if (f.kind === 'text') {
      fs.writeFile(f.path, f.text, { mode: f.mode });
      fs.utimes(f.path, now);
    } else {
      fs.writeFile(
        f.path,
        { kind: 'blob', size: f.size, digest: digestFor(`${name} ${version} ${f.path}`) },
        { mode: f.mode },
      );
      fs.chmod(f.path, f.mode);
      fs.utimes(f.path, now);
    }
    owned.push(f.path);
  }
  return owned;
}

/** Remove files the package owns (optionally keeping /etc), then its now-empty directories. */
export function removeFiles(fs: FileSystem, paths: readonly string[], keepConf: boolean): void {
  const dirs: string[] = [];
  for (const p of paths) {
    if (keepConf && p.startsWith('/etc/')) continue;
    let st;
    try {
      st = fs.lstat(p);
    } catch {
      continue;
    }
    if (st.type === 'dir') dirs.push(p);
    else fs.unlink(p);
  }
  dirs.sort((a, b) => b.length - a.length);
  for (const d of dirs) {
    try {
      if (fs.readdir(d).length === 0) fs.rmdir(d);
    } catch {
      // still used by another package, or gone
    }
  }
}
