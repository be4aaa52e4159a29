// The images part of `docker system df` (GET /system/df): every image with its size, the size it
// shares with other images, and how many containers use it; plus the total of unique layers.

import type { Digest } from '../storage';
import { imageSize, type ImageStore } from './image-store';
import { summarize, type ImageSummary } from './list';
import type { ImageUsage } from './remove';

export interface ImagesDiskUsage {
  /** Bytes of all layers in the store, each counted once (`SIZE` of the Images row). */
  readonly layersSize: number;
  readonly images: readonly ImageSummary[];
}

export function imagesDiskUsage(s: ImageStore, usage: ImageUsage): ImagesDiskUsage {
  const users = new Map<Digest, number>();
  for (const img of s.images.values())
    for (const c of img.chainIds) users.set(c, (users.get(c) ?? 0) + 1);
  let layersSize = 0;
  for (const l of s.layers.values()) layersSize += l.stored.size;
  const images = [...s.images.values()]
    .map((img) => {
      let shared = 0;
      for (const c of img.chainIds)
        if ((users.get(c) ?? 0) > 1) shared += s.layers.get(c)?.stored.size ?? 0;
      return { ...summarize(s, img, usage), size: imageSize(s, img), sharedSize: shared };
    })
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  return { layersSize, images };
}
