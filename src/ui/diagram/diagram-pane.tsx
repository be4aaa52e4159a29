import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import { useCallback, useMemo, useState } from 'react';
import { useUi } from '../../store/ui-store';
import { useT } from '../i18n/use-t';
import type { LabSession } from '../lab-session';
import { AnimationLayer } from './overlay/animation-layer';
import { CaptionBar } from './caption-bar';
import { DiagramControls } from './diagram-controls';
import { select, selectSecond, useDiagram } from './diagram-store';
import { SelectionStyle } from './selection-style';
import { FitOnChange } from './fit-on-change';
import { createPaneRuntime } from './pane-runtime';
import { nodeTypes } from './node-types';
import { useDiagramController } from './use-diagram-controller';
import { ViewTabs } from './view-tabs';
import { InspectPanel } from './inspect/inspect-panel';
import { useBenchHooks } from './bench/use-bench-hooks';

const MINIMAP_FROM = 30;

/** The diagram pane: view tabs, options, the storage view with its animation overlay, a caption. */
export default function DiagramPane({ session }: { readonly session: LabSession }) {
  const t = useT();
  const theme = useUi((s) => s.settings.theme);
  const pace = useUi((s) => s.settings.pace);
  const snapshot = useDiagram((s) => s.snapshot);
  const largeType = useDiagram((s) => s.largeType);
  const highContrast = useDiagram((s) => s.highContrast);
  const [runtime] = useState(createPaneRuntime);
  useDiagramController(session, runtime);
  useBenchHooks(session, runtime);
  const flow = useMemo(() => runtime.flow(snapshot, t), [runtime, snapshot, t]);

  // Shift, Ctrl or Cmd + click picks a second layer to compare with the selected one.
  const onNodeClick = useCallback((e: React.MouseEvent, node: { id: string }) => {
    if (e.shiftKey || e.ctrlKey || e.metaKey) selectSecond(node.id);
    else select(node.id);
  }, []);
  // Enter or Space on a focused node inspects it, as a click does; Shift+Enter compares.
  const onKeyDown = useCallback((e: React.KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if ((e.key === 'Enter' || e.key === ' ') && el.classList.contains('react-flow__node')) {
      if (e.shiftKey) selectSecond(el.dataset.id ?? null);
      else select(el.dataset.id ?? null);
    }
    if (e.key === 'Escape') select(null);
  }, []);

  const empty = flow.nodes.length === 0;
  return (
    <div
      className="ll-diagram relative flex h-full w-full flex-col"
      data-large={largeType || undefined}
      data-contrast={highContrast ? 'high' : undefined}
      role="group"
      aria-label={t('diagram.label')}
    >
      <div className="ll-bar">
        <ViewTabs />
        <DiagramControls onSkip={() => runtime.controller?.skip()} />
      </div>
      <div
        id="diagram-view"
        role="tabpanel"
        aria-labelledby="diagram-tab-storage"
        className="relative min-h-0 flex-1"
      >
        <ReactFlow
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          colorMode={theme}
          minZoom={0.05}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          onNodeClick={onNodeClick}
          onPaneClick={() => select(null)}
          onKeyDown={onKeyDown}
          proOptions={{ hideAttribution: false }}
        >
          <Background />
          <Controls showInteractive={false} />
          {flow.nodes.length >= MINIMAP_FROM && <MiniMap pannable zoomable />}
          <FitOnChange animate={pace !== 'instant'} />
          <SelectionStyle />
          <AnimationLayer locate={runtime.locate} nodeOf={runtime.nodeOf} />
        </ReactFlow>
        {empty && <p className="ll-empty">{t('diagram.empty')}</p>}
        <InspectPanel session={session} />
      </div>
      <CaptionBar />
    </div>
  );
}
