// The pace the page animates at: the learner's setting, or instant when they asked the system
// for reduced motion. The diagram plays at it and docker build's step list is replayed at it.

import type { Pace } from '../director/steps';
import { useUi } from '../store/ui-store';

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function effectivePace(): Pace {
  return reducedMotion() ? 'instant' : useUi.getState().settings.pace;
}
