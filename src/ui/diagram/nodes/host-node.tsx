import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';

export type HostNodeData = { readonly title: string; readonly detail: string };
export type HostNode = Node<HostNodeData, 'host'>;

/** The Docker host itself: the frame every image, layer and container hangs from. */
export const HostNodeView = memo(function HostNodeView({ data }: NodeProps<HostNode>) {
  return (
    <div
      data-kind="host"
      className="rounded-md border-2 border-slate-500 bg-white px-4 py-2 text-center text-slate-900 shadow-sm dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100"
    >
      <div className="text-sm font-semibold">{data.title}</div>
      <div className="text-xs text-slate-600 dark:text-slate-300">{data.detail}</div>
    </div>
  );
});
