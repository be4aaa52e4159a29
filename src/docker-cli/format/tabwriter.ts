// Elastic tabstops as docker's fork of Go's text/tabwriter lays them out. A cell ends at a tab
// ('\t' hard, '\v' soft) or a line break; tab-terminated cells in adjacent lines form a column
// whose width is the widest cell plus padding (at least minwidth); the text after a line's last
// tab belongs to no column and is never padded. '\f' breaks a line and ends every column.
// Width is display width (CJK 2, `…` 1), as in docker's fork (upstream counts runes).

import { stringWidth } from './runewidth';

export interface TabwriterOptions {
  readonly minwidth: number;
  readonly tabwidth: number;
  readonly padding: number;
  readonly padchar: string;
  readonly alignRight?: boolean;
  readonly discardEmptyColumns?: boolean;
  /** Leading empty cells are padded with tabs whatever padchar is. */
  readonly tabIndent?: boolean;
  /** Print '|' between columns. */
  readonly debug?: boolean;
}

/** Every docker listing table: NewWriter(out, 10, 1, 3, ' ', 0). */
export const TABLE_WRITER: TabwriterOptions = {
  minwidth: 10,
  tabwidth: 1,
  padding: 3,
  padchar: ' ',
};

/** `docker version`: NewWriter(out, 20, 1, 1, ' ', 0). */
export const VERSION_WRITER: TabwriterOptions = {
  minwidth: 20,
  tabwidth: 1,
  padding: 1,
  padchar: ' ',
};

interface Cell {
  readonly text: string;
  readonly width: number;
  readonly htab: boolean;
}

class Layout {
  private readonly out: string[] = [];
  private readonly widths: number[] = [];

  constructor(
    private readonly lines: readonly (readonly Cell[])[],
    private readonly o: TabwriterOptions,
  ) {}

  run(): string {
    this.format(0, this.lines.length);
    return this.out.join('');
  }

  private padding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.o.padchar === '\t' || useTabs) {
      if (this.o.tabwidth === 0) return;
      const w = Math.ceil(cellw / this.o.tabwidth) * this.o.tabwidth;
      this.out.push('\t'.repeat(Math.ceil((w - textw) / this.o.tabwidth)));
      return;
    }
    this.out.push(this.o.padchar.repeat(Math.max(0, cellw - textw)));
  }

  private writeLines(line0: number, line1: number): void {
    const widths = this.widths;
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] ?? [];
      let useTabs = this.o.tabIndent === true;
      line.forEach((c, j) => {
        if (j > 0 && this.o.debug) this.out.push('|');
        const w = widths[j];
        if (c.text === '') {
          if (w !== undefined) this.padding(c.width, w, useTabs);
          return;
        }
        useTabs = false;
        if (this.o.alignRight) {
          if (w !== undefined) this.padding(c.width, w, false);
          this.out.push(c.text);
        } else {
          this.out.push(c.text);
          if (w !== undefined) this.padding(c.width, w, false);
        }
      });
      if (i + 1 < this.lines.length) this.out.push('\n');
    }
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= (this.lines[row]?.length ?? 0) - 1) continue;
      // This line has a cell in this column: a block of such lines starts here.
      this.writeLines(line0, row);
      line0 = row;
      let width = this.o.minwidth;
      let discardable = true;
      for (; row < line1; row++) {
        const line = this.lines[row] ?? [];
        if (column >= line.length - 1) break;
        const c = line[column] as Cell;
        width = Math.max(width, c.width + this.o.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.o.discardEmptyColumns) width = 0;
      this.widths.push(width);
      this.format(line0, row);
      this.widths.pop();
      line0 = row;
    }
    this.writeLines(line0, line1);
  }
}

function layout(segment: string, o: TabwriterOptions): string {
  const lines: Cell[][] = [[]];
  let start = 0;
  const end = (i: number, htab: boolean): void => {
    const text = segment.slice(start, i);
    (lines[lines.length - 1] as Cell[]).push({ text, width: stringWidth(text), htab });
    start = i + 1;
  };
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '\t' || ch === '\v') end(i, ch === '\t');
    else if (ch === '\n') {
      end(i, false);
      lines.push([]);
    }
  }
  if (start < segment.length) end(segment.length, false);
  return new Layout(lines, o).run();
}

/** Lay out tab-separated text; the whole text is one Write followed by Flush. */
export function tabwrite(text: string, options: TabwriterOptions = TABLE_WRITER): string {
  // '\f' acts as a newline that also flushes: each part is laid out on its own.
  const parts = text.split('\f');
  return parts.map((p, i) => layout(i < parts.length - 1 ? `${p}\n` : p, options)).join('');
}
