// Second stage of the page: the React interface around the terminal that is already running.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadedSettings } from '../store/settings';
import { initUi, useUi } from '../store/ui-store';
import { App } from './app';
import type { LabSession } from './lab-session';
import { paceFactor } from '../director/pace';
import { effectivePace } from './effective-pace';

export interface MountOptions {
  readonly loaded: LoadedSettings;
  readonly session: LabSession;
  readonly terminalHost: HTMLElement;
}

export function mountApp({ loaded, session, terminalHost }: MountOptions): void {
  initUi(loaded.settings, loaded.dropped ? 'notice.settingsDropped' : null);
  useUi.subscribe((s, prev) => {
    if (s.settings.theme !== prev.settings.theme) {
      document.documentElement.classList.toggle('dark', s.settings.theme === 'dark');
      session.terminal.setTheme(s.settings.theme);
    }
    if (s.settings.lang !== prev.settings.lang) document.documentElement.lang = s.settings.lang;
  });
  // docker build's step list follows the pace the diagram plays at (instant under reduced motion).
  session.setDisplayPace(() => paceFactor(effectivePace()));
  const root = document.getElementById('ui-root') as HTMLElement;
  createRoot(root).render(
    <StrictMode>
      <App session={session} terminalHost={terminalHost} />
    </StrictMode>,
  );
}
