// docker inspect: any object by name or ID — containers first, then images (networks and
// volumes are not in the lab yet). `--type` narrows the search and then the daemon's own
// error is shown; without it a miss is `Error: No such object: x`. `-s` applies to containers.

import type { Engine } from '../../engine/engine';
import { flagBool, flagChanged, flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { imageLookup } from './image-inspect';
import { inspectContainerObject } from './lib/containers-hook';
import { inspect, type Lookup } from './lib/inspector';
import { labNote } from './lib/output';

const ALL_TYPES = [
  'config',
  'container',
  'image',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'task',
  'volume',
];

export const inspectCommand: DockerSubcommand<Engine> = {
  spec: specFromHelp('inspect', { minArgs: 1 }),
  run(p, ctx, engine) {
    const type = flagString(p, 'type');
    const list = `"${ALL_TYPES.join('", "')}"`;
    if (flagChanged(p, 'type') && type === '') {
      ctx.stderr.write(`type is empty: must be one of ${list}\n`);
      return 1;
    }
    if (type !== '' && !ALL_TYPES.includes(type)) {
      ctx.stderr.write(`unknown type: ${JSON.stringify(type)}: must be one of ${list}\n`);
      return 1;
    }
    if (type !== '' && type !== 'image' && type !== 'container')
      return labNote(ctx, `'docker inspect --type ${type}' is not available in the lab yet`);
    const size = flagBool(p, 'size');
    const images = imageLookup(engine);
    const lookup = (ref: string): Lookup => {
      if (type === '' || type === 'container') {
        const c = inspectContainerObject(engine, ref);
        if (c.found) return { ok: true, object: c.object };
        if (type === 'container' || !c.notFound)
          return { ok: false, message: `Error response from daemon: ${c.message}` };
      }
      const r = images(ref);
      if (r.ok) {
        if (size) ctx.stderr.write('WARNING: --size ignored for image\n');
        return r;
      }
      if (type === 'image') return r;
      // Skippable misses (not found, invalid reference) fall through to the next type.
      return { ok: false, message: `Error: No such object: ${ref}` };
    };
    return inspect(ctx, p.args, flagString(p, 'format'), lookup);
  },
};
