// A changeset: the paths one layer adds, modifies, whites out or makes opaque, indexed by path so
// a lookup is one Map.get, with a per-directory child index so readdir never scans the layer.
// Invariant: every proper ancestor of an entry (except "/") is present as a directory entry.

import type { LayerNode } from './node';
import { baseName, parentKey } from './path';

/** The read side, all a lookup needs; committed layers are only ever seen through it. */
export interface ReadonlyChangeset {
  get(key: string): LayerNode | undefined;
  /** Names this layer holds directly inside `dir` (whiteouts included). */
  childNames(dir: string): ReadonlySet<string> | undefined;
  /** Number of opaque directories: lets lookups skip the ancestor scan when zero. */
  readonly opaqueCount: number;
  readonly size: number;
  keys(): IterableIterator<string>;
  entries(): IterableIterator<[string, LayerNode]>;
}

const EMPTY: ReadonlySet<string> = new Set();

export class Changeset implements ReadonlyChangeset {
  private readonly map = new Map<string, LayerNode>();
  private readonly children = new Map<string, Set<string>>();
  private opaques = 0;

  get opaqueCount(): number {
    return this.opaques;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): LayerNode | undefined {
    return this.map.get(key);
  }

  childNames(dir: string): ReadonlySet<string> | undefined {
    return this.children.get(dir);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  entries(): IterableIterator<[string, LayerNode]> {
    return this.map.entries();
  }

  /** Put a node at `key`. The caller keeps the ancestor invariant. */
  set(key: string, node: LayerNode): void {
    const old = this.map.get(key);
    if (old?.kind === 'dir' && old.opaque) this.opaques--;
    if (node.kind === 'dir' && node.opaque) this.opaques++;
    this.map.set(key, node);
    if (!old && key !== '/') {
      const dir = parentKey(key);
      let set = this.children.get(dir);
      if (!set) this.children.set(dir, (set = new Set()));
      set.add(baseName(key));
    }
  }

  /** Flip a directory's opaque flag in place, keeping the count right. */
  setOpaque(key: string, opaque: boolean): void {
    const n = this.map.get(key);
    if (n?.kind !== 'dir' || n.opaque === opaque) return;
    n.opaque = opaque;
    this.opaques += opaque ? 1 : -1;
  }

  delete(key: string): void {
    const old = this.map.get(key);
    if (!old) return;
    if (old.kind === 'dir' && old.opaque) this.opaques--;
    this.map.delete(key);
    if (key !== '/') {
      const dir = parentKey(key);
      const set = this.children.get(dir);
      set?.delete(baseName(key));
      if (set?.size === 0) this.children.delete(dir);
    }
  }

  /** Every key strictly below `dir` that this layer holds, depth-first, parents before children. */
  descendants(dir: string): string[] {
    const out: string[] = [];
    const walk = (d: string): void => {
      for (const name of this.children.get(d) ?? EMPTY) {
        const k = d === '/' ? `/${name}` : `${d}/${name}`;
        out.push(k);
        walk(k);
      }
    };
    walk(dir);
    return out;
  }
}
