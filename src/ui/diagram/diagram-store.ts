// The diagram's own UI state (zustand): the current projection, the step on screen, the view tab
// and the display toggles. Actions are module functions; components read through selectors.

import { create } from 'zustand';
import type { PlayedStep } from '../../director';
import type { DiagramSnapshot } from '../diagram-bridge/controller';

export type DiagramView = 'storage' | 'network' | 'registry';

export interface DiagramState {
  readonly snapshot: DiagramSnapshot | null;
  readonly played: PlayedStep | null;
  readonly view: DiagramView;
  readonly showInit: boolean;
  readonly largeType: boolean;
  readonly highContrast: boolean;
  /** Node id being inspected. */
  readonly selected: string | null;
  /** A second layer: the panel shows the changes between the two. */
  readonly compare: string | null;
}

export const useDiagram = create<DiagramState>()(() => ({
  snapshot: null,
  played: null,
  view: 'storage',
  showInit: false,
  largeType: false,
  highContrast: false,
  selected: null,
  compare: null,
}));

export const setSnapshot = (snapshot: DiagramSnapshot): void => useDiagram.setState({ snapshot });
export const setPlayed = (played: PlayedStep | null): void => useDiagram.setState({ played });
export const setView = (view: DiagramView): void => useDiagram.setState({ view });
export const select = (selected: string | null): void =>
  useDiagram.setState({ selected, compare: null });
/**
 * Shift/Ctrl+click or Shift+Enter: with a layer selected, another layer becomes the second of a
 * comparison (the same one again ends it); anything else is a plain selection.
 */
export const selectSecond = (id: string | null): void =>
  useDiagram.setState((s) => {
    const kindOf = (x: string | null) => s.snapshot?.model.nodes.find((n) => n.id === x)?.data.kind;
    if (
      s.selected === null ||
      id === null ||
      kindOf(s.selected) !== 'layer' ||
      kindOf(id) !== 'layer'
    )
      return { selected: id, compare: null };
    if (id === s.selected) return { compare: null };
    return { compare: id === s.compare ? null : id };
  });
export const setCompare = (compare: string | null): void => useDiagram.setState({ compare });
export const toggle = (key: 'showInit' | 'largeType' | 'highContrast'): void =>
  useDiagram.setState((s) => ({ [key]: !s[key] }));
export const resetDiagram = (): void =>
  useDiagram.setState({ snapshot: null, played: null, selected: null, compare: null });
