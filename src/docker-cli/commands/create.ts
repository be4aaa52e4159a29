// docker create / docker container create: what docker run does before it starts — the same
// flags and checks, a pull when the image is missing (stream on stderr), then the 64-hex ID.

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { withHelp } from './lib/containers';
import { createWithPull } from './lib/create-container';
import { runConfig } from './lib/run-options';

export const create: DockerSubcommand<Engine> = {
  spec: specFromHelp('create', { minArgs: 1, interspersed: false }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const r = runConfig(p, ctx, api, 'create');
    if (!r.ok) {
      if (!r.plain) return withHelp(ctx, 'create', r.message);
      ctx.stderr.write(`${r.message}\n`);
      return r.code ?? 1;
    }
    for (const note of r.value.notes) ctx.stderr.write(`layerlab: ${note}\n`);
    const created = await createWithPull(ctx, engine, api, r.value, 'create');
    if (!created.ok) return created.code;
    ctx.stdout.write(`${created.id}\n`);
    return 0;
  },
};
