// The diagram's node types, at module scope so React Flow never sees a new object (which would
// remount every node). Image, layer, container and file nodes join this map as they land.

import type { NodeTypes } from '@xyflow/react';
import { HostNodeView } from './nodes/host-node';

export const nodeTypes: NodeTypes = { host: HostNodeView };
