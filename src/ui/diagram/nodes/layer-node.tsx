import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { LayerNodeData } from '../../diagram-bridge/model';
import { useT } from '../../i18n/use-t';
import { StackHandles } from './stack-handles';

export type LayerFlowNode = Node<LayerNodeData & Record<string, unknown>, 'layer'>;

/** A read-only layer: the instruction that made it, its size and short DiffID. */
export const LayerNodeView = memo(function LayerNodeView({ data }: NodeProps<LayerFlowNode>) {
  const t = useT();
  return (
    <div
      className={`ll-node ll-node--layer${data.shared ? ' ll-node--shared' : ''}${data.building ? ' ll-node--building' : ''}`}
      data-kind="layer"
      data-ref={data.ref}
      data-shared={data.shared || undefined}
      data-building={data.building || undefined}
      data-cached={data.cached || undefined}
    >
      <div className="ll-node__title" title={data.instruction}>
        {data.instruction || t('diagram.layer.n', { n: String(data.position) })}
      </div>
      <div className="ll-node__meta">
        <span>{data.ref}</span>
        <span>{data.size}</span>
        {data.cached && <span className="ll-badge">{t('diagram.layer.cached')}</span>}
        {data.building && !data.cached && (
          <span className="ll-badge">{t('diagram.layer.building')}</span>
        )}
        {data.shared && (
          <span className="ll-badge">
            {t('diagram.layer.shared', { count: String(data.usedBy.length) })}
          </span>
        )}
      </div>
      <StackHandles bottom={data.position > 1} />
    </div>
  );
});
