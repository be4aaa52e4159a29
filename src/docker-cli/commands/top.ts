// docker top / docker container top: the container's processes as `ps -ef` shows them, with
// host PIDs. ps options after the container are the daemon's business; the lab has one layout.

import type { Engine } from '../../engine/engine';
import { tabwrite } from '../format/tabwriter';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError } from './lib/output';

export const top: DockerSubcommand<Engine> = {
  spec: specFromHelp('top', { minArgs: 1, interspersed: false }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    if (p.args.length > 1)
      ctx.stderr.write(
        `layerlab: ps options (${p.args.slice(1).join(' ')}) are not modelled; showing ps -ef\n`,
      );
    const r = api.topContainer(p.args[0] as string);
    if (!r.ok) return daemonError(ctx, r.error.message);
    const lines = [r.value.Titles, ...r.value.Processes].map((row) => `${row.join('\t')}\n`);
    // top.go: tabwriter.NewWriter(out, 20, 1, 3, ' ', 0).
    ctx.stdout.write(
      tabwrite(lines.join(''), { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }),
    );
    return 0;
  },
};
