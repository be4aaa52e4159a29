// Normal mode: runs one parsed command (a motion, an operator with its motion, or a command such
// as x, p, u, o, J, r, ZZ). Changes are wrapped in one undo step each; commands that start
// Insert mode leave the step open until Escape.

import { columnAt } from '../text-width';
import type { Key } from '../keys';
import { runEx } from './ex-commands';
import { motion, type MotionResult } from './motions';
import {
  changeSpan,
  deleteSpan,
  join,
  lineSpan,
  put,
  shift,
  spanOf,
  yank,
  type Span,
} from './operators';
import type { NormalCommand } from './parse-normal';
import {
  beginChange,
  clampCursor,
  endChange,
  error,
  firstNonBlank,
  info,
  lastCharStart,
  nextCol,
  type ViState,
} from './state';
import { undoMessage } from './undo-message';

/** What a command did, for `.`: whether it changed the buffer. */
export interface Outcome {
  readonly changed: boolean;
}

const NONE: Outcome = { changed: false };
const CHANGED: Outcome = { changed: true };

function applyMotion(s: ViState, m: MotionResult): void {
  s.cursor = m.pos;
  clampCursor(s);
  if (m.want !== undefined) s.want = m.want;
  else if (!m.keepWant) s.want = columnAt(s.buf.line(s.cursor.line), s.cursor.col);
  if (m.note) s.message = { text: m.note, kind: 'warning' };
}

export function startInsert(s: ViState, replace = false): void {
  s.mode = replace ? 'replace' : 'insert';
  s.insertStart = s.cursor;
  s.message = null;
}

function motionOrFail(
  s: ViState,
  key: string,
  count: number | null,
  arg: string | undefined,
  op: boolean,
): MotionResult | null {
  const m = motion(s, key, count, arg, op);
  if (typeof m === 'string') {
    error(s, m);
    return null;
  }
  return m;
}

function operate(s: ViState, c: Extract<NormalCommand, { kind: 'operator' }>): Outcome {
  const count = c.count ?? 1;
  let span: Span | null;
  if (c.motion === '') {
    span = lineSpan(s, count);
  } else {
    let key = c.motion;
    // `cw` on a non-blank changes to the end of the word, like `ce` (vim's special case).
    const ch = s.buf.line(s.cursor.line)[s.cursor.col];
    if (
      c.op === 'c' &&
      (key === 'w' || key === 'W') &&
      ch !== undefined &&
      ch !== ' ' &&
      ch !== '\t'
    )
      key = key === 'w' ? 'e' : 'E';
    const m = motionOrFail(s, key, c.count, c.arg, true);
    span = m ? spanOf(s, m) : null;
  }
  if (!span) return NONE;
  switch (c.op) {
    case 'y':
      yank(s, span, true);
      clampCursor(s);
      return NONE;
    case 'd':
      beginChange(s);
      deleteSpan(s, span);
      clampCursor(s);
      endChange(s);
      return CHANGED;
    case 'c':
      beginChange(s);
      changeSpan(s, span);
      startInsert(s);
      clampCursor(s);
      return CHANGED;
    case '<':
    case '>':
      beginChange(s);
      shift(s, span.start.line, span.end.line, c.op === '>');
      endChange(s);
      return CHANGED;
  }
}

/** Run a change that completes at once (x, p, J…) as one undo step. */
function change(s: ViState, work: () => boolean): Outcome {
  beginChange(s);
  const ok = work();
  clampCursor(s);
  endChange(s);
  return ok ? CHANGED : NONE;
}

function openLine(s: ViState, below: boolean): Outcome {
  beginChange(s);
  const at = below ? s.cursor.line + 1 : s.cursor.line;
  s.buf.replace(at, 0, ['']);
  s.cursor = { line: at, col: 0 };
  startInsert(s);
  return CHANGED;
}

function scroll(s: ViState, lines: number, moveCursor: boolean): void {
  const maxTop = Math.max(0, s.buf.lineCount - 1);
  s.top = Math.max(0, Math.min(maxTop, s.top + lines));
  if (moveCursor)
    s.cursor = {
      line: Math.max(0, Math.min(s.buf.lineCount - 1, s.cursor.line + lines)),
      col: s.cursor.col,
    };
  if (s.cursor.line < s.top) s.cursor = { line: s.top, col: s.cursor.col };
  const bottom = s.top + s.textRows - 1;
  if (s.cursor.line > bottom) s.cursor = { line: bottom, col: s.cursor.col };
  const text = s.buf.line(s.cursor.line);
  s.cursor = {
    line: s.cursor.line,
    col: moveCursor ? Math.min(s.cursor.col, lastCharStart(text)) : firstNonBlank(text),
  };
  clampCursor(s);
}

