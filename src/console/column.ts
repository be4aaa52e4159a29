// Where the cursor's column ends up after some output: enough of a terminal to know where the
// next prompt starts (after a command that printed no newline, or after the line editor's own
// cursor moves), without keeping a screen.

import { cellWidth } from './width';

const CONTROLS = new Set(['\x1b', '\r', '\n', '\b', '\t']);

export interface ColumnState {
  column: number;
  /** Saved when a full-screen program enters the alternate screen, restored when it leaves. */
  saved: number;
}

export function advanceColumn(state: ColumnState, data: string, columns: number): void {
  let col = state.column;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const ch = data[i] as string;
    if (ch === '\x1b') {
      if (data[i + 1] === '[') {
        let j = i + 2;
        while (j < n && !/[@-~]/.test(data[j] as string)) j++;
        const params = data.slice(i + 2, j);
        const final = data[j];
        const num = Number.parseInt(params, 10);
        const count = Number.isNaN(num) ? 1 : num;
        if (params === '?1049' || params === '?47' || params === '?1047') {
          if (final === 'h') state.saved = col;
          else if (final === 'l') col = state.saved;
        } else if (final === 'C') col += count;
        else if (final === 'D') col = Math.max(0, col - count);
        else if (final === 'G') col = count - 1;
        else if (final === 'H' || final === 'f') {
          const c = Number.parseInt(params.split(';')[1] ?? '', 10);
          col = Number.isNaN(c) ? 0 : c - 1;
        }
        i = j + 1;
        continue;
      }
      if (data[i + 1] === ']') {
        const bel = data.indexOf('\x07', i);
        i = bel < 0 ? n : bel + 1;
        continue;
      }
      i += 2;
      continue;
    }
    if (ch === '\r' || ch === '\n') col = 0;
    else if (ch === '\b') col = Math.max(0, col - 1);
    else if (ch === '\t') col = (Math.floor(col / 8) + 1) * 8;
    else {
      // A run of plain text at once.
      let j = i + 1;
      while (j < n && !CONTROLS.has(data[j] as string)) j++;
      col += cellWidth(data.slice(i, j));
      i = j;
      continue;
    }
    i++;
  }
  state.column = columns > 0 && col >= columns ? col % columns : col;
}
