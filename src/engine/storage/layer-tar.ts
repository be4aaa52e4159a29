// The canonical serialisation of a layer: the uncompressed tar `docker save` would hold for it.
// Entries in walk order (a directory, then its entries by name); whiteouts as `.wh.<name>` (mode
// 0600, size 0, a regular file — how Docker converts overlay's 0/0 devices); an opaque directory
// followed by `<dir>/.wh..wh..opq`; a second path of a hard-linked file as a link entry; two zero
// blocks at the end. Virtual bytes (blobs) appear as their digest's ASCII in the data area while
// the header keeps the declared size: equal content still gives equal IDs, and a 4 GB layer hashes
// in microseconds.

import type { ReadonlyChangeset } from './changeset';
import type { FileNode } from './node';
import { baseName, compareKeys, joinKey, parentKey } from './path';
import { BLOCK } from './tar-header';
import { TarWriter, type TarSink } from './tar-writer';

export type { TarSink };

function sec(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

/** Keys of a changeset in tar order ("/" itself is never an entry). */
export function tarOrder(changes: ReadonlyChangeset): string[] {
  // Walk the child index, sorting each directory's names: many small native sorts instead of one
  // big sort through compareKeys (names hold no "/", so plain string order is compareKeys order).
  const keys: string[] = [];
  const walk = (dir: string): void => {
    const names = changes.childNames(dir);
    if (!names) return;
    for (const name of [...names].sort()) {
      const key = joinKey(dir, name);
      keys.push(key);
      walk(key);
    }
  };
  walk('/');
  if (keys.length === changes.size - (changes.get('/') ? 1 : 0)) return keys;
  // A changeset whose child index does not cover its keys: sort them all.
  keys.length = 0;
  for (const k of changes.keys()) if (k !== '/') keys.push(k);
  return keys.sort(compareKeys);
}

function writeEntries(changes: ReadonlyChangeset, w: TarWriter): void {
  const firstPath = new Map<FileNode, string>();
  for (const key of tarOrder(changes)) {
    const n = changes.get(key);
    if (!n) continue;
    const mode = n.mode & 0o7777;
    const { uid, gid } = n;
    const mtimeSec = sec(n.mtimeMs);
    const name = key.slice(1);
    switch (n.kind) {
      case 'dir':
        w.header({ name: `${name}/`, mode, uid, gid, mtimeSec, size: 0, typeflag: '5' });
        if (n.opaque) {
          const opq = `${name}/.wh..wh..opq`;
          w.header({ name: opq, mode, uid, gid, mtimeSec: 0, size: 0, typeflag: '0' });
        }
        break;
      case 'file': {
        const first = firstPath.get(n);
        if (first !== undefined) {
          w.header({ name, mode, uid, gid, mtimeSec, size: 0, typeflag: '1', linkname: first });
          break;
        }
        firstPath.set(n, name);
        const d = n.data;
        if (d.kind === 'text') w.file({ name, mode, uid, gid, mtimeSec }, d.text);
        else w.file({ name, mode, uid, gid, mtimeSec }, d.digest, d.size);
        break;
      }
      case 'symlink':
        w.header({
          name,
          mode: 0o777,
          uid,
          gid,
          mtimeSec,
          size: 0,
          typeflag: '2',
          linkname: n.target,
        });
        break;
      case 'chardev':
        w.header({
          name,
          mode,
          uid,
          gid,
          mtimeSec,
          size: 0,
          typeflag: '3',
          devmajor: n.major,
          devminor: n.minor,
        });
        break;
      case 'whiteout': {
        const dir = parentKey(key);
        const wname = (dir === '/' ? '' : `${dir.slice(1)}/`) + `.wh.${baseName(key)}`;
        w.header({ name: wname, mode: 0o600, uid, gid, mtimeSec, size: 0, typeflag: '0' });
        break;
      }
    }
  }
  w.end();
}

/** Stream the canonical tar of a changeset into `sink`, in chunks of 64 KiB or more. */
export function writeLayerTar(changes: ReadonlyChangeset, sink: TarSink): void {
  writeEntries(changes, new TarWriter(sink));
}

/** The whole canonical tar as bytes (tests, `docker save`); hashing streams instead. */
export function layerTarBytes(changes: ReadonlyChangeset): Uint8Array {
  // Most entries take a header block and at most one data block.
  const w = new TarWriter(undefined, (changes.size * 2 + 2) * BLOCK);
  writeEntries(changes, w);
  return w.bytes().slice(); // not the whole, partly unused, buffer
}
