// docker wait / docker container wait: block until each container stops, print its exit code;
// errors are collected and printed after the last one (exit 1).

import type { Engine } from '../../engine/engine';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';

export const wait: DockerSubcommand<Engine> = {
  spec: specFromHelp('wait', { minArgs: 1 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const errors: string[] = [];
    for (const ref of p.args) {
      const r = await api.waitContainer(ref);
      if (r.ok) ctx.stdout.write(`${r.value.statusCode}\n`);
      else errors.push(`Error response from daemon: ${r.error.message}`);
    }
    await api.settle();
    if (errors.length === 0) return 0;
    ctx.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  },
};
