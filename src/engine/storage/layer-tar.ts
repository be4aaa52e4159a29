// The canonical serialisation of a layer: the uncompressed tar `docker save` would hold for it.
// Entries in walk order (a directory, then its entries by name); whiteouts as `.wh.<name>` (mode
// 0600, size 0, a regular file — how Docker converts overlay's 0/0 devices); an opaque directory
// followed by `<dir>/.wh..wh..opq`; a second path of a hard-linked file as a link entry; two zero
// blocks at the end. Virtual bytes (blobs) appear as their digest's ASCII in the data area while
// the header keeps the declared size: equal content still gives equal IDs, and a 4 GB layer hashes
// in microseconds.

import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { ReadonlyChangeset } from './changeset';
import type { FileNode } from './node';
import { baseName, compareKeys, parentKey } from './path';
import { BLOCK, headerBlocks, type TarHeader } from './tar-header';

export type TarSink = (chunk: Uint8Array) => void;

const ZERO_BLOCK = new Uint8Array(BLOCK);

function tarName(key: string): string {
  return key.slice(1);
}

function sec(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

function writeData(sink: TarSink, bytes: Uint8Array): void {
  if (bytes.length === 0) return;
  sink(bytes);
  const pad = (BLOCK - (bytes.length % BLOCK)) % BLOCK;
  if (pad > 0) sink(ZERO_BLOCK.subarray(0, pad));
}

function writeHeader(sink: TarSink, h: TarHeader): void {
  for (const b of headerBlocks(h)) sink(b);
}

/** Keys of a changeset in tar order ("/" itself is never an entry). */
export function tarOrder(changes: ReadonlyChangeset): string[] {
  const keys: string[] = [];
  for (const k of changes.keys()) if (k !== '/') keys.push(k);
  return keys.sort(compareKeys);
}

/** Stream the canonical tar of a changeset into `sink`. */
export function writeLayerTar(changes: ReadonlyChangeset, sink: TarSink): void {
  const firstPath = new Map<FileNode, string>();
  for (const key of tarOrder(changes)) {
    const n = changes.get(key);
    if (!n) continue;
    const meta = { mode: n.mode & 0o7777, uid: n.uid, gid: n.gid, mtimeSec: sec(n.mtimeMs) };
    const name = tarName(key);
    switch (n.kind) {
      case 'dir':
        writeHeader(sink, { ...meta, name: `${name}/`, size: 0, typeflag: '5' });
        if (n.opaque) {
          writeHeader(sink, {
            ...meta,
            name: `${name}/.wh..wh..opq`,
            size: 0,
            mtimeSec: 0,
            typeflag: '0',
          });
        }
        break;
      case 'file': {
        const first = firstPath.get(n);
        if (first !== undefined) {
          writeHeader(sink, { ...meta, name, size: 0, typeflag: '1', linkname: first });
          break;
        }
        firstPath.set(n, name);
        const d = n.data;
        const bytes = utf8ToBytes(d.kind === 'text' ? d.text : d.digest);
        const size = d.kind === 'text' ? bytes.length : d.size;
        writeHeader(sink, { ...meta, name, size, typeflag: '0' });
        writeData(sink, bytes);
        break;
      }
      case 'symlink':
        writeHeader(sink, {
          ...meta,
          mode: 0o777,
          name,
          size: 0,
          typeflag: '2',
          linkname: n.target,
        });
        break;
      case 'chardev':
        writeHeader(sink, {
          ...meta,
          name,
          size: 0,
          typeflag: '3',
          devmajor: n.major,
          devminor: n.minor,
        });
        break;
      case 'whiteout': {
        const dir = parentKey(key);
        const wname = tarName(
          dir === '/' ? `/.wh.${baseName(key)}` : `${dir}/.wh.${baseName(key)}`,
        );
        writeHeader(sink, { ...meta, mode: 0o600, name: wname, size: 0, typeflag: '0' });
        break;
      }
    }
  }
  sink(ZERO_BLOCK);
  sink(ZERO_BLOCK);
}

/** The whole canonical tar as bytes (tests, `docker save`); hashing streams instead. */
export function layerTarBytes(changes: ReadonlyChangeset): Uint8Array {
  const chunks: Uint8Array[] = [];
  let n = 0;
  writeLayerTar(changes, (c) => {
    chunks.push(c.slice());
    n += c.length;
  });
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
