// The storage core's public surface. Import from here, not from the files behind it.

export { Changeset, type ReadonlyChangeset } from './changeset';
export type { StorageEvent, StorageEmit, FoundWhere } from './events';
export { blobData, dataSize, dataText, textData } from './file-data';
export {
  changesetFromSpecs,
  createLayer,
  sealLayer,
  type CreateLayerOptions,
  type Layer,
  type LayerEntrySpec,
} from './layer';
export type { Lookup } from './lookup';
export { createMemoryFs } from './memory-fs';
export type { LayerNode, VisibleNode } from './node';
export { createUnionMount, type UnionMount, type UnionMountOptions } from './union-mount';
export { commitChanges, copyChanges, type CommitOptions } from './commit';
export { containerDiff, DIFF_IGNORED, type Change } from './container-diff';
export {
  canonicalJson,
  chainId,
  chainIds,
  diffIdOfChanges,
  imageIdOf,
  layerDiffId,
  layerSize,
  rememberDiffId,
  sha256Digest,
  sha256OfText,
  sizeOfChanges,
  type Digest,
  type JsonValue,
} from './digest';
export { layerTarBytes, writeLayerTar, type TarSink } from './layer-tar';
export {
  DOCKER_ROOT,
  containerLowerLinks,
  layerChain,
  linkIdOf,
  lowerFileOf,
  mountLine,
  mountLines,
  newCacheId,
  type ContainerRecord,
  type DockerRootState,
  type ImageRecord,
  type StoredLayer,
} from './docker-root-state';
export {
  dockerRootChangeset,
  dockerRootLayer,
  EMPTY_DOCKER_STATE,
  type DockerRootOptions,
} from './docker-root-view';
export { createHostFs, type HostFsOptions } from './host-fs';
