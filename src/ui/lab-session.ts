// The page's one running lab and the terminal it is shown in. Reset builds a fresh lab (a new
// Docker host) and points the same terminal at it; history survives, as it does in a real shell.

import { createFollowingClock } from '../engine/clock/clock';
import { createLabTimers } from '../engine/containers';
import { createLab, type Lab } from '../lab/lab';
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

export interface LabSession {
  current(): Lab;
  readonly terminal: TerminalHandle;
  /** Replace the lab with a fresh one; `banner` is written before the first prompt. */
  reset(banner?: string): Lab;
  /** Listeners hear about each new lab (the diagram subscribes to its engine). */
  onLab(listener: (lab: Lab) => void): () => void;
}

export function createLabSession(terminal: TerminalHandle): LabSession {
  const store = browserStore();
  const listeners = new Set<(lab: Lab) => void>();
  // In the page lab time follows real time: a detached `sleep 30` container really exits after
  // 30 seconds, so due timers are fired on a short interval.
  let ticker: ReturnType<typeof setInterval> | undefined;
  const make = (): Lab => {
    const clock = createFollowingClock(() => performance.now());
    const lab = createLab({
      seed: 1,
      history: loadHistory(store),
      onHistoryChange: (entries) => saveHistory(store, entries),
      yieldToHost,
      clock,
      sleep: realSleep,
      timers: createLabTimers({ clock, instant: false }),
    });
    clearInterval(ticker);
    ticker = setInterval(() => void lab.engine.containers.settle(), 100);
    return lab;
  };
  let lab = make();
  terminal.attach(lab);
  void lab.start();
  return {
    current: () => lab,
    terminal,
    reset(banner) {
      lab.stop();
      lab = make();
      terminal.attach(lab);
      if (banner) lab.console.write(`${banner}\n`);
      void lab.start();
      for (const l of listeners) l(lab);
      terminal.focus();
      return lab;
    },
    onLab(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
