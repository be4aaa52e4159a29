// A plain in-memory filesystem: a union mount with no lower layers, so nothing is ever copied up or
// whited out. The host's root and the shell's tests use it.

import type { Clock } from '../clock/clock';
import type { StorageEmit } from './events';
import { createUnionMount, type UnionMount } from './union-mount';

export function createMemoryFs(
  clock?: Clock,
  options: { id?: string; emit?: StorageEmit } = {},
): UnionMount {
  return createUnionMount({
    id: options.id ?? 'memory',
    ...(clock ? { clock } : {}),
    ...(options.emit ? { emit: options.emit } : {}),
  });
}
