// The director's public surface: engine events in, paced presentation steps out. Headless.

export {
  createDirector,
  type Director,
  type DirectorOptions,
  type DirectorTimers,
} from './director';
export { stepsFromEvents, type FromEventsOptions } from './from-events';
export { stepDuration, BACKLOG } from './pace';
export type { Pace, PlayedStep, PulledLayer, Step, StepKind } from './steps';
