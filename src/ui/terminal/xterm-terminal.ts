// xterm in the page, wired to a lab's console core. No React: this is the first thing a learner
// needs, so it ships in the first chunk and paints before the rest of the interface loads.

import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { Lab } from '../../lab/lab';
import type { Theme } from '../../store/settings';
import { createPageEditor } from '../editor/host';
import { TERMINAL_THEMES } from './themes';

export interface TerminalHandle {
  readonly term: Terminal;
  /** Connect to a (new) lab: the screen is cleared and keystrokes go to its console. */
  attach(lab: Lab): void;
  setTheme(theme: Theme): void;
  setFontSize(px: number): void;
  /** Re-measure after the host element moved or changed size. */
  fit(): void;
  focus(): void;
}

export function mountTerminal(host: HTMLElement, theme: Theme, label: string): TerminalHandle {
  const term = new Terminal({
    fontFamily:
      "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace",
    fontSize: 14,
    cursorBlink: true,
    scrollback: 5000,
    theme: TERMINAL_THEMES[theme],
    allowProposedApi: false,
  });
  const fitAddon = new FitAddon();
  term.loadAddon(fitAddon);
  term.open(host);
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', label);
  term.textarea?.setAttribute('aria-label', label);

  // vi and nano open the file editor over this terminal (its code loads on first use).
  const editor = createPageEditor({
    container: host,
    terminal: () => term.element,
    focusTerminal: () => term.focus(),
  });

  let lab: Lab | null = null;
  let unsubscribe: (() => void) | null = null;
  term.onData((data) => lab?.console.input(data));

  const fit = (): void => {
    if (host.clientWidth === 0 || host.clientHeight === 0) return; // hidden pane or tab
    try {
      fitAddon.fit();
    } catch {
      return; // not rendered yet
    }
    lab?.console.resize(term.cols, term.rows);
  };

  let pending = false;
  new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fit();
    });
  }).observe(host);
  fit();

  return {
    term,
    attach(next) {
      unsubscribe?.();
      editor.closeAll();
      lab?.console.setEditorHost(null);
      term.reset();
      lab = next;
      next.console.setEditorHost(editor);
      unsubscribe = next.console.onOutput((d) => term.write(d));
      next.console.resize(term.cols, term.rows);
    },
    setTheme(t) {
      term.options.theme = TERMINAL_THEMES[t];
    },
    setFontSize(px) {
      term.options.fontSize = px;
      fit();
    },
    fit,
    focus: () => term.focus(),
  };
}
