// The host's dockerd as systemd sees it (the shell's DaemonControl): `systemctl stop docker`
// shuts the engine's containers down as dockerd does before it exits; starting it again (systemctl
// or docker.socket's activation by the next client) restores those whose restart policy says so.
// The engine loads lazily, so this object exists before it and reaches it through `engine()`.

import type { Clock } from '../engine/clock/clock';
import type { ContainersApi } from '../engine/containers';
import type { DaemonControl } from '../shell/types';

export function createHostDaemon(
  clock: Clock,
  containers: () => Promise<ContainersApi>,
): DaemonControl {
  let running = true;
  let startedAt: number | undefined;
  let pid: number | undefined;
  // One job at a time, as systemd queues them: a start waits for a shutdown still in progress.
  let job: Promise<void> = Promise.resolve();
  const queue = (f: () => Promise<void>): Promise<void> => (job = job.then(f, f));

  return {
    isRunning: () => running,
    stop() {
      if (!running) return job;
      running = false;
      return queue(async () => {
        const api = await containers();
        await api.shutdown();
        await api.settle();
      });
    },
    start() {
      if (running) return job;
      running = true;
      startedAt = clock.now();
      return queue(async () => {
        const api = await containers();
        pid = api.restore().daemonPid;
        await api.settle();
      });
    },
    startedAtMs: () => startedAt,
    mainPid: () => pid,
  };
}
