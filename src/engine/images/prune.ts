// `docker image prune` (POST /images/prune): dangling images, or with `all` every image no
// container uses. Conflicts are skipped quietly; the report lists what went and the bytes freed.

import type { ImageError } from './errors';
import { referencesOf, type ImageStore } from './image-store';
import { familiarString } from './reference';
import { removeImage, type DeleteRecord, type ImageUsage } from './remove';
import { ok, type Result } from './result';

export interface PruneReport {
  readonly deleted: readonly DeleteRecord[];
  readonly spaceReclaimed: number;
}

export function pruneImages(
  s: ImageStore,
  usage: ImageUsage,
  options: { all?: boolean } = {},
): Result<PruneReport, ImageError> {
  const sizes = new Map([...s.layers].map(([k, l]) => [k as string, l.stored.size]));
  const deleted: DeleteRecord[] = [];
  const ids = [...s.images.values()].sort((a, b) => b.createdMs - a.createdMs).map((i) => i.id);
  for (const id of ids) {
    if (!s.images.has(id)) continue;
    const refs = referencesOf(s, id);
    const tags = refs.filter((r) => r.tag !== undefined);
    if (!options.all && tags.length > 0) continue;
    if (usage(id).length > 0) continue;
    if (tags.length === 0) {
      const r = removeImage(s, usage, id, {});
      if (r.ok) deleted.push(...r.value);
      continue;
    }
    for (const ref of refs) {
      if (!s.images.has(id)) break;
      const r = removeImage(s, usage, familiarString(ref), {});
      if (r.ok) deleted.push(...r.value);
    }
  }
  let spaceReclaimed = 0;
  for (const d of deleted) if ('deleted' in d) spaceReclaimed += sizes.get(d.deleted) ?? 0;
  return ok({ deleted, spaceReclaimed });
}
