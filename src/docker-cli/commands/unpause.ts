// docker unpause / docker container unpause: each argument echoed as typed. No help text was
// captured for it, so its spec is written here (usage and aliases as docker 28 has them).

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { eachContainer } from './lib/each-container';

export const unpause: DockerSubcommand<Engine> = {
  spec: {
    ...specFromHelp('unpause', { minArgs: 1 }),
    aliases: ['container unpause'],
    usage: 'CONTAINER [CONTAINER...]',
  },
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    return eachContainer(ctx, p.args, (ref) => {
      const r = api.unpauseContainer(ref);
      return r.ok ? undefined : `Error response from daemon: ${r.error.message}`;
    });
  },
};
