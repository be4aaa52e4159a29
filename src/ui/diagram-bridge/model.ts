// The diagram model: what the storage view draws, as plain serialisable data (no callbacks, no
// React). Node kinds are the `data-kind` values the page and tests see.

export type NodeKind =
  'image' | 'layer' | 'container-layer' | 'container' | 'registry' | 'network' | 'volume' | 'file';

export interface ImageNodeData {
  readonly kind: 'image';
  /** `data-ref`: the first tag, or the short ID of a dangling image. */
  readonly ref: string;
  readonly imageId: string;
  readonly shortId: string;
  readonly tags: readonly string[];
  readonly dangling: boolean;
  readonly size: string;
  readonly layerCount: number;
}

export interface LayerNodeData {
  readonly kind: 'layer';
  /** `data-ref`: the short DiffID. */
  readonly ref: string;
  readonly chainId: string;
  readonly diffId: string;
  readonly cacheId: string;
  /** 1-based position from the bottom of the stack ("layer 3"). */
  readonly position: number;
  readonly instruction: string;
  readonly size: string;
  /** References of the images using it, in store order. */
  readonly usedBy: readonly string[];
  readonly shared: boolean;
  readonly entries: number;
}

export interface ContainerLayerNodeData {
  readonly kind: 'container-layer';
  /** `data-ref`: the container's name. */
  readonly ref: string;
  readonly id: string;
  readonly shortId: string;
  readonly name: string;
  readonly state: string;
  /** The image's reference as drawn (its image node's ref). */
  readonly image: string;
  readonly size: string;
  readonly entries: number;
  readonly upperId: string;
  readonly initId: string;
  readonly showInit: boolean;
}

export type DiagramNodeData = ImageNodeData | LayerNodeData | ContainerLayerNodeData;

export interface ModelNode {
  readonly id: string;
  readonly data: DiagramNodeData;
  /** The node this one stands on (layout: the cell above it is preferred). */
  readonly below?: string;
}

export type EdgeKind = 'stack' | 'image' | 'container';

export interface ModelEdge {
  readonly id: string;
  /** The lower node. */
  readonly source: string;
  /** The node standing on it. */
  readonly target: string;
  readonly kind: EdgeKind;
}

export interface DiagramModel {
  readonly nodes: readonly ModelNode[];
  readonly edges: readonly ModelEdge[];
  /**
   * Engine names → node ids: layer cache IDs, ChainIDs, image IDs, container IDs and names, and
   * a container's upper and -init layer ids (what storage events name).
   */
  readonly byEngineId: ReadonlyMap<string, string>;
}

export const imageNodeId = (imageId: string): string => `img:${imageId}`;
export const layerNodeId = (chainId: string): string => `layer:${chainId}`;
export const containerNodeId = (id: string): string => `ctr:${id}`;
