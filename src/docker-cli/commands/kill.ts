// docker kill / docker container kill: SIGKILL or -s; a PID 1 without a handler ignores other
// signals, as on Linux. The daemon's router wraps errors as `Cannot kill container: <ref>: …`.

import type { Engine } from '../../engine/engine';
import { flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { eachContainer } from './lib/each-container';

export const kill: DockerSubcommand<Engine> = {
  spec: specFromHelp('kill', { minArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const signal = flagString(p, 'signal');
    const code = await eachContainer(ctx, p.args, (ref) => {
      const r = api.killContainer(ref, signal === '' ? undefined : signal);
      return r.ok
        ? undefined
        : `Error response from daemon: Cannot kill container: ${ref}: ${r.error.message}`;
    });
    await api.settle();
    return code;
  },
};
