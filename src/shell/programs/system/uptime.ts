// uptime (procps-ng): ` 14:23:11 up 23 min,  1 user,  load average: 0.08, 0.03, 0.01`; -p pretty.

import type { Command } from '../../types';
import { uptimeMs } from './host-defaults';
import { uptimeLine } from './uptime-text';

export const uptime: Command = {
  name: 'uptime',
  run(ctx) {
    const arg = ctx.argv[1];
    if (arg === '-p' || arg === '--pretty') {
      const mins = Math.floor(uptimeMs(ctx) / 60_000);
      const parts: string[] = [];
      const d = Math.floor(mins / 1440);
      const h = Math.floor(mins / 60) % 24;
      const m = mins % 60;
      if (d) parts.push(`${d} day${d === 1 ? '' : 's'}`);
      if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
      if (m || parts.length === 0) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
      ctx.stdout.write(`up ${parts.join(', ')}\n`);
      return 0;
    }
    if (arg !== undefined) {
      ctx.stderr.write(`uptime: invalid option -- '${arg.replace(/^-+/, '')}'\n`);
      return 1;
    }
    ctx.stdout.write(` ${uptimeLine(ctx)}\n`);
    return 0;
  },
};
