// Catalogs load on demand, one chunk per distribution family, and stay loaded.

import type { Family } from '../distro';
import type { Catalog } from './types';

const cache = new Map<string, Catalog>();

export async function loadCatalog(family: Family | 'pypi'): Promise<Catalog> {
  const hit = cache.get(family);
  if (hit) return hit;
  let c: Catalog;
  if (family === 'debian') c = (await import('./debian')).debianCatalog;
  else if (family === 'centos') c = (await import('./centos')).centosCatalog;
  else if (family === 'alpine') c = (await import('./alpine')).alpineCatalog;
  else c = (await import('./pypi')).pypiCatalog;
  cache.set(family, c);
  return c;
}
