// The `HH:MM:SS up …,  N user,  load average: …` line shared by uptime and top.

import type { CommandContext } from '../../types';
import { processes, uptimeMs } from './host-defaults';

/** The lab does not model load; an idle host's figures. */
export const LOAD_AVERAGE = '0.08, 0.03, 0.01';

/** `23 min`, ` 1:35`, `2 days,  3:04`, as procps formats the time since boot. */
export function upFor(ms: number): string {
  const mins = Math.floor(ms / 60_000);
  const days = Math.floor(mins / 1440);
  const h = Math.floor(mins / 60) % 24;
  const m = mins % 60;
  const d = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  if (h === 0) return `${d}${m} min`;
  return `${d}${String(h).padStart(2)}:${String(m).padStart(2, '0')}`;
}

export function clockTime(ms: number): string {
  const d = new Date(ms);
  return [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}

/** Logged-in users: login shells on a terminal. */
export function userCount(ctx: CommandContext): number {
  return processes(ctx).filter((p) => (p.tty ?? '?') !== '?' && p.command.startsWith('-')).length;
}

export function uptimeLine(ctx: CommandContext): string {
  const n = userCount(ctx);
  return `${clockTime(ctx.clock.now())} up ${upFor(uptimeMs(ctx))},  ${n} user${n === 1 ? '' : 's'},  load average: ${LOAD_AVERAGE}`;
}
