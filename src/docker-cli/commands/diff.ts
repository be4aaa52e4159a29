// docker diff / docker container diff (FIDELITY §1.4): `A|C|D path` against the -init layer,
// no header, nothing at all for an unchanged container.

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError } from './lib/output';

export const diff: DockerSubcommand<Engine> = {
  spec: specFromHelp('diff', { minArgs: 1, maxArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const r = api.containerDiff(p.args[0] as string);
    if (!r.ok) return daemonError(ctx, r.error.message);
    ctx.stdout.write(r.value.map((c) => `${c.kind} ${c.path}\n`).join(''));
    return 0;
  },
};
