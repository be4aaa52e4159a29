// Engine state (as a DiagramSource) → the storage view's model: each image as its layer stack,
// base at the bottom; a layer shared by several images once, with an edge up to each child and
// image; each container as its writable layer standing on its image. Pure and deterministic.

import { instructionLabel, shortDigest, sizeLabel } from './labels';
import {
  containerNodeId,
  imageNodeId,
  layerNodeId,
  type DiagramModel,
  type LayerNodeData,
  type ModelEdge,
  type ModelNode,
} from './model';
import type { DiagramSource, SourceImage } from './source';

export interface ProjectOptions {
  /** Draw each container's -init layer (a band under its writable layer). */
  readonly showInit?: boolean;
}

/** The reference an image is drawn with: its first tag, or `<none>@<short id>` when dangling. */
export function imageRef(image: Pick<SourceImage, 'id' | 'tags'>): string {
  return image.tags[0] ?? `<none>@${shortDigest(image.id)}`;
}

function chainOf(source: DiagramSource, top: string): string[] {
  const chain: string[] = [];
  for (let c: string | undefined = top; c !== undefined; c = source.layers.get(c)?.parent)
    chain.unshift(c);
  return chain;
}

export function project(source: DiagramSource, options: ProjectOptions = {}): DiagramModel {
  const nodes: ModelNode[] = [];
  const edges: ModelEdge[] = [];
  const byEngineId = new Map<string, string>();

  // Who uses each layer, and what made it (the first image's history entry naming it).
  const usedBy = new Map<string, string[]>();
  const madeBy = new Map<string, string>();
  for (const img of source.images) {
    const ref = imageRef(img);
    img.chainIds.forEach((c, i) => {
      const users = usedBy.get(c) ?? [];
      users.push(ref);
      usedBy.set(c, users);
      if (!madeBy.has(c)) madeBy.set(c, img.createdBy[i] ?? '');
    });
  }

  const drawn = new Set<string>();
  const drawLayer = (chainId: string, position: number): void => {
    if (drawn.has(chainId)) return;
    const l = source.layers.get(chainId);
    if (!l) return;
    drawn.add(chainId);
    const users = usedBy.get(chainId) ?? [];
    const data: LayerNodeData = {
      kind: 'layer',
      ref: shortDigest(l.diffId),
      chainId,
      diffId: l.diffId,
      cacheId: l.cacheId,
      position,
      instruction: instructionLabel(madeBy.get(chainId) ?? ''),
      size: sizeLabel(l.size),
      usedBy: users,
      shared: users.length > 1,
      entries: l.entries,
    };
    const id = layerNodeId(chainId);
    const below = l.parent !== undefined ? layerNodeId(l.parent) : undefined;
    nodes.push({ id, data, ...(below ? { below } : {}) });
    if (below) edges.push({ id: `${below}>${id}`, source: below, target: id, kind: 'stack' });
    byEngineId.set(chainId, id);
    byEngineId.set(l.cacheId, id);
  };
  const drawChain = (top: string): string | undefined => {
    const chain = chainOf(source, top);
    chain.forEach((c, i) => drawLayer(c, i + 1));
    const last = chain[chain.length - 1];
    return last !== undefined && drawn.has(last) ? layerNodeId(last) : undefined;
  };

  const imageNode = new Map<string, { id: string; ref: string }>();
  for (const img of source.images) {
    const top = img.chainIds[img.chainIds.length - 1];
    const below = top !== undefined ? drawChain(top) : undefined;
    const id = imageNodeId(img.id);
    const ref = imageRef(img);
    let size = 0;
    for (const c of img.chainIds) size += source.layers.get(c)?.size ?? 0;
    nodes.push({
      id,
      data: {
        kind: 'image',
        ref,
        imageId: img.id,
        shortId: shortDigest(img.id),
        tags: img.tags,
        dangling: img.tags.length === 0,
        size: sizeLabel(size),
        layerCount: img.chainIds.length,
      },
      ...(below ? { below } : {}),
    });
    if (below) edges.push({ id: `${below}>${id}`, source: below, target: id, kind: 'image' });
    imageNode.set(img.id, { id, ref });
    byEngineId.set(img.id, id);
  }
  // Layers no image names any more (a container still holds them after `rmi -f`).
  for (const c of source.layers.keys()) if (!drawn.has(c)) drawChain(c);

  for (const c of source.containers) {
    const img = imageNode.get(c.imageId);
    const below =
      img?.id ??
      (c.topChainId !== undefined && drawn.has(c.topChainId)
        ? layerNodeId(c.topChainId)
        : undefined);
    const id = containerNodeId(c.id);
    nodes.push({
      id,
      data: {
        kind: 'container-layer',
        ref: c.name,
        id: c.id,
        shortId: c.id.slice(0, 12),
        name: c.name,
        state: c.state,
        image: img?.ref ?? shortDigest(c.imageId),
        size: sizeLabel(c.upperSize),
        entries: c.upperEntries,
        upperId: c.upperId,
        initId: c.initId,
        showInit: options.showInit ?? false,
      },
      ...(below ? { below } : {}),
    });
    if (below) edges.push({ id: `${below}>${id}`, source: below, target: id, kind: 'container' });
    for (const key of [c.id, c.name, c.upperId, c.initId]) byEngineId.set(key, id);
  }
  return { nodes, edges, byEngineId };
}
