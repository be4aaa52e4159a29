// exec: run a command in place of the shell (the shell ends with its status). Without a command,
// bash would make the redirections permanent; the lab does not model that and says so.

import { ExitSignal } from '../interp/control';
import type { Builtin } from './builtin';

export const exec: Builtin = {
  name: 'exec',
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === '--') args.shift();
    if (args.length === 0) {
      ctx.stderr.write(
        'layerlab: exec: permanent redirections are not modelled; nothing changed\n',
      );
      return 0;
    }
    const status = await ctx.shell.runArgv(args, ctx.io);
    throw new ExitSignal(status);
  },
};
