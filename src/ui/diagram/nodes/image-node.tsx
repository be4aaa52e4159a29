import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { ImageNodeData } from '../../diagram-bridge/model';
import { useT } from '../../i18n/use-t';
import { StackHandles } from './stack-handles';

export type ImageFlowNode = Node<ImageNodeData & Record<string, unknown>, 'image'>;

/** An image: its name on top of its layer stack; dangling images dashed and `<none>`. */
export const ImageNodeView = memo(function ImageNodeView({ data }: NodeProps<ImageFlowNode>) {
  const t = useT();
  return (
    <div
      className={`ll-node ll-node--image${data.dangling ? ' ll-node--dangling' : ''}`}
      data-kind="image"
      data-ref={data.ref}
      data-dangling={data.dangling || undefined}
    >
      <div className="ll-node__title">
        {data.dangling ? `${t('diagram.image.dangling')} ${data.shortId}` : data.ref}
      </div>
      <div className="ll-node__meta">
        <span>{data.shortId}</span>
        <span>{data.size}</span>
      </div>
      <StackHandles bottom={data.layerCount > 0} />
    </div>
  );
});
