// The images' share of the host's /var/lib/docker: the layer store, imagedb and repositories.json
// as storage's DockerRootState wants them. Rebuilt only when the store changed.

import type { Digest, DockerRootState, ImageRecord, StoredLayer } from '../storage';
import type { ImageStore } from './image-store';
import { familiarName, familiarString } from './reference';

export type ImagesRootPart = Pick<DockerRootState, 'layers' | 'images' | 'repositories'>;

export function imagesRootPart(s: ImageStore): ImagesRootPart {
  const layers = new Map<Digest, StoredLayer>();
  for (const [k, l] of s.layers) layers.set(k, l.stored);
  const images: ImageRecord[] = [...s.images.values()].map((i) => ({
    id: i.id,
    configJson: i.configJson,
    ...(i.parent !== undefined ? { parent: i.parent } : {}),
    createdMs: i.createdMs,
  }));
  const repositories: Record<string, Record<string, string>> = {};
  for (const { ref, id } of s.refs.values()) {
    const repo = familiarName(ref);
    (repositories[repo] ??= {})[familiarString(ref)] = id;
  }
  return { layers, images, repositories };
}

/** Memoised by the store's version: the same object until something changes. */
export function memoRootPart(s: ImageStore): () => ImagesRootPart {
  let version = -1;
  let part: ImagesRootPart | undefined;
  return () => {
    if (!part || version !== s.version) {
      part = imagesRootPart(s);
      version = s.version;
    }
    return part;
  };
}
