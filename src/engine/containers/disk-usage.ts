// The containers part of `docker system df` (and `-v`): each container's writable-layer size and
// virtual size, and the totals the Containers row shows (active = running).

import { sizeOfChanges } from '../storage';
import { commandLine } from './command';
import type { Ctx } from './context';
import { statusName, statusText } from './state';

export interface ContainerUsage {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly command: string;
  readonly createdMs: number;
  readonly status: string;
  readonly state: string;
  readonly sizeRw: number;
  readonly sizeRootFs: number;
  readonly running: boolean;
}

export interface ContainersDiskUsage {
  readonly containers: readonly ContainerUsage[];
  readonly totalCount: number;
  readonly active: number;
  /** Sum of writable layers. */
  readonly size: number;
  /** Writable layers of stopped containers. */
  readonly reclaimable: number;
}

export function containersDiskUsage(ctx: Ctx): ContainersDiskUsage {
  const now = ctx.clock.now();
  const imageSize = new Map<string, number>();
  const containers = [...ctx.containers.values()].reverse().map((c): ContainerUsage => {
    if (!imageSize.has(c.imageId)) {
      const i = ctx.images.getImage(c.imageId);
      imageSize.set(c.imageId, i.ok ? i.value.size : 0);
    }
    const rw = sizeOfChanges(c.mount.upper);
    return {
      id: c.id,
      name: c.name,
      image: c.config.Image,
      command: commandLine(c.path, c.args),
      createdMs: c.createdMs,
      status: statusText(c.state, now),
      state: statusName(c.state),
      sizeRw: rw,
      sizeRootFs: rw + (imageSize.get(c.imageId) ?? 0),
      running: c.state.running,
    };
  });
  let size = 0;
  let reclaimable = 0;
  for (const c of containers) {
    size += c.sizeRw;
    if (!c.running) reclaimable += c.sizeRw;
  }
  return {
    containers,
    totalCount: containers.length,
    active: containers.filter((c) => c.running).length,
    size,
    reclaimable,
  };
}
