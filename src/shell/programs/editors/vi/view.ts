// Draws vi's screen: the text rows (long lines wrap, `:set nu` numbers, `~` past the end, `@` for
// a line that does not fit), and the last line (a message, `-- INSERT --`, the command being
// typed, showcmd and the ruler `12,5  All`). Work is proportional to the screen, not the file.

import type { Frame } from '../screen';
import { sgr } from '../screen';
import { clipCells, columnAt, rowsFor, utf8Length, wrapLine } from '../text-width';
import { cellWidth } from '../../../../console/width';
import { nextCol, type ViState } from './state';

function numberWidth(s: ViState): number {
  return s.options.number ? Math.max(3, String(s.buf.lineCount).length) + 1 : 0;
}

/** Move `top` so the cursor line is on screen; jumps far away centre it, as vim does. */
export function scrollToCursor(s: ViState, textRows: number, width: number): void {
  const cur = s.cursor.line;
  const half = Math.floor(textRows / 2);
  s.top = Math.max(0, Math.min(s.top, s.buf.lineCount - 1));
  if (cur < s.top) {
    s.top = s.top - cur > half ? centreTop(s, cur, textRows, width) : cur;
    return;
  }
  let used = 0;
  for (let l = s.top; l <= cur; l++) {
    used += rowsFor(s.buf.line(l), width);
    if (used > textRows) break;
  }
  if (used <= textRows) return;
  if (cur - (s.top + textRows) > half) {
    s.top = centreTop(s, cur, textRows, width);
    return;
  }
  // Scroll just enough: the cursor line becomes the last that fits.
  let top = cur;
  let rows = rowsFor(s.buf.line(cur), width);
  while (top > 0) {
    const r = rowsFor(s.buf.line(top - 1), width);
    if (rows + r > textRows) break;
    rows += r;
    top--;
  }
  s.top = top;
}

/** The top line that puts the buffer's last line on the screen's last row. */
function bottomTop(s: ViState, textRows: number, width: number): number {
  let top = s.buf.lineCount - 1;
  let rows = rowsFor(s.buf.line(top), width);
  while (top > 0) {
    const r = rowsFor(s.buf.line(top - 1), width);
    if (rows + r > textRows) break;
    rows += r;
    top--;
  }
  return top;
}

/** Centre the cursor line, but never show filler lines past the end when it can be avoided. */
function centreTop(s: ViState, cur: number, textRows: number, width: number): number {
  return Math.min(halfwayTop(s, cur, textRows, width), bottomTop(s, textRows, width));
}

function halfwayTop(s: ViState, cur: number, textRows: number, width: number): number {
  let top = cur;
  let rows = rowsFor(s.buf.line(cur), width);
  const target = Math.floor((textRows + 1) / 2);
  while (top > 0) {
    const r = rowsFor(s.buf.line(top - 1), width);
    if (rows + r > target) break;
    rows += r;
    top--;
  }
  return top;
}

function cursorCell(s: ViState, text: string): number {
  const col = s.cursor.col;
  // In Normal mode the cursor sits on the last cell of a tab, as vim shows it.
  if (s.mode === 'normal' && text[col] === '\t') return columnAt(text, nextCol(text, col)) - 1;
  return columnAt(text, col);
}

function ruler(s: ViState, lastShown: number): string {
  const text = s.buf.line(s.cursor.line);
  let pos: string;
  if (s.buf.isEmpty) pos = '0,0-1';
  else if (text.length === 0) pos = `${s.cursor.line + 1},0-1`;
  else {
    const byte = utf8Length(text.slice(0, s.cursor.col)) + 1;
    const virt = cursorCell(s, text) + 1;
    pos = `${s.cursor.line + 1},${byte === virt ? byte : `${byte}-${virt}`}`;
  }
  const above = s.top;
  const below = s.buf.lineCount - 1 - lastShown;
  let rel: string;
  if (above <= 0 && below <= 0) rel = 'All';
  else if (above <= 0) rel = 'Top';
  else if (below <= 0) rel = 'Bot';
  else rel = `${Math.floor((above * 100) / (above + below))}%`;
  return pos.padEnd(Math.max(pos.length + 1, 17 - rel.length)) + rel;
}

function lastLine(
  s: ViState,
  columns: number,
  lastShown: number,
): { row: string; cursor: number | null } {
  if (s.mode === 'cmdline' && s.cmdline) {
    const text = `${s.cmdline.prefix}${s.cmdline.text.replace(/\t/g, '^I')}`;
    const shown = cellWidth(text) >= columns ? text.slice(text.length - columns + 1) : text;
    return { row: shown, cursor: cellWidth(shown) };
  }
  let left = '';
  let leftWidth = 0;
  if (s.message) {
    const text = clipCells(s.message.text, columns - 1);
    leftWidth = cellWidth(text);
    left =
      s.message.kind === 'error'
        ? sgr.error(text)
        : s.message.kind === 'warning'
          ? sgr.warning(text)
          : text;
  } else if (s.mode === 'insert' || s.mode === 'replace') {
    const text = s.mode === 'insert' ? '-- INSERT --' : '-- REPLACE --';
    left = sgr.bold(text);
    leftWidth = text.length;
  }
  const rulerCol = columns - 18;
  const showCol = columns - 28;
  if (rulerCol < 1 || leftWidth > showCol - 1) return { row: left, cursor: null };
  let row = left + ' '.repeat(showCol - leftWidth);
  const pending = s.pending.join('').slice(-10);
  row += pending.padEnd(10, ' ');
  row += ruler(s, lastShown);
  return { row, cursor: null };
}

export function renderVi(s: ViState, columns: number, rows: number): Frame {
  const textRows = Math.max(1, rows - 1);
  s.textRows = textRows;
  const nw = numberWidth(s);
  const width = Math.max(1, columns - nw);
  scrollToCursor(s, textRows, width);
  const out: string[] = [];
  let cursor = { row: 0, col: 0 };
  let line = s.top;
  let lastShown = s.top;
  while (out.length < textRows && line < s.buf.lineCount) {
    const text = s.buf.line(line);
    const wrapped = wrapLine(text, width);
    if (out.length + wrapped.length > textRows && line !== s.top) {
      while (out.length < textRows) out.push(sgr.nonText('@'));
      break;
    }
    const num = nw > 0 ? `${String(line + 1).padStart(nw - 1)} ` : '';
    if (line === s.cursor.line) {
      const cell = cursorCell(s, text);
      const r = Math.min(Math.floor(cell / width), wrapped.length - 1);
      cursor = {
        row: Math.min(textRows - 1, out.length + r),
        col: nw + Math.min(width - 1, cell - r * width),
      };
    }
    for (let r = 0; r < wrapped.length && out.length < textRows; r++) {
      const prefix = r === 0 ? sgr.lineNr(num) : ' '.repeat(nw);
      out.push((nw > 0 ? prefix : '') + (wrapped[r]?.text ?? ''));
    }
    lastShown = line;
    line++;
  }
  while (out.length < textRows) out.push(sgr.nonText('~'));
  const last = lastLine(s, columns, lastShown);
  out.push(last.row);
  if (last.cursor !== null) cursor = { row: rows - 1, col: Math.min(columns - 1, last.cursor) };
  return { rows: out, cursor };
}
