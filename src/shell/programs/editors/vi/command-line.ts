// The last line while typing `:`, `/` or `?`: characters append, Backspace deletes (and leaves
// the line when it is empty), Ctrl+U and Ctrl+W erase, Up/Down recall earlier lines, Escape
// cancels, Enter runs the Ex command or the search.

import { isNamed, type Key } from '../keys';
import { columnAt } from '../text-width';
import { runEx } from './ex-commands';
import { searchMotion } from './motions';
import { clampCursor, error, type ViState } from './state';

export interface CmdHistory {
  readonly ex: string[];
  readonly search: string[];
  /** Index into the list while walking it with Up/Down; null when not walking. */
  at: number | null;
}

export function createCmdHistory(): CmdHistory {
  return { ex: [], search: [], at: null };
}

function leave(s: ViState, h: CmdHistory): void {
  s.mode = 'normal';
  s.cmdline = null;
  h.at = null;
}

function search(s: ViState, forward: boolean, pattern: string): void {
  if (pattern !== '') s.lastSearch = { pattern, forward };
  else if (s.lastSearch) s.lastSearch = { pattern: s.lastSearch.pattern, forward };
  const m = searchMotion(s, true, 1);
  if (typeof m === 'string') return error(s, m);
  if (!m) return;
  s.cursor = m.pos;
  clampCursor(s);
  s.want = columnAt(s.buf.line(s.cursor.line), s.cursor.col);
  const shown = `${forward ? '/' : '?'}${s.lastSearch?.pattern ?? ''}`;
  s.message = m.note ? { text: m.note, kind: 'warning' } : { text: shown, kind: 'info' };
}

export function cmdlineKey(s: ViState, h: CmdHistory, key: Key): void {
  const cl = s.cmdline;
  if (!cl) return leave(s, h);
  const list = cl.prefix === ':' ? h.ex : h.search;
  if (!isNamed(key)) {
    cl.text += key;
    return;
  }
  switch (key) {
    case '<Esc>':
    case '<C-C>':
      return leave(s, h);
    case '<BS>':
    case '<C-H>':
      if (cl.text === '') return leave(s, h);
      cl.text = cl.text.slice(0, cl.text.length - ([...cl.text].pop()?.length ?? 1));
      return;
    case '<C-U>':
      cl.text = '';
      return;
    case '<C-W>':
      cl.text = cl.text.replace(/(\w+|[^\w\s]+)?\s*$/, '');
      return;
    case '<Up>':
    case '<Down>': {
      if (list.length === 0) return;
      const at = h.at ?? list.length;
      const next = key === '<Up>' ? Math.max(0, at - 1) : Math.min(list.length, at + 1);
      h.at = next;
      cl.text = list[next] ?? '';
      return;
    }
    case '<CR>':
    case '<C-J>': {
      const text = cl.text;
      leave(s, h);
      if (text !== '' && list[list.length - 1] !== text) list.push(text);
      if (cl.prefix === ':') runEx(s, text);
      else search(s, cl.prefix === '/', text);
      return;
    }
    case '\t':
      cl.text += '\t';
      return;
    default:
      return;
  }
}
