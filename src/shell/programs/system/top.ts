// top (procps-ng 4) in batch mode: `top -b -n1` prints one frame (summary and task list). The
// interactive screen is not modelled and says so.

import type { Command, CommandContext } from '../../types';
import { memory } from './host-defaults';
import { commOf, cpuTimeShort, memPercent, tableWithSelf } from './proc-format';
import { uptimeLine } from './uptime-text';

function mib(kb: number): string {
  return (kb / 1024).toFixed(1).padStart(8);
}

function frame(ctx: CommandContext): string {
  const table = tableWithSelf(ctx, 'R');
  const running = table.filter((p) => (p.stat ?? 'S').startsWith('R')).length;
  const m = memory(ctx);
  const cache = m.buffersKb + m.cachedKb;
  const used = m.totalKb - m.freeKb - cache;
  const lines = [
    `top - ${uptimeLine(ctx)}`,
    `Tasks: ${String(table.length).padStart(3)} total, ${String(running).padStart(3)} running, ${String(table.length - running).padStart(3)} sleeping,   0 stopped,   0 zombie`,
    '%Cpu(s):  0.0 us,  0.0 sy,  0.0 ni,100.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st ',
    `MiB Mem : ${mib(m.totalKb)} total, ${mib(m.freeKb)} free, ${mib(used)} used, ${mib(cache)} buff/cache     `,
    `MiB Swap: ${mib(m.swapTotalKb)} total, ${mib(m.swapFreeKb)} free, ${mib(m.swapTotalKb - m.swapFreeKb)} used. ${mib(m.availableKb)} avail Mem `,
    '',
    '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND',
  ];
  const self = table[table.length - 1];
  const order = [self, ...table.slice(0, -1)];
  for (const p of order) {
    const cpuMs = p.cpuMs ?? 0;
    const hundredths = String(Math.floor(cpuMs / 10) % 100).padStart(2, '0');
    const time = `${cpuTimeShort(cpuMs)}.${hundredths}`;
    lines.push(
      [
        String(p.pid).padStart(7),
        (p.user ?? (p.uid === 0 ? 'root' : String(p.uid))).padEnd(8),
        ' 20',
        '  0',
        String(p.vszKb ?? 0).padStart(7),
        String(p.rssKb ?? 0).padStart(6),
        String(Math.floor((p.rssKb ?? 0) * 0.7)).padStart(6),
        (p.stat ?? 'S').charAt(0),
        (p === self ? '6.2' : '0.0').padStart(5),
        memPercent(ctx, p).toFixed(1).padStart(5),
        time.padStart(9),
        commOf(p),
      ].join(' '),
    );
  }
  return `${lines.join('\n')}\n`;
}

export const top: Command = {
  name: 'top',
  async run(ctx) {
    let batch = false;
    let count = Infinity;
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const m = /^-([bcEeHiOSs1]*)(?:n(\d*))?$/.exec(a);
      if (!m) {
        ctx.stderr.write(
          `top: unknown option '${a.replace(/^-+/, '')}'\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [num]\n`,
        );
        return 1;
      }
      if (m[1].includes('b')) batch = true;
      if (m[2] !== undefined) count = Number(m[2] === '' ? args[++i] : m[2]);
    }
    if (!batch) {
      ctx.stderr.write('layerlab: top: the interactive screen is not modelled; try top -b -n1\n');
      return 1;
    }
    if (!(count >= 1)) count = Infinity;
    for (let n = 0; n < count; n++) {
      if (n > 0) {
        ctx.stdout.write('\n');
        if (!(await ctx.sleep(3000)) || !(await ctx.checkpoint())) return 0;
      }
      ctx.stdout.write(frame(ctx));
    }
    return 0;
  },
};
