// docker logs / docker container logs: the json-file log of the main process — stdout to
// stdout and stderr to stderr (a -t container's log is all stdout), `--tail N|all`,
// `-t` timestamps (RFC3339Nano, nine digits), `--since`/`--until` (durations, Unix or RFC 3339
// times), `-f` until the container stops or Ctrl+C.

import { rfc3339NanoFixed, type LogEntry } from '../../engine/containers';
import type { Engine } from '../../engine/engine';
import { flagBool, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { interruptCancel } from './lib/containers';
import { daemonError } from './lib/output';
import { parseTimestamp } from './lib/timestamps';

export const logs: DockerSubcommand<Engine> = {
  spec: specFromHelp('logs', { minArgs: 1, maxArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const ref = p.args[0] as string;
    const found = api.inspectContainer(ref);
    if (!found.ok) return daemonError(ctx, found.error.message);
    const now = engine.clock.now();
    const times: { since?: number; until?: number } = {};
    for (const key of ['since', 'until'] as const) {
      const v = flagString(p, key);
      if (v === '') continue;
      const t = parseTimestamp(v, now);
      if (!t.ok) return daemonError(ctx, `invalid value for "${key}": ${t.error}`);
      times[key] = t.ms;
    }
    const tailText = flagString(p, 'tail') || 'all';
    const tail = /^\d+$/.test(tailText) ? Number(tailText) : -1;
    const stamps = flagBool(p, 'timestamps');
    const tty = found.value.Config.Tty;
    const print = (e: LogEntry): void => {
      const text = stamps ? `${rfc3339NanoFixed(e.timeMs)} ${e.text}` : e.text;
      if (tty || e.stream === 'stdout') ctx.stdout.write(text);
      else ctx.stderr.write(text);
    };
    const options = { ...times, tail };
    if (!flagBool(p, 'follow')) {
      const r = api.containerLogs(ref, options);
      if (!r.ok) return daemonError(ctx, r.error.message);
      for (const e of r.value.entries) print(e);
      return 0;
    }
    const cancel = interruptCancel(ctx);
    try {
      const r = await api.followLogs(ref, options, print, cancel);
      if (!r.ok) return daemonError(ctx, r.error.message);
      return cancel.cancelled ? 130 : 0;
    } finally {
      cancel.dispose();
    }
  },
};
