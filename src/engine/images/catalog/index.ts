// The base-image catalog: one module per repository, loaded on demand (`import()` gives each its
// own chunk), built once and cached. `loadImage` resolves a tag, following aliases (`latest`).

import { buildImage, type CatalogImage, type CatalogLayer } from './build';
import type { ImageSpec } from './types';

export type { CatalogImage, CatalogLayer };

type Module = { readonly images: Readonly<Record<string, ImageSpec | string>> };

/** Registry path → its module. Adding an image is one file plus one line here. */
const MODULES: Readonly<Record<string, () => Promise<Module>>> = {
  'library/alpine': () => import('./images/alpine'),
  'library/busybox': () => import('./images/busybox'),
  'library/centos': () => import('./images/centos'),
  'library/debian': () => import('./images/debian'),
  'library/golang': () => import('./images/golang'),
  'library/hello-world': () => import('./images/hello-world'),
  'library/httpd': () => import('./images/httpd'),
  'library/nginx': () => import('./images/nginx'),
  'library/python': () => import('./images/python'),
  'library/redis': () => import('./images/redis'),
  'library/registry': () => import('./images/registry'),
  'library/tomcat': () => import('./images/tomcat'),
  'library/ubuntu': () => import('./images/ubuntu'),
};

/** Repositories the catalog holds (registry paths, e.g. `library/nginx`). */
export const CATALOG_REPOSITORIES: readonly string[] = Object.keys(MODULES);

// Each module's promise is kept: a second `import()` of a loaded module still costs the host a
// round trip through its loader (macrotask turns under tsx), which a headless run must not see.
const loaded = new Map<string, Promise<Module>>();

function moduleOf(repository: string): Promise<Module> | undefined {
  const load = MODULES[repository];
  if (!load) return undefined;
  let m = loaded.get(repository);
  if (!m) {
    m = load();
    loaded.set(repository, m);
    m.catch(() => loaded.delete(repository)); // a failed fetch may be retried
  }
  return m;
}

const cache = new Map<string, CatalogImage>();

/** Tags a repository offers (aliases included), or undefined for an unknown repository. */
export async function listTags(repository: string): Promise<string[] | undefined> {
  const m = moduleOf(repository);
  return m ? Object.keys((await m).images) : undefined;
}

/**
 * The image a tag names in the catalog: undefined when the repository is unknown (pull access
 * denied) or the tag is not there (manifest unknown) — `hasRepository` tells which.
 */
export async function loadImage(
  repository: string,
  tag: string,
): Promise<CatalogImage | undefined> {
  const m = moduleOf(repository);
  if (!m) return undefined;
  const { images } = await m;
  let entry = images[tag];
  for (let hops = 0; typeof entry === 'string' && hops < 4; hops++) entry = images[entry];
  if (entry === undefined || typeof entry === 'string') return undefined;
  const key = `${entry.repository}:${entry.tag}`;
  let image = cache.get(key);
  if (!image) cache.set(key, (image = buildImage(entry)));
  return image;
}

/** Every image the catalog builds (aliases left out), for the digest generator and its test. */
export async function allImageSpecs(): Promise<ImageSpec[]> {
  const out: ImageSpec[] = [];
  for (const repository of CATALOG_REPOSITORIES) {
    const m = moduleOf(repository);
    if (!m) continue;
    for (const entry of Object.values((await m).images))
      if (typeof entry !== 'string') out.push(entry);
  }
  return out;
}

export function hasRepository(repository: string): boolean {
  return repository in MODULES;
}
