// Draws nano's screen: the title bar ("  GNU nano 7.2   app.py   Modified"), the text (a long line
// scrolls sideways when the cursor is on it, with < and > at the edges), the status bar (a
// message in [ ] or a prompt) and the two shortcut lines.

import type { Frame } from '../screen';
import { sgr } from '../screen';
import { charCells, charGlyph, columnAt } from '../text-width';
import { cellWidth } from '../../../../console/width';
import { helpLines, type Menu } from './help-lines';
import { promptLabel } from './prompt';
import type { NanoState } from './state';

export const NANO_VERSION = '7.2';

function titleBar(s: NanoState, columns: number): string {
  const brand = `  GNU nano ${NANO_VERSION}`;
  const name = s.name ?? 'New Buffer';
  const state = s.buf.modified ? 'Modified' : '';
  const row = Array.from({ length: columns }, () => ' ');
  const put = (at: number, text: string): void => {
    let i = at;
    for (const ch of text) if (i >= 0 && i < columns) row[i++] = ch;
  };
  put(0, brand);
  const nameAt = Math.max(brand.length + 1, Math.floor((columns - cellWidth(name)) / 2));
  put(nameAt, name);
  if (state) put(columns - state.length - 2, state);
  return sgr.reverse(row.join(''));
}

/** nano's get_page_start: where a line scrolled sideways for the cursor begins. */
function pageStart(column: number, cols: number): number {
  if (column === 0 || column + 2 < cols) return 0;
  if (cols > 8) return column - 6 - ((column - 6) % (cols - 8));
  return column - (cols - 2);
}

/** One text row: the line from screen column `left`, `<`/`>` marking hidden parts. */
function textRow(text: string, leftEdge: number, columns: number): string {
  // The '<' takes the first cell, so the text shown starts one column later.
  const left = leftEdge > 0 ? leftEdge + 1 : 0;
  let out = '';
  let col = 0;
  let used = 0;
  const room = columns - (left > 0 ? 1 : 0);
  let overflow = false;
  for (const ch of text) {
    const cells = charCells(ch, col);
    const glyph = charGlyph(ch, col);
    if (col + cells <= left) {
      col += cells;
      continue;
    }
    if (used + cells > room) {
      overflow = true;
      break;
    }
    out += col < left ? ' '.repeat(col + cells - left) : glyph;
    used += col < left ? col + cells - left : cells;
    col += cells;
  }
  if (overflow) {
    // Make room for the '>' in the last column.
    while (cellWidth(out) > room - 1) out = [...out].slice(0, -1).join('');
    out = out + ' '.repeat(Math.max(0, room - 1 - cellWidth(out))) + '>';
  }
  return left > 0 ? `<${out}` : out;
}

function menuFor(s: NanoState): Menu {
  switch (s.prompt?.kind) {
    case 'write':
    case 'exit-write':
      return 'write';
    case 'search':
      return 'search';
    case 'goto':
      return 'goto';
    case 'save-modified':
      return 'yesno';
    default:
      return 'main';
  }
}

export function renderNano(s: NanoState, columns: number, rows: number): Frame {
  const textRows = Math.max(1, rows - 4);
  s.textRows = textRows;
  const cur = s.cursor.line;
  if (cur < s.top) s.top = cur;
  else if (cur >= s.top + textRows) s.top = cur - textRows + 1;
  const out: string[] = [titleBar(s, columns)];
  let cursor = { row: 1, col: 0 };
  for (let r = 0; r < textRows; r++) {
    const line = s.top + r;
    if (line >= s.buf.lineCount) {
      out.push('');
      continue;
    }
    const text = s.buf.line(line);
    let left = 0;
    if (line === cur) {
      const cell = columnAt(text, s.cursor.col);
      left = pageStart(cell, columns);
      cursor = { row: 1 + r, col: Math.min(columns - 1, cell - left) };
    }
    out.push(textRow(text, left, columns));
  }
  const p = s.prompt;
  if (p) {
    const label = promptLabel(s, p);
    const shown = `${label}${p.text}`;
    const w = cellWidth(shown);
    out.push(sgr.reverse(shown + ' '.repeat(Math.max(0, columns - w))));
    cursor = { row: rows - 3, col: Math.min(columns - 1, w) };
  } else if (s.message) {
    const text = `[ ${s.message.text} ]`;
    const w = cellWidth(text);
    const at = Math.max(0, Math.floor((columns - w) / 2));
    out.push(' '.repeat(at) + sgr.reverse(text));
  } else out.push('');
  const [a, b] = helpLines(menuFor(s), columns);
  out.push(a, b);
  return { rows: out, cursor };
}
