// The director: hears the engine's events, cuts them into one batch per command (everything
// emitted before control returns to the event loop), turns each batch into steps and plays them
// one after another at the learner's pace. The engine never waits for it: a step that is late is
// only late on screen. With a backlog, steps shorten; past `maxQueue`, the oldest waiting go.

import type { LabEvent } from '../engine/events/types';
import { stepsFromEvents, type FromEventsOptions } from './from-events';
import { stepDuration } from './pace';
import type { Pace, PlayedStep, Step } from './steps';

export interface DirectorTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface DirectorOptions {
  readonly events: { subscribe(listener: (event: LabEvent) => void): () => void };
  /** Read at the start of every step, so a change of setting applies at once. */
  readonly pace: () => Pace;
  readonly timers: DirectorTimers;
  /** Ends a batch; default a microtask (a command's synchronous burst is one batch). */
  readonly defer?: (fn: () => void) => void;
  /** A step starts (it lasts `durationMs`; 0 at instant pace). */
  readonly onStep: (played: PlayedStep) => void;
  /** Nothing left to play. */
  readonly onIdle?: () => void;
  /** Steps nobody draws are dropped before they take time (e.g. a mount the diagram lacks). */
  readonly keep?: (step: Step) => boolean;
  readonly maxQueue?: number;
  readonly fromEvents?: FromEventsOptions;
  /**
   * Each burst, before any of its steps plays: its events and the batch number its steps carry
   * (null when it made none). The diagram projects the engine here and shows that picture when
   * the batch's first step plays, so nothing is drawn before its animation.
   */
  readonly onBatch?: (events: readonly LabEvent[], batch: number | null) => void;
}

export interface Director {
  /** Play everything waiting at once (the last step is the one left showing). */
  skip(): void;
  /**
   * Events from before the director listened (a view that mounted late): one batch played at
   * once, whatever the pace, so the caption names the last thing that happened.
   */
  replay(events: readonly LabEvent[]): void;
  /**
   * The learner submitted a command line. From the first call on, a command is everything until
   * the next call, and reads rank below every other step of it: a read in a later burst of the
   * same command does not replace its copy-up. Without calls, each burst stands alone.
   */
  commandStarted(): void;
  /** Steps waiting (not counting the one on screen). */
  readonly waiting: number;
  dispose(): void;
}

export function createDirector(o: DirectorOptions): Director {
  const defer = o.defer ?? ((fn: () => void) => void Promise.resolve().then(fn));
  const maxQueue = o.maxQueue ?? 24;
  let buffer: LabEvent[] = [];
  let flushing = false;
  const queue: { step: Step; batch: number; instant?: boolean }[] = [];
  let timer: unknown = null;
  let seq = 0;
  let batch = 0;
  let disposed = false;
  /** commandStarted() has been called: bursts group into commands. */
  let commands = false;
  /** The current command already showed something other than a read. */
  let commandShowed = false;

  const play = (): void => {
    timer = null;
    for (;;) {
      const next = queue.shift();
      if (!next) {
        o.onIdle?.();
        return;
      }
      const durationMs = next.instant ? 0 : stepDuration(next.step, o.pace(), queue.length);
      o.onStep({ step: next.step, seq: ++seq, batch: next.batch, durationMs });
      if (disposed) return;
      if (durationMs > 0) {
        timer = o.timers.set(play, durationMs);
        return;
      }
    }
  };

  /** Reads rank lowest: none once the command (or this burst) shows anything else. */
  const rank = (steps: Step[]): Step[] => {
    const other = steps.some((s) => s.kind !== 'read');
    const out =
      other || (commands && commandShowed) ? steps.filter((s) => s.kind !== 'read') : steps;
    if (other) commandShowed = true;
    return out;
  };

  const enqueue = (events: readonly LabEvent[], instant: boolean): void => {
    if (!commands) commandShowed = false;
    const steps = rank(stepsFromEvents(events, o.fromEvents).filter((s) => o.keep?.(s) ?? true));
    const n = steps.length > 0 ? ++batch : null;
    o.onBatch?.(events, n);
    if (n === null) return;
    for (const step of steps) queue.push({ step, batch: n, ...(instant ? { instant } : {}) });
    if (queue.length > maxQueue) queue.splice(0, queue.length - maxQueue);
    if (timer === null) play();
  };

  const flush = (): void => {
    flushing = false;
    if (disposed) return;
    const events = buffer;
    buffer = [];
    enqueue(events, false);
  };

  const off = o.events.subscribe((e) => {
    buffer.push(e);
    if (!flushing) {
      flushing = true;
      defer(flush);
    }
  });

  return {
    skip() {
      if (timer !== null) o.timers.clear(timer);
      timer = null;
      const last = queue[queue.length - 1];
      queue.length = 0;
      if (last) o.onStep({ step: last.step, seq: ++seq, batch: last.batch, durationMs: 0 });
      o.onIdle?.();
    },
    replay(events) {
      if (disposed || events.length === 0) return;
      // Whatever is on screen now finishes at once; the past is not animated.
      if (timer !== null) o.timers.clear(timer);
      timer = null;
      for (const q of queue) q.instant = true;
      enqueue(events, true);
    },
    commandStarted() {
      commands = true;
      commandShowed = false;
    },
    get waiting() {
      return queue.length;
    },
    dispose() {
      disposed = true;
      off();
      if (timer !== null) o.timers.clear(timer);
      timer = null;
      queue.length = 0;
    },
  };
}
