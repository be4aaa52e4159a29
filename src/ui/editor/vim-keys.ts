// vim's keys for vi, vim and view, from @replit/codemirror-vim, with the lab's own :w, :q, :wq,
// :x (and their `a`ll forms, ZZ, ZQ): they go through the session, so a write is the program's
// write and a quit ends the program. Loaded only when vim mode is first used.

import { getCM, Vim, vim } from '@replit/codemirror-vim';
import { insertTab } from '@codemirror/commands';
import { keymap, type EditorView } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import type { ModeKeys, OverlayControls } from './overlay';
import { parseExArgs, type EditSession, type ExCommand } from './session';

const sessions = new WeakMap<EditorView, EditSession>();

// The vim engine's ex commands are global; each finds its editor's session by the view.
let defined = false;
function defineExCommands(): void {
  if (defined) return;
  defined = true;
  const ex =
    (name: ExCommand['name']) =>
    (cm: { cm6?: EditorView }, params: { argString?: string }): void => {
      const session = cm.cm6 && sessions.get(cm.cm6);
      if (!session) return;
      session.ex({ name, ...parseExArgs(params.argString) });
    };
  Vim.defineEx('write', 'w', ex('write'));
  Vim.defineEx('quit', 'q', ex('quit'));
  Vim.defineEx('wq', 'wq', ex('wq'));
  Vim.defineEx('xit', 'x', ex('xit'));
  Vim.defineEx('exit', 'exi', ex('xit'));
  // One file per editor here, so the "all" forms are the same.
  Vim.defineEx('qall', 'qa', ex('quit'));
  Vim.defineEx('quitall', 'quita', ex('quit'));
  Vim.defineEx('wqall', 'wqa', ex('wq'));
  Vim.defineEx('xall', 'xa', ex('xit'));
  Vim.map('ZZ', ':x<CR>', 'normal');
  Vim.map('ZQ', ':q!<CR>', 'normal');
}

/** What vim's last line says in each mode (nothing in normal mode). */
function modeLine(e: { mode?: string; subMode?: string }): string {
  switch (e.mode) {
    case 'insert':
      return '-- INSERT --';
    case 'replace':
      return '-- REPLACE --';
    case 'visual':
      if (e.subMode === 'linewise') return '-- VISUAL LINE --';
      if (e.subMode === 'blockwise') return '-- VISUAL BLOCK --';
      return '-- VISUAL --';
    default:
      return '';
  }
}

export const vimKeys: ModeKeys = {
  extensions() {
    defineExCommands();
    // vim first, so its modes see every key; Tab inserts a tab in insert mode as vim does. The
    // mode is shown on the overlay's message line, as vim's last line shows it, so the vim
    // panel appears only for the `:` and `/` command lines.
    return [vim({ status: false }), Prec.low(keymap.of([{ key: 'Tab', run: insertTab }]))];
  },
  attach(view: EditorView, controls: OverlayControls) {
    sessions.set(view, controls.session);
    const cm = getCM(view);
    cm?.on('vim-mode-change', (e: { mode?: string; subMode?: string }) =>
      controls.session.say(modeLine(e), 'info'),
    );
  },
};
