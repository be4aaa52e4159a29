// free (procps-ng 4): KiB by default, -h human (Ki/Mi/Gi, one decimal under 10), -m, -g, -b.

import type { Command } from '../../types';
import { memory } from './host-defaults';

function human(kb: number): string {
  let v = kb * 1024;
  if (v === 0) return '0B';
  const units = ['B', 'Ki', 'Mi', 'Gi', 'Ti'];
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)}${units[u]}`;
}

export const free: Command = {
  name: 'free',
  run(ctx) {
    let unit: (kb: number) => string = (kb) => String(kb);
    for (const a of ctx.argv.slice(1)) {
      if (a === '-h' || a === '--human') unit = human;
      else if (a === '-m' || a === '--mebi') unit = (kb) => String(Math.floor(kb / 1024));
      else if (a === '-g' || a === '--gibi') unit = (kb) => String(Math.floor(kb / 1048576));
      else if (a === '-b' || a === '--bytes') unit = (kb) => String(kb * 1024);
      else if (a === '-k' || a === '--kibi') unit = (kb) => String(kb);
      else {
        ctx.stderr.write(
          `free: invalid option -- '${a.replace(/^-+/, '')}'\n\nUsage:\n free [options]\n`,
        );
        return 1;
      }
    }
    const m = memory(ctx);
    const cache = m.buffersKb + m.cachedKb;
    const used = m.totalKb - m.freeKb - cache;
    const row = (label: string, vals: number[]) =>
      `${label.padEnd(8)}${vals.map((v) => unit(v).padStart(12)).join('')}\n`;
    ctx.stdout.write(
      '               total        used        free      shared  buff/cache   available\n' +
        row('Mem:', [m.totalKb, used, m.freeKb, m.sharedKb, cache, m.availableKb]) +
        row('Swap:', [m.swapTotalKb, m.swapTotalKb - m.swapFreeKb, m.swapFreeKb]),
    );
    return 0;
  },
};
