// How long each step stays on screen at each pace. Instant is 0 everywhere: the diagram jumps to
// the end state and the caption names the last step (tests, the transcript runner, reduced motion).

import type { Pace, Step, StepKind } from './steps';

const NORMAL: Readonly<Record<StepKind, number>> = {
  read: 900,
  'copy-up': 1300,
  add: 800,
  modify: 700,
  whiteout: 1000,
  remove: 600,
  commit: 1500,
  pull: 700,
  run: 1000,
  state: 500,
  rm: 800,
  rmi: 800,
  tag: 500,
  'build-container': 1000,
  'build-layer': 1200,
  'build-removed': 600,
  'build-cached': 700,
  'build-config': 500,
  'build-done': 900,
};

const SLOW_FACTOR = 2.2;

/** How much a pace stretches time: 0 instant, 1 normal, SLOW_FACTOR slow. */
export function paceFactor(pace: Pace): number {
  return pace === 'instant' ? 0 : pace === 'slow' ? SLOW_FACTOR : 1;
}
/** Each pulled layer adds this much (normal pace), up to PULL_MAX in all. */
const PER_PULLED_LAYER = 300;
const PULL_MAX = 3200;
/** With this many steps waiting, durations shrink so the picture catches up with the terminal. */
export const BACKLOG = 4;
const BACKLOG_FACTOR = 0.35;

export function stepDuration(step: Step, pace: Pace, waiting = 0): number {
  if (pace === 'instant') return 0;
  let ms = NORMAL[step.kind];
  if (step.kind === 'pull')
    ms = Math.min(PULL_MAX, ms + PER_PULLED_LAYER * (step.downloaded.length + step.reused.length));
  if (pace === 'slow') ms *= SLOW_FACTOR;
  if (waiting >= BACKLOG) ms *= BACKLOG_FACTOR;
  return Math.round(ms);
}
