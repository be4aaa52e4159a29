// xterm colour themes matching the page's light and dark themes (contrast checked for AA).

import type { ITheme } from '@xterm/xterm';
import type { Theme } from '../../store/settings';

export const TERMINAL_THEMES: Record<Theme, ITheme> = {
  dark: {
    background: '#0f172a',
    foreground: '#e2e8f0',
    cursor: '#f8fafc',
    selectionBackground: '#334155',
  },
  light: {
    background: '#ffffff',
    foreground: '#0f172a',
    cursor: '#0f172a',
    selectionBackground: '#bfdbfe',
    black: '#0f172a',
    red: '#b91c1c',
    green: '#15803d',
    yellow: '#a16207',
    blue: '#1d4ed8',
    magenta: '#a21caf',
    cyan: '#0e7490',
    white: '#475569',
    brightBlack: '#334155',
    brightWhite: '#1e293b',
  },
};
