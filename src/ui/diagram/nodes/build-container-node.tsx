import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { BuildContainerNodeData } from '../../diagram-bridge/model';
import { useT } from '../../i18n/use-t';
import { StackHandles } from './stack-handles';

export type BuildContainerFlowNode = Node<
  BuildContainerNodeData & Record<string, unknown>,
  'build-container'
>;

/** A build step's temporary container: the step it runs, on the layer below; gone once committed. */
export const BuildContainerNodeView = memo(function BuildContainerNodeView({
  data,
}: NodeProps<BuildContainerFlowNode>) {
  const t = useT();
  return (
    <div
      className="ll-node ll-node--container ll-node--temp"
      data-kind="build-container"
      data-ref={data.ref}
    >
      <div className="ll-node__title" title={data.ref}>
        <span className="ll-dot" aria-hidden="true" />
        {data.ref}
      </div>
      <div className="ll-node__meta">
        <span>{t('diagram.layer.temp')}</span>
        <span>{data.shortId}</span>
      </div>
      <StackHandles top={false} />
    </div>
  );
});
