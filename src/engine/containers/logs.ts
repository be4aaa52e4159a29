// ContainerLogs: the json-file log, filtered as `docker logs` asks (streams, --since/--until in
// lab ms, --tail), and a follow mode that streams new lines until the container stops. With
// `timestamps`, the CLI prefixes each line with `rfc3339NanoFixed(timeMs)`.

import type { Ctx } from './context';
import { findContainer } from './lookup';
import type { LogEntry } from './logs-store';
import { ok, type Result } from './result';
import type { Cancel } from './timers';

export interface LogsOptions {
  readonly stdout?: boolean;
  readonly stderr?: boolean;
  /** Lab ms: only entries at or after. */
  readonly since?: number;
  /** Lab ms: only entries before. */
  readonly until?: number;
  /** Number of last lines; undefined or negative = all. */
  readonly tail?: number;
}

export interface LogsResponse {
  readonly entries: readonly LogEntry[];
  /** A `-t` container: its output came through a terminal (lines end in `\r\n` on a real one). */
  readonly tty: boolean;
}

function select(all: readonly LogEntry[], o: LogsOptions): LogEntry[] {
  const out = all.filter(
    (e) =>
      (e.stream === 'stdout' ? o.stdout !== false : o.stderr !== false) &&
      (o.since === undefined || e.timeMs >= o.since) &&
      (o.until === undefined || e.timeMs < o.until),
  );
  return o.tail !== undefined && o.tail >= 0 ? out.slice(Math.max(0, out.length - o.tail)) : out;
}

export function containerLogs(ctx: Ctx, ref: string, o: LogsOptions = {}): Result<LogsResponse> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  return ok({ entries: select(f.value.logs.all(), o), tty: f.value.config.Tty });
}

/**
 * `docker logs -f`: the selected entries, then every new one, until the container stops or
 * `cancel` fires (Ctrl+C). Drives the container's lab-time timers while it waits.
 */
export async function followLogs(
  ctx: Ctx,
  ref: string,
  o: LogsOptions,
  onEntry: (e: LogEntry) => void,
  cancel?: Cancel,
): Promise<Result<void>> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  for (const e of select(c.logs.all(), o)) onEntry(e);
  if (!c.state.running || cancel?.cancelled) return ok(undefined);
  const off = c.logs.follow((e) => {
    if (select([e], { ...o, tail: undefined }).length > 0) onEntry(e);
  });
  const done = new Promise<void>((resolve) => {
    const check = (): void => {
      if (!c.state.running) resolve();
      else c.exitWaiters.push(check);
    };
    c.exitWaiters.push(check);
    cancel?.onCancel(() => resolve());
  });
  await ctx.timers.drive((x) => x === c.id, done);
  off();
  return ok(undefined);
}

/** jsonmessage.RFC3339NanoFixed: always nine fraction digits. */
export function rfc3339NanoFixed(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}
