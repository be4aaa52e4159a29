// The engine's one entry point. Everything that varies between runs — time and randomness — is
// injected here, so the same seed replays the same lab. Parts (storage, images, containers,
// build, network) hang off this object as they land.

import { createManualClock, type Clock } from './clock/clock';
import { createEventBus, type EventBus } from './events/bus';
import type { LabEvent } from './events/types';
import { createImagesApi, type ImagesApi } from './images';
import { createRandom, type Random } from './random/random';
import type { DockerRootState } from './storage';

export interface EngineOptions {
  readonly clock?: Clock;
  readonly random?: Random;
  readonly seed?: number;
}

export interface Engine {
  readonly clock: Clock;
  readonly random: Random;
  readonly events: EventBus<LabEvent>;
  readonly images: ImagesApi;
  /**
   * What /var/lib/docker on the host is generated from: the image store's layers and images
   * plus the containers' records. A new object whenever any of them changed.
   */
  dockerState(): DockerRootState;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const clock = options.clock ?? createManualClock();
  const random = options.random ?? createRandom(options.seed ?? 1);
  const events = createEventBus<LabEvent>();
  const images = createImagesApi({ clock, random, emit: (e) => events.emit(e) });
  let last: { part: ReturnType<ImagesApi['dockerRoot']>; state: DockerRootState } | null = null;
  return {
    clock,
    random,
    events,
    images,
    dockerState() {
      const part = images.dockerRoot();
      if (last?.part !== part) last = { part, state: { ...part, containers: [] } };
      return last.state;
    },
  };
}
