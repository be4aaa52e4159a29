// docker commit / docker container commit: a new image from the container's writable layer,
// `sha256:<64hex>` on stdout; `-m`, `-a`, `-c` (Dockerfile lines), `-p` (pause, default true).
// The client checks the reference before asking the daemon, as the API client does.

import type { Engine } from '../../engine/engine';
import { familiarString, parseNormalizedNamed, tagNameOnly } from '../../engine/images';
import { flagBool, flagChanged, flagList, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError } from './lib/output';

export const commit: DockerSubcommand<Engine> = {
  spec: specFromHelp('commit', { minArgs: 1, maxArgs: 2 }),
  async run(p, ctx, engine) {
    const api = engine.containers;
    await api.settle();
    const target = p.args[1] ?? '';
    let reference: string | undefined;
    if (target !== '') {
      const ref = parseNormalizedNamed(target);
      if (!ref.ok) {
        ctx.stderr.write(`${ref.error.message}\n`);
        return 1;
      }
      if (ref.value.digest !== undefined) {
        ctx.stderr.write('refusing to create a tag with a digest reference\n');
        return 1;
      }
      reference = familiarString(tagNameOnly(ref.value));
    }
    const r = api.commitContainer(p.args[0] as string, {
      ...(reference !== undefined ? { reference } : {}),
      ...(flagString(p, 'message') !== '' ? { message: flagString(p, 'message') } : {}),
      ...(flagString(p, 'author') !== '' ? { author: flagString(p, 'author') } : {}),
      changes: flagList(p, 'change'),
      pause: flagChanged(p, 'pause') ? flagBool(p, 'pause') : true,
    });
    if (!r.ok) return daemonError(ctx, r.error.message);
    ctx.stdout.write(`${r.value.id}\n`);
    return 0;
  },
};
