import type { Command } from '../types';
import { userName } from './users';

export const whoami: Command = {
  name: 'whoami',
  run(ctx) {
    const name = userName(ctx.fs, ctx.system.uid);
    if (name === null) {
      ctx.stderr.write(`whoami: cannot find name for user ID ${ctx.system.uid}\n`);
      return 1;
    }
    ctx.stdout.write(`${name}\n`);
    return 0;
  },
};
