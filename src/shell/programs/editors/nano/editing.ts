// nano's main keys: typing, Enter, Backspace/Delete, cursor movement, Ctrl+K cut and Ctrl+U
// paste, undo/redo (M-U, M-E), and the keys that open a prompt (^O ^W ^X ^_). Keys nano has but
// this lab does not are answered with a plain message, never ignored silently.

import { isNamed, type Key } from '../keys';
import { columnAt } from '../text-width';
import { nextCol, prevCol } from '../vi/state';
import { beginEdit, endEdit, endTyping, nanoContent, say, type NanoState } from './state';

/** Keep nano's invariant: the buffer ends with an empty line. */
function ensureMagicLine(s: NanoState): void {
  const last = s.buf.lineCount - 1;
  if (s.buf.line(last) !== '') s.buf.replace(last + 1, 0, ['']);
}

function setCursor(s: NanoState, line: number, col: number, keepWant = false): void {
  const l = Math.max(0, Math.min(line, s.buf.lineCount - 1));
  const text = s.buf.line(l);
  s.cursor = { line: l, col: Math.max(0, Math.min(col, text.length)) };
  if (!keepWant) s.want = columnAt(text, s.cursor.col);
}

function colForWant(text: string, want: number): number {
  let c = 0;
  while (c < text.length && columnAt(text, nextCol(text, c)) <= want) c = nextCol(text, c);
  return c;
}

function vertical(s: NanoState, delta: number): void {
  const line = Math.max(0, Math.min(s.cursor.line + delta, s.buf.lineCount - 1));
  setCursor(s, line, colForWant(s.buf.line(line), s.want), true);
}

function type(s: NanoState, text: string): void {
  if (!s.typing) {
    beginEdit(s);
    s.typing = true;
  }
  s.cursor = s.buf.insert(s.cursor, text);
  ensureMagicLine(s);
  s.want = columnAt(s.buf.line(s.cursor.line), s.cursor.col);
}

function edit(s: NanoState, work: () => void): void {
  beginEdit(s);
  work();
  ensureMagicLine(s);
  endEdit(s);
  s.want = columnAt(s.buf.line(s.cursor.line), s.cursor.col);
}

function cutLine(s: NanoState): void {
  const { line } = s.cursor;
  const last = s.buf.lineCount - 1;
  if (line === last && s.buf.line(line) === '') return; // the magic line: nothing to cut
  const text = `${s.buf.line(line)}\n`;
  s.cut = s.cutting && s.cut !== null ? s.cut + text : text;
  edit(s, () => {
    s.buf.replace(line, 1, []);
    s.cursor = { line: Math.min(line, s.buf.lineCount - 1), col: 0 };
  });
}

function paste(s: NanoState): void {
  const text = s.cut;
  if (text === null) {
    say(s, 'Cutbuffer is empty');
    return;
  }
  edit(s, () => {
    s.cursor = s.buf.insert(s.cursor, text);
  });
}

function wordRight(s: NanoState): void {
  const { line, col } = s.cursor;
  const text = s.buf.line(line);
  const m = /^\W*\w*/.exec(text.slice(col));
  const skip = m ? m[0].length : 0;
  if (col + skip >= text.length && skip === 0 && line < s.buf.lineCount - 1)
    setCursor(s, line + 1, 0);
  else {
    const rest = /^\w*\W*/.exec(text.slice(col))?.[0].length ?? 0;
    setCursor(s, line, col + Math.max(1, rest));
  }
}

function wordLeft(s: NanoState): void {
  const { line, col } = s.cursor;
  if (col === 0) {
    if (line > 0) setCursor(s, line - 1, s.buf.line(line - 1).length);
    return;
  }
  const head = s.buf.line(line).slice(0, col);
  const m = /\w+\W*$/.exec(head);
  setCursor(s, line, m ? m.index : 0);
}

/** Ctrl+C: "[ line 1/12 (8%), col 1/5 (20%), char 0/230 (0%) ]". */
function position(s: NanoState): void {
  const { line, col } = s.cursor;
  const lines = s.buf.lineCount;
  const text = s.buf.line(line);
  const cols = [...text].length + 1;
  const colNo = [...text.slice(0, col)].length + 1;
  let chars = 0;
  for (let l = 0; l < line; l++) chars += [...s.buf.line(l)].length + 1;
  chars += colNo - 1;
  const total = [...nanoContent(s)].length;
  const pct = (a: number, b: number): number => (b === 0 ? 0 : Math.floor((a * 100) / b));
  say(
    s,
    `line ${line + 1}/${lines} (${pct(line + 1, lines)}%), col ${colNo}/${cols} (${pct(colNo, cols)}%), char ${chars}/${total} (${pct(chars, total)}%)`,
  );
}

