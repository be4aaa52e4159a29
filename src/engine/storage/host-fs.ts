// The host's root filesystem: a writable in-memory tree with the generated /var/lib/docker beneath
// it. Writes inside /var/lib/docker fail with EROFS: that tree is the engine's state, shown, not
// stored, so a learner's `rm` there cannot desynchronise it from `docker` (see README decision 6).

import type { Clock } from '../clock/clock';
import type { DockerRootState } from './docker-root-state';
import { DOCKER_ROOT } from './docker-root-state';
import { dockerRootLayer, EMPTY_DOCKER_STATE, type DockerRootOptions } from './docker-root-view';
import type { StorageEmit } from './events';
import { createUnionMount, type UnionMount } from './union-mount';

export interface HostFsOptions extends DockerRootOptions {
  readonly clock?: Clock;
  readonly emit?: StorageEmit;
  /** Current storage state; read on every access, regenerated when the object changes. */
  readonly dockerState?: () => DockerRootState;
}

export function createHostFs(options: HostFsOptions = {}): UnionMount {
  const getState = options.dockerState ?? (() => EMPTY_DOCKER_STATE);
  return createUnionMount({
    id: 'host',
    upperId: 'host',
    lowers: [
      dockerRootLayer(getState, options.mtimeMs !== undefined ? { mtimeMs: options.mtimeMs } : {}),
    ],
    readOnlyUnder: [DOCKER_ROOT],
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.emit ? { emit: options.emit } : {}),
  });
}
