// Insert and Replace mode: typed text goes into the buffer; Enter splits the line; Backspace and
// Delete join lines at the edges (vim's backspace=indent,eol,start); arrows move; Escape returns
// to Normal mode one character to the left, closing the undo step the command opened.

import { isNamed, type Key } from '../keys';
import { columnAt } from '../text-width';
import { clampCursor, endChange, info, nextCol, prevCol, type ViState } from './state';

function typeText(s: ViState, text: string): void {
  const { line, col } = s.cursor;
  if (s.mode === 'replace') {
    const cur = s.buf.line(line);
    let end = col;
    for (const _ of text) if (end < cur.length) end = nextCol(cur, end);
    s.buf.setLine(line, cur.slice(0, col) + text + cur.slice(end));
    s.cursor = { line, col: col + text.length };
    return;
  }
  s.cursor = s.buf.insert(s.cursor, text);
}

function backspace(s: ViState): void {
  const { line, col } = s.cursor;
  if (col > 0) {
    const text = s.buf.line(line);
    const from = prevCol(text, col);
    if (s.mode === 'replace') s.cursor = { line, col: from };
    else {
      s.buf.delete({ line, col: from }, { line, col });
      s.cursor = { line, col: from };
    }
  } else if (line > 0 && s.mode === 'insert') {
    const prev = s.buf.line(line - 1);
    s.buf.delete({ line: line - 1, col: prev.length }, { line, col: 0 });
    s.cursor = { line: line - 1, col: prev.length };
  }
}

function deleteWordBefore(s: ViState): void {
  const { line, col } = s.cursor;
  if (col === 0) return backspace(s);
  const text = s.buf.line(line);
  const head = text.slice(0, col);
  const m = /(\w+|[^\w\s]+)?\s*$/.exec(head);
  const from = col - (m?.[0].length || 1);
  s.buf.delete({ line, col: from }, { line, col });
  s.cursor = { line, col: from };
}

function move(s: ViState, key: Key): void {
  const { line, col } = s.cursor;
  const text = s.buf.line(line);
  switch (key) {
    case '<Left>':
      if (col > 0) s.cursor = { line, col: prevCol(text, col) };
      break;
    case '<Right>':
      if (col < text.length) s.cursor = { line, col: nextCol(text, col) };
      break;
    case '<Up>':
    case '<Down>': {
      const target = key === '<Up>' ? line - 1 : line + 1;
      if (target < 0 || target >= s.buf.lineCount) return;
      const want = columnAt(text, col);
      const t = s.buf.line(target);
      let c = 0;
      while (c < t.length && columnAt(t, nextCol(t, c)) <= want) c = nextCol(t, c);
      s.cursor = { line: target, col: c };
      break;
    }
    case '<Home>':
      s.cursor = { line, col: 0 };
      break;
    case '<End>':
      s.cursor = { line, col: text.length };
      break;
    default:
      return;
  }
  s.want = columnAt(s.buf.line(s.cursor.line), s.cursor.col);
}

/** Leave Insert mode. */
export function leaveInsert(s: ViState): void {
  s.mode = 'normal';
  s.insertStart = null;
  const text = s.buf.line(s.cursor.line);
  if (s.cursor.col > 0) s.cursor = { line: s.cursor.line, col: prevCol(text, s.cursor.col) };
  clampCursor(s);
  endChange(s);
  s.want = columnAt(s.buf.line(s.cursor.line), s.cursor.col);
  if (s.message?.text === '-- INSERT --') s.message = null;
}

export function insertKey(s: ViState, key: Key): void {
  if (!isNamed(key)) {
    typeText(s, key);
    return;
  }
  switch (key) {
    case '<Esc>':
    case '<C-C>':
    case '<C-[>':
      leaveInsert(s);
      return;
    case '<CR>':
    case '<C-J>':
    case '<C-M>': {
      const { line, col } = s.cursor;
      const text = s.buf.line(line);
      if (s.mode === 'replace') {
        s.buf.replace(line, 1, [text.slice(0, col), text.slice(col + 1)]);
      } else s.buf.replace(line, 1, [text.slice(0, col), text.slice(col)]);
      s.cursor = { line: line + 1, col: 0 };
      return;
    }
    case '<BS>':
    case '<C-H>':
      backspace(s);
      return;
    case '<Del>': {
      const { line, col } = s.cursor;
      const text = s.buf.line(line);
      if (col < text.length) s.buf.delete({ line, col }, { line, col: nextCol(text, col) });
      else if (line < s.buf.lineCount - 1) s.buf.delete({ line, col }, { line: line + 1, col: 0 });
      return;
    }
    case '<C-W>':
      deleteWordBefore(s);
      return;
    case '<C-U>': {
      const { line, col } = s.cursor;
      s.buf.delete({ line, col: 0 }, { line, col });
      s.cursor = { line, col: 0 };
      return;
    }
    case '<Insert>':
      s.mode = s.mode === 'insert' ? 'replace' : 'insert';
      return;
    case '<C-V>':
      info(s, 'layerlab: Ctrl+V (insert a key literally) is not part of this lab');
      return;
    default:
      move(s, key);
  }
}
