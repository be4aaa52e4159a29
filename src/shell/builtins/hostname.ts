import type { Command } from '../types';

export const hostname: Command = {
  name: 'hostname',
  run(ctx) {
    const arg = ctx.argv[1];
    if (arg === undefined || arg === '-s' || arg === '-f') {
      ctx.stdout.write(`${ctx.system.hostname}\n`);
      return 0;
    }
    if (arg.startsWith('-')) {
      ctx.stderr.write(`layerlab: hostname: option ${arg} is not supported here\n`);
      return 1;
    }
    ctx.stderr.write('layerlab: hostname: changing the host name is not modelled\n');
    return 1;
  },
};
