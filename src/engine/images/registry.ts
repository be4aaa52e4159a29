// Where pulls come from. Docker Hub is the catalog; other registries (a `registry:2` container,
// a cloud registry) plug in by domain. A registry answers with the image a reference names.

import type { Digest, ReadonlyChangeset } from '../storage';
import { loadImage, listTags, hasRepository, type CatalogImage } from './catalog';

export interface RemoteLayer {
  readonly changes: ReadonlyChangeset;
  readonly diffId: Digest;
  readonly size: number;
  readonly blobDigest: Digest;
  readonly blobSize: number;
}

export interface RemoteImage {
  readonly configJson: string;
  readonly id: Digest;
  readonly layers: readonly RemoteLayer[];
  /** What the `Digest:` line shows and RepoDigests records (index digest for multi-arch). */
  readonly digest: Digest;
}

export type ResolveResult =
  | { readonly kind: 'found'; readonly image: RemoteImage }
  | { readonly kind: 'no-repository' }
  | { readonly kind: 'no-manifest' };

export interface Registry {
  /** `path` is the repository inside the registry (`library/nginx`); exactly one of tag/digest. */
  resolve(path: string, tagOrDigest: { tag?: string; digest?: string }): Promise<ResolveResult>;
}

const fromCatalog = (c: CatalogImage): RemoteImage => ({
  configJson: c.configJson,
  id: c.id,
  digest: c.indexDigest,
  layers: c.layers.map((l) => ({
    changes: l.layer.changes,
    diffId: l.diffId,
    size: l.size,
    blobDigest: l.blobDigest,
    blobSize: l.blobSize,
  })),
});

/** Docker Hub as the lab knows it: the lazily loaded base-image catalog. */
export const dockerHub: Registry = {
  async resolve(path, { tag, digest }) {
    if (!hasRepository(path)) return { kind: 'no-repository' };
    if (tag !== undefined) {
      const c = await loadImage(path, tag);
      return c ? { kind: 'found', image: fromCatalog(c) } : { kind: 'no-manifest' };
    }
    for (const t of (await listTags(path)) ?? []) {
      const c = await loadImage(path, t);
      if (c && (c.indexDigest === digest || c.manifestDigest === digest))
        return { kind: 'found', image: { ...fromCatalog(c), digest: digest as Digest } };
    }
    return { kind: 'no-manifest' };
  },
};
