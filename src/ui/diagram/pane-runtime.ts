// Per-pane plumbing outside React's render rules: the node-identity cache, the last known place
// of every node (so an rm fades where the container was) and the live controller.

import type { Edge } from '@xyflow/react';
import type { DiagramController, DiagramSnapshot } from '../diagram-bridge/controller';
import { cellPosition, NODE_HEIGHT, NODE_WIDTH } from '../diagram-bridge/layout';
import type { Translate } from './caption';
import { createFlowCache, type DiagramFlowNode } from './flow-nodes';
import type { Locate } from './overlay/plan';

export interface PaneRuntime {
  flow(snapshot: DiagramSnapshot | null, t: Translate): { nodes: DiagramFlowNode[]; edges: Edge[] };
  readonly locate: Locate;
  /** Engine name → node id (the controller's, including things just gone). */
  readonly nodeOf: (engineId: string) => string | undefined;
  readonly controller: DiagramController | null;
  setController(c: DiagramController | null): void;
}

export function createPaneRuntime(): PaneRuntime {
  const cache = createFlowCache();
  const last = new Map<string, { x: number; y: number }>();
  let controller: DiagramController | null = null;
  const rt: PaneRuntime = {
    get controller() {
      return controller;
    },
    setController(c) {
      controller = c;
    },
    flow(snapshot, t) {
      if (!snapshot) return { nodes: [], edges: [] };
      for (const [id, cell] of snapshot.cells) last.set(id, cellPosition(cell));
      return cache.build(snapshot.model, snapshot.cells, t);
    },
    nodeOf: (engineId) => controller?.nodeOf(engineId),
    locate(engineId) {
      const id = controller?.nodeOf(engineId);
      const p = id !== undefined ? last.get(id) : undefined;
      return p ? { x: p.x, y: p.y, w: NODE_WIDTH, h: NODE_HEIGHT } : undefined;
    },
  };
  return rt;
}
