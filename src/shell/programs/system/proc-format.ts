// Figures as procps prints them: times, start stamps, percentages, and the `ps` process itself.

import type { CommandContext, ProcessInfo } from '../../types';
import { bootMs, memory, processes } from './host-defaults';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** START / STIME: `HH:MM` the same day, `Nov22` the same year, else the year. */
export function startStamp(ms: number, now: number): string {
  const d = new Date(ms);
  const n = new Date(now);
  if (d.getUTCFullYear() !== n.getUTCFullYear()) return String(d.getUTCFullYear());
  if (now - ms < 24 * 3600_000 && d.getUTCDate() === n.getUTCDate())
    return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return `${MONTHS[d.getUTCMonth()]}${two(d.getUTCDate())}`;
}

/** TIME of ps -ef and plain ps: `[DD-]HH:MM:SS`. */
export function cpuTimeLong(ms: number): string {
  const s = Math.floor(ms / 1000);
  const days = Math.floor(s / 86400);
  const hms = `${two(Math.floor(s / 3600) % 24)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  return days > 0 ? `${two(days)}-${hms}` : hms;
}

/** TIME of ps aux: `M:SS`. */
export function cpuTimeShort(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${two(s % 60)}`;
}

export function startOf(ctx: CommandContext, p: ProcessInfo): number {
  return p.startMs ?? bootMs(ctx);
}

export function cpuPercent(ctx: CommandContext, p: ProcessInfo): number {
  const elapsed = ctx.clock.now() - startOf(ctx, p);
  if (elapsed <= 0 || !p.cpuMs) return 0;
  return Math.min(999, (p.cpuMs / elapsed) * 100);
}

export function memPercent(ctx: CommandContext, p: ProcessInfo): number {
  return ((p.rssKb ?? 0) / memory(ctx).totalKb) * 100;
}

export function commOf(p: ProcessInfo): string {
  if (p.comm) return p.comm;
  const first = p.command.split(' ')[0];
  if (first.startsWith('[')) return first.slice(1, -1);
  return (first.split('/').pop() ?? first).replace(/^-/, '').slice(0, 15);
}

/** The table with the program itself added (`ps aux` shows its own line), sorted by PID. */
export function tableWithSelf(ctx: CommandContext, stat: string): ProcessInfo[] {
  const list = [...processes(ctx)].sort((a, b) => a.pid - b.pid);
  const tty = ctx.stdin.isTTY || ctx.stdout.isTTY ? 'pts/0' : '?';
  const shell = [...list].reverse().find((p) => commOf(p).endsWith('sh') && (p.tty ?? '?') === tty);
  const pid = (list[list.length - 1]?.pid ?? 0) + 1;
  list.push({
    pid,
    ppid: shell?.pid ?? 1,
    uid: ctx.system.uid,
    command: ctx.argv.join(' '),
    comm: ctx.argv[0].split('/').pop(),
    stat,
    tty,
    startMs: ctx.clock.now(),
    vszKb: 11_200,
    rssKb: 4_480,
  });
  return list;
}

/** In a terminal, procps cuts lines at its width. */
export function fit(ctx: CommandContext, line: string): string {
  return ctx.stdout.isTTY && line.length > ctx.stdout.columns
    ? line.slice(0, ctx.stdout.columns)
    : line;
}
