// One lab: an engine, the host's shell and the console it runs on. The page and the headless
// transcript runner both build exactly this; only the way keys arrive and output leaves differs.

import { ConsoleCore } from '../console/console';
import { createHistory } from '../console/history';
import { createEngine, type Engine } from '../engine/engine';
import { runRepl } from '../shell/repl';
import { createShell, type Shell } from '../shell';
import type { FileSystem } from '../engine/fs/types';
import type { Clock } from '../engine/clock/clock';
import type { Interrupt } from '../shell/types';
import { containerGroups, hostCommands, hostGroups } from './programs';
import { createContainerRunner } from './container-runner';
import {
  createListeners,
  engineNetworkView,
  listenersResolver,
  type Listeners,
} from '../engine/listeners';
import { createProgramNet } from '../shell/programs/servers/net';
import { HOST_MOUNTS } from '../shell/programs/system/host-defaults';
import type { LabTimers } from '../engine/containers';
import { loadGroup, type CommandGroup } from '../shell/lazy-commands';
import type { Command } from '../shell/types';
import {
  createCompletionRegistry,
  type ArgCompleter,
  type CompletionRegistry,
} from '../console/completion';
import { createHostRoot } from './host-root';
import { shellCompleter } from './host-completion';

export interface LabOptions {
  readonly seed?: number;
  readonly columns?: number;
  readonly rows?: number;
  /** Width the line editor wraps at (the transcript runner: no wrapping). */
  readonly wrapColumns?: number;
  readonly history?: readonly string[];
  readonly onHistoryChange?: (entries: readonly string[]) => void;
  /** Let the host run pending work (keystrokes, paint) during long commands. */
  readonly yieldToHost?: () => Promise<void>;
  /** Lab time; default a manual clock (the page passes one that follows real time). */
  readonly clock?: Clock;
  /** How `sleep` waits; default: the clock jumps at once (instant). The page waits for real. */
  readonly sleep?: (ms: number, signal: Interrupt) => Promise<boolean>;
  /** Lab-time timers for containers; default instant. The page passes following timers. */
  readonly timers?: LabTimers;
}

export interface Lab {
  readonly engine: Engine;
  readonly console: ConsoleCore;
  /** Start the host's login shell; a new one starts whenever it exits, until stop(). */
  start(): Promise<void>;
  /** Let the current host shell be the last one. */
  stop(): void;
  /** Commands add their Tab completion here (docker: subcommands, flags, names). */
  readonly completion: CompletionRegistry;
  /** The host's lazily loaded program groups (the page preloads them after the first paint). */
  readonly programGroups: readonly CommandGroup[];
  /**
   * Load every program group now (host and containers). Headless runs await this first: at
   * instant pace a container's program must not be left waiting for its code to load.
   */
  loadPrograms(): Promise<void>;
}

/** `overlay on DIR type overlay (OPTS)` (mount's words) as a /proc/mounts line. */
function procMountsLine(line: string): string {
  const m = /^(\S+) on (\S+) type (\S+) \((.*)\)$/.exec(line);
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]} 0 0` : line;
}

export function createHostShell(
  engine: Engine,
  hostRoot: FileSystem,
  commands: Readonly<Record<string, Command>>,
  options: Pick<LabOptions, 'yieldToHost' | 'sleep'> = {},
): Shell {
  return createShell({
    fs: hostRoot,
    clock: engine.clock,
    commands,
    flavor: 'host',
    system: {
      hostname: 'layerlab',
      // Each running container's root is an overlay mount on the host, as overlay2 makes it.
      mounts: () => [...HOST_MOUNTS, ...engine.containers.mountLines().map(procMountsLine)],
    },
    ...(options.yieldToHost ? { yieldToHost: options.yieldToHost } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
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

/**
 * docker's completions: subcommands and flags come from its help texts, which load with the
 * docker chunk (until it arrives, which the page starts at once, docker completes paths only);
 * image references and container names come from the engine.
 */
function registerDockerCompletion(registry: CompletionRegistry, engine: Engine): void {
  let real: ArgCompleter | null = null;
  let loading = false;
  const names = (words: readonly string[]): string[] => {
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
  };
  registry.register('docker', (ctx) => {
    if (!real && !loading) {
      loading = true;
      void import('../docker-cli/completion').then(
        (m) => (real = m.dockerCompleter),
        () => (loading = false),
      );
    }
    const fromHelp = real ? real(ctx) : [];
    return ctx.prefix.startsWith('-') ? fromHelp : [...fromHelp, ...names(ctx.words)];
  });
}

/** The host's `sleep` drives lab time, so background containers' timers fire on the way. */
function timersSleep(engine: Engine): (ms: number, signal: Interrupt) => Promise<boolean> {
  return (ms, signal) =>
    engine.containers.timers.advance(ms, {
      get cancelled() {
        return signal.interrupted;
      },
      onCancel: (listener) => signal.onInterrupt(listener),
    });
}

/** curl and wget on the host reach the lab's servers (published ports, container IPs). */
function hostNetGroup(listeners: Listeners): CommandGroup {
  return {
    names: ['curl', 'wget'],
    load: async () => {
      const [net, world] = await Promise.all([
        import('../shell/programs/net'),
        import('../engine/world'),
      ]);
      return net.createNetPrograms(
        world.defaultWorld.extend(listenersResolver(listeners, () => 'host')),
      );
    },
  };
}

export function createLab(options: LabOptions = {}): Lab {
  // The lab's sockets: servers in containers listen here, curl connects here.
  const listeners = createListeners();
  const containerProgramGroups = containerGroups(createProgramNet(listeners));
  const containerCommands = hostCommands(containerProgramGroups);
  const engine = createEngine({
    seed: options.seed ?? 1,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    runner: createContainerRunner({
      commands: containerCommands,
      // At instant pace the timers let woken programs run with microtask turns; a macrotask
      // yield inside a container would break that, so containers yield only in the page.
      ...(options.yieldToHost && options.timers ? { yieldToHost: options.yieldToHost } : {}),
    }),
  });
  listeners.setView(engineNetworkView(engine.containers));
  const hostOptions = { ...options, sleep: options.sleep ?? timersSleep(engine) };
  const completion = createCompletionRegistry();
  registerDockerCompletion(completion, engine);
  const history = createHistory(options.history ?? [], 1000, options.onHistoryChange);
  const consoleCore = new ConsoleCore({
    columns: options.columns ?? 80,
    rows: options.rows ?? 24,
    wrapColumns: options.wrapColumns,
    history,
  });
  const programGroups = [...hostGroups(engine), hostNetGroup(listeners)];
  const commands = hostCommands(programGroups);
  const hostRoot = createHostRoot(engine.clock, Object.keys(commands), () => engine.dockerState());
  let stopped = false;
  let running: Promise<void> | null = null;

  const loop = async (): Promise<void> => {
    for (;;) {
      const shell = createHostShell(engine, hostRoot, commands, hostOptions);
      await runRepl(shell, consoleCore, shellCompleter(completion, hostRoot, shell));
      if (stopped) return;
      consoleCore.write('\n[layerlab] the shell exited; a new login shell starts.\n');
    }
  };

  return {
    engine,
    console: consoleCore,
    completion,
    programGroups,
    async loadPrograms() {
      await Promise.all([...programGroups, ...containerProgramGroups].map((g) => loadGroup(g)));
    },
    start() {
      running ??= loop();
      return running;
    },
    stop() {
      stopped = true;
    },
  };
}
