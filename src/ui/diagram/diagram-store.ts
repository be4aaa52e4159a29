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
}

export const useDiagram = create<DiagramState>()(() => ({
  snapshot: null,
  played: null,
  view: 'storage',
  showInit: false,
  largeType: false,
  highContrast: false,
  selected: null,
}));

export const setSnapshot = (snapshot: DiagramSnapshot): void => useDiagram.setState({ snapshot });
export const setPlayed = (played: PlayedStep | null): void => useDiagram.setState({ played });
export const setView = (view: DiagramView): void => useDiagram.setState({ view });
export const select = (selected: string | null): void => useDiagram.setState({ selected });
export const toggle = (key: 'showInit' | 'largeType' | 'highContrast'): void =>
  useDiagram.setState((s) => ({ [key]: !s[key] }));
export const resetDiagram = (): void =>
  useDiagram.setState({ snapshot: null, played: null, selected: null });
