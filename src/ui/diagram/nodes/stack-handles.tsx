import { Handle, Position } from '@xyflow/react';

/** Edges run up a stack: out of a node's top, into the bottom of the node standing on it. */
export function StackHandles({ top = true, bottom = true }: { top?: boolean; bottom?: boolean }) {
  return (
    <>
      {top && (
        <Handle type="source" position={Position.Top} isConnectable={false} className="ll-handle" />
      )}
      {bottom && (
        <Handle
          type="target"
          position={Position.Bottom}
          isConnectable={false}
          className="ll-handle"
        />
      )}
    </>
  );
}
