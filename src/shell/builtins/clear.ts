import type { Command } from '../types';

export const clear: Command = {
  name: 'clear',
  run(ctx) {
    ctx.stdout.write('\x1b[H\x1b[2J\x1b[3J');
    return 0;
  },
};
