// docker system prune (cli/command/system/prune.go): one confirmation listing what goes, then
// the container, network, (with --volumes) volume, image and build-cache pruners in that order,
// each printing its own `Deleted …:` block, and one `Total reclaimed space:` for them all.
// The lab's only networks are the three defaults, which are never pruned, and it has no volumes,
// so those two pruners find nothing, truthfully.

import type { Engine } from '../../engine/engine';
import { flagBool, flagList } from '../flags/accessors';
import { humanSize } from '../format/units';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { confirm } from './lib/confirm';
import { daemonError, labNote } from './lib/output';

function warning(all: boolean, volumes: boolean): string {
  const items = [
    'all stopped containers',
    'all networks not used by at least one container',
    ...(volumes ? ['all anonymous volumes not used by at least one container'] : []),
    all ? 'all images without at least one container associated to them' : 'all dangling images',
    all ? 'all build cache' : 'unused build cache',
  ];
  return `WARNING! This will remove:\n${items.map((i) => `  - ${i}\n`).join('')}\nAre you sure you want to continue?`;
}

export const systemPrune: DockerSubcommand<Engine> = {
  spec: specFromHelp('system prune', { maxArgs: 0 }),
  async run(p, ctx, engine) {
    if (flagList(p, 'filter').length > 0)
      return labNote(ctx, "'docker system prune --filter' is not modelled in the lab yet");
    const all = flagBool(p, 'all');
    if (!flagBool(p, 'force') && !(await confirm(ctx, warning(all, flagBool(p, 'volumes')))))
      return 0;

    await engine.containers.settle();
    const containers = engine.containers.pruneContainers();
    let reclaimed = containers.SpaceReclaimed;
    if (containers.ContainersDeleted.length > 0)
      ctx.stdout.write(`Deleted Containers:\n${containers.ContainersDeleted.join('\n')}\n\n`);

    const images = engine.images.pruneImages({ all });
    if (!images.ok) return daemonError(ctx, images.error.message);
    if (images.value.deleted.length > 0) {
      let out = 'Deleted Images:\n';
      for (const d of images.value.deleted)
        out += 'untagged' in d ? `untagged: ${d.untagged}\n` : `deleted: ${d.deleted}\n`;
      ctx.stdout.write(`${out}\n`);
      reclaimed += images.value.spaceReclaimed;
    }

    // The lab's build cache holds results by step, not BuildKit's records with IDs and sizes,
    // so it is emptied (a rebuild runs every step again, as after a real prune) but not listed.
    const builder = await engine.builder();
    const cached = builder.cache.size;
    builder.cache.clear();
    if (cached > 0)
      ctx.stderr.write(
        `layerlab: the build cache (${cached} cached steps) was emptied; the lab does not list its records\n`,
      );

    ctx.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
