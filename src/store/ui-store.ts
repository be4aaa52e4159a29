// UI state in one zustand store: the persisted settings plus transient notices. Actions are
// module functions (zustand's recommended shape), so components only select and call.

import { create } from 'zustand';
import type { MessageKey } from '../ui/i18n/en';
import {
  PANES,
  browserStore,
  saveSettings,
  type Lang,
  type Layout,
  type Pace,
  type PaneId,
  type Settings,
  type Theme,
} from './settings';

export interface UiState {
  readonly settings: Settings;
  /** A message for the learner (role=status), e.g. settings that had to be dropped. */
  readonly notice: MessageKey | null;
}

export const useUi = create<UiState>()(() => ({
  settings: {
    version: 1,
    lang: 'en',
    theme: 'light',
    pace: 'normal',
    layout: {
      sizes: [0.27, 0.4, 0.33],
      hidden: { lesson: false, terminal: false, diagram: false },
      tab: 'terminal',
    },
  },
  notice: null,
}));

export function initUi(settings: Settings, notice: MessageKey | null): void {
  useUi.setState({ settings, notice });
  useUi.subscribe((s, prev) => {
    if (s.settings !== prev.settings) saveSettings(browserStore(), s.settings);
  });
}

const update = (patch: Partial<Settings>): void =>
  useUi.setState((s) => ({ settings: { ...s.settings, ...patch } }));

const updateLayout = (patch: Partial<Layout>): void =>
  useUi.setState((s) => ({
    settings: { ...s.settings, layout: { ...s.settings.layout, ...patch } },
  }));

export const setLang = (lang: Lang): void => update({ lang });
export const setTheme = (theme: Theme): void => update({ theme });
export const setPace = (pace: Pace): void => update({ pace });
export const setTab = (tab: PaneId): void => updateLayout({ tab });
export const setNotice = (notice: MessageKey | null): void => useUi.setState({ notice });

/** Hide or show a pane; the last visible pane cannot be hidden. */
export function togglePane(pane: PaneId): void {
  const { hidden } = useUi.getState().settings.layout;
  const next = { ...hidden, [pane]: !hidden[pane] };
  if (PANES.every((p) => next[p])) return;
  updateLayout({ hidden: next });
}

/** Move the boundary between two neighbouring panes by `delta` (a fraction of the width). */
export function resizePanes(a: PaneId, b: PaneId, delta: number, min = 0.12): void {
  const { sizes } = useUi.getState().settings.layout;
  const ia = PANES.indexOf(a);
  const ib = PANES.indexOf(b);
  const next = [...sizes] as [number, number, number];
  const total = next[ia] + next[ib];
  const wantA = Math.min(total - min, Math.max(min, next[ia] + delta));
  next[ia] = wantA;
  next[ib] = total - wantA;
  updateLayout({ sizes: next });
}
