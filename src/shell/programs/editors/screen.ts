// Paints full-screen frames on the terminal: each frame is a list of rows (text with SGR colour
// codes, already clipped to the width) and a cursor position. Only rows that differ from the
// previous frame are written, all in one write, each placed with CSI H and erased first (erasing
// after a full-width row would eat its last cell on terminals that keep the cursor there).

export interface Frame {
  readonly rows: readonly string[];
  /** 0-based screen row and column of the cursor. */
  readonly cursor: { readonly row: number; readonly col: number };
}

export interface TerminalOut {
  write(text: string): void;
}

export const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H\x1b[2J';
/** Leaving restores the shell's screen and cursor (column 0 after the command line's Enter); the
 * '\r' also tells the console, which follows the cursor column for the next prompt, where it is. */
export const LEAVE_ALT_SCREEN = '\x1b[?1049l\r';

export class FramePainter {
  private previous: readonly string[] = [];

  constructor(private readonly out: TerminalOut) {}

  /** Forget what is on screen (after a resize): the next paint redraws every row. */
  invalidate(): void {
    this.previous = [];
  }

  paint(frame: Frame): void {
    let data = '\x1b[?25l';
    for (let r = 0; r < frame.rows.length; r++) {
      const row = frame.rows[r] as string;
      if (this.previous[r] === row) continue;
      data += `\x1b[${r + 1};1H\x1b[K${row}\x1b[m`;
    }
    for (let r = frame.rows.length; r < this.previous.length; r++) data += `\x1b[${r + 1};1H\x1b[K`;
    this.previous = frame.rows.slice();
    data += `\x1b[${frame.cursor.row + 1};${frame.cursor.col + 1}H\x1b[?25h`;
    this.out.write(data);
  }
}

/** SGR helpers: the few attributes the editors use. */
export const sgr = {
  reverse: (t: string): string => `\x1b[7m${t}\x1b[27m`,
  bold: (t: string): string => `\x1b[1m${t}\x1b[22m`,
  error: (t: string): string => `\x1b[97;41m${t}\x1b[39;49m`,
  warning: (t: string): string => `\x1b[91m${t}\x1b[39m`,
  nonText: (t: string): string => `\x1b[94m${t}\x1b[39m`,
  lineNr: (t: string): string => `\x1b[33m${t}\x1b[39m`,
};
