// docker pause / docker container pause: each argument echoed as typed.

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { eachContainer } from './lib/each-container';

export const pause: DockerSubcommand<Engine> = {
  spec: specFromHelp('pause', { minArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    return eachContainer(ctx, p.args, (ref) => {
      const r = api.pauseContainer(ref);
      return r.ok ? undefined : `Error response from daemon: ${r.error.message}`;
    });
  },
};
