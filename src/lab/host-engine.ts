// The lab's engine half: the Docker engine (images, containers, storage), the runner that starts
// containers' programs and the program groups containers draw on. lab.ts imports this module
// dynamically, so in the page it is its own chunk, fetched while the prompt paints: the first
// chunk holds only the terminal, the line editor and the shell core.

import type { Clock } from '../engine/clock/clock';
import { createLabTimers } from '../engine/containers';
import { createEngine, type Engine } from '../engine/engine';
import { engineNetworkView, type Listeners } from '../engine/listeners';
import type { ReadonlyChangeset } from '../engine/storage/changeset';
import { dockerRootChangeset } from '../engine/storage/docker-root-view';
import type { CommandGroup } from '../shell/lazy-commands';
import { createProgramNet } from '../shell/programs/servers/net';
import { createContainerRunner } from './container-runner';
import { containerGroups, hostCommands } from './programs';

export interface HostEngineOptions {
  readonly seed: number;
  readonly clock: Clock;
  /** The lab's sockets; the engine's network view is handed to them here. */
  readonly listeners: Listeners;
  /** Timers follow the clock (the page) instead of jumping it (instant pace). */
  readonly followingTimers: boolean;
  readonly yieldToHost?: () => Promise<void>;
}

export interface HostEngine {
  readonly engine: Engine;
  /** Every group a container may run from (the image's files decide which exist). */
  readonly containerProgramGroups: readonly CommandGroup[];
  /** The host's /var/lib/docker, generated from the engine's state on each access. */
  readonly dockerRoot: ReadonlyChangeset;
}

export function createHostEngine(o: HostEngineOptions): HostEngine {
  const containerProgramGroups = containerGroups(createProgramNet(o.listeners));
  const engine = createEngine({
    seed: o.seed,
    clock: o.clock,
    ...(o.followingTimers ? { timers: createLabTimers({ clock: o.clock, instant: false }) } : {}),
    runner: createContainerRunner({
      commands: hostCommands(containerProgramGroups),
      // At instant pace the timers let woken programs run with microtask turns; a macrotask
      // yield inside a container would break that, so containers yield only in the page.
      ...(o.yieldToHost && o.followingTimers ? { yieldToHost: o.yieldToHost } : {}),
    }),
  });
  o.listeners.setView(engineNetworkView(engine.containers));
  const dockerRoot = dockerRootChangeset(() => engine.dockerState());
  return { engine, containerProgramGroups, dockerRoot };
}
