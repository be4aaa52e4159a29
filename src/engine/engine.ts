// The engine's one entry point. Everything that varies between runs — time, randomness, and how
// a container's programs run — is injected here, so the same seed replays the same lab. Parts
// (storage, images, containers, build, network) hang off this object as they land.

import { createManualClock, type Clock } from './clock/clock';
import {
  createContainersApi,
  createLabTimers,
  type ContainersApi,
  type LabTimers,
  type ProcessRunner,
} from './containers';
import type { Builder } from './build/builder';
import { createEventBus, type EventBus } from './events/bus';
import type { LabEvent } from './events/types';
import { createImagesApi, type ImagesApi } from './images';
import { createRandom, type Random } from './random/random';
import type { DockerRootState } from './storage';

export interface EngineOptions {
  readonly clock?: Clock;
  readonly random?: Random;
  readonly seed?: number;
  /** Runs containers' programs (the lab passes the shell and the simulated programs). */
  readonly runner?: ProcessRunner;
  /** Lab-time timers; default instant (the clock jumps). The page passes following timers. */
  readonly timers?: LabTimers;
}

export interface Engine {
  readonly clock: Clock;
  readonly random: Random;
  readonly events: EventBus<LabEvent>;
  readonly images: ImagesApi;
  readonly containers: ContainersApi;
  /**
   * `docker build`: BuildKit and the legacy builder, each step in a temporary container. Loaded
   * on first use — the builder is the engine's biggest part and the first chunk stays small.
   */
  builder(): Promise<Builder>;
  /**
   * What /var/lib/docker on the host is generated from: the image store's layers and images
   * plus the containers' records. A new object whenever any of them changed.
   */
  dockerState(): DockerRootState;
}

/** Without a runner (pure engine tests) every program start fails plainly. */
const NO_RUNNER: ProcessRunner = {
  async run(spec) {
    spec.stderr.write('layerlab: this engine was created without a process runner\n');
    return 126;
  },
};

export function createEngine(options: EngineOptions = {}): Engine {
  const clock = options.clock ?? createManualClock();
  const random = options.random ?? createRandom(options.seed ?? 1);
  const events = createEventBus<LabEvent>();
  const emit = (e: LabEvent): void => events.emit(e);
  const images = createImagesApi({ clock, random, emit });
  const runner = options.runner ?? NO_RUNNER;
  const containers = createContainersApi({
    clock,
    random,
    emit,
    storageEmit: emit,
    images,
    runner,
    timers: options.timers ?? createLabTimers({ clock }),
  });
  let builder: Promise<Builder> | null = null;
  return {
    clock,
    random,
    events,
    images,
    containers,
    builder() {
      builder ??= Promise.all([import('./build/builder'), import('./world')]).then(([b, w]) =>
        b.createBuilder({
          images,
          runner,
          clock,
          random,
          emit,
          storageEmit: emit,
          world: w.defaultWorld,
        }),
      );
      return builder;
    },
    dockerState: () => containers.dockerRootState(),
  };
}
