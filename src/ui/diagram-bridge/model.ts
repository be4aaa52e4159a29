// The diagram model: what the storage view draws, as plain serialisable data (no callbacks, no
// React). Node kinds are the `data-kind` values the page and tests see.

export type NodeKind =
  | 'image'
  | 'layer'
  | 'container-layer'
  | 'build-container'
  | 'container'
  | 'registry'
  | 'network'
  | 'volume'
  | 'file';

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
  /** Made by a build still on screen (not in the image store yet, or not shown yet). */
  readonly building?: boolean;
  /** A build step found it in the cache. */
  readonly cached?: boolean;
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

/** A build step's temporary container: on the previous step's layer while the step runs. */
export interface BuildContainerNodeData {
  readonly kind: 'build-container';
  /** `data-ref`: the step as build progress shows it, `[2/4] RUN printf a > /a`. */
  readonly ref: string;
  readonly build: string;
  readonly container: string;
  readonly shortId: string;
  /** What it stands on, as the diagram calls it ("layer 3"), for its accessible name. */
  readonly on: string;
}

export type DiagramNodeData =
  ImageNodeData | LayerNodeData | ContainerLayerNodeData | BuildContainerNodeData;

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
export const buildContainerNodeId = (id: string): string => `build:${id}`;
