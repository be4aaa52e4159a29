// Lookup through a stack of changesets, top first, the way overlayfs does: stop at the first layer
// that holds the path or a whiteout for it; a whiteout, an opaque directory or a non-directory at an
// ancestor hides everything below it. Each layer costs one or two Map lookups — no tree walks.

import type { ReadonlyChangeset } from './changeset';
import type { DirNode, VisibleNode } from './node';
import { ancestorsOf } from './path';

export type Lookup =
  /** Found at `layer` (-1: the implicit root no layer holds). */
  | { readonly kind: 'found'; readonly node: VisibleNode; readonly layer: number }
  /** Hidden by a whiteout at the path or at an ancestor, in `layer`. */
  | { readonly kind: 'whiteout'; readonly layer: number }
  /** Not present; `layer` is the last layer looked at. */
  | { readonly kind: 'missing'; readonly layer: number }
  /** An ancestor (index `depth` in ancestorsOf) is a non-directory, found in `layer`. */
  | {
      readonly kind: 'notdir';
      readonly layer: number;
      readonly depth: number;
      readonly node: VisibleNode;
    };

/** "/" when no layer holds it: root-owned 0755, epoch mtime. */
export const IMPLICIT_ROOT: DirNode = Object.freeze({
  kind: 'dir',
  mode: 0o755,
  uid: 0,
  gid: 0,
  mtimeMs: 0,
  opaque: false,
});

function hasOpaqueAbove(cs: ReadonlyChangeset, anc: readonly string[], d: number): boolean {
  if (cs.opaqueCount === 0) return false;
  for (let e = d - 1; e >= 0; e--) {
    const b = cs.get(anc[e] as string);
    if (b?.kind === 'dir' && b.opaque) return true;
  }
  return false;
}

/**
 * Look `key` up in `layers` (top first). With `skipFirst`, layer 0's own entry at `key` is ignored
 * (its ancestors still count): "what would show here without the upper layer's entry?".
 */
export function lookup(
  layers: readonly ReadonlyChangeset[],
  key: string,
  skipFirst = false,
): Lookup {
  if (key === '/') {
    for (let i = skipFirst ? 1 : 0; i < layers.length; i++) {
      const n = (layers[i] as ReadonlyChangeset).get('/');
      if (n?.kind === 'dir') return { kind: 'found', node: n, layer: i };
    }
    return { kind: 'found', node: IMPLICIT_ROOT, layer: -1 };
  }
  const anc = ancestorsOf(key);
  let deepestDir = -1; // deepest ancestor index seen as a directory in a layer above
  for (let i = 0; i < layers.length; i++) {
    const cs = layers[i] as ReadonlyChangeset;
    if (!(skipFirst && i === 0)) {
      const n = cs.get(key);
      if (n) {
        if (n.kind === 'whiteout') return { kind: 'whiteout', layer: i };
        return { kind: 'found', node: n, layer: i };
      }
    }
    let cut = false;
    for (let d = anc.length - 1; d >= 0; d--) {
      const a = cs.get(anc[d] as string);
      if (!a) continue;
      if (a.kind === 'dir') {
        cut = a.opaque || hasOpaqueAbove(cs, anc, d);
        if (d > deepestDir) deepestDir = d;
        break;
      }
      // A non-directory under a directory of a higher layer is hidden (overlay does not merge them).
      if (d <= deepestDir) return { kind: 'missing', layer: i };
      if (a.kind === 'whiteout') return { kind: 'whiteout', layer: i };
      return { kind: 'notdir', layer: i, depth: d, node: a };
    }
    if (cut) return { kind: 'missing', layer: i };
  }
  return { kind: 'missing', layer: layers.length - 1 };
}

/**
 * The layers whose entries make up directory `key` (found at layer `top`), top first: it stops
 * below an opaque directory and at any layer where the path or an ancestor is not a directory.
 */
export function dirLayers(
  layers: readonly ReadonlyChangeset[],
  key: string,
  top: number,
): number[] {
  const out: number[] = [];
  if (key === '/') {
    for (let i = 0; i < layers.length; i++) {
      out.push(i);
      const r = (layers[i] as ReadonlyChangeset).get('/');
      if (r?.kind === 'dir' && r.opaque) break;
    }
    return out;
  }
  out.push(top);
  const topNode = (layers[top] as ReadonlyChangeset).get(key);
  const anc = ancestorsOf(key);
  if (topNode?.kind === 'dir' && topNode.opaque) return out;
  if (hasOpaqueAbove(layers[top] as ReadonlyChangeset, anc, anc.length)) return out;
  for (let i = top + 1; i < layers.length; i++) {
    const cs = layers[i] as ReadonlyChangeset;
    const n = cs.get(key);
    if (n) {
      if (n.kind !== 'dir') break;
      out.push(i);
      if (n.opaque || hasOpaqueAbove(cs, anc, anc.length)) break;
      continue;
    }
    let stop = false;
    for (let d = anc.length - 1; d >= 0; d--) {
      const a = cs.get(anc[d] as string);
      if (!a) continue;
      stop = a.kind !== 'dir' || a.opaque || hasOpaqueAbove(cs, anc, d);
      break;
    }
    if (stop) break;
  }
  return out;
}
