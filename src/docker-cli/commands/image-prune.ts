// docker image prune: asks first (unless -f), then removes dangling images (`-a`: every image
// no container uses) and reports what went and the space reclaimed. Answering anything but
// y/Y, or end of input, cancels quietly with exit 0, as docker does.

import type { Engine } from '../../engine/engine';
import { humanSize } from '../format/units';
import { flagBool, flagList } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { confirm } from './lib/confirm';
import { parseFilters } from './lib/filters';
import { daemonError, labNote } from './lib/output';

const DANGLING_WARNING =
  'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';
const ALL_WARNING =
  'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';

export const imagePrune: DockerSubcommand<Engine> = {
  spec: specFromHelp('image prune', { maxArgs: 0 }),
  async run(p, ctx, engine) {
    const f = parseFilters(flagList(p, 'filter'), imagePrune.spec.flags, p.commandPath, p.useLine);
    if (!f.ok) {
      ctx.stderr.write(`${f.message}\n`);
      return f.exitCode;
    }
    const keys = Object.keys(f.filters);
    const unknown = keys.find((k) => !['until', 'label', 'label!', 'dangling'].includes(k));
    if (unknown !== undefined) return daemonError(ctx, `invalid filter '${unknown}'`);
    if (keys.length > 0)
      return labNote(ctx, "'docker image prune --filter' is not modelled in the lab yet");
    const all = flagBool(p, 'all');
    if (!flagBool(p, 'force') && !(await confirm(ctx, all ? ALL_WARNING : DANGLING_WARNING)))
      return 0;
    const r = engine.images.pruneImages({ all });
    if (!r.ok) return daemonError(ctx, r.error.message);
    let reclaimed = 0;
    if (r.value.deleted.length > 0) {
      let out = 'Deleted Images:\n';
      for (const d of r.value.deleted)
        out += 'untagged' in d ? `untagged: ${d.untagged}\n` : `deleted: ${d.deleted}\n`;
      ctx.stdout.write(`${out}\n`);
      reclaimed = r.value.spaceReclaimed;
    }
    ctx.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
