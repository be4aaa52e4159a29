// A container's state as the daemon words it: the status name (created/running/…) and
// State.String() for `docker ps` STATUS. The duration words come from the docker CLI's
// format/duration.ts (go-units HumanDuration) — a pure function both sides share.

import { containerStatus } from '../../docker-cli/format/duration';
import type { ContainerState, ContainerStatus } from './types';

export function newState(): ContainerState {
  return {
    running: false,
    paused: false,
    restarting: false,
    oomKilled: false,
    dead: false,
    removalInProgress: false,
    pid: 0,
    exitCode: 0,
    error: '',
    startedAt: 0,
    finishedAt: 0,
  };
}

/** State.StateString(). */
export function statusName(s: ContainerState): ContainerStatus {
  if (s.running) {
    if (s.paused) return 'paused';
    if (s.restarting) return 'restarting';
    return 'running';
  }
  if (s.removalInProgress) return 'removing';
  if (s.dead) return 'dead';
  if (s.startedAt === 0) return 'created';
  return 'exited';
}

/** State.String(): `Up 7 minutes`, `Exited (0) 2 seconds ago`, `Created`, … */
export function statusText(s: ContainerState, nowMs: number): string {
  return containerStatus(
    {
      running: s.running,
      paused: s.paused,
      restarting: s.restarting,
      removalInProgress: s.removalInProgress,
      dead: s.dead,
      exitCode: s.exitCode,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
    },
    nowMs,
  );
}
