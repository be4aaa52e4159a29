// docker restart / docker container restart: stop (as docker stop) then start; a stopped
// container just starts. Each argument echoed as typed.

import type { Engine } from '../../engine/engine';
import { flagChanged, flagNumber, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { eachContainer } from './lib/each-container';

export const restart: DockerSubcommand<Engine> = {
  spec: specFromHelp('restart', {
    minArgs: 1,
    hiddenFlags: [
      { long: 'time', type: 'int', description: 'Seconds to wait before killing the container' },
    ],
  }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const signal = flagString(p, 'signal');
    const timeout = flagChanged(p, 'timeout')
      ? flagNumber(p, 'timeout')
      : flagChanged(p, 'time')
        ? flagNumber(p, 'time')
        : undefined;
    const code = await eachContainer(ctx, p.args, async (ref) => {
      const r = await api.restartContainer(ref, {
        ...(timeout !== undefined ? { timeout } : {}),
        ...(signal !== '' ? { signal } : {}),
      });
      return r.ok ? undefined : `Error response from daemon: ${r.error.message}`;
    });
    await api.settle();
    return code;
  },
};
