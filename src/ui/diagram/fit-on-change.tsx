import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useDiagram } from './diagram-store';

/** Fit the scene when nodes come or go or the pane resizes (not when one node changes). */
export function FitOnChange({ animate }: { animate: boolean }) {
  const { fitView } = useReactFlow();
  const count = useDiagram((s) => s.snapshot?.model.nodes.length ?? 0);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    const id = requestAnimationFrame(
      () => void fitView({ padding: 0.15, maxZoom: 1.1, duration: animate ? 300 : 0 }),
    );
    return () => cancelAnimationFrame(id);
  }, [count, width, height, fitView, animate]);
  return null;
}
