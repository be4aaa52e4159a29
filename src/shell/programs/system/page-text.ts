// What less and more share: copy stdin through (line by line, so an endless producer still
// stops at the run's budget or Ctrl+C) and read a file's text. The lab's pagers do not page: they
// print the whole text, as both do when their output is not a terminal.

import type { CommandContext } from '../../types';
import { errText } from '../../coreutils/lib/errors';
import { Pacer } from '../../coreutils/lib/pacer';

/** Copy stdin to stdout; the status to exit with when stopped, else null. */
export async function copyStdin(ctx: CommandContext): Promise<number | null> {
  const pacer = new Pacer(ctx);
  for (;;) {
    const line = await ctx.stdin.readLine();
    if (line === null) return null;
    ctx.stdout.write(line);
    if (ctx.signal.interrupted) return 130;
    if (!(await pacer.tick())) return pacer.status;
  }
}

/** A file's text, or why it cannot be shown: a directory, or the strerror text. */
export type Opened = { ok: true; text: string } | { ok: false; dir: boolean; error: string };

export function openText(ctx: CommandContext, path: string): Opened {
  try {
    const abs = ctx.resolve(path);
    if (ctx.fs.stat(abs).type === 'dir') return { ok: false, dir: true, error: '' };
    return { ok: true, text: ctx.fs.readText(abs) };
  } catch (e) {
    return { ok: false, dir: false, error: errText(e) };
  }
}
