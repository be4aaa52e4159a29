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

/** Create `dir` and missing ancestors, top down (exists() on a path under a missing parent throws inside). */
function mkdirs(fs: FileSystem, dir: string, created: string[], known: Set<string>): void {
  if (dir === '' || dir === '/' || known.has(dir)) return;
  let prefix = '';
  for (const part of dir.split('/')) {
    if (part === '') continue;
    prefix += `/${part}`;
    if (known.has(prefix)) continue;
    if (!fs.exists(prefix)) {
      fs.mkdir(prefix, { mode: 0o755 });
      created.push(prefix);
    }
    known.add(prefix);
  }
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
  const known = new Set<string>();
  for (const f of filesOf(catalog, name)) {
    const parent = f.path.slice(0, f.path.lastIndexOf('/'));
    mkdirs(fs, parent, owned, known);
    if (f.kind === 'dir') {
      mkdirs(fs, f.path, owned, known);
      continue;
    }
    // exists() first: a failed lstat costs an FsError (and its stack) per new file. A new file
    // gets its mode from writeFile and its mtime from the clock, so only a replaced one needs more.
    let replaced = false;
    if (f.kind !== 'link' && fs.exists(f.path)) {
      try {
        if (fs.lstat(f.path).type !== 'dir') {
          fs.unlink(f.path);
          replaced = true;
        }
      } catch {
        // a new file after all
      }
    }
    if (f.kind === 'link') {
      try {
        fs.symlink(f.target, f.path);
      } catch {
        fs.unlink(f.path);
        fs.symlink(f.target, f.path);
      }
    } else if (f.kind === 'text') {
      fs.writeFile(f.path, f.text, { mode: f.mode });
      if (replaced) fs.utimes(f.path, now);
    } else {
      const data = {
        kind: 'blob' as const,
        size: f.size,
        digest: digestFor(`${name} ${version} ${f.path}`),
      };
      fs.writeFile(f.path, data, { mode: f.mode });
      if (replaced) fs.utimes(f.path, now);
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