function undo(s: NanoState, redo: boolean): void {
  endTyping(s);
  const r = redo ? s.buf.redo() : s.buf.undo();
  if (!r) {
    say(s, redo ? 'Nothing to redo' : 'Nothing to undo');
    return;
  }
  setCursor(s, r.cursor.line, r.cursor.col);
  say(s, redo ? 'Redid edit' : 'Undid edit');
}

const NOT_HERE: Readonly<Record<string, string>> = {
  '<C-T>': 'Execute',
  '<C-J>': 'Justify',
  '<C-R>': 'Read File',
  '<C-\\>': 'Replace',
  '<C-G>': 'Help',
};

function metaKey(s: NanoState, key: Key): void {
  switch (key.toLowerCase()) {
    case 'u':
      undo(s, false);
      return;
    case 'e':
      undo(s, true);
      return;
    case '6':
    case '^': {
      const text = `${s.buf.line(s.cursor.line)}\n`;
      s.cut = s.cutting && s.cut !== null ? s.cut + text : text;
      setCursor(s, s.cursor.line + 1, 0);
      return;
    }
    default:
      say(s, `layerlab: M-${key.toUpperCase()} is not part of this lab`);
  }
}

/** Handle one key in the main editing mode. */
export function mainKey(s: NanoState, key: Key): void {
  if (s.meta) {
    s.meta = false;
    metaKey(s, key);
    return;
  }
  const wasCutting = s.cutting;
  s.cutting = false;
  if (!isNamed(key)) {
    type(s, key);
    return;
  }
  if (key !== '<C-K>') endTyping(s);
  const { line, col } = s.cursor;
  const text = s.buf.line(line);
  switch (key) {
    case '<CR>':
      edit(s, () => {
        s.buf.replace(line, 1, [text.slice(0, col), text.slice(col)]);
        s.cursor = { line: line + 1, col: 0 };
      });
      return;
    case '<BS>':
    case '<C-H>':
      if (col > 0)
        edit(s, () => {
          const from = prevCol(text, col);
          s.buf.delete({ line, col: from }, { line, col });
          s.cursor = { line, col: from };
        });
      else if (line > 0)
        edit(s, () => {
          const prev = s.buf.line(line - 1);
          s.buf.delete({ line: line - 1, col: prev.length }, { line, col: 0 });
          s.cursor = { line: line - 1, col: prev.length };
        });
      return;
    case '<Del>':
    case '<C-D>':
      if (col < text.length)
        edit(s, () => s.buf.delete({ line, col }, { line, col: nextCol(text, col) }));
      else if (line < s.buf.lineCount - 1)
        edit(s, () => s.buf.delete({ line, col }, { line: line + 1, col: 0 }));
      return;
    case '<Left>':
    case '<C-B>':
      if (col > 0) setCursor(s, line, prevCol(text, col));
      else if (line > 0) setCursor(s, line - 1, s.buf.line(line - 1).length);
      return;
    case '<Right>':
    case '<C-F>':
      if (col < text.length) setCursor(s, line, nextCol(text, col));
      else if (line < s.buf.lineCount - 1) setCursor(s, line + 1, 0);
      return;
    case '<Up>':
    case '<C-P>':
      vertical(s, -1);
      return;
    case '<Down>':
    case '<C-N>':
      vertical(s, 1);
      return;
    case '<Home>':
    case '<C-A>':
      setCursor(s, line, 0);
      return;
    case '<End>':
    case '<C-E>':
      setCursor(s, line, text.length);
      return;
    case '<PageUp>':
    case '<C-Y>':
      s.top = Math.max(0, s.top - Math.max(1, s.textRows - 2));
      vertical(s, -Math.max(1, s.textRows - 2));
      return;
    case '<PageDown>':
    case '<C-V>':
      s.top = Math.min(Math.max(0, s.buf.lineCount - 1), s.top + Math.max(1, s.textRows - 2));
      vertical(s, Math.max(1, s.textRows - 2));
      return;
    case '<C-Left>':
      wordLeft(s);
      return;
    case '<C-Right>':
    case '<C-Space>':
      wordRight(s);
      return;
    case '<C-K>':
      endTyping(s);
      s.cutting = wasCutting;
      cutLine(s);
      s.cutting = true;
      return;
    case '<C-U>':
      paste(s);
      return;
    case '<C-C>':
      position(s);
      return;
    case '<C-O>':
      s.prompt = { kind: 'write', text: s.name ?? '' };
      return;
    case '<C-W>':
      s.prompt = { kind: 'search', text: '' };
      return;
    case '<C-_>':
      s.prompt = { kind: 'goto', text: '' };
      return;
    case '<C-X>':
      if (s.buf.modified) s.prompt = { kind: 'save-modified', text: '' };
      else s.quit = true;
      return;
    case '<Esc>':
      s.meta = true;
      return;
    case '\t':
      type(s, '\t');
      return;
    default: {
      const what = NOT_HERE[key];
      if (what)
        say(s, `layerlab: ${what} (${key.replace(/^<C-(.)>$/, '^$1')}) is not part of this lab`);
    }
  }
}
