// yes: print a line (default `y`) forever — in the lab, until its reader is done, Ctrl+C, or the
// run's step budget, or a full disk: every chunk passes ctx.checkpoint(), so it can never spin
// the page.

import type { Command } from '../types';
import { command } from './lib/errors';

export const yes: Command = command('yes', async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '--help') {
    ctx.stdout.write('Usage: yes [STRING]...\n');
    return 0;
  }
  if (args[0] === '--version') {
    ctx.stdout.write('yes (GNU coreutils) 9.1\n');
    return 0;
  }
  const words = args[0] === '--' ? args.slice(1) : args;
  const line = `${words.length ? words.join(' ') : 'y'}\n`;
  // A file on disk takes big writes (blockSize), a pipe or the terminal 4 KiB.
  const size = ctx.stdout.blockSize ?? 4096;
  const chunk = line.repeat(Math.max(1, Math.floor(size / line.length)));
  for (;;) {
    if (!(await ctx.checkpoint())) break;
    ctx.stdout.write(chunk);
  }
  // A full disk (the redirection printed `yes: write error: …`): exit 1, as yes does.
  if (ctx.stdout.writeError) return 1;
  // Killed by Ctrl+C (130) or by SIGPIPE when the reader left (141), as bash would report.
  return ctx.signal.interrupted ? 130 : 141;
});
