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

import { touch, type Ctx } from './context';
import { SIGKILL } from './signals';
import { startInternal } from './start';
import { endRestartLoop, stopMain, stopSignalOf } from './stop';
import type { Container } from './types';

export async function shutdownContainers(ctx: Ctx): Promise<void> {
  ctx.shuttingDown = true;
  try {
    const stops: Promise<void>[] = [];
    for (const c of [...ctx.containers.values()]) {
      if (c.state.restarting) {
        endRestartLoop(ctx, c);
        continue;
      }
      if (!c.state.running || !c.process) continue;
      const sig = stopSignalOf(c);
      // An invalid STOPSIGNAL cannot be sent: the daemon falls back to SIGKILL after the timeout.
      stops.push(
        'code' in sig
          ? stopMain(ctx, c, SIGKILL, 0)
          : stopMain(ctx, c, sig, c.config.StopTimeout ?? 10),
      );
    }
    await Promise.all(stops);
  } finally {
    ctx.shuttingDown = false;
  }
}

function restartsWithDaemon(c: Container): boolean {
  const policy = c.hostConfig.RestartPolicy.Name;
  return policy === 'always' || (policy === 'unless-stopped' && !c.manuallyStopped);
}

/** The containers restore() starts, in creation order; returns their IDs. */
export function restoreContainers(ctx: Ctx): string[] {
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
  return started;
}
