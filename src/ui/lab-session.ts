// The page's one running lab and the terminal it is shown in. Reset builds a fresh lab (a new
// Docker host) and points the same terminal at it; history survives, as it does in a real shell.
// The first lab's engine arrives as its own chunk after the prompt paints (see src/lab/lab.ts);
// `ready()` says when, and the React interface (the diagram, the inspector) mounts after it.

import { createFollowingClock } from '../engine/clock/clock';
import type { Engine } from '../engine/engine';
import { createLab, type Lab } from '../lab/lab';
import { loadGroup } from '../shell/lazy-commands';
import type { Interrupt } from '../shell/types';
import { browserStore, loadHistory, saveHistory } from '../store/settings';
import type { TerminalHandle } from './terminal/xterm-terminal';

/** A macrotask, so keystrokes (Ctrl+C) and painting get in between long-running commands. */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** `sleep 5` in the page takes five real seconds, and Ctrl+C cuts it short. */
function realSleep(ms: number, signal: Interrupt): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      off();
      resolve(true);
    }, ms);
    const off = signal.onInterrupt(() => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** A lab whose engine is in. */
export type LoadedLab = Lab & { readonly engine: Engine };

function loaded(lab: Lab): LoadedLab {
  if (!lab.engine) throw new Error('lab session: used before its engine loaded (await ready)');
  return lab as LoadedLab;
}

export interface LabSession {
  /** The running lab; only once `ready()` has resolved. */
  current(): LoadedLab;
  /**
   * Fetch the first lab's engine (if nothing has asked for it yet) and resolve once it is in;
   * every later lab has its engine at once.
   */
  ready(): Promise<void>;
  /** Fetch the current lab's program code (coreutils, docker, …); resolves when all is in. */
  preloadPrograms(): Promise<void>;
  readonly terminal: TerminalHandle;
  /** Replace the lab with a fresh one; `banner` is written before the first prompt. */
  reset(banner?: string): LoadedLab;
  /** Listeners hear about each new lab (the diagram subscribes to its engine). */
  onLab(listener: (lab: LoadedLab) => void): () => void;
  /**
   * Where the labs read the page's animation pace (as a time factor, SystemInfo.displayPace):
   * the interface hands its setting over once it mounts; until then, normal.
   */
  setDisplayPace(factor: () => number): void;
}

export function createLabSession(terminal: TerminalHandle): LabSession {
  const store = browserStore();
  const listeners = new Set<(lab: LoadedLab) => void>();
  // In the page lab time follows real time: a detached `sleep 30` container really exits after
  // 30 seconds, so due timers are fired on a short interval.
  let ticker: ReturnType<typeof setInterval> | undefined;
  let displayPace = (): number => 1;
  const make = (): Lab => {
    const clock = createFollowingClock(() => performance.now());
    const lab = createLab({
      seed: 1,
      history: loadHistory(store),
      onHistoryChange: (entries) => saveHistory(store, entries),
      yieldToHost,
      clock,
      sleep: realSleep,
      followingTimers: true,
      displayPace: () => displayPace(),
    });
    clearInterval(ticker);
    ticker = setInterval(() => void lab.engine?.containers.settle(), 100);
    return lab;
  };
  let lab = make();
  terminal.attach(lab);
  void lab.start();
  let ready: Promise<void> | null = null;
  return {
    current: () => loaded(lab),
    ready: () => (ready ??= lab.whenEngine().then(() => undefined)),
    preloadPrograms: async () => {
      await Promise.allSettled(lab.programGroups.map((g) => loadGroup(g)));
    },
    terminal,
    reset(banner) {
      lab.stop();
      lab = make();
      // The engine's code is in by now (the interface that offers Reset mounts after `ready()`),
      // so the new lab made its engine at once.
      const fresh = loaded(lab);
      terminal.attach(lab);
      if (banner) lab.console.write(`${banner}\n`);
      void lab.start();
      for (const l of listeners) l(fresh);
      terminal.focus();
      return fresh;
    },
    onLab(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setDisplayPace(factor) {
      displayPace = factor;
    },
  };
}