function command(
  s: ViState,
  c: Extract<NormalCommand, { kind: 'command' }>,
  keys: readonly Key[],
  replay: (keys: Key[]) => void,
): Outcome {
  const n = c.count ?? 1;
  const { line, col } = s.cursor;
  const text = s.buf.line(line);
  switch (c.key) {
    case 'x':
    case '<Del>':
      if (text.length === 0) return NONE;
      return operate(s, { kind: 'operator', op: 'd', count: n, motion: 'l' });
    case 'X':
      if (col === 0) return NONE;
      return operate(s, { kind: 'operator', op: 'd', count: n, motion: 'h' });
    case 'D':
      return operate(s, { kind: 'operator', op: 'd', count: n, motion: '$' });
    case 'C':
      return operate(s, { kind: 'operator', op: 'c', count: n, motion: '$' });
    case 's':
      if (text.length === 0) {
        beginChange(s);
        startInsert(s);
        return CHANGED;
      }
      return operate(s, { kind: 'operator', op: 'c', count: n, motion: 'l' });
    case 'S':
      return operate(s, { kind: 'operator', op: 'c', count: n, motion: '' });
    case 'Y':
      return operate(s, { kind: 'operator', op: 'y', count: n, motion: '' });
    case 'p':
    case 'P':
      return change(s, () => put(s, c.key === 'p', n));
    case 'J':
    case 'gJ':
      return change(s, () => join(s, n, c.key === 'J'));
    case '~':
      return change(s, () => {
        if (text.length === 0) return false;
        let end = col;
        for (let i = 0; i < n && end < text.length; i++) end = nextCol(text, end);
        const part = text.slice(col, end);
        const flipped = [...part]
          .map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()))
          .join('');
        s.buf.setLine(line, text.slice(0, col) + flipped + text.slice(end));
        s.cursor = { line, col: Math.min(end, lastCharStart(text)) };
        return true;
      });
    case 'r': {
      const arg = c.arg ?? '';
      let end = col;
      let k = 0;
      for (; k < n && end < text.length; k++) end = nextCol(text, end);
      if (k < n || text.length === 0) return NONE;
      return change(s, () => {
        if (arg === '<CR>') {
          s.buf.replace(line, 1, [text.slice(0, col), text.slice(end)]);
          s.cursor = { line: line + 1, col: 0 };
        } else {
          s.buf.setLine(line, text.slice(0, col) + arg.repeat(n) + text.slice(end));
          s.cursor = { line, col: col + arg.length * (n - 1) };
        }
        return true;
      });
    }
    case 'i':
    case '<Insert>':
      beginChange(s);
      startInsert(s);
      return CHANGED;
    case 'a':
      beginChange(s);
      s.cursor = { line, col: text.length === 0 ? 0 : nextCol(text, col) };
      startInsert(s);
      return CHANGED;
    case 'I':
    case 'gI':
      beginChange(s);
      s.cursor = { line, col: c.key === 'gI' ? 0 : (/^[ \t]*/.exec(text)?.[0].length ?? 0) };
      startInsert(s);
      return CHANGED;
    case 'A':
      beginChange(s);
      s.cursor = { line, col: text.length };
      startInsert(s);
      return CHANGED;
    case 'R':
      beginChange(s);
      startInsert(s, true);
      return CHANGED;
    case 'o':
    case 'O':
      return openLine(s, c.key === 'o');
    case 'u':
    case 'U':
      for (let i = 0; i < n; i++) {
        const r = s.buf.undo();
        if (!r) {
          info(s, 'Already at oldest change');
          break;
        }
        s.cursor = r.cursor;
        info(s, undoMessage(s, r, true));
      }
      clampCursor(s);
      return NONE;
    case '<C-R>':
      for (let i = 0; i < n; i++) {
        const r = s.buf.redo();
        if (!r) {
          info(s, 'Already at newest change');
          break;
        }
        s.cursor = r.cursor;
        info(s, undoMessage(s, r, false));
      }
      clampCursor(s);
      return NONE;
    case '.': {
      const last = s.lastChange;
      if (!last) return NONE;
      const count = c.count ?? last.count;
      replay([...(count === null ? [] : String(count).split('')), ...last.keys]);
      return NONE;
    }
    case ':':
    case '/':
    case '?':
      s.mode = 'cmdline';
      s.cmdline = {
        prefix: c.key,
        text: c.count !== null && c.key === ':' ? `.,.+${c.count - 1}` : '',
      };
      s.message = null;
      return NONE;
    case 'ZZ':
      runEx(s, 'x');
      return NONE;
    case 'ZQ':
      runEx(s, 'q!');
      return NONE;
    case '<C-F>':
    case '<PageDown>':
      scroll(s, Math.max(1, s.textRows - 2) * n, false);
      return NONE;
    case '<C-B>':
    case '<PageUp>':
      scroll(s, -Math.max(1, s.textRows - 2) * n, false);
      return NONE;
    case '<C-D>':
      scroll(s, Math.max(1, Math.floor(s.textRows / 2)), true);
      return NONE;
    case '<C-U>':
      scroll(s, -Math.max(1, Math.floor(s.textRows / 2)), true);
      return NONE;
    case '<C-E>':
      scroll(s, n, false);
      return NONE;
    case '<C-Y>':
      scroll(s, -n, false);
      return NONE;
    case '<C-G>':
      info(s, fileInfo(s));
      return NONE;
    case '<C-L>':
    case '<Esc>':
      void keys;
      return NONE;
    default:
      return NONE;
  }
}

/** Ctrl+G: `"app.py" 12 lines --8%--`. */
export function fileInfo(s: ViState): string {
  const name = s.name ?? '[No Name]';
  const mod = s.buf.modified ? ' [Modified]' : '';
  const ro = s.readonly ? ' [readonly]' : '';
  if (s.buf.isEmpty) return `"${name}"${mod}${ro} --No lines in buffer--`;
  const n = s.buf.lineCount;
  const pct = Math.floor(((s.cursor.line + 1) * 100) / n);
  return `"${name}"${mod}${ro} ${n} line${n === 1 ? '' : 's'} --${pct}%--`;
}

/** Run one complete normal-mode command. `replay` feeds keys back in (for `.`). */
export function runNormal(
  s: ViState,
  c: NormalCommand,
  keys: readonly Key[],
  replay: (keys: Key[]) => void,
): Outcome {
  switch (c.kind) {
    case 'motion': {
      const m = motionOrFail(s, c.key, c.count, c.arg, false);
      if (m) applyMotion(s, m);
      return NONE;
    }
    case 'operator':
      return operate(s, c);
    case 'command':
      return command(s, c, keys, replay);
  }
}
