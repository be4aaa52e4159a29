// Lab time. The engine never reads the wall clock: time is handed in, so a transcript replays
// byte for byte and `sleep 5` at instant pace simply moves the lab clock five seconds on.

export interface Clock {
  /** Milliseconds since the Unix epoch, lab time. */
  now(): number;
  /** Move lab time forward (sleep at instant pace, a build step's duration, …). */
  advance(ms: number): void;
}

/** The lab's fixed starting instant: a Sunday afternoon, so transcripts show plausible dates. */
export const LAB_EPOCH_MS = Date.UTC(2026, 10, 22, 14, 0, 0);

/** A clock that moves only when told to: tests, the transcript runner, instant pace. */
export function createManualClock(startMs: number = LAB_EPOCH_MS): Clock {
  let t = startMs;
  return {
    now: () => t,
    advance(ms: number) {
      if (ms > 0) t += ms;
    },
  };
}

/**
 * A clock that follows a real time source (the page passes performance.now) and can still be
 * advanced, for the browser at normal and slow pace.
 */
export function createFollowingClock(realNow: () => number, startMs: number = LAB_EPOCH_MS): Clock {
  const origin = realNow();
  let skipped = 0;
  return {
    now: () => startMs + (realNow() - origin) + skipped,
    advance(ms: number) {
      if (ms > 0) skipped += ms;
    },
  };
}
