// docker container prune: remove every stopped container after a [y/N] prompt (unless -f);
// `Deleted Containers:` with the full IDs, a blank line, `Total reclaimed space:`. Filters:
// `until` (a timestamp) and `label`. Answering no ends quietly, as docker 28 does.

import type { Engine } from '../../engine/engine';
import { flagBool, flagList } from '../flags/accessors';
import { humanSize } from '../format/units';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { confirm } from './lib/confirm';
import { parseFilters } from './lib/filters';
import { daemonError } from './lib/output';
import { parseTimestamp } from './lib/timestamps';

const WARNING =
  'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

export const containerPrune: DockerSubcommand<Engine> = {
  spec: specFromHelp('container prune', { maxArgs: 0 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    const f = parseFilters(
      flagList(p, 'filter'),
      containerPrune.spec.flags,
      p.commandPath,
      p.useLine,
    );
    if (!f.ok) {
      ctx.stderr.write(`${f.message}\n`);
      return f.exitCode;
    }
    for (const key of Object.keys(f.filters))
      if (key !== 'until' && key !== 'label') return daemonError(ctx, `invalid filter '${key}'`);
    let until: number | undefined;
    const u = f.filters.until?.[0];
    if (u !== undefined) {
      const t = parseTimestamp(u, engine.clock.now());
      if (!t.ok) return daemonError(ctx, t.error);
      until = t.ms;
    }
    if (!flagBool(p, 'force') && !(await confirm(ctx, WARNING))) return 0;
    await api.settle();
    const report = api.pruneContainers({
      ...(until !== undefined ? { until } : {}),
      ...(f.filters.label ? { label: f.filters.label } : {}),
    });
    if (report.ContainersDeleted.length > 0)
      ctx.stdout.write(`Deleted Containers:\n${report.ContainersDeleted.join('\n')}\n\n`);
    ctx.stdout.write(`Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`);
    return 0;
  },
};
