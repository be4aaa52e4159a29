// env (coreutils): print the environment, or run a command with NAME=value additions (-i: only
// those; -u NAME: without it).

import type { Command } from '../types';

export const env: Command = {
  name: 'env',
  async run(ctx) {
    const args = ctx.argv.slice(1);
    let vars: Record<string, string> = { ...ctx.env };
    let cleared = false;
    while (args.length > 0) {
      const a = args[0];
      if (a === '-i' || a === '-' || a === '--ignore-environment') {
        vars = {};
        cleared = true;
      } else if (a === '-u' && args[1] !== undefined) {
        delete vars[args[1]];
        args.shift();
      } else if (/^[^=-][^=]*=/.test(a)) {
        const eq = a.indexOf('=');
        vars[a.slice(0, eq)] = a.slice(eq + 1);
      } else break;
      args.shift();
    }
    if (args.length === 0) {
      ctx.stdout.write(
        Object.entries(vars)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      );
      return 0;
    }
    if (cleared)
      ctx.stderr.write('layerlab: env: -i with a command keeps the shell environment here\n');
    const status = await ctx.exec(args, { env: vars });
    return status;
  },
};
