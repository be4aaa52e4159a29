// A union mount: lower layers (immutable, shared) under one writable upper changeset, exposed as
// the lab's FileSystem. Reads look top-down; the first write to a lower file copies it up whole;
// deleting something a lower layer holds writes a whiteout; a directory made where a whiteout was
// is opaque. Every operation emits a storage event (see events.ts).

import type { Clock } from '../clock/clock';
import { FsError } from '../fs/errors';
import type { DirEntry, FileData, FileSystem, MkdirOptions, Stat, WriteOptions } from '../fs/types';
import { Changeset, type ReadonlyChangeset } from './changeset';
import type { StorageEmit } from './events';
import { appendData, dataSize, dataText, textData, truncateData } from './file-data';
import type { Layer } from './layer';
import { dirLayers, lookup, type Lookup } from './lookup';
import { cloneNode, type DirNode, type FileNode, type LayerNode, type VisibleNode } from './node';
import { isUnder, joinKey, parentKey, splitPath, utf8Length } from './path';
import { resolvePath, type Resolved } from './resolve';
import { depthOf, StackIndex } from './stack-index';

export interface UnionMountOptions {
  /** Name in events: a container id, "host", a build step. */
  readonly id?: string;
  /** Immutable lower layers, top first. */
  readonly lowers?: readonly Layer[];
  /** The writable layer (default: a new empty one). Pass an existing one to remount a container. */
  readonly upper?: Changeset;
  /** Name of the upper layer in events (default `${id}/upper`). */
  readonly upperId?: string;
  readonly clock?: Clock;
  readonly emit?: StorageEmit;
  /** Writes fail with EROFS. */
  readonly readOnly?: boolean;
  /** Subtrees where writes fail with EROFS (the host's generated /var/lib/docker). */
  readonly readOnlyUnder?: readonly string[];
}

export interface UnionMount extends FileSystem {
  readonly id: string;
  readonly upperId: string;
  /** The writable layer itself; commit seals a copy of it. */
  readonly upper: Changeset;
  readonly lowers: readonly Layer[];
  /** Where `path` (not followed) comes from: layer index 0 = upper, 1.. = lowers; no events. */
  locate(path: string): Lookup;
}

const ZERO_CLOCK: Clock = { now: () => 0, advance: () => undefined };

function fileTypeOf(n: VisibleNode): 'file' | 'dir' | 'symlink' | 'chardev' {
  return n.kind;
}

function nodeSize(n: VisibleNode): number {
  switch (n.kind) {
    case 'file':
      return dataSize(n.data);
    case 'dir':
      return 4096;
    case 'symlink':
      return utf8Length(n.target);
    case 'chardev':
      return 0;
  }
}

