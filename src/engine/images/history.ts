// `docker history` data (GET /images/{name}/history): one row per config history entry, newest
// first; the top row carries the image ID and tags, lower rows the legacy parent chain's IDs
// while it lasts, otherwise `<missing>`.

import type { ImageError } from './errors';
import { timeMs } from './image-config';
import { referencesOf, type ImageEntry, type ImageStore } from './image-store';
import { findImage } from './lookup';
import { familiarString } from './reference';
import { ok, type Result } from './result';

export interface HistoryItem {
  readonly id: string;
  /** Seconds since the epoch. */
  readonly created: number;
  readonly createdBy: string;
  readonly tags: readonly string[];
  readonly size: number;
  readonly comment: string;
}

export function imageHistory(s: ImageStore, refOrId: string): Result<HistoryItem[], ImageError> {
  const found = findImage(s, refOrId);
  if (!found.ok) return found;
  const img = found.value.image;
  const rows: { created: number; createdBy: string; size: number; comment: string }[] = [];
  let layer = 0;
  for (const h of img.config.history ?? []) {
    let size = 0;
    if (!h.empty_layer) {
      const chain = img.chainIds[layer++];
      size = chain ? (s.layers.get(chain)?.stored.size ?? 0) : 0;
    }
    rows.unshift({
      created: Math.floor(timeMs(h.created) / 1000),
      createdBy: h.created_by ?? '',
      size,
      comment: h.comment ?? '',
    });
  }
  const out: HistoryItem[] = rows.map((r) => ({ ...r, id: '<missing>', tags: [] }));
  let cur: ImageEntry | undefined = img;
  for (let i = 0; i < out.length && cur; i++) {
    const id: string = cur.id;
    const tags = referencesOf(s, cur.id)
      .filter((r) => r.tag !== undefined)
      .map(familiarString);
    out[i] = { ...(out[i] as HistoryItem), id, tags };
    cur = cur.parent !== undefined ? s.images.get(cur.parent) : undefined;
  }
  return ok(out);
}
