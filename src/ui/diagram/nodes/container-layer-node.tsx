import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { MessageKey } from '../../i18n';
import type { ContainerLayerNodeData } from '../../diagram-bridge/model';
import { useT } from '../../i18n/use-t';
import { StackHandles } from './stack-handles';

export type ContainerLayerFlowNode = Node<
  ContainerLayerNodeData & Record<string, unknown>,
  'container-layer'
>;

/** A container's writable layer (and, when shown, its -init layer) with name and state. */
export const ContainerLayerNodeView = memo(function ContainerLayerNodeView({
  data,
}: NodeProps<ContainerLayerFlowNode>) {
  const t = useT();
  return (
    <div
      className={`ll-node ll-node--container ll-state--${data.state}`}
      data-kind="container-layer"
      data-ref={data.ref}
      data-state={data.state}
    >
      <div className="ll-node__title">
        <span className="ll-dot" aria-hidden="true" />
        {data.name}
      </div>
      <div className="ll-node__meta">
        <span>{t(`diagram.state.${data.state}` as MessageKey)}</span>
        <span>{data.size}</span>
        <span>{data.shortId}</span>
      </div>
      {data.showInit && (
        <div className="ll-init" data-kind="init-layer" data-ref={`${data.ref}-init`}>
          {t('diagram.layer.init')}
        </div>
      )}
      <StackHandles top={false} />
    </div>
  );
});
