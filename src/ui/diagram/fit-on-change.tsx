import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useDiagram } from './diagram-store';

/** Below this pane width the inspector is a sheet over the bottom half (diagram.css). */
export const NARROW_PANE = 720;
/** The inspector's width beside the graph in a wide pane, plus its margins. */
const PANEL_PX = 380;

/**
 * Fit the scene when nodes come or go, the pane resizes, or the inspector opens or closes (the
 * graph fits in what the inspector leaves uncovered), not when one node changes.
 */
export function FitOnChange({ animate }: { animate: boolean }) {
  const { fitView } = useReactFlow();
  const count = useDiagram((s) => s.snapshot?.model.nodes.length ?? 0);
  const inspecting = useDiagram((s) => {
    const kind = s.snapshot?.model.nodes.find((n) => n.id === s.selected)?.data.kind;
    return kind === 'layer' || kind === 'container-layer';
  });
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    const padding = !inspecting
      ? 0.15
      : width < NARROW_PANE
        ? { top: 0.1, left: 0.1, right: 0.1, bottom: `${Math.round(height * 0.5 + 16)}px` as const }
        : { top: 0.1, left: 0.1, bottom: 0.1, right: `${PANEL_PX + 16}px` as const };
    const id = requestAnimationFrame(
      () => void fitView({ padding, maxZoom: 1.1, duration: animate ? 300 : 0 }),
    );
    return () => cancelAnimationFrame(id);
  }, [count, width, height, fitView, animate, inspecting]);
  return null;
}
