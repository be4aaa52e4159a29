// kill, as bash's builtin: `kill [-s SIG | -n NUM | -SIG] PID…`, `kill -l [NUM]`. Signals go
// through SystemInfo.signal (the process table's owner); without it, the plain host's table is
// used: PID 1 (systemd) ignores them, dockerd's PID stops the daemon when the machine lets it,
// and other processes are not modelled as stoppable, which it says.
//
// kill is a builtin, so it is in the page's first chunk; the plain host's tables (host-defaults)
// are not needed until a PID is signalled without a provider, so they load then.

import type { Command, CommandContext } from '../../types';
import { SIGNAL_NAMES, signalNumber, signalTable } from './signals';

const USAGE =
  'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

type Delivery = 'ok' | 'no-such-process' | 'permission' | 'unmodelled' | 'unloaded';

async function deliver(ctx: CommandContext, pid: number, sig: number): Promise<Delivery> {
  if (ctx.system.signal) return ctx.system.signal(pid, sig);
  let host: typeof import('./host-defaults');
  try {
    host = await import('./host-defaults');
  } catch {
    return 'unloaded'; // a failed fetch (offline before the chunk was cached)
  }
  const { dockerdPid, processes } = host;
  if (!processes(ctx).some((p) => p.pid === pid)) return 'no-such-process';
  if (pid === 1 || sig === 0) return 'ok';
  const daemon = ctx.system.daemon;
  if (pid === dockerdPid(ctx) && daemon && sig !== 18 && sig !== 17 && sig !== 28) {
    // kill returns at once; dockerd's SIGTERM handler shuts the containers down meanwhile.
    void daemon.stop();
    return 'ok';
  }
  return 'unmodelled';
}

export const kill: Command = {
  name: 'kill',
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === '-l' || args[0] === '-L') {
      if (args.length === 1) {
        ctx.stdout.write(signalTable());
        return 0;
      }
      let status = 0;
      for (const a of args.slice(1)) {
        const n = signalNumber(a);
        if (n === null || n > SIGNAL_NAMES.length) {
          ctx.stderr.write(`bash: kill: ${a}: invalid signal specification\n`);
          status = 1;
        } else ctx.stdout.write(/^[0-9]+$/.test(a) ? `${SIGNAL_NAMES[n - 1]}\n` : `${n}\n`);
      }
      return status;
    }
    let sig = 15;
    let i = 0;
    if (args[0] === '-s' || args[0] === '-n') {
      const n = args[1] === undefined ? null : signalNumber(args[1]);
      if (n === null) {
        ctx.stderr.write(
          args[1] === undefined ? USAGE : `bash: kill: ${args[1]}: invalid signal specification\n`,
        );
        return args[1] === undefined ? 2 : 1;
      }
      sig = n;
      i = 2;
    } else if (args[0]?.startsWith('-') && args[0] !== '--') {
      const n = signalNumber(args[0].slice(1));
      if (n === null) {
        ctx.stderr.write(`bash: kill: ${args[0].slice(1)}: invalid signal specification\n`);
        return 1;
      }
      sig = n;
      i = 1;
    } else if (args[0] === '--') i = 1;
    const targets = args.slice(i);
    if (targets.length === 0) {
      ctx.stderr.write(USAGE);
      return 2;
    }
    let status = 0;
    for (const t of targets) {
      if (t.startsWith('%')) {
        ctx.stderr.write(`bash: kill: ${t}: no such job\n`);
        status = 1;
        continue;
      }
      if (!/^-?[0-9]+$/.test(t)) {
        ctx.stderr.write(`bash: kill: ${t}: arguments must be process or job IDs\n`);
        status = 1;
        continue;
      }
      const r = await deliver(ctx, Number(t), sig);
      if (r === 'ok') continue;
      status = 1;
      if (r === 'no-such-process') ctx.stderr.write(`bash: kill: (${t}) - No such process\n`);
      else if (r === 'permission')
        ctx.stderr.write(`bash: kill: (${t}) - Operation not permitted\n`);
      else if (r === 'unloaded')
        ctx.stderr.write(`layerlab: kill: could not load the host's process table; try again\n`);
      else
        ctx.stderr.write(
          `layerlab: kill: process ${t} of this host is not modelled as stoppable\n`,
        );
    }
    return status;
  },
};
