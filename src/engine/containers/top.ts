// ContainerTop: `ps -ef` rows for the container's processes, with host PIDs as `docker top` shows
// them (PPID of the main process is its containerd-shim).

import type { Ctx } from './context';
import { notRunning } from './errors';
import { findContainer } from './lookup';
import { fail, ok, type Result } from './result';
import type { ProcessRecord } from './types';

export interface TopResponse {
  readonly Titles: readonly string[];
  readonly Processes: readonly (readonly string[])[];
}

const hhmm = (ms: number): string => new Date(ms).toISOString().slice(11, 16);

export function topContainer(ctx: Ctx, ref: string): Result<TopResponse> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const main = c.process;
  if (!c.state.running || !main) return fail(notRunning(c.id));
  const shim = main.hostPid - 1;
  let tty = 0;
  const row = (p: ProcessRecord, ppid: number): string[] => [
    p.user,
    String(p.hostPid),
    String(ppid),
    '0',
    hhmm(p.startedAt),
    p.tty ? `pts/${tty++}` : '?',
    '00:00:00',
    p.argv.join(' '),
  ];
  const rows = [row(main, shim)];
  for (const ex of c.execs.values()) if (ex.process) rows.push(row(ex.process, shim));
  return ok({
    Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    Processes: rows,
  });
}
