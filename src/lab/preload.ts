// Everything a headless lab would otherwise fetch on first use: the image catalog's modules,
// the package catalogs, the builder, the outside world and docker's completion. The transcript
// runner awaits it before typing, so no command waits on module loading mid-run — that keeps
// runs byte-identical and lets the runner tell a lab that computes from one that waits.

import { CATALOG_REPOSITORIES, listTags } from '../engine/images/catalog';
import { loadCatalog } from '../shell/programs/packages/catalog/load';
import type { Lab } from './lab';

export async function preloadLab(lab: Lab): Promise<void> {
  const engine = await lab.whenEngine();
  await Promise.all([
    lab.loadPrograms(),
    engine.builder(),
    ...CATALOG_REPOSITORIES.map((r) => listTags(r)),
    loadCatalog('debian', 'stretch'),
    ...(['debian', 'centos', 'alpine', 'pypi'] as const).map((f) => loadCatalog(f)),
    import('../docker-cli/completion'),
    import('../engine/world'),
    import('../engine/listeners/world-site'),
    import('../shell/programs/net'),
  ]);
}
