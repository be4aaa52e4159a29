// docker rename / docker container rename: names are checked by the daemon (invalid names,
// conflicts, the same name); both empty → the client's own error.

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError } from './lib/output';

export const rename: DockerSubcommand<Engine> = {
  spec: specFromHelp('rename', { minArgs: 2, maxArgs: 2 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const oldName = (p.args[0] as string).trim();
    const newName = (p.args[1] as string).trim();
    if (oldName === '' || newName === '') {
      ctx.stderr.write('Error: Neither old nor new names may be empty\n');
      return 1;
    }
    const r = api.renameContainer(oldName, newName);
    return r.ok ? 0 : daemonError(ctx, r.error.message);
  },
};
