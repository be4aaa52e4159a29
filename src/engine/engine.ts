// The engine's one entry point. Everything that varies between runs — time and randomness — is
// injected here, so the same seed replays the same lab. Parts (storage, images, containers,
// build, network) hang off this object as they land.

import { createManualClock, type Clock } from './clock/clock';
import { createEventBus, type EventBus } from './events/bus';
import type { LabEvent } from './events/types';
import { createRandom, type Random } from './random/random';

export interface EngineOptions {
  readonly clock?: Clock;
  readonly random?: Random;
  readonly seed?: number;
}

export interface Engine {
  readonly clock: Clock;
  readonly random: Random;
  readonly events: EventBus<LabEvent>;
}

export function createEngine(options: EngineOptions = {}): Engine {
  return {
    clock: options.clock ?? createManualClock(),
    random: options.random ?? createRandom(options.seed ?? 1),
    events: createEventBus<LabEvent>(),
  };
}
