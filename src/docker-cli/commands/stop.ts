// docker stop / docker container stop: the STOPSIGNAL (or -s), then SIGKILL after -t seconds
// (default the container's StopTimeout, else 10); each argument echoed as typed (FIDELITY §1.10).

import type { Engine } from '../../engine/engine';
import { flagChanged, flagNumber, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { eachContainer } from './lib/each-container';

export const stop: DockerSubcommand<Engine> = {
  spec: specFromHelp('stop', {
    minArgs: 1,
    // Deprecated in 28 and hidden: --time, the old name of --timeout.
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
    return eachContainer(ctx, p.args, async (ref) => {
      const r = await api.stopContainer(ref, {
        ...(timeout !== undefined ? { timeout } : {}),
        ...(signal !== '' ? { signal } : {}),
      });
      return r.ok ? undefined : `Error response from daemon: ${r.error.message}`;
    });
  },
};
