// docker restart / docker container restart: stop (as docker stop) then start; a stopped
// container just starts. Each argument echoed as typed.

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { eachContainer } from './lib/each-container';
import { HIDDEN_TIME_FLAG, stopOptions } from './lib/stop-options';

export const restart: DockerSubcommand<Engine> = {
  spec: specFromHelp('restart', { minArgs: 1, hiddenFlags: [HIDDEN_TIME_FLAG] }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const options = stopOptions(p);
    const code = await eachContainer(ctx, p.args, async (ref) => {
      const r = await api.restartContainer(ref, options);
      return r.ok ? undefined : `Error response from daemon: ${r.error.message}`;
    });
    await api.settle();
    return code;
  },
};
