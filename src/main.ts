// First chunk: settings, the terminal, the line editor and the host's shell core. Everything else
// (the Docker engine, program code, the React layout, toolbar, lesson panel, diagram) is imported
// afterwards, in parallel, and adopts the terminal that is already running, so a learner can type
// before the rest of the page has arrived.

import '@xterm/xterm/css/xterm.css';
import './ui/styles.css';
import { browserStore, defaultSettings, loadSettings } from './store/settings';
import { TERMINAL_LABEL } from './ui/i18n/terminal-label';
import { createLabSession } from './ui/lab-session';
import { mountTerminal } from './ui/terminal/xterm-terminal';

const prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
const loaded = loadSettings(browserStore(), defaultSettings(prefersDark, navigator.language));
const { settings } = loaded;
document.documentElement.classList.toggle('dark', settings.theme === 'dark');
document.documentElement.lang = settings.lang;

const host = document.getElementById('terminal-host') as HTMLElement;
const terminal = mountTerminal(host, settings.theme, TERMINAL_LABEL[settings.lang]);
const session = createLabSession(terminal);
terminal.focus();

// Program code (coreutils, docker, …) loads on first use; fetch it now, while the learner reads
// the prompt. The engine's chunk is already on its way (the lab asked for it).
session.preloadPrograms();

// The interface around the terminal shows the engine (diagram, inspector): it mounts once both
// its code and the engine are in, which load in parallel.
void Promise.all([import('./ui/mount'), session.ready]).then(([m]) =>
  m.mountApp({ loaded, session, terminalHost: host }),
);
