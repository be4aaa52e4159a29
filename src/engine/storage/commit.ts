// Commit: the upper layer's changes sealed into a new immutable layer. The container keeps its own
// upper layer and can go on writing; the new layer is a copy (hard links preserved), so later writes
// never reach it. Committing a container that changed nothing gives an empty layer — the 1024-zero
// tar, DiffID sha256:5f70bf18… — exactly as `docker commit` does (the image gains a 0 B layer).

import { Changeset, type ReadonlyChangeset } from './changeset';
import { layerDiffId, layerSize } from './digest';
import type { StorageEmit } from './events';
import { sealLayer, type Layer } from './layer';
import { cloneNode, type LayerNode } from './node';

/** Copy a changeset; shared nodes (hard links) stay shared in the copy. */
export function copyChanges(src: ReadonlyChangeset): Changeset {
  const out = new Changeset();
  const copies = new Map<LayerNode, LayerNode>();
  for (const [k, n] of src.entries()) {
    let c = copies.get(n);
    if (!c) copies.set(n, (c = n.kind === 'file' ? { ...n } : cloneNode(n)));
    out.set(k, c);
  }
  return out;
}

export interface CommitOptions {
  /** The new layer's id (a cache-id or any unique name). */
  readonly id: string;
  readonly emit?: StorageEmit;
  /** The mount being committed, for the event. */
  readonly mount?: string;
}

export function commitChanges(upper: ReadonlyChangeset, options: CommitOptions): Layer {
  const layer = sealLayer(options.id, copyChanges(upper));
  const diffId = layerDiffId(layer);
  const size = layerSize(layer);
  options.emit?.({
    type: 'storage/layer-committed',
    layer: layer.id,
    diffId,
    size,
    entries: layer.changes.size,
    ...(options.mount !== undefined ? { mount: options.mount } : {}),
  });
  return layer;
}
