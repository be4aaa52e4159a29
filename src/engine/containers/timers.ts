// Lab-time timers. The engine has no setTimeout: a process that sleeps registers a timer with a
// deadline in lab time, and something must move the clock to it.
//
// - At instant pace (tests, transcripts) the clock moves only when a *foreground* wait drives it:
//   the host shell's `sleep 5`, `docker run` waiting for its attached container, `docker wait`,
//   `docker stop` waiting out its timeout. `drive(isMine, done)` fires timers in deadline order
//   (advancing the clock to each) for as long as one of its own timers is pending; earlier timers
//   of other containers fire on the way, in order. A detached container's `sleep 100` therefore
//   stays asleep while the learner types, and ends when lab time really reaches it.
// - At a following pace (the page), the clock moves by itself; the page calls `runDue()` every
//   so often (say each 100 ms and before each command) to fire the timers whose time has come.
//
// After firing a timer the driver lets the woken program run by yielding a fixed number of
// microtask turns (`settle`), which is enough for the shell and the simulated programs to reach
// their next wait. Nothing here uses the wall clock.

import type { Clock } from '../clock/clock';

/** Something that can cancel a wait (a process being killed, Ctrl+C). */
export interface Cancel {
  readonly cancelled: boolean;
  onCancel(listener: () => void): () => void;
}

interface Timer {
  readonly deadline: number;
  readonly seq: number;
  readonly owner: string;
  readonly resolve: (fired: boolean) => void;
}

export interface LabTimers {
  /** True when the clock jumps (instant pace); false when it follows real time. */
  readonly instant: boolean;
  /** Wait `ms` of lab time as `owner` (a container or exec ID); false if cancelled first. */
  sleep(ms: number, owner: string, cancel?: Cancel): Promise<boolean>;
  /** A foreground wait of the host itself (the host shell's `sleep`): drives the clock. */
  advance(ms: number, cancel?: Cancel): Promise<boolean>;
  /** Drive lab time for timers whose owner `isMine` until `done` settles. */
  drive(isMine: (owner: string) => boolean, done: Promise<unknown>): Promise<void>;
  /** Fire every timer whose deadline has passed (following clock). */
  runDue(): Promise<void>;
  /** Let woken programs run to their next wait. */
  settle(): Promise<void>;
  /** Deadline of the earliest pending timer, if any. */
  nextDeadline(): number | undefined;
  readonly pending: number;
}

export interface LabTimersOptions {
  readonly clock: Clock;
  /** Default true: the clock jumps. The page passes false with a following clock. */
  readonly instant?: boolean;
  /** Microtask turns to yield after firing a timer (default 200). */
  readonly settleTurns?: number;
}

export function createLabTimers(o: LabTimersOptions): LabTimers {
  const clock = o.clock;
  const instant = o.instant ?? true;
  const turns = o.settleTurns ?? 200;
  let timers: Timer[] = [];
  let seq = 0;
  let wakers: (() => void)[] = [];

  const poke = (): void => {
    const w = wakers;
    wakers = [];
    for (const f of w) f();
  };
  const changed = (): Promise<void> => new Promise((r) => wakers.push(r));
  const earliest = (): Timer | undefined => timers[0];

  const insert = (t: Timer): void => {
    let i = timers.length;
    while (i > 0) {
      const p = timers[i - 1] as Timer;
      if (p.deadline < t.deadline || (p.deadline === t.deadline && p.seq < t.seq)) break;
      i--;
    }
    timers = [...timers.slice(0, i), t, ...timers.slice(i)];
  };

  const remove = (t: Timer): boolean => {
    const i = timers.indexOf(t);
    if (i < 0) return false;
    timers = [...timers.slice(0, i), ...timers.slice(i + 1)];
    return true;
  };

  const fire = (t: Timer): void => {
    if (!remove(t)) return;
    const now = clock.now();
    if (t.deadline > now) clock.advance(t.deadline - now);
    t.resolve(true);
  };

  const settle = async (): Promise<void> => {
    for (let i = 0; i < turns; i++) await Promise.resolve();
  };

  const sleep = (ms: number, owner: string, cancel?: Cancel): Promise<boolean> => {
    if (cancel?.cancelled) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const hold: { off?: () => void } = {};
      const t: Timer = {
        deadline: clock.now() + Math.max(0, ms),
        seq: seq++,
        owner,
        resolve: (fired) => {
          hold.off?.();
          resolve(fired);
        },
      };
      insert(t);
      hold.off = cancel?.onCancel(() => {
        if (remove(t)) t.resolve(false);
        poke();
      });
      poke();
    });
  };

  const fireDue = (): boolean => {
    let any = false;
    for (let t = earliest(); t && t.deadline <= clock.now(); t = earliest()) {
      fire(t);
      any = true;
    }
    return any;
  };

  const drive = async (isMine: (owner: string) => boolean, done: Promise<unknown>) => {
    let finished = false;
    const end = () => {
      finished = true;
      poke();
    };
    done.then(end, end);
    for (;;) {
      await settle();
      if (finished) return;
      if (instant) {
        const next = earliest();
        if (next && timers.some((t) => isMine(t.owner))) {
          fire(next);
          continue;
        }
      } else if (fireDue()) {
        continue;
      }
      await changed();
    }
  };

  let hostSeq = 0;
  return {
    instant,
    sleep,
    async advance(ms, cancel) {
      const owner = `host:${hostSeq++}`;
      const p = sleep(ms, owner, cancel);
      await drive((o) => o === owner, p);
      return p;
    },
    drive,
    async runDue() {
      if (fireDue()) {
        await settle();
        poke();
      }
    },
    settle,
    nextDeadline: () => earliest()?.deadline,
    get pending() {
      return timers.length;
    },
  };
}
