// The loop every full-screen editor runs: switch to the alternate screen, paint, read keys raw,
// hand them over, paint what changed, until the editor is done; then give the shell its screen
// back. The editor itself is a plain state machine, so tests can drive it without a terminal.

import type { Tty } from '../../../console/tty';
import { splitKeys, type Key } from './keys';
import { ENTER_ALT_SCREEN, FramePainter, LEAVE_ALT_SCREEN, type Frame } from './screen';

export interface FullScreenEditor {
  /** Handle keys that arrived together. */
  feed(keys: readonly Key[]): void;
  /** What the screen should show now, for a terminal of this size. */
  frame(columns: number, rows: number): Frame;
  /** Set once the learner has quit. */
  readonly done: boolean;
}

/** Run an editor on the terminal until it quits (or nothing can be read any more). */
export async function runFullScreen(tty: Tty, editor: FullScreenEditor): Promise<void> {
  tty.write(ENTER_ALT_SCREEN);
  const painter = new FramePainter(tty);
  let size = `${tty.columns}x${tty.rows}`;
  try {
    painter.paint(editor.frame(tty.columns, tty.rows));
    while (!editor.done) {
      const data = await tty.readRaw();
      if (data === '') break; // end of input: someone else reads the terminal
      editor.feed(splitKeys(data));
      if (editor.done) break;
      const now = `${tty.columns}x${tty.rows}`;
      if (now !== size) {
        size = now;
        painter.invalidate();
        tty.write('\x1b[H\x1b[2J');
      }
      painter.paint(editor.frame(tty.columns, tty.rows));
    }
  } finally {
    tty.write(LEAVE_ALT_SCREEN);
  }
}
