// The daemon's own stop and start as they touch containers (moby daemon/daemon.go Shutdown and
// restore, live-restore off — the default).
//
// Shutdown stops every running container as `docker stop` would, all at once (ApplyAll runs them
// in parallel): its STOPSIGNAL, up to its StopTimeout (10 s by default) of lab time, then SIGKILL
// (a paused one is thawed by the signal first). Unlike `docker stop` it does not mark them stopped
// by the user (kill.go sets HasBeenManuallyStopped only when the daemon is not shutting down), and
// no exit handled during the shutdown restarts anything. A restart loop's pending retry is simply
// dropped.
//
// On start, restore() starts the containers whose restart policy asks for it:
// - `always`: every one, even one the user stopped (restartmanager ignores the manual stop here);
// - `unless-stopped`: unless the user had stopped it (docker stop / kill / a restart loop ended);
// - `on-failure`: none — Docker's documentation: "It doesn't restart the container if the daemon
//   restarts" (after a clean stop; an unclean host reset is another matter, moby issue 47846);
// - `no`: none. The others keep `Exited (code)` with what the shutdown gave them: 0 or 143 as the
//   program handles its stop signal, 137 after SIGKILL.

import { createCancel } from './cancel';
import { touch, type Ctx, who } from './context';
import { SIGKILL, type Signal } from './signals';
import { startInternal } from './start';
import { endRestartLoop, endStop, signalMain, stopSignalOf } from './stop';
import type { Container } from './types';

export async function shutdownContainers(ctx: Ctx): Promise<void> {
  ctx.shuttingDown = true;
  try {
    const owners = new Set<string>();
    const stops: Promise<void>[] = [];
    for (const c of [...ctx.containers.values()]) {
      if (c.state.restarting) {
        endRestartLoop(ctx, c);
        continue;
      }
      if (!c.state.running || !c.process) continue;
      const sig = stopSignalOf(c);
      // An invalid STOPSIGNAL cannot be sent: only the SIGKILL is left.
      stops.push(
        'code' in sig
          ? beginStop(ctx, c, SIGKILL, 0, owners)
          : beginStop(ctx, c, sig, c.config.StopTimeout ?? 10, owners),
      );
    }
    // One drive for them all, so each container's stop lands at its own lab time.
    await ctx.timers.drive((x) => owners.has(x), Promise.all(stops));
  } finally {
    ctx.shuttingDown = false;
  }
}

/** stopMain's steps for one container of many: signal now, SIGKILL at its timeout. */
function beginStop(
  ctx: Ctx,
  c: Container,
  sig: Signal,
  timeout: number,
  owners: Set<string>,
): Promise<void> {
  const p = c.process;
  if (!p) return Promise.resolve();
  owners.add(c.id);
  ctx.emit({ type: 'container/killed', ...who(ctx, c), signal: sig.name });
  signalMain(ctx, c, sig);
  const owner = `stop:${c.id}`;
  const cancel = createCancel();
  let waited: Promise<unknown> = Promise.resolve();
  if (p.status === undefined && timeout !== 0) {
    owners.add(owner);
    waited = Promise.race([p.exited, ctx.timers.sleep(timeout * 1000, owner, cancel)]);
  }
  return (async () => {
    await waited;
    cancel.fire();
    await endStop(ctx, c, p);
  })();
}

function restartsWithDaemon(c: Container): boolean {
  const policy = c.hostConfig.RestartPolicy.Name;
  return policy === 'always' || (policy === 'unless-stopped' && !c.manuallyStopped);
}

export interface RestoreReport {
  /** The new dockerd's host PID: it starts before the containers it restores. */
  readonly daemonPid: number;
  /** The containers it started, in creation order. */
  readonly started: string[];
}

export function restoreContainers(ctx: Ctx): RestoreReport {
  const daemonPid = ctx.nextHostPid++;
  const started: string[] = [];
  for (const c of [...ctx.containers.values()]) {
    if (c.state.running || !restartsWithDaemon(c)) continue;
    c.restartDelayMs = 0;
    const err = startInternal(ctx, c);
    if (err) {
      touch(ctx);
      continue;
    }
    // containerStart's own `start` event (startInternal), no `restart`: restore starts them.
    started.push(c.id);
  }
  return { daemonPid, started };
}
