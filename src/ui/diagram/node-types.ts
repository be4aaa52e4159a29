// The diagram's node types, at module scope so React Flow never sees a new object (which would
// remount every node). One memo'd file per type; network and registry views add theirs here.

import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../diagram-bridge/model';
import { BuildContainerNodeView } from './nodes/build-container-node';
import { ContainerLayerNodeView } from './nodes/container-layer-node';
import { HostNodeView } from './nodes/host-node';
import { ImageNodeView } from './nodes/image-node';
import { LayerNodeView } from './nodes/layer-node';

export const nodeTypes: NodeTypes & Partial<Record<NodeKind | 'host', NodeTypes[string]>> = {
  host: HostNodeView,
  image: ImageNodeView,
  layer: LayerNodeView,
  'container-layer': ContainerLayerNodeView,
  'build-container': BuildContainerNodeView,
};
