// ps (procps-ng 4): `ps` (this terminal's processes), `ps aux` / `ps ax` (BSD style, all),
// `ps -ef` / `ps -e` / `ps -f` (UNIX style). PIDs are 7 wide as with a 4194304 pid_max. The
// process table comes from SystemInfo.processes (inside a container, PID 1 is its main process).

import type { Command, CommandContext, ProcessInfo } from '../../types';
import { userName } from './host-defaults';
import {
  commOf,
  cpuPercent,
  cpuTimeLong,
  cpuTimeShort,
  fit,
  memPercent,
  startOf,
  startStamp,
  tableWithSelf,
} from './proc-format';

type Style = 'plain' | 'bsd' | 'unix';

interface Options {
  style: Style;
  all: boolean;
  full: boolean;
  user: boolean;
}

function parse(args: readonly string[]): Options | string {
  const o: Options = { style: 'plain', all: false, full: false, user: false };
  for (const a of args) {
    if (a.startsWith('-')) {
      o.style = o.style === 'bsd' ? 'bsd' : 'unix';
      for (const f of a.slice(1)) {
        if (f === 'e' || f === 'A') o.all = true;
        else if (f === 'f') o.full = true;
        else if (f === 'a' || f === 'x') o.all = true;
        else if (f === 'u') {
          o.style = 'bsd';
          o.user = true;
        } else return f;
      }
    } else {
      o.style = 'bsd';
      for (const f of a) {
        if (f === 'a' || f === 'x') o.all = true;
        else if (f === 'u') o.user = true;
        else if (f === 'w') continue;
        else return f;
      }
    }
  }
  return o;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const left = (s: string, n: number) => s.padEnd(n);

function bsdLine(ctx: CommandContext, p: ProcessInfo, now: number): string {
  const user = userName(ctx, p.uid, p.user);
  return [
    left(user.length > 8 ? `${user.slice(0, 7)}+` : user, 8),
    pad(p.pid, 7),
    pad(cpuPercent(ctx, p).toFixed(1), 4),
    pad(memPercent(ctx, p).toFixed(1), 4),
    pad(p.vszKb ?? 0, 6),
    pad(p.rssKb ?? 0, 5),
    left(p.tty ?? '?', 8),
    left(p.stat ?? 'S', 4),
    pad(startStamp(startOf(ctx, p), now), 5),
    pad(cpuTimeShort(p.cpuMs ?? 0), 6),
    p.command,
  ].join(' ');
}

function unixLine(ctx: CommandContext, p: ProcessInfo, now: number, full: boolean): string {
  if (!full)
    return [
      pad(p.pid, 7),
      left(p.tty ?? '?', 8),
      pad(cpuTimeLong(p.cpuMs ?? 0), 8),
      commOf(p),
    ].join(' ');
  const user = userName(ctx, p.uid, p.user);
  return [
    left(user.length > 8 ? `${user.slice(0, 7)}+` : user, 8),
    pad(p.pid, 7),
    pad(p.ppid, 7),
    pad(Math.floor(cpuPercent(ctx, p)), 2),
    pad(startStamp(startOf(ctx, p), now), 5),
    left(p.tty ?? '?', 8),
    pad(cpuTimeLong(p.cpuMs ?? 0), 8),
    p.command,
  ].join(' ');
}

export const ps: Command = {
  name: 'ps',
  run(ctx) {
    const o = parse(ctx.argv.slice(1));
    if (typeof o === 'string') {
      ctx.stderr.write(
        `layerlab: ps: option ${o} is not modelled (ps, ps aux, ps ax, ps -e, ps -ef and ps -f are)\n`,
      );
      return 1;
    }
    const now = ctx.clock.now();
    const table = tableWithSelf(ctx, o.style === 'bsd' ? 'R+' : 'R+');
    const tty = table[table.length - 1].tty ?? '?';
    const shown = o.all
      ? table
      : table.filter((p) => (p.tty ?? '?') === tty && p.uid === ctx.system.uid);
    const lines: string[] = [];
    if (o.style === 'bsd' && o.user) {
      lines.push('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
      for (const p of shown) lines.push(bsdLine(ctx, p, now));
    } else if (o.style === 'bsd') {
      lines.push('    PID TTY      STAT   TIME COMMAND');
      for (const p of shown)
        lines.push(
          [
            pad(p.pid, 7),
            left(p.tty ?? '?', 8),
            left(p.stat ?? 'S', 6),
            pad(cpuTimeShort(p.cpuMs ?? 0), 4),
            p.command,
          ].join(' '),
        );
    } else if (o.full) {
      lines.push('UID          PID    PPID  C STIME TTY          TIME CMD');
      for (const p of shown) lines.push(unixLine(ctx, p, now, true));
    } else {
      lines.push('    PID TTY          TIME CMD');
      for (const p of shown) lines.push(unixLine(ctx, p, now, false));
    }
    ctx.stdout.write(lines.map((l) => `${fit(ctx, l)}\n`).join(''));
    return 0;
  },
};
