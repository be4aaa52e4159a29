// First chunk: settings, the terminal, the line editor and the host's shell core. Everything else
// (the Docker engine, program code, the React layout, toolbar, lesson panel, diagram) is imported
// once the prompt is painted, in parallel, and adopts the terminal that is already running, so a
// learner can type before the rest of the page has arrived (a command typed sooner waits for
// the engine, see src/lab/lab.ts).

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

/** Run `then` once xterm has painted the prompt: until then nothing else competes for the thread. */
function afterPromptPainted(then: () => void): void {
  let done = false;
  const go = (): void => {
    if (done) return;
    done = true;
    painted.dispose();
    // xterm renders in an animation frame; the screen shows it at the end of that frame, and a
    // long task right after could hold the next one back. Start after the next frame as well.
    requestAnimationFrame(() => setTimeout(then, 0));
  };
  const buffer = terminal.term.buffer;
  const painted = terminal.term.onRender(() => {
    const line = buffer.active.getLine(buffer.active.cursorY)?.translateToString(true) ?? '';
    if (line !== '') go();
  });
  // A page opened in a background tab paints nothing; its loads must not wait for a paint.
  setTimeout(go, 1000);
}

/** The next idle moment (Safari has no requestIdleCallback: a short timeout instead). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}

afterPromptPainted(() => {
  // First the interface around the terminal, which shows the engine (diagram, inspector) and so
  // mounts once both are in; they load in parallel. Then, while the learner reads the prompt, the
  // program code (coreutils, docker, …: a command typed sooner loads its own group), and on idle
  // the image catalog's chunks, which a first `docker pull` or `docker run` needs, so that it
  // waits only for its image to be built. The mark says when every preload is done (npm run
  // bench reports it).
  const ready = session.ready();
  const mounted = Promise.all([import('./ui/mount'), ready]).then(([m]) =>
    m.mountApp({ loaded, session, terminalHost: host }),
  );
  const programs = mounted.then(
    () => session.preloadPrograms(),
    () => session.preloadPrograms(),
  );
  const catalog = ready
    .then(() => mounted)
    .then(idle)
    .then(() => import('./engine/images/catalog'))
    .then((c) => Promise.allSettled(c.CATALOG_REPOSITORIES.map((r) => c.listTags(r))));
  void Promise.allSettled([programs, catalog]).then(() => performance.mark('layerlab:preloaded'));
});
