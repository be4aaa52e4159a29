import { Background, Controls, ReactFlow, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useUi } from '../../store/ui-store';
import { useT } from '../i18n/use-t';
import type { LabSession } from '../lab-session';
import { nodeTypes } from './node-types';

/**
 * The storage view. Today the engine has no images or containers yet, so it shows the host and
 * says so; image stacks, container layers and copy-on-write animations arrive with the engine.
 */
export default function DiagramPane(_props: { readonly session: LabSession }) {
  const t = useT();
  const theme = useUi((s) => s.settings.theme);
  const nodes = useMemo<Node[]>(
    () => [
      {
        id: 'host',
        type: 'host',
        position: { x: 0, y: 0 },
        data: { title: t('diagram.host'), detail: t('diagram.hostDetail') },
        ariaLabel: t('diagram.host'),
      },
    ],
    [t],
  );
  return (
    <div className="relative h-full w-full" aria-label={t('diagram.label')} role="group">
      <ReactFlow
        nodes={nodes}
        edges={[]}
        nodeTypes={nodeTypes}
        colorMode={theme}
        fitView
        fitViewOptions={{ maxZoom: 1.2 }}
        nodesDraggable={false}
        proOptions={{ hideAttribution: false }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
      <p className="pointer-events-none absolute inset-x-0 top-3 mx-auto max-w-sm rounded bg-white/90 px-3 py-2 text-center text-sm text-slate-700 shadow dark:bg-slate-800/90 dark:text-slate-200">
        {t('diagram.empty')}
      </p>
      <p data-testid="diagram-caption" aria-live="polite" className="sr-only" />
    </div>
  );
}
