// sleep (coreutils): durations with s/m/h/d suffixes, summed; waits on the lab clock.
// `sleep infinity` (and `inf`, as strtod reads them; busybox agrees) waits until a signal: it
// sets no timer, so no lab clock ever has to run to the end of time.

import type { Command } from '../types';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleep: Command = {
  name: 'sleep',
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) {
      ctx.stderr.write("sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let seconds = 0;
    let forever = false;
    for (const a of args) {
      if (/^(inf|infinity)[smhd]?$/i.test(a)) {
        forever = true;
        continue;
      }
      const m = /^([0-9]*\.?[0-9]+)([smhd]?)$/.exec(a);
      if (!m) {
        ctx.stderr.write(
          `sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`,
        );
        return 1;
      }
      seconds += Number(m[1]) * UNIT[m[2]];
    }
    if (forever) {
      await new Promise<void>((resolve) => {
        if (ctx.signal.interrupted) resolve();
        else ctx.signal.onInterrupt(() => resolve());
      });
      return 130;
    }
    return (await ctx.sleep(Math.round(seconds * 1000))) ? 0 : 130;
  },
};
