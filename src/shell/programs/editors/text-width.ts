// Where characters land on the screen: tabs to the next multiple of the tab stop, wide (CJK)
// characters in two cells, control characters as ^X in two, as vim and nano show them.

import { cellWidth } from '../../../console/width';

export const TAB_STOP = 8;

/** Cells one character takes when it starts at screen column `col`. */
export function charCells(ch: string, col: number): number {
  if (ch === '\t') return TAB_STOP - (col % TAB_STOP);
  const code = ch.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return 2;
  return Math.max(cellWidth(ch), ch.length > 0 ? 1 : 0);
}

/** How one character is drawn at screen column `col` (tabs as spaces, controls as ^X). */
export function charGlyph(ch: string, col: number): string {
  if (ch === '\t') return ' '.repeat(TAB_STOP - (col % TAB_STOP));
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  if (code === 0x7f) return '^?';
  return ch;
}

/** The screen column at which UTF-16 offset `index` of `text` starts. */
export function columnAt(text: string, index: number): number {
  let col = 0;
  for (let i = 0; i < index && i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    col += charCells(ch, col);
    i += ch.length;
  }
  return col;
}

/** Total cells of a line. */
export function lineCells(text: string): number {
  return columnAt(text, text.length);
}

/** UTF-8 bytes of a string (what vim and nano count as B). */
export { utf8Length } from '../../../engine/text/utf8';

/** One screen row of a laid-out line: the UTF-16 range it shows and its drawn text. */
export interface Row {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Lay a line out in rows of `width` cells, wrapping as vim does (a wide character that does not
 * fit goes to the next row). Tabs keep their stops across rows, as vim's do.
 */
export function wrapLine(text: string, width: number): Row[] {
  const rows: Row[] = [];
  const w = Math.max(1, width);
  let start = 0;
  let drawn = '';
  let used = 0;
  let col = 0;
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const cells = charCells(ch, col);
    let glyph = charGlyph(ch, col);
    if (used + cells > w && used > 0 && ch !== '\t') {
      rows.push({ start, end: i, text: drawn });
      start = i;
      drawn = '';
      used = 0;
    }
    if (ch === '\t' && used + cells > w) {
      // A tab that crosses the edge continues on the next row.
      const here = w - used;
      drawn += ' '.repeat(here);
      rows.push({ start, end: i, text: drawn });
      start = i;
      glyph = ' '.repeat(cells - here);
      drawn = '';
      used = 0;
      drawn += glyph;
      used += cells - here;
      col += cells;
      i += ch.length;
      continue;
    }
    drawn += glyph;
    used += cells;
    col += cells;
    i += ch.length;
  }
  rows.push({ start, end: text.length, text: drawn });
  return rows;
}

/** Number of screen rows a line takes at `width` (at least 1). */
export function rowsFor(text: string, width: number): number {
  if (text.length < width && /^[ -~]*$/.test(text)) return 1;
  return wrapLine(text, width).length;
}

/** The longest prefix of drawn `text` that fits in `width` cells, and its width. */
export function clipCells(text: string, width: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const cells = charCells(ch, used);
    if (used + cells > width) break;
    out += ch;
    used += cells;
  }
  return out;
}
