// One lab: an engine, the host's shell and the console it runs on. The page and the headless
// transcript runner both build exactly this; only the way keys arrive and output leaves differs.

import { ConsoleCore } from '../console/console';
import { createHistory } from '../console/history';
import { createEngine, type Engine } from '../engine/engine';
import { runRepl } from '../shell/repl';
import { createShell, utilities } from '../shell';
import type { FileSystem } from '../engine/fs/types';
import type { ShellSession } from '../shell/session';
import { createHostRoot } from './host-root';

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
}

export interface Lab {
  readonly engine: Engine;
  readonly console: ConsoleCore;
  /** Start the host's login shell; a new one starts whenever it exits, until stop(). */
  start(): Promise<void>;
  /** Let the current host shell be the last one. */
  stop(): void;
}

/** The programs the host offers; coreutils and docker join this table as they land. */
const HOST_COMMANDS = { ...utilities };

export function createHostShell(
  engine: Engine,
  hostRoot: FileSystem,
  yieldToHost?: () => Promise<void>,
): ShellSession {
  return createShell({
    fs: hostRoot,
    clock: engine.clock,
    commands: HOST_COMMANDS,
    flavor: 'host',
    system: { hostname: 'layerlab' },
    ...(yieldToHost ? { yieldToHost } : {}),
  });
}

export function createLab(options: LabOptions = {}): Lab {
  const engine = createEngine({ seed: options.seed ?? 1 });
  const history = createHistory(options.history ?? [], 1000, options.onHistoryChange);
  const consoleCore = new ConsoleCore({
    columns: options.columns ?? 80,
    rows: options.rows ?? 24,
    wrapColumns: options.wrapColumns,
    history,
  });
  const hostRoot = createHostRoot(engine.clock, Object.keys(HOST_COMMANDS));
  let stopped = false;
  let running: Promise<void> | null = null;

  const loop = async (): Promise<void> => {
    for (;;) {
      await runRepl(createHostShell(engine, hostRoot, options.yieldToHost), consoleCore);
      if (stopped) return;
      consoleCore.write('\n[layerlab] the shell exited; a new login shell starts.\n');
    }
  };

  return {
    engine,
    console: consoleCore,
    start() {
      running ??= loop();
      return running;
    },
    stop() {
      stopped = true;
    },
  };
}
