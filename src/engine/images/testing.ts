// Test helper: an images API on a manual clock and a seeded random, with its event log.

import { createManualClock } from '../clock/clock';
import type { LabEvent } from '../events/types';
import { createRandom } from '../random/random';
import { createImagesApi, type ImagesApi } from './api';
import type { ContainerUse } from './remove';
import type { Result } from './result';

export function testApi(seed = 1): {
  api: ImagesApi;
  events: LabEvent[];
  containers: Map<string, ContainerUse[]>;
} {
  const events: LabEvent[] = [];
  const containers = new Map<string, ContainerUse[]>();
  const api = createImagesApi({
    clock: createManualClock(),
    random: createRandom(seed),
    emit: (e) => events.push(e),
    imageUsage: (id) => containers.get(id) ?? [],
  });
  return { api, events, containers };
}

/** The value of an ok result; throws with the error's message otherwise. */
export function must<T, E extends { message: string }>(r: Result<T, E>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
