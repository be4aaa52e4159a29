// An immutable layer: an id and a changeset nobody mutates any more. Images and containers share
// Layer objects; 100 containers on one image hold 100 references, never 100 copies.

import type { FileData } from '../fs/types';
import { Changeset, type ReadonlyChangeset } from './changeset';
import type { FileNode, LayerNode } from './node';
import { ancestorsOf, normaliseKey } from './path';

export interface Layer {
  /** The lab's name for this layer (cache-id, DiffID, or a test label): what events report. */
  readonly id: string;
  readonly changes: ReadonlyChangeset;
  /** Contents may change (a generated view): mounts must not cache lookups through it. */
  readonly dynamic?: boolean;
}

/** One entry of a layer as data: how the image catalog and tests describe a layer. */
export type LayerEntrySpec = {
  readonly path: string;
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
  readonly mtimeMs?: number;
} & (
  | { readonly type: 'file'; readonly data?: FileData | string }
  | { readonly type: 'dir'; readonly opaque?: boolean }
  | { readonly type: 'symlink'; readonly target: string }
  | { readonly type: 'chardev'; readonly major?: number; readonly minor?: number }
  | { readonly type: 'whiteout' }
  /** A hard link to an earlier file entry of the same layer. */
  | { readonly type: 'hardlink'; readonly linkTo: string }
);

export interface CreateLayerOptions {
  readonly id: string;
  readonly entries: readonly LayerEntrySpec[];
  /** mtime for entries and implied parent directories that give none (default 0). */
  readonly mtimeMs?: number;
}

function nodeFromSpec(e: LayerEntrySpec, mtime: number): LayerNode {
  const meta = { uid: e.uid ?? 0, gid: e.gid ?? 0, mtimeMs: e.mtimeMs ?? mtime };
  switch (e.type) {
    case 'file': {
      const data = typeof e.data === 'string' ? { kind: 'text' as const, text: e.data } : e.data;
      return {
        kind: 'file',
        ...meta,
        mode: e.mode ?? 0o644,
        data: data ?? { kind: 'text', text: '' },
        nlink: 1,
      };
    }
    case 'dir':
      return { kind: 'dir', ...meta, mode: e.mode ?? 0o755, opaque: e.opaque ?? false };
    case 'symlink':
      return { kind: 'symlink', ...meta, mode: 0o777, target: e.target };
    case 'chardev':
      return {
        kind: 'chardev',
        ...meta,
        mode: e.mode ?? 0o666,
        major: e.major ?? 0,
        minor: e.minor ?? 0,
      };
    case 'whiteout':
      return { kind: 'whiteout', ...meta, mode: 0 };
    case 'hardlink':
      throw new Error('unreachable: hard links are resolved by createLayer');
  }
}

/** Build a changeset from specs, adding missing parent directories (0755 root). */
export function changesetFromSpecs(entries: readonly LayerEntrySpec[], mtimeMs = 0): Changeset {
  const cs = new Changeset();
  for (const e of entries) {
    const key = normaliseKey(e.path);
    for (const a of ancestorsOf(key)) {
      if (!cs.get(a))
        cs.set(a, { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtimeMs, opaque: false });
    }
    if (e.type === 'hardlink') {
      const target = cs.get(normaliseKey(e.linkTo));
      if (target?.kind !== 'file')
        throw new Error(`hard link ${e.path}: ${e.linkTo} is not a file of this layer`);
      target.nlink++;
      cs.set(key, target);
    } else {
      cs.set(key, nodeFromSpec(e, mtimeMs));
    }
  }
  return cs;
}

/** Seal a changeset as a layer. The changeset must not be mutated afterwards. */
export function sealLayer(id: string, changes: Changeset): Layer {
  for (const [, n] of changes.entries()) Object.freeze(n);
  return Object.freeze({ id, changes });
}

export function createLayer(options: CreateLayerOptions): Layer {
  return sealLayer(options.id, changesetFromSpecs(options.entries, options.mtimeMs ?? 0));
}

export function isFileNode(n: LayerNode | undefined): n is FileNode {
  return n?.kind === 'file';
}
