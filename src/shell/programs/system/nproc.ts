// nproc (coreutils): the number of online CPUs.

import type { Command } from '../../types';
import { cpus } from './host-defaults';

export const nproc: Command = {
  name: 'nproc',
  run(ctx) {
    ctx.stdout.write(`${cpus(ctx)}\n`);
    return 0;
  },
};
