// HOOK(containers): the container half of the commands that span images and containers
// (`docker inspect`, `docker info`, `docker system df`). The containers engine exists
// (src/engine/containers) but does not hang off `Engine` yet; until it does, there are no
// containers and these read as zero / "No such container". When `engine.containers` appears
// with the ContainersApi shape, they pick it up with no change here.

import type { Engine } from '../../../engine/engine';
import type { ContainersApi, ContainerUsage } from '../../../engine/containers';

type MaybeContainers = Engine & { readonly containers?: ContainersApi };

function api(engine: Engine): ContainersApi | undefined {
  return (engine as MaybeContainers).containers;
}

export interface ContainerCounts {
  readonly total: number;
  readonly running: number;
  readonly paused: number;
  readonly stopped: number;
}

/** `docker info`'s Containers block. */
export function containerCounts(engine: Engine): ContainerCounts {
  const list = api(engine)?.listContainers({ all: true });
  if (!list?.ok) return { total: 0, running: 0, paused: 0, stopped: 0 };
  const states = list.value.map((c) => c.State);
  const paused = states.filter((s) => s === 'paused').length;
  const running = states.filter((s) => s === 'running' || s === 'restarting').length;
  return { total: states.length, running, paused, stopped: states.length - running - paused };
}

/** `docker system df`'s containers (empty until the containers engine is on Engine). */
export function containerUsage(engine: Engine): readonly ContainerUsage[] {
  return api(engine)?.diskUsage().containers ?? [];
}

export type ContainerLookup =
  | { readonly found: true; readonly object: unknown }
  | { readonly found: false; readonly notFound: boolean; readonly message: string };

/** `docker container inspect REF` as the generic inspect needs it. */
export function inspectContainerObject(engine: Engine, ref: string): ContainerLookup {
  const c = api(engine);
  if (!c) return { found: false, notFound: true, message: `No such container: ${ref}` };
  const r = c.inspectContainer(ref);
  if (r.ok) return { found: true, object: r.value };
  return {
    found: false,
    notFound: r.error.code === 'not-found',
    message: r.error.message,
  };
}
