// Catalogs load on demand, one chunk per distribution family, and stay loaded. Debian stretch
// has its own versions for the seeds' packages (debian-stretch.ts); other Debian and Ubuntu
// releases read bookworm's.

import type { Family } from '../distro';
import type { Catalog } from './types';

const cache = new Map<string, Catalog>();

export async function loadCatalog(family: Family | 'pypi', codename = ''): Promise<Catalog> {
  const key = family === 'debian' && codename === 'stretch' ? 'debian-stretch' : family;
  const hit = cache.get(key);
  if (hit) return hit;
  let c: Catalog;
  if (key === 'debian-stretch') c = (await import('./debian-stretch')).stretchCatalog;
  else if (family === 'debian') c = (await import('./debian')).debianCatalog;
  else if (family === 'centos') c = (await import('./centos')).centosCatalog;
  else if (family === 'alpine') c = (await import('./alpine')).alpineCatalog;
  else c = (await import('./pypi')).pypiCatalog;
  cache.set(key, c);
  return c;
}
