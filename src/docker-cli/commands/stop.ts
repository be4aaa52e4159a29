// docker stop / docker container stop: the STOPSIGNAL (or -s), then SIGKILL after -t seconds
// (default the container's StopTimeout, else 10); each argument echoed as typed (FIDELITY §1.10).

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { eachContainer } from './lib/each-container';
import { HIDDEN_TIME_FLAG, stopOptions } from './lib/stop-options';

export const stop: DockerSubcommand<Engine> = {
  spec: specFromHelp('stop', { minArgs: 1, hiddenFlags: [HIDDEN_TIME_FLAG] }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const options = stopOptions(p);
    return eachContainer(ctx, p.args, async (ref) => {
      const r = await api.stopContainer(ref, options);
      return r.ok ? undefined : `Error response from daemon: ${r.error.message}`;
    });
  },
};
