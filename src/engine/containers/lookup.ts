// GetContainer as the daemon resolves a reference: a full ID, then a name (with or without the
// leading slash), then a unique ID prefix.

import type { Ctx } from './context';
import { ambiguousPrefix, noSuchContainer, type ContainerError } from './errors';
import type { Container } from './types';

export type Found =
  | { readonly ok: true; readonly value: Container }
  | { readonly ok: false; readonly error: ContainerError };

export function findContainer(ctx: Ctx, ref: string): Found {
  if (ref === '') return { ok: false, error: noSuchContainer(ref) };
  const exact = ctx.containers.get(ref);
  if (exact) return { ok: true, value: exact };
  const byName = ctx.names.get(ref.replace(/^\//, ''));
  if (byName) {
    const c = ctx.containers.get(byName);
    if (c) return { ok: true, value: c };
  }
  if (/^[0-9a-f]+$/.test(ref)) {
    let hit: Container | undefined;
    for (const [id, c] of ctx.containers) {
      if (!id.startsWith(ref)) continue;
      if (hit) return { ok: false, error: ambiguousPrefix(ref) };
      hit = c;
    }
    if (hit) return { ok: true, value: hit };
  }
  return { ok: false, error: noSuchContainer(ref) };
}
