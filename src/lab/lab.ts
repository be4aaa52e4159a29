// One lab: an engine, the host's shell and the console it runs on. The page and the headless
// transcript runner both build exactly this; only the way keys arrive and output leaves differs.

import { ConsoleCore } from '../console/console';
import { createHistory } from '../console/history';
import { createEngine, type Engine } from '../engine/engine';
import { runRepl } from '../shell/repl';
import type { ShellSession } from '../shell/session';
import { createTemporaryShell } from './temporary-shell';

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

export function createHostShell(_engine: Engine): ShellSession {
  return createTemporaryShell();
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
  let stopped = false;
  let running: Promise<void> | null = null;

  const loop = async (): Promise<void> => {
    for (;;) {
      await runRepl(createHostShell(engine), consoleCore);
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
