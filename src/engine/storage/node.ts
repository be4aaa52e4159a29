// What a layer holds at one path. Nodes in a committed layer are never mutated; nodes in a writable
// (upper) layer are, and two paths holding the same FileNode object are hard links.

import type { FileData } from '../fs/types';

export interface NodeMeta {
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
}

export interface FileNode extends NodeMeta {
  readonly kind: 'file';
  data: FileData;
  /** Paths in this layer holding this node. */
  nlink: number;
}

export interface DirNode extends NodeMeta {
  readonly kind: 'dir';
  /** Hides every lower layer's contents of this directory (`.wh..wh..opq`, overlay's opaque xattr). */
  opaque: boolean;
}

export interface SymlinkNode extends NodeMeta {
  readonly kind: 'symlink';
  target: string;
}

export interface DeviceNode extends NodeMeta {
  readonly kind: 'chardev';
  major: number;
  minor: number;
}

/** A deletion of whatever lower layers hold at this path (`.wh.<name>`, a 0/0 char device on disk). */
export interface WhiteoutNode extends NodeMeta {
  readonly kind: 'whiteout';
}

export type LayerNode = FileNode | DirNode | SymlinkNode | DeviceNode | WhiteoutNode;

/** Nodes that are something in the merged view (everything except whiteouts). */
export type VisibleNode = Exclude<LayerNode, WhiteoutNode>;

export function metaOf(n: NodeMeta): NodeMeta {
  return { mode: n.mode, uid: n.uid, gid: n.gid, mtimeMs: n.mtimeMs };
}

/** A copy for copy-up or commit: same content and metadata, its own identity, nlink 1. */
export function cloneNode<N extends LayerNode>(n: N): N {
  if (n.kind === 'file') return { ...n, nlink: 1 };
  return { ...n };
}
