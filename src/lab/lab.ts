// One lab: an engine, the host's shell and the console it runs on. The page and the headless
// transcript runner both build exactly this; only the way keys arrive and output leaves differs.

import { HostDisk, measureUsed } from '../shell/disk';
import { ConsoleCore } from '../console/console';
import { createHistory } from '../console/history';
import type { Engine } from '../engine/engine';
import { runRepl } from '../shell/repl';
import type { ShellSession } from '../shell/session';
import { createShell, type Shell } from '../shell';
import type { FileSystem } from '../engine/fs/types';
import { createManualClock, type Clock } from '../engine/clock/clock';
import type { DaemonControl, Interrupt } from '../shell/types';
import { createHostDaemon } from './host-daemon';
import { hostCommands, hostGroups } from './programs';
import { loadGroup, type CommandGroup } from '../shell/lazy-commands';
import type { Command } from '../shell/types';
import {
  createCompletionRegistry,
  type ArgCompleter,
  type CompletionRegistry,
} from '../console/completion';
import { createHostRoot } from './host-root';
import { shellCompleter } from './host-completion';
import type { Listeners } from '../engine/listeners/registry';
import type { HostEngine } from './host-engine';

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
  /** The page's animation pace as a time factor for replayed displays (SystemInfo.displayPace). */
  readonly displayPace?: () => number;
  /**
   * Containers' lab-time timers follow `clock` (the page, whose clock follows real time) instead
   * of jumping it; default false (instant).
   */
  readonly followingTimers?: boolean;
}

export interface Lab {
  /**
   * The Docker engine, once its code is in; null until then. A lab made after the engine's code
   * arrived has it at once; only a page's first lab is ever without it, for the moments after
   * the prompt paints. The host shell runs no command before it is there.
   */
  readonly engine: Engine | null;
  /** The engine, loading its chunk on the page's first call (a failed fetch may be retried). */
  whenEngine(): Promise<Engine>;
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
   * Load the engine and every program group now (host and containers). Headless runs await this
   * first: at instant pace a container's program must not be left waiting for its code to load.
   */
  loadPrograms(): Promise<void>;
}

