// What the diagram is drawn from: a plain, serialisable reading of the engine's image store and
// containers. The projection never touches the engine; this file is the one place that does.

import type { Engine } from '../../engine/engine';
import type { ContainersApi } from '../../engine/containers';
import { familiarString } from '../../engine/images';
import { sizeOfChanges } from '../../engine/storage';

export interface SourceLayer {
  readonly chainId: string;
  readonly diffId: string;
  /** The Layer object's id: what storage events name (`overlay2/<cacheId>`). */
  readonly cacheId: string;
  readonly parent?: string;
  readonly size: number;
  /** Number of entries in the changeset (files, dirs, whiteouts). */
  readonly entries: number;
}

export interface SourceImage {
  readonly id: string;
  /** Familiar tags (`ubuntu:latest`), sorted; empty for a dangling image. */
  readonly tags: readonly string[];
  /** ChainIDs bottom first. */
  readonly chainIds: readonly string[];
  /** `created_by` of the history entry behind each layer, aligned with chainIds. */
  readonly createdBy: readonly string[];
}

export type ContainerStateName =
  'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface SourceContainer {
  readonly id: string;
  readonly name: string;
  readonly imageId: string;
  /** The image's top ChainID (the layer the container stands on), if it has layers. */
  readonly topChainId?: string;
  readonly state: ContainerStateName;
  /** Upper layer id in storage events (the mount id), and the -init layer's. */
  readonly upperId: string;
  readonly initId: string;
  readonly upperSize: number;
  readonly upperEntries: number;
}

export interface DiagramSource {
  /** In the store's order (the order they arrived): keeps the layout stable. */
  readonly images: readonly SourceImage[];
  readonly layers: ReadonlyMap<string, SourceLayer>;
  /** In creation order. */
  readonly containers: readonly SourceContainer[];
}

/** The part of the containers API the diagram reads (present once the engine has containers). */
export type ContainersView = Pick<ContainersApi, 'listContainers' | 'getContainer'>;

/** The engine, possibly with a containers part (the engine grows it; the diagram is ready). */
export type DrawnEngine = Engine & { readonly containers?: ContainersView };

export function containersOf(engine: Engine): ContainersView | undefined {
  const c = (engine as DrawnEngine).containers;
  return c && typeof c.listContainers === 'function' ? c : undefined;
}

export function readImages(engine: Engine): Pick<DiagramSource, 'images' | 'layers'> {
  const store = engine.images.store;
  const tags = new Map<string, string[]>();
  for (const { ref, id } of store.refs.values()) {
    if (ref.tag === undefined) continue;
    const list = tags.get(id) ?? [];
    list.push(familiarString(ref));
    tags.set(id, list);
  }
  const images: SourceImage[] = [];
  for (const img of store.images.values()) {
    const createdBy: string[] = [];
    for (const h of img.config.history ?? [])
      if (!h.empty_layer) createdBy.push(h.created_by ?? '');
    images.push({
      id: img.id,
      tags: (tags.get(img.id) ?? []).sort(),
      chainIds: img.chainIds,
      createdBy: img.chainIds.map((_, i) => createdBy[i] ?? ''),
    });
  }
  const layers = new Map<string, SourceLayer>();
  for (const [chainId, entry] of store.layers) {
    const s = entry.stored;
    layers.set(chainId, {
      chainId,
      diffId: s.diffId,
      cacheId: s.cacheId,
      ...(s.parent !== undefined ? { parent: s.parent } : {}),
      size: s.size,
      entries: s.layer.changes.size,
    });
  }
  return { images, layers };
}

export function readContainers(api: ContainersView | undefined): SourceContainer[] {
  if (!api) return [];
  const list = api.listContainers({ all: true });
  if (!list.ok) return [];
  const out: SourceContainer[] = [];
  // listContainers is newest first; the diagram wants creation order.
  for (const summary of [...list.value].reverse()) {
    const r = api.getContainer(summary.Id);
    if (!r.ok) continue;
    const c = r.value;
    out.push({
      id: c.id,
      name: c.name,
      imageId: c.imageId,
      ...(c.imageTopChainId !== undefined ? { topChainId: c.imageTopChainId } : {}),
      state: summary.State,
      upperId: c.mount.upperId,
      initId: c.init.id,
      upperSize: sizeOfChanges(c.mount.upper),
      upperEntries: c.mount.upper.size,
    });
  }
  return out;
}

export function readSource(engine: Engine): DiagramSource {
  return { ...readImages(engine), containers: readContainers(containersOf(engine)) };
}
