// nano's keys for the editor over the terminal: ^O writes (File Name to Write:, Enter), ^X exits
// (Save modified buffer? Y/N/^C), ^K cuts lines (consecutive cuts collect), ^U pastes, ^A/^E go
// to the line's start/end, M-U/M-E undo/redo. Keys of nano that this editor does not have say
// so on the message line, as the terminal nano does.

import { EditorSelection, Prec } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import {
  cursorLineEnd,
  cursorLineStart,
  insertTab,
  redo,
  standardKeymap,
  undo,
} from '@codemirror/commands';
import type { ModeKeys, OverlayControls } from './overlay';

const NOT_HERE: Record<string, string> = {
  'Ctrl-g': 'Help',
  'Ctrl-r': 'Read File',
  'Ctrl-t': 'Execute',
  'Ctrl-j': 'Justify',
  'Ctrl-\\': 'Replace',
  'Ctrl-w': 'Where Is',
  'Ctrl-/': 'Go To Line',
  'Ctrl-_': 'Go To Line',
};

async function writeOut(c: OverlayControls, thenExit: boolean): Promise<void> {
  const name = await c.prompt('File Name to Write: ', c.session.name ?? '');
  if (name === null || name === '') {
    show(c, '[ Cancelled ]');
    return;
  }
  if (c.session.write({ name }) && thenExit) c.session.close();
}

function show(c: OverlayControls, text: string): void {
  c.session.say(text, 'info');
}

async function exit(c: OverlayControls): Promise<void> {
  if (!c.session.modified) {
    c.session.close();
    return;
  }
  const answer = await c.ask('Save modified buffer? ', ' Y Yes    N No    ^C Cancel');
  if (answer === 'y') await writeOut(c, true);
  else if (answer === 'n') c.session.close();
  else show(c, '[ Cancelled ]');
}

/** ^K: cut the cursor's line; cuts in a row collect into one paste. */
function cutter() {
  let cut = '';
  let collecting = false;
  return {
    reset() {
      collecting = false;
    },
    cut(view: EditorView): boolean {
      const { state } = view;
      const line = state.doc.lineAt(state.selection.main.head);
      const last = line.number === state.doc.lines;
      // nano's last line has no newline after it: cutting it takes its text only.
      const to = last ? line.to : line.to + 1;
      const text = state.doc.sliceString(line.from, to) + (last && line.length > 0 ? '\n' : '');
      cut = collecting ? cut + text : text;
      collecting = true;
      view.dispatch({
        changes: { from: line.from, to },
        selection: EditorSelection.cursor(line.from),
        userEvent: 'delete.cut',
      });
      return true;
    },
    paste(view: EditorView): boolean {
      if (cut === '') return true;
      const line = view.state.doc.lineAt(view.state.selection.main.head);
      view.dispatch({
        changes: { from: line.from, insert: cut },
        selection: EditorSelection.cursor(line.from + cut.length),
        userEvent: 'input.paste',
      });
      return true;
    },
  };
}

export const nanoKeys: ModeKeys = {
  shortcuts: [
    ['^O', 'Write Out'],
    ['^X', 'Exit'],
    ['^K', 'Cut'],
    ['^U', 'Paste'],
    ['^A', 'Home'],
    ['^E', 'End'],
    ['M-U', 'Undo'],
    ['M-E', 'Redo'],
  ],
  extensions(c) {
    const cuts = cutter();
    const run = (f: () => Promise<void>) => () => {
      void f();
      return true;
    };
    return [
      Prec.high(
        keymap.of([
          { key: 'Ctrl-o', run: run(() => writeOut(c, false)) },
          { key: 'Ctrl-x', run: run(() => exit(c)) },
          { key: 'Ctrl-k', run: (v) => cuts.cut(v) },
          { key: 'Ctrl-u', run: (v) => cuts.paste(v) },
          { key: 'Ctrl-a', run: cursorLineStart },
          { key: 'Ctrl-e', run: cursorLineEnd },
          { key: 'Alt-u', run: undo },
          { key: 'Alt-e', run: redo },
          { key: 'Tab', run: insertTab },
          ...Object.entries(NOT_HERE).map(([key, what]) => ({
            key,
            run: () => {
              show(c, `[ layerlab: ${what} is not part of this lab ]`);
              return true;
            },
          })),
        ]),
      ),
      keymap.of(standardKeymap),
      // Any key but ^K ends a run of cuts.
      Prec.highest(
        keymap.of([
          {
            any: (_view, e) => {
              if (!(e.ctrlKey && e.key.toLowerCase() === 'k')) cuts.reset();
              return false;
            },
          },
        ]),
      ),
    ];
  },
};
