// Linux signals by name and number (x86-64), and parsing `docker kill -s` / STOPSIGNAL values the
// way moby's signal.ParseSignal does: `SIGTERM`, `TERM`, `term` or a number.

export const SIGNALS: Readonly<Record<string, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPWR: 30,
  SIGSYS: 31,
};

export interface Signal {
  /** `SIGTERM`. */
  readonly name: string;
  readonly number: number;
}

const BY_NUMBER = new Map(Object.entries(SIGNALS).map(([n, v]) => [v, n]));

/** A signal from `TERM`, `SIGTERM`, `sigterm` or `15`; undefined when it is not one. */
export function parseSignal(text: string): Signal | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    const name = BY_NUMBER.get(n);
    if (name) return { name, number: n };
    return n > 0 && n <= 64 ? { name: `SIGRT${n}`, number: n } : undefined;
  }
  const up = text.toUpperCase();
  const name = up.startsWith('SIG') ? up : `SIG${up}`;
  const number = SIGNALS[name];
  return number === undefined ? undefined : { name, number };
}

/** Signals whose default action does not end a process (ignored, stop, continue). */
const NON_TERMINATING = new Set([
  'SIGCHLD',
  'SIGCONT',
  'SIGURG',
  'SIGWINCH',
  'SIGSTOP',
  'SIGTSTP',
  'SIGTTIN',
  'SIGTTOU',
]);

export function terminatesByDefault(sig: Signal): boolean {
  return !NON_TERMINATING.has(sig.name);
}

export const SIGKILL: Signal = { name: 'SIGKILL', number: 9 };
export const SIGTERM: Signal = { name: 'SIGTERM', number: 15 };
