// pwd: the logical working directory; -P resolves symlinks.

import type { Command } from '../types';

export const pwd: Command = {
  name: 'pwd',
  run(ctx) {
    let dir = ctx.cwd;
    if (ctx.argv.includes('-P')) {
      try {
        dir = ctx.fs.realpath(dir);
      } catch {
        // keep the logical path
      }
    }
    ctx.stdout.write(`${dir}\n`);
    return 0;
  },
};
