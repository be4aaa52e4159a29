// A lookup cache for a stack of immutable lower layers, like the kernel's dentry cache: for each
// directory looked up it remembers which layers make it up, so finding a file costs a Map.get
// per contributing layer of its parent — usually one — instead of a probe of every layer. Lower
// layers never change, so entries never go stale.

import type { ReadonlyChangeset } from './changeset';
import type { Lookup } from './lookup';
import type { VisibleNode } from './node';
import { parentKey } from './path';

/** What the lower stack shows at a directory key (layer indices are into the lower stack). */
type DirRes =
  | { readonly kind: 'dir'; readonly layers: readonly number[] }
  | {
      readonly kind: 'node';
      readonly node: VisibleNode;
      readonly layer: number;
      readonly depth: number;
    }
  | { readonly kind: 'whiteout'; readonly layer: number; readonly depth: number }
  | { readonly kind: 'missing'; readonly layer: number };

/** Index of a key's last component among its ancestors' depths: "/a" → 0, "/a/b" → 1. */
export function depthOf(key: string): number {
  if (key === '/') return -1;
  let n = -1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 0x2f) n++;
  return n;
}

const MAX_ENTRIES = 200_000;

export class StackIndex {
  private readonly dirs = new Map<string, DirRes>();

  constructor(private readonly layers: readonly ReadonlyChangeset[]) {}

  /** The merged lower view of `key`, remembered. */
  resolve(key: string): DirRes {
    const hit = this.dirs.get(key);
    if (hit) return hit;
    const res = key === '/' ? this.root() : this.compute(key);
    if (this.dirs.size >= MAX_ENTRIES) this.dirs.clear();
    this.dirs.set(key, res);
    return res;
  }

  private root(): DirRes {
    const layers: number[] = [];
    for (let i = 0; i < this.layers.length; i++) {
      layers.push(i);
      const r = (this.layers[i] as ReadonlyChangeset).get('/');
      if (r?.kind === 'dir' && r.opaque) break;
    }
    return { kind: 'dir', layers };
  }

  private compute(key: string): DirRes {
    const p = this.resolve(parentKey(key));
    if (p.kind !== 'dir') return p;
    const layers: number[] = [];
    for (const i of p.layers) {
      const n = (this.layers[i] as ReadonlyChangeset).get(key);
      if (!n) continue;
      if (layers.length === 0) {
        if (n.kind === 'whiteout') return { kind: 'whiteout', layer: i, depth: depthOf(key) };
        if (n.kind !== 'dir') return { kind: 'node', node: n, layer: i, depth: depthOf(key) };
      } else if (n.kind !== 'dir') break; // a directory above hides what is not one below
      layers.push(i);
      if (n.kind === 'dir' && n.opaque) break;
    }
    if (layers.length === 0) return { kind: 'missing', layer: p.layers[p.layers.length - 1] ?? -1 };
    return { kind: 'dir', layers };
  }

  /** Lookup of any key in the lower stack, as lookup() would answer it (lower-local indices). */
  lookup(key: string): Lookup {
    const p = this.resolve(parentKey(key));
    switch (p.kind) {
      case 'node':
        return { kind: 'notdir', layer: p.layer, depth: p.depth, node: p.node };
      case 'whiteout':
        return { kind: 'whiteout', layer: p.layer };
      case 'missing':
        return { kind: 'missing', layer: p.layer };
      case 'dir':
        for (const i of p.layers) {
          const n = (this.layers[i] as ReadonlyChangeset).get(key);
          if (!n) continue;
          if (n.kind === 'whiteout') return { kind: 'whiteout', layer: i };
          return { kind: 'found', node: n, layer: i };
        }
        return { kind: 'missing', layer: this.layers.length - 1 };
    }
  }

  /** Depth of the ancestor that hides `key`, for 'notdir' and ancestor-'whiteout' results. */
  hiderDepth(key: string): number {
    const p = this.resolve(parentKey(key));
    return p.kind === 'node' || p.kind === 'whiteout' ? p.depth : depthOf(key);
  }

  /** Layers making up directory `key`, or none if the lower view has no directory there. */
  dirLayers(key: string): readonly number[] {
    const r = this.resolve(key);
    return r.kind === 'dir' ? r.layers : [];
  }
}