export function createHostShell(
  clock: Clock,
  mounts: () => string[],
  hostRoot: FileSystem,
  commands: Readonly<Record<string, Command>>,
  options: Pick<LabOptions, 'yieldToHost' | 'sleep' | 'displayPace'> = {},
  disk?: HostDisk,
  daemon?: DaemonControl,
): Shell {
  return createShell({
    fs: hostRoot,
    clock,
    commands,
    flavor: 'host',
    ...(disk ? { disk } : {}),
    system: {
      hostname: 'layerlab',
      mounts,
      ...(daemon ? { daemon } : {}),
      ...(options.displayPace ? { displayPace: options.displayPace } : {}),
    },
    ...(options.yieldToHost ? { yieldToHost: options.yieldToHost } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
}

/**
 * docker's completions: subcommands and flags come from its help texts, which load with the
 * docker chunk (until it arrives, which the page starts at once, docker completes paths only);
 * image references and container names come from the engine (none before it is in: a new
 * engine has none either).
 */
function registerDockerCompletion(
  registry: CompletionRegistry,
  names: (words: readonly string[]) => string[],
): void {
  let real: ArgCompleter | null = null;
  let loading = false;
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
function timersSleep(
  whenEngine: () => Promise<Engine>,
): (ms: number, signal: Interrupt) => Promise<boolean> {
  return async (ms, signal) =>
    (await whenEngine()).containers.timers.advance(ms, {
      get cancelled() {
        return signal.interrupted;
      },
      onCancel: (listener) => signal.onInterrupt(listener),
    });
}

/** curl and wget on the host reach the lab's servers (published ports, container IPs). */
function hostNetGroup(listeners: () => Promise<Listeners>): CommandGroup {
  return {
    names: ['curl', 'wget'],
    load: async () => {
      const [net, world, site] = await Promise.all([
        import('../shell/programs/net'),
        import('../engine/world'),
        import('../engine/listeners/world-site'),
      ]);
      return net.createNetPrograms(
        world.defaultWorld.extend(site.listenersResolver(await listeners(), () => 'host')),
      );
    },
  };
}

/**
 * The engine chunk, once a lab of this page (or process) has loaded it: later labs (Reset, the
 * next transcript) make their engine at once.
 */
let engineModule: typeof import('./host-engine') | null = null;
let engineModuleLoading: Promise<typeof import('./host-engine')> | null = null;

function loadEngineModule(): Promise<typeof import('./host-engine')> {
  engineModuleLoading ??= import('./host-engine').then(
    (m) => (engineModule = m),
    (e: unknown) => {
      engineModuleLoading = null; // offline before the chunk was cached: a later call retries
      throw e;
    },
  );
  return engineModuleLoading;
}

/**
 * The shell as runRepl sees it, except that a command waits for the engine first: a learner
 * who types `docker ps` (or `ls /var/lib/docker`, `mount`) before the engine's chunk arrived
 * gets the same answer as one second later. Once the engine is in, nothing is awaited.
 */
function afterEngine(
  shell: Shell,
  engineNow: () => Engine | null,
  whenEngine: () => Promise<Engine>,
): ShellSession {
  return {
    prompt: () => shell.prompt(),
    continuationPrompt: () => shell.continuationPrompt(),
    isComplete: (source) => shell.isComplete(source),
    async run(source, tty) {
      if (!engineNow()) {
        try {
          await whenEngine();
        } catch {
          tty.write('layerlab: the Docker engine could not load; docker will not work\r\n');
        }
      }
      return shell.run(source, tty);
    },
    get lastExitCode() {
      return shell.lastExitCode;
    },
    get exited() {
      return shell.exited;
    },
    get exitStatus() {
      return shell.exitStatus;
    },
  };
}

export function createLab(options: LabOptions = {}): Lab {
  const clock = options.clock ?? createManualClock();
  let hostEngine: HostEngine | null = null;
  const engineNow = (): Engine | null => hostEngine?.engine ?? null;
  const whenHostEngine = async (): Promise<HostEngine> =>
    hostEngine ?? make(await loadEngineModule());
  const whenEngine = async (): Promise<Engine> => (await whenHostEngine()).engine;

  const hostOptions = { ...options, sleep: options.sleep ?? timersSleep(whenEngine) };
  const completion = createCompletionRegistry();
  // Image and container names: none before the engine is in (a new engine has none either).
  registerDockerCompletion(completion, (words) => hostEngine?.dockerCompletionNames(words) ?? []);
  const history = createHistory(options.history ?? [], 1000, options.onHistoryChange);
  const consoleCore = new ConsoleCore({
    columns: options.columns ?? 80,
    rows: options.rows ?? 24,
    wrapColumns: options.wrapColumns,
    history,
  });
  const programGroups = [
    ...hostGroups(whenEngine),
    hostNetGroup(async () => (await whenHostEngine()).listeners),
  ];
  const commands = hostCommands(programGroups);
  const hostRoot = createHostRoot(clock, Object.keys(commands));
  // One disk for the host and every container (their layers live under the host's root).
  const disk = new HostDisk(() => measureUsed(hostRoot.fs));
  // dockerd under systemd: one for the lab, across login shells.
  const daemon = createHostDaemon(clock, async () => (await whenEngine()).containers);

  // The engine comes last, whether its code is in already (a later lab: Reset, the next
  // transcript) or arrives later (a page's first lab), so both build the same lab.
  function make(m: typeof import('./host-engine')): HostEngine {
    if (hostEngine) return hostEngine;
    hostEngine = m.createHostEngine({
      seed: options.seed ?? 1,
      clock,
      followingTimers: options.followingTimers ?? false,
      disk,
      ...(options.yieldToHost ? { yieldToHost: options.yieldToHost } : {}),
    });
    hostRoot.setDockerRoot(hostEngine.dockerRoot);
    return hostEngine;
  }
  // Otherwise it is fetched on first need: whenEngine() (the page calls it once the prompt is
  // painted), loadPrograms(), or the first command.
  if (engineModule) make(engineModule);

  let stopped = false;
  let running: Promise<void> | null = null;

  const loop = async (): Promise<void> => {
    for (;;) {
      // The host's mounts come with the engine (its containers' overlays among them); no command
      // reads them before it is in.
      const mounts = (): string[] => hostEngine?.mounts() ?? [];
      const shell = createHostShell(
        clock,
        mounts,
        hostRoot.fs,
        commands,
        hostOptions,
        disk,
        daemon,
      );
      const session = afterEngine(shell, engineNow, whenEngine);
      await runRepl(session, consoleCore, shellCompleter(completion, hostRoot.fs, shell));
      if (stopped) return;
      consoleCore.write('\n[layerlab] the shell exited; a new login shell starts.\n');
    }
  };

  return {
    get engine() {
      return engineNow();
    },
    whenEngine,
    console: consoleCore,
    completion,
    programGroups,
    async loadPrograms() {
      const { containerProgramGroups } = await whenHostEngine();
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
