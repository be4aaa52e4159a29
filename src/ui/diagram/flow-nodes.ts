// Model + cells → React Flow nodes and edges. A node object is reused while its position, data
// and accessible name are unchanged, so React Flow and the memo'd views skip it: only nodes whose
// own data changed re-render.

import type { Edge, Node } from '@xyflow/react';
import { cellPosition, NODE_HEIGHT, NODE_WIDTH, type Cell } from '../diagram-bridge/layout';
import type { DiagramModel, DiagramNodeData } from '../diagram-bridge/model';
import type { Translate } from './caption';

export type DiagramFlowNode = Node<DiagramNodeData & Record<string, unknown>>;

export function ariaLabelOf(d: DiagramNodeData, t: Translate): string {
  switch (d.kind) {
    case 'image':
      return t(d.dangling ? 'diagram.a11y.imageDangling' : 'diagram.a11y.image', {
        ref: d.ref,
        id: d.shortId,
        count: String(d.layerCount),
        size: d.size,
      });
    case 'layer':
      if (d.building)
        return t('diagram.a11y.layerBuilding', {
          n: String(d.position),
          size: d.size || t('diagram.layer.cached'),
          instruction: d.instruction,
        });
      return t(d.shared ? 'diagram.a11y.layerShared' : 'diagram.a11y.layer', {
        n: String(d.position),
        image: d.usedBy[0] ?? '',
        size: d.size,
        instruction: d.instruction,
        count: String(d.usedBy.length),
      });
    case 'container-layer':
      return t('diagram.a11y.container', {
        name: d.name,
        state: t(`diagram.state.${d.state}` as Parameters<Translate>[0]),
        size: d.size,
        image: d.image,
      });
    case 'build-container':
      return d.on === ''
        ? t('diagram.a11y.buildContainerBare', { step: d.ref })
        : t('diagram.a11y.buildContainer', { step: d.ref, n: d.on });
  }
}

export interface FlowCache {
  build(
    model: DiagramModel,
    cells: ReadonlyMap<string, Cell>,
    t: Translate,
  ): { nodes: DiagramFlowNode[]; edges: Edge[] };
}

export function createFlowCache(): FlowCache {
  let nodesById = new Map<string, { key: string; node: DiagramFlowNode }>();
  let edgesById = new Map<string, Edge>();
  return {
    build(model, cells, t) {
      const nextNodes = new Map<string, { key: string; node: DiagramFlowNode }>();
      const nodes: DiagramFlowNode[] = [];
      for (const n of model.nodes) {
        const cell = cells.get(n.id);
        if (!cell) continue;
        const position = cellPosition(cell);
        const ariaLabel = ariaLabelOf(n.data, t);
        const key = `${position.x},${position.y}|${ariaLabel}|${JSON.stringify(n.data)}`;
        const old = nodesById.get(n.id);
        const node: DiagramFlowNode =
          old?.key === key
            ? old.node
            : {
                id: n.id,
                type: n.data.kind,
                position,
                data: n.data as DiagramFlowNode['data'],
                ariaLabel,
                width: NODE_WIDTH,
                height: NODE_HEIGHT,
                draggable: false,
                connectable: false,
                deletable: false,
              };
        nextNodes.set(n.id, { key, node });
        nodes.push(node);
      }
      const nextEdges = new Map<string, Edge>();
      const edges: Edge[] = model.edges.map((e) => {
        const edge = edgesById.get(e.id) ?? {
          id: e.id,
          source: e.source,
          target: e.target,
          className: `ll-edge ll-edge--${e.kind}`,
          focusable: false,
          selectable: false,
          deletable: false,
        };
        nextEdges.set(e.id, edge);
        return edge;
      });
      nodesById = nextNodes;
      edgesById = nextEdges;
      return { nodes, edges };
    },
  };
}
