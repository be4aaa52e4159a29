// docker rm / docker container rm: each argument in order, echoed as typed; -f kills a running
// container first and reports missing ones on stderr without failing; -v (anonymous volumes)
// has nothing to remove until volumes exist; --link is a legacy-links operation.

import type { Engine } from '../../engine/engine';
import { flagBool } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { labNote } from './lib/output';

export const rm: DockerSubcommand<Engine> = {
  spec: specFromHelp('rm', { minArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    if (flagBool(p, 'link'))
      return labNote(ctx, "'docker rm --link' (legacy links) comes with the networks issue");
    await api.settle();
    const force = flagBool(p, 'force');
    const errors: string[] = [];
    for (const typed of p.args) {
      const name = typed.replace(/^\/+|\/+$/g, '');
      if (name === '') {
        errors.push('Container name cannot be empty');
        continue;
      }
      const r = api.removeContainer(name, { force, volumes: flagBool(p, 'volumes') });
      if (r.ok) {
        ctx.stdout.write(`${typed}\n`);
        continue;
      }
      const msg = `Error response from daemon: ${r.error.message}`;
      if (force && r.error.code === 'not-found') ctx.stderr.write(`${msg}\n`);
      else errors.push(msg);
    }
    await api.settle();
    if (errors.length === 0) return 0;
    ctx.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  },
};
