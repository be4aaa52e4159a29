// The lab's engine half: the Docker engine (images, containers, storage), the runner that starts
// containers' programs, the program groups containers draw on, the lab's sockets, and what the
// host shows of them all (/var/lib/docker, its mounts, docker's completions). lab.ts imports this
// module dynamically, so in the page it is its own chunk, fetched while the prompt paints: the
// first chunk holds only the terminal, the line editor and the shell core.

import type { HostDisk } from '../shell/disk';
import type { Clock } from '../engine/clock/clock';
import { createLabTimers } from '../engine/containers';
import { createEngine, type Engine } from '../engine/engine';
import { createListeners, engineNetworkView, type Listeners } from '../engine/listeners';
import type { ReadonlyChangeset } from '../engine/storage/changeset';
import { dockerRootChangeset } from '../engine/storage/docker-root-view';
import type { CommandGroup } from '../shell/lazy-commands';
import { createProgramNet } from '../shell/programs/servers/net';
import { HOST_MOUNTS } from '../shell/programs/system/host-defaults';
import { createContainerRunner } from './container-runner';
import { containerGroups, hostCommands } from './programs';

export interface HostEngineOptions {
  readonly seed: number;
  readonly clock: Clock;
  /** Timers follow the clock (the page) instead of jumping it (instant pace). */
  readonly followingTimers: boolean;
  readonly yieldToHost?: () => Promise<void>;
  /** The host's disk, which containers' writes are charged to as well. */
  readonly disk?: HostDisk;
}

export interface HostEngine {
  readonly engine: Engine;
  /** The lab's sockets: servers in containers listen here, curl connects here. */
  readonly listeners: Listeners;
  /** Every group a container may run from (the image's files decide which exist). */
  readonly containerProgramGroups: readonly CommandGroup[];
  /** The host's /var/lib/docker, generated from the engine's state on each access. */
  readonly dockerRoot: ReadonlyChangeset;
  /** The host's mounts, /proc/mounts style: the machine's own, then each container's overlay. */
  mounts(): string[];
  /** Image references or container names for `docker SUB …` (`words` as typed so far). */
  dockerCompletionNames(words: readonly string[]): string[];
}

/** `overlay on DIR type overlay (OPTS)` (mount's words) as a /proc/mounts line. */
function procMountsLine(line: string): string {
  const m = /^(\S+) on (\S+) type (\S+) \((.*)\)$/.exec(line);
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]} 0 0` : line;
}

/** Subcommands whose arguments are images, and those whose arguments are containers. */
const IMAGE_ARGS = new Set(['run', 'create', 'rmi', 'tag', 'history', 'push', 'save', 'pull']);
const CONTAINER_ARGS = new Set([
  'start',
  'stop',
  'restart',
  'kill',
  'rm',
  'exec',
  'attach',
  'logs',
  'top',
  'port',
  'stats',
  'diff',
  'commit',
  'rename',
  'pause',
  'unpause',
  'wait',
  'inspect',
  'cp',
]);

function completionNames(engine: Engine, words: readonly string[]): string[] {
  const sub = words.slice(1).find((w) => !w.startsWith('-'));
  if (!sub || words.length < 2) return [];
  const out: string[] = [];
  if (IMAGE_ARGS.has(sub) || sub === 'inspect') {
    const list = engine.images.listImages({});
    if (list.ok) for (const i of list.value) for (const t of i.repoTags) out.push(t);
  }
  if (CONTAINER_ARGS.has(sub)) {
    const list = engine.containers.listContainers({ all: true });
    if (list.ok)
      for (const c of list.value) out.push(...c.Names.map((n: string) => n.replace(/^\//, '')));
  }
  return out;
}

export function createHostEngine(o: HostEngineOptions): HostEngine {
  const listeners = createListeners();
  const containerProgramGroups = containerGroups(createProgramNet(listeners));
  const engine = createEngine({
    seed: o.seed,
    clock: o.clock,
    ...(o.followingTimers ? { timers: createLabTimers({ clock: o.clock, instant: false }) } : {}),
    runner: createContainerRunner({
      commands: hostCommands(containerProgramGroups),
      ...(o.disk ? { disk: o.disk } : {}),
      // At instant pace the timers let woken programs run with microtask turns; a macrotask
      // yield inside a container would break that, so containers yield only in the page.
      ...(o.yieldToHost && o.followingTimers ? { yieldToHost: o.yieldToHost } : {}),
    }),
  });
  listeners.setView(engineNetworkView(engine.containers));
  return {
    engine,
    listeners,
    containerProgramGroups,
    dockerRoot: dockerRootChangeset(() => engine.dockerState()),
    // Each running container's root is an overlay mount on the host, as overlay2 makes it.
    mounts: () => [...HOST_MOUNTS, ...engine.containers.mountLines().map(procMountsLine)],
    dockerCompletionNames: (words) => completionNames(engine, words),
  };
}
