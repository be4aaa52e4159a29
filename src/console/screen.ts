// A minimal terminal screen for headless use: applies carriage returns, cursor moves and erases
// so that what a transcript records is what a terminal would finally show (progress bars
// collapsed, line-editor redraws settled), with colours dropped. Width is unbounded: a long line
// stays one line, as it does when copied out of a real terminal.

import { cellWidth } from './width';

/** The second cell of a wide (CJK) character: it shows nothing of its own. */
const WIDE_TAIL = '';

export class Screen {
  private lines: string[][] = [[]];
  private row = 0;
  private col = 0;
  /** Where the visible screen starts: `clear` moves it past everything already shown. */
  private origin = 0;

  feed(data: string): void {
    let i = 0;
    const n = data.length;
    while (i < n) {
      const ch = data[i] as string;
      const code = ch.charCodeAt(0);
      if (ch === '\x1b') {
        i = this.escape(data, i);
        continue;
      }
      if (ch === '\r') this.col = 0;
      else if (ch === '\n') this.moveRow(this.row + 1);
      else if (ch === '\b') this.col = Math.max(0, this.col - 1);
      else if (ch === '\t') this.col = (Math.floor(this.col / 8) + 1) * 8;
      else if (code >= 0x20 && code !== 0x7f) {
        // Keep surrogate pairs together as one cell.
        let text = ch;
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) text += data[++i];
        this.put(text);
      }
      i++;
    }
  }

  text(): string {
    return this.lines.map((l) => l.map((c) => c ?? ' ').join('')).join('\n');
  }

  private line(): string[] {
    let l = this.lines[this.row];
    if (!l) {
      l = [];
      this.lines[this.row] = l;
    }
    return l;
  }

  private put(text: string): void {
    const l = this.line();
    while (l.length < this.col) l.push(' ');
    // A wide character takes two cells, as on the learner's terminal, so cursor moves and
    // erases after it (BuildKit's redraws, the line editor) land where they do there.
    const w = text.length === 1 && text.charCodeAt(0) < 0x1100 ? 1 : cellWidth(text);
    if (w === 0) {
      // A combining mark joins the cell before it.
      if (this.col > 0) l[this.col - 1] = (l[this.col - 1] ?? '') + text;
      return;
    }
    // Overwriting half of a wide character blanks its other half.
    if (l[this.col] === WIDE_TAIL && this.col > 0) l[this.col - 1] = ' ';
    if (w === 1 && l[this.col + 1] === WIDE_TAIL) l[this.col + 1] = ' ';
    l[this.col] = text;
    if (w === 2) l[this.col + 1] = WIDE_TAIL;
    this.col += w;
  }

  private moveRow(row: number): void {
    this.row = Math.max(this.origin, row);
    while (this.lines.length <= this.row) this.lines.push([]);
  }

  /** Handles one escape sequence starting at i; returns the index after it. */
  private escape(data: string, i: number): number {
    const kind = data[i + 1];
    if (kind === '[') {
      let j = i + 2;
      while (j < data.length && !/[@-~]/.test(data[j] as string)) j++;
      const params = data.slice(i + 2, j);
      this.csi(params, data[j] ?? '');
      return j + 1;
    }
    if (kind === ']') {
      // OSC: up to BEL or ST.
      let j = i + 2;
      while (j < data.length && data[j] !== '\x07' && !(data[j] === '\x1b' && data[j + 1] === '\\'))
        j++;
      return data[j] === '\x07' ? j + 1 : j + 2;
    }
    return i + 2;
  }

  private saved: { lines: string[][]; row: number; col: number; origin: number } | null = null;

  private csi(params: string, final: string): void {
    if (params === '?1049' || params === '?47' || params === '?1047') {
      // The alternate screen (vi, top): what it shows is gone once the program exits.
      if (final === 'h' && !this.saved) {
        this.saved = { lines: this.lines, row: this.row, col: this.col, origin: this.origin };
        this.lines = [[]];
        this.row = 0;
        this.col = 0;
        this.origin = 0;
      } else if (final === 'l' && this.saved) {
        ({ lines: this.lines, row: this.row, col: this.col, origin: this.origin } = this.saved);
        this.saved = null;
      }
      return;
    }
    if (params.startsWith('?')) return;
    const nums = params.split(';').map((p) => (p === '' ? NaN : Number(p)));
    const n = Number.isNaN(nums[0] as number) ? 1 : (nums[0] as number);
    switch (final) {
      case 'A':
        this.moveRow(this.row - n);
        break;
      case 'B':
        this.moveRow(this.row + n);
        break;
      case 'C':
        this.col += n;
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'G':
        this.col = Math.max(0, n - 1);
        break;
      case 'H':
      case 'f': {
        const r = Number.isNaN(nums[0] as number) ? 1 : (nums[0] as number);
        const c = Number.isNaN(nums[1] as number) ? 1 : (nums[1] as number);
        this.moveRow(this.origin + r - 1);
        this.col = c - 1;
        break;
      }
      case 'J': {
        const mode = Number.isNaN(nums[0] as number) ? 0 : (nums[0] as number);
        if (mode === 2 || mode === 3) {
          // The screen is cleared; the transcript keeps what was shown before, like scrollback.
          if (mode === 2) {
            const used = this.lines.findLastIndex((l) => l.length > 0);
            this.origin = Math.max(this.origin, used + 1);
            this.moveRow(this.origin);
            this.col = 0;
          }
        } else if (mode === 0) {
          this.line().length = Math.min(this.line().length, this.col);
          this.lines.length = this.row + 1;
        }
        break;
      }
      case 'K': {
        const mode = Number.isNaN(nums[0] as number) ? 0 : (nums[0] as number);
        const l = this.line();
        if (mode === 0) l.length = Math.min(l.length, this.col);
        else if (mode === 2) l.length = 0;
        else for (let k = 0; k <= this.col && k < l.length; k++) l[k] = ' ';
        break;
      }
      default:
        break; // SGR colours and modes change nothing a transcript records
    }
  }
}

/** Render a chunk of terminal output to plain text. */
export function renderPlain(data: string): string {
  const s = new Screen();
  s.feed(data);
  return s.text();
}