export function createUnionMount(options: UnionMountOptions = {}): UnionMount {
  const id = options.id ?? 'mount';
  const upperId = options.upperId ?? `${id}/upper`;
  const lowers = options.lowers ?? [];
  const up = options.upper ?? new Changeset();
  const clock = options.clock ?? ZERO_CLOCK;
  const emit = options.emit;
  const readOnly = options.readOnly ?? false;
  const frozen = options.readOnlyUnder ?? [];
  const layers: readonly ReadonlyChangeset[] = [up, ...lowers.map((l) => l.changes)];
  const layerIds: readonly string[] = [upperId, ...lowers.map((l) => l.id)];

  // Inode numbers: handed out on first stat, carried over on copy-up (overlay keeps st_ino).
  const inos = new WeakMap<object, number>();
  let nextIno = 2;
  const inoOf = (n: object): number => {
    let i = inos.get(n);
    if (i === undefined) inos.set(n, (i = nextIno++));
    return i;
  };

  // Immutable lowers get a dentry-style cache; a generated (dynamic) lower is probed directly.
  const index = lowers.some((l) => l.dynamic)
    ? undefined
    : new StackIndex(lowers.map((l) => l.changes));

  const upperOpaqueAbove = (key: string): boolean => {
    if (up.opaqueCount === 0) return false;
    for (let k = parentKey(key); ; k = parentKey(k)) {
      const n = up.get(k);
      if (n?.kind === 'dir' && n.opaque) return true;
      if (k === '/') return false;
    }
  };

  /** Upper layer first (one Map), then the cached lower stack; same answers as lookup(). */
  const indexedLookup = (ix: StackIndex, key: string, skipUpper: boolean): Lookup => {
    if (key === '/') return lookup(layers, key, skipUpper);
    if (!skipUpper) {
      const u = up.get(key);
      if (u)
        return u.kind === 'whiteout'
          ? { kind: 'whiteout', layer: 0 }
          : { kind: 'found', node: u, layer: 0 };
    }
    let deepestDir = -1;
    for (let k = parentKey(key); ; k = parentKey(k)) {
      const a = up.get(k);
      if (a) {
        if (a.kind === 'dir') {
          if (a.opaque || upperOpaqueAbove(k)) return { kind: 'missing', layer: 0 };
          deepestDir = depthOf(k);
          break;
        }
        if (a.kind === 'whiteout') return { kind: 'whiteout', layer: 0 };
        return { kind: 'notdir', layer: 0, depth: depthOf(k), node: a };
      }
      if (k === '/') break;
    }
    const r = ix.lookup(key);
    if ((r.kind === 'notdir' || r.kind === 'whiteout') && ix.hiderDepth(key) <= deepestDir) {
      return { kind: 'missing', layer: r.layer + 1 };
    }
    return { ...r, layer: r.layer + 1 };
  };

  const look = (key: string): Lookup =>
    index ? indexedLookup(index, key, false) : lookup(layers, key);

  /** Layers that make up directory `key`, found first at layer `top`. */
  const layersOfDir = (key: string, top: number): readonly number[] => {
    if (!index) return dirLayers(layers, key, top);
    const shift = (xs: readonly number[]): number[] => xs.map((i) => i + 1);
    if (key === '/') {
      const r = up.get('/');
      return r?.kind === 'dir' && r.opaque ? [0] : [0, ...shift(index.dirLayers('/'))];
    }
    if (top === 0) {
      const u = up.get(key);
      if ((u?.kind === 'dir' && u.opaque) || upperOpaqueAbove(key)) return [0];
      return [0, ...shift(index.dirLayers(key))];
    }
    return shift(index.dirLayers(key));
  };
  const resolve = (path: string, syscall: string, follow: boolean): Resolved =>
    resolvePath(look, path, syscall, follow);

  const need = (
    r: Resolved,
    syscall: string,
    path: string,
  ): { node: VisibleNode; layer: number } => {
    if (r.look.kind !== 'found') throw new FsError('ENOENT', syscall, path);
    return r.look;
  };

  const writable = (syscall: string, path: string): void => {
    if (readOnly) throw new FsError('EROFS', syscall, path);
  };

  /** Refuse to change anything inside a read-only subtree. */
  const guard = (key: string): void => {
    for (const f of frozen)
      if (key === f || isUnder(key, f)) throw new FsError('EROFS', 'open', key);
  };

  /** What lower layers show at `key` beneath the upper's ancestors, ignoring the upper's own entry. */
  const lowerLook = (key: string): Lookup =>
    index ? indexedLookup(index, key, true) : lookup(layers, key, true);
  const lowerVisible = (key: string): boolean => lowerLook(key).kind === 'found';

  const toStat = (n: VisibleNode): Stat => {
    const base = {
      type: n.kind,
      mode: n.mode,
      uid: n.uid,
      gid: n.gid,
      size: nodeSize(n),
      mtimeMs: n.mtimeMs,
      nlink: n.kind === 'file' ? n.nlink : n.kind === 'dir' ? 2 : 1,
      ino: inoOf(n),
    };
    return n.kind === 'chardev' ? { ...base, rdev: { major: n.major, minor: n.minor } } : base;
  };

  /** Make `key` (a directory in the merged view) a directory of the upper layer. */
  const copyUpDir = (key: string): DirNode => {
    const have = up.get(key);
    if (have?.kind === 'dir') return have;
    guard(key);
    if (key !== '/') copyUpDir(parentKey(key));
    const r = look(key);
    if (r.kind !== 'found' || r.node.kind !== 'dir') throw new FsError('ENOENT', 'copy_up', key);
    const node: DirNode = { ...r.node, opaque: false };
    up.set(key, node);
    inos.set(node, inoOf(r.node));
    if (r.layer > 0) {
      emit?.({
        type: 'storage/file-copied-up',
        mount: id,
        path: key,
        fromLayer: layerIds[r.layer] as string,
        toLayer: upperId,
        fileType: 'dir',
        bytes: 0,
      });
    }
    return node;
  };

  /** Bring a found node into the upper layer (whole), returning the upper's node. */
  const copyUp = (key: string, found: { node: VisibleNode; layer: number }): VisibleNode => {
    if (found.layer === 0) return found.node;
    guard(key);
    if (found.node.kind === 'dir') return copyUpDir(key);
    copyUpDir(parentKey(key));
    const node = cloneNode(found.node);
    up.set(key, node);
    inos.set(node, inoOf(found.node));
    emit?.({
      type: 'storage/file-copied-up',
      mount: id,
      path: key,
      fromLayer: layerIds[found.layer] as string,
      toLayer: upperId,
      fileType: fileTypeOf(found.node),
      bytes: nodeSize(found.node),
    });
    return node;
  };

  /** A directory's entries change: its mtime moves (copying it up, as the kernel would). */
  const touchDir = (key: string): void => {
    copyUpDir(key).mtimeMs = clock.now();
  };

  /** Drop the upper's hold on `key` (a hard link's count goes down). */
  const dropUpper = (key: string): void => {
    const n = up.get(key);
    if (n?.kind === 'file') n.nlink--;
    if (n?.kind === 'dir') for (const k of up.descendants(key).reverse()) up.delete(k);
    up.delete(key);
  };

  /** Remove `key` from the merged view: a whiteout if a lower layer holds it, else just delete. */
  const removeEntry = (key: string): void => {
    guard(key);
    const below = lowerLook(key);
    dropUpper(key);
    if (below.kind === 'found') {
      copyUpDir(parentKey(key));
      up.set(key, { kind: 'whiteout', mode: 0, uid: 0, gid: 0, mtimeMs: clock.now() });
      emit?.({
        type: 'storage/whiteout-created',
        mount: id,
        path: key,
        layer: upperId,
        hides: layerIds[below.layer] as string,
      });
    } else {
      emit?.({ type: 'storage/file-removed', mount: id, path: key, layer: upperId });
    }
    touchDir(parentKey(key));
  };

  /** Place a new node at a free `key` whose parent is a directory. */
  const place = (key: string, node: LayerNode): boolean => {
    guard(key);
    copyUpDir(parentKey(key));
    const wasWhiteout = up.get(key)?.kind === 'whiteout';
    const opaque = node.kind === 'dir' && (wasWhiteout || lowerVisible(key));
    if (node.kind === 'dir') node.opaque = opaque;
    up.set(key, node);
    touchDir(parentKey(key));
    return opaque;
  };

  const mergedNames = (key: string, top: number): Map<string, VisibleNode> => {
    const names = new Map<string, LayerNode>();
    for (const i of layersOfDir(key, top)) {
      const cs = layers[i] as ReadonlyChangeset;
      const kids = cs.childNames(key);
      if (!kids) continue;
      for (const name of kids) {
        if (!names.has(name)) names.set(name, cs.get(joinKey(key, name)) as LayerNode);
      }
    }
    const out = new Map<string, VisibleNode>();
    for (const [name, n] of names) if (n.kind !== 'whiteout') out.set(name, n);
    return out;
  };

  const isEmptyDir = (key: string, top: number): boolean => mergedNames(key, top).size === 0;

  const emitRead = (path: string, r: Lookup): void => {
    if (!emit) return;
    const stop = r.layer < 0 ? layerIds.length - 1 : r.layer;
    const result = r.kind === 'found' ? 'found' : r.kind === 'whiteout' ? 'whiteout' : 'missing';
    emit({
      type: 'storage/file-read',
      mount: id,
      path,
      visited: layerIds.slice(0, stop + 1),
      result,
      ...(result === 'missing' ? {} : { layer: layerIds[stop] as string }),
    });
  };

  const readNode = (path: string, syscall: string): VisibleNode => {
    const r = resolve(path, syscall, true);
    emitRead(r.key, r.look);
    const f = need(r, syscall, path);
    if (f.node.kind === 'dir') throw new FsError('EISDIR', syscall, path);
    return f.node;
  };

  const createFile = (key: string, data: FileData, mode: number): FileNode => {
    const node: FileNode = {
      kind: 'file',
      mode: mode & 0o7777,
      uid: 0,
      gid: 0,
      mtimeMs: clock.now(),
      data,
      nlink: 1,
    };
    place(key, node);
    emit?.({
      type: 'storage/file-created',
      mount: id,
      path: key,
      layer: upperId,
      fileType: 'file',
    });
    return node;
  };

  const mkdirOne = (key: string, mode: number): void => {
    const node: DirNode = {
      kind: 'dir',
      mode: mode & 0o7777,
      uid: 0,
      gid: 0,
      mtimeMs: clock.now(),
      opaque: false,
    };
    const opaque = place(key, node);
    emit?.({
      type: 'storage/file-created',
      mount: id,
      path: key,
      layer: upperId,
      fileType: 'dir',
      ...(opaque ? { opaque } : {}),
    });
  };

  const fs: UnionMount = {
    id,
    upperId,
    upper: up,
    lowers,

    locate(path) {
      return resolve(path, 'lstat', false).look;
    },

    stat(path) {
      return toStat(need(resolve(path, 'stat', true), 'stat', path).node);
    },

    lstat(path) {
      return toStat(need(resolve(path, 'lstat', false), 'lstat', path).node);
    },

    exists(path) {
      try {
        return resolve(path, 'stat', true).look.kind === 'found';
      } catch {
        return false;
      }
    },

    readdir(path) {
      const r = resolve(path, 'scandir', true);
      const f = need(r, 'scandir', path);
      if (f.node.kind !== 'dir') throw new FsError('ENOTDIR', 'scandir', path);
      const out: DirEntry[] = [];
      for (const [name, n] of mergedNames(r.key, f.layer)) out.push({ name, type: n.kind });
      return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },

    readFile(path) {
      const n = readNode(path, 'open');
      if (n.kind === 'file') return n.data;
      return textData(''); // character devices read as empty (/dev/null)
    },

    readText(path) {
      const n = readNode(path, 'open');
      return n.kind === 'file' ? dataText(n.data) : '';
    },

    writeFile(path, data, options: WriteOptions = {}) {
      writable('open', path);
      const r = resolve(path, 'open', true);
      const d: FileData = typeof data === 'string' ? textData(data) : data;
      if (r.look.kind !== 'found') {
        if (r.dotLast || path.endsWith('/')) throw new FsError('EISDIR', 'open', path);
        createFile(r.key, d, options.mode ?? 0o644);
        return;
      }
      const f = r.look;
      if (f.node.kind === 'dir') throw new FsError('EISDIR', 'open', path);
      if (f.node.kind === 'chardev') return; // writes to a device are swallowed (/dev/null)
      const node = copyUp(r.key, f) as FileNode;
      node.data = options.append ? appendData(node.data, d) : d;
      node.mtimeMs = clock.now();
      emit?.({
        type: 'storage/file-written',
        mount: id,
        path: r.key,
        layer: upperId,
        bytes: dataSize(d),
      });
    },

    truncate(path, length) {
      writable('truncate', path);
      if (!Number.isInteger(length) || length < 0) throw new FsError('EINVAL', 'truncate', path);
      const r = resolve(path, 'truncate', true);
      const f = need(r, 'truncate', path);
      if (f.node.kind === 'dir') throw new FsError('EISDIR', 'truncate', path);
      if (f.node.kind !== 'file') throw new FsError('EINVAL', 'truncate', path);
      const node = copyUp(r.key, f) as FileNode;
      node.data = truncateData(node.data, length);
      node.mtimeMs = clock.now();
      emit?.({
        type: 'storage/file-written',
        mount: id,
        path: r.key,
        layer: upperId,
        bytes: length,
      });
    },

    mkdir(path, options: MkdirOptions = {}) {
      writable('mkdir', path);
      const mode = options.mode ?? 0o755;
      if (!options.recursive) {
        const r = resolve(path, 'mkdir', false);
        if (r.look.kind === 'found') throw new FsError('EEXIST', 'mkdir', path);
        mkdirOne(r.key, mode);
        return;
      }
      const { parts } = splitPath(path, 'mkdir');
      let prefix = '';
      for (let i = 0; i < parts.length; i++) {
        prefix += `/${parts[i] as string}`;
        const r = resolve(prefix, 'mkdir', true);
        if (r.look.kind === 'found') {
          if (r.look.node.kind === 'dir') continue;
          throw new FsError(i === parts.length - 1 ? 'EEXIST' : 'ENOTDIR', 'mkdir', path);
        }
        mkdirOne(r.key, mode);
      }
    },

    unlink(path) {
      writable('unlink', path);
      const r = resolve(path, 'unlink', false);
      const f = need(r, 'unlink', path);
      if (f.node.kind === 'dir') throw new FsError('EISDIR', 'unlink', path);
      removeEntry(r.key);
    },

    rmdir(path) {
      writable('rmdir', path);
      const r = resolve(path, 'rmdir', false);
      const f = need(r, 'rmdir', path);
      if (f.node.kind !== 'dir') throw new FsError('ENOTDIR', 'rmdir', path);
      if (r.key === '/') throw new FsError('EBUSY', 'rmdir', path);
      const { parts } = splitPath(path, 'rmdir');
      if (parts[parts.length - 1] === '.') throw new FsError('EINVAL', 'rmdir', path);
      if (!isEmptyDir(r.key, f.layer)) throw new FsError('ENOTEMPTY', 'rmdir', path);
      removeEntry(r.key);
    },

    rename(from, to) {
      writable('rename', from);
      const rf = resolve(from, 'rename', false);
      const src = need(rf, 'rename', from);
      const rt = resolve(to, 'rename', false);
      guard(rf.key);
      guard(rt.key);
      if (rf.key === '/' || rt.key === '/') throw new FsError('EBUSY', 'rename', from);
      if (rf.dotLast || rt.dotLast) throw new FsError('EBUSY', 'rename', from);
      if (rf.key === rt.key) return;
      const dst = rt.look.kind === 'found' ? rt.look : undefined;
      if (dst && dst.node === src.node) return; // two names of one file: rename does nothing
      const srcIsDir = src.node.kind === 'dir';
      if (srcIsDir && isUnder(rt.key, rf.key)) throw new FsError('EINVAL', 'rename', from);
      if (dst) {
        if (srcIsDir && dst.node.kind !== 'dir') throw new FsError('ENOTDIR', 'rename', from);
        if (!srcIsDir && dst.node.kind === 'dir') throw new FsError('EISDIR', 'rename', from);
        if (dst.node.kind === 'dir' && !isEmptyDir(rt.key, dst.layer)) {
          throw new FsError('ENOTEMPTY', 'rename', from);
        }
      }
      if (srcIsDir) {
        // overlay2 without redirect_dir: only a directory wholly in the upper layer may move.
        const u = up.get(rf.key);
        const pureUpper =
          src.layer === 0 && u?.kind === 'dir' && (u.opaque || !lowerVisible(rf.key));
        if (!pureUpper) throw new FsError('EXDEV', 'rename', from);
        const keys = [rf.key, ...up.descendants(rf.key)];
        const nodes = keys.map((k) => up.get(k) as LayerNode);
        const leaveWhiteout = lowerVisible(rf.key);
        if (dst) dropUpper(rt.key);
        for (const k of keys.slice().reverse()) up.delete(k);
        if (leaveWhiteout) {
          up.set(rf.key, { kind: 'whiteout', mode: 0, uid: 0, gid: 0, mtimeMs: clock.now() });
        }
        touchDir(parentKey(rf.key));
        const top = nodes[0] as DirNode;
        place(rt.key, top);
        keys.forEach((k, i) => {
          if (i > 0) up.set(rt.key + k.slice(rf.key.length), nodes[i] as LayerNode);
        });
      } else {
        const node = copyUp(rf.key, src);
        if (dst) dropUpper(rt.key);
        up.delete(rf.key);
        if (lowerVisible(rf.key)) {
          up.set(rf.key, { kind: 'whiteout', mode: 0, uid: 0, gid: 0, mtimeMs: clock.now() });
        }
        touchDir(parentKey(rf.key));
        place(rt.key, node);
      }
      emit?.({ type: 'storage/file-renamed', mount: id, from: rf.key, to: rt.key, layer: upperId });
    },

    chmod(path, mode) {
      writable('chmod', path);
      const r = resolve(path, 'chmod', true);
      const node = copyUp(r.key, need(r, 'chmod', path));
      node.mode = mode & 0o7777;
      emit?.({
        type: 'storage/metadata-changed',
        mount: id,
        path: r.key,
        layer: upperId,
        change: 'mode',
      });
    },

    chown(path, uid, gid) {
      writable('chown', path);
      const r = resolve(path, 'chown', true);
      const node = copyUp(r.key, need(r, 'chown', path));
      if (uid >= 0) node.uid = uid;
      if (gid >= 0) node.gid = gid;
      emit?.({
        type: 'storage/metadata-changed',
        mount: id,
        path: r.key,
        layer: upperId,
        change: 'owner',
      });
    },

    utimes(path, mtimeMs) {
      writable('utime', path);
      const r = resolve(path, 'utime', true);
      const node = copyUp(r.key, need(r, 'utime', path));
      node.mtimeMs = mtimeMs;
      emit?.({
        type: 'storage/metadata-changed',
        mount: id,
        path: r.key,
        layer: upperId,
        change: 'mtime',
      });
    },

    symlink(target, path) {
      writable('symlink', path);
      if (target === '') throw new FsError('ENOENT', 'symlink', path);
      const r = resolve(path, 'symlink', false);
      if (r.look.kind === 'found') throw new FsError('EEXIST', 'symlink', path);
      place(r.key, { kind: 'symlink', mode: 0o777, uid: 0, gid: 0, mtimeMs: clock.now(), target });
      emit?.({
        type: 'storage/file-created',
        mount: id,
        path: r.key,
        layer: upperId,
        fileType: 'symlink',
      });
    },

    readlink(path) {
      const r = resolve(path, 'readlink', false);
      const f = need(r, 'readlink', path);
      emitRead(r.key, r.look);
      if (f.node.kind !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
      return f.node.target;
    },

    link(existing, newPath) {
      writable('link', newPath);
      const re = resolve(existing, 'link', false);
      const src = need(re, 'link', existing);
      if (src.node.kind === 'dir') throw new FsError('EPERM', 'link', existing);
      const rn = resolve(newPath, 'link', false);
      if (rn.look.kind === 'found') throw new FsError('EEXIST', 'link', newPath);
      const node = copyUp(re.key, src);
      // Only regular files carry a link count here; a link to a symlink or device becomes a copy.
      if (node.kind === 'file') {
        node.nlink++;
        place(rn.key, node);
      } else {
        place(rn.key, cloneNode(node));
      }
      emit?.({
        type: 'storage/file-created',
        mount: id,
        path: rn.key,
        layer: upperId,
        fileType: 'hardlink',
      });
    },

    realpath(path) {
      const r = resolve(path, 'realpath', true);
      need(r, 'realpath', path);
      return r.key;
    },
  };
  return fs;
}
