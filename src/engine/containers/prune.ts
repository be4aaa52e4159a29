// ContainersPrune: remove every stopped container (filters: `until`, `label`), reporting the IDs
// and the bytes of their writable layers.

import { sizeOfChanges } from '../storage';
import type { Ctx } from './context';
import { removeNow } from './remove';

export interface ContainersPruneReport {
  readonly ContainersDeleted: readonly string[];
  readonly SpaceReclaimed: number;
}

export function pruneContainers(
  ctx: Ctx,
  filters: { readonly until?: number; readonly label?: readonly string[] } = {},
): ContainersPruneReport {
  const deleted: string[] = [];
  let space = 0;
  for (const c of [...ctx.containers.values()]) {
    if (c.state.running) continue;
    if (filters.until !== undefined && c.createdMs >= filters.until) continue;
    if (
      filters.label &&
      !filters.label.every((l) => {
        const i = l.indexOf('=');
        return i < 0 ? l in c.config.Labels : c.config.Labels[l.slice(0, i)] === l.slice(i + 1);
      })
    )
      continue;
    space += sizeOfChanges(c.mount.upper);
    removeNow(ctx, c);
    deleted.push(c.id);
  }
  return { ContainersDeleted: deleted, SpaceReclaimed: space };
}
