// exec: run a command in place of the shell (the shell ends with its status). Without a command,
// its redirections stay for the rest of the shell (`exec >log 2>&1`): the interpreter does that
// before it gets here, so a bare `exec` has nothing left to do.

import { ExitSignal } from '../interp/control';
import type { Builtin } from './builtin';

export const exec: Builtin = {
  name: 'exec',
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === '--') args.shift();
    if (args.length === 0) return 0;
    const status = await ctx.shell.runArgv(args, ctx.io);
    throw new ExitSignal(status);
  },
};
