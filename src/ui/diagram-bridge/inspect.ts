// Looking inside: a container's merged filesystem coloured by source layer, a layer's own
// changeset (added / modified / deleted), and dive's wasted bytes and efficiency for an image.
// Pure functions over storage's changesets and mounts; the panel only renders their output.

import {
  createUnionMount,
  dataSize,
  type Layer,
  type LayerNode,
  type ReadonlyChangeset,
  type UnionMount,
} from '../../engine/storage';

export interface MergedEntry {
  readonly path: string;
  readonly depth: number;
  /** Index into the mount's layers: 0 = upper (container layer), 1 = -init, 2… = image layers top first. */
  readonly layer: number;
  readonly kind: 'file' | 'dir' | 'symlink' | 'chardev' | 'whiteout';
  readonly size: number;
  /** In the upper layer and also in a lower one: copied up (the lower copy is still there). */
  readonly copiedFrom?: number;
}

/**
 * A lookup that says "missing" where the mount throws (ENOENT when a parent directory is not in
 * the layers looked at: a base layer's own paths have no layers below them).
 */
export function lookUp(mount: UnionMount, path: string): ReturnType<UnionMount['locate']> {
  try {
    return mount.locate(path);
  } catch {
    return { kind: 'missing', layer: -1 };
  }
}

const sizeOf = (n: LayerNode): number => (n.kind === 'file' ? dataSize(n.data) : 0);

const depthOf = (path: string): number => (path === '/' ? 0 : path.split('/').length - 1);

/** Tar order: a directory, then its entries by name. */
export const byPath = (a: string, b: string): number => {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
};

/**
 * The merged view of a mount: every visible path with the layer it comes from, plus the upper
 * layer's whiteouts (struck through in the view). `onlyUpper` gives `docker diff`'s paths.
 */
export function mergedEntries(mount: UnionMount, onlyUpper = false): MergedEntry[] {
  const layers: ReadonlyChangeset[] = [mount.upper, ...mount.lowers.map((l) => l.changes)];
  const keys = new Set<string>();
  for (const [i, cs] of layers.entries()) {
    if (onlyUpper && i > 0) break;
    for (const k of cs.keys()) keys.add(k);
  }
  keys.delete('/');
  const lowersOnly = createUnionMount({ lowers: mount.lowers, readOnly: true });
  const out: MergedEntry[] = [];
  for (const path of [...keys].sort(byPath)) {
    const up = mount.upper.get(path);
    if (up?.kind === 'whiteout') {
      out.push({ path, depth: depthOf(path), layer: 0, kind: 'whiteout', size: 0 });
      continue;
    }
    const found = lookUp(mount, path);
    if (found.kind !== 'found' || found.layer < 0) continue;
    const node = found.node;
    const entry: MergedEntry = {
      path,
      depth: depthOf(path),
      layer: found.layer,
      kind: node.kind,
      size: node.kind === 'file' ? dataSize(node.data) : 0,
    };
    if (found.layer === 0 && node.kind !== 'dir') {
      const below = lookUp(lowersOnly, path);
      if (below.kind === 'found' && below.layer >= 0) {
        out.push({ ...entry, copiedFrom: below.layer });
        continue;
      }
    }
    out.push(entry);
  }
  return out;
}

export interface LayerChange {
  readonly path: string;
  readonly change: 'added' | 'modified' | 'deleted';
  readonly kind: LayerNode['kind'];
  readonly size: number;
}

/** A layer's own changes against the layers below it (top first); directories only when new. */
export function layerChanges(layer: ReadonlyChangeset, below: readonly Layer[]): LayerChange[] {
  const lower = createUnionMount({ lowers: below, readOnly: true });
  const out: LayerChange[] = [];
  for (const [path, node] of [...layer.entries()].sort(([a], [b]) => byPath(a, b))) {
    if (path === '/') continue;
    const there = lookUp(lower, path).kind === 'found';
    if (node.kind === 'whiteout') {
      out.push({ path, change: 'deleted', kind: node.kind, size: 0 });
      continue;
    }
    if (node.kind === 'dir' && there) continue;
    out.push({ path, change: there ? 'modified' : 'added', kind: node.kind, size: sizeOf(node) });
  }
  return out;
}

export interface Waste {
  readonly totalBytes: number;
  readonly wastedBytes: number;
  /** Files with a version that no one sees: overwritten or deleted by a later layer. */
  readonly files: number;
  /** 0…1, as dive prints "Image efficiency score". */
  readonly efficiency: number;
}

/** dive's measure: bytes of file versions hidden by a later layer's change or whiteout. */
export function imageWaste(layersBottomFirst: readonly ReadonlyChangeset[]): Waste {
  const last = new Map<string, { size: number; layer: number }>();
  let total = 0;
  let wasted = 0;
  const files = new Set<string>();
  layersBottomFirst.forEach((cs, i) => {
    for (const [path, node] of cs.entries()) {
      if (node.kind === 'dir') continue;
      const prev = last.get(path);
      if (prev && prev.layer < i) {
        wasted += prev.size;
        files.add(path);
      }
      // A whiteout of a directory hides everything under it.
      if (node.kind === 'whiteout')
        for (const [p, v] of last)
          if (p.startsWith(`${path}/`) && v.layer < i) {
            wasted += v.size;
            files.add(p);
            last.delete(p);
          }
      const size = sizeOf(node);
      total += size;
      last.set(path, { size, layer: i });
    }
  });
  return {
    totalBytes: total,
    wastedBytes: wasted,
    files: files.size,
    efficiency: total === 0 ? 1 : (total - wasted) / total,
  };
}

/** The JSON a layer's changeset exports as (paths, change, type, size). */
export function changesJson(diffId: string, changes: readonly LayerChange[]): string {
  return `${JSON.stringify({ diffId, changes }, null, 2)}\n`;
}
