// docker tag / docker image tag: nothing on success. The client parses both references first
// (client.ImageTag) and words its own errors; a missing source is the daemon's `No such image`.

import type { Engine } from '../../engine/engine';
import { parseAnyReference, parseNormalizedNamed } from '../../engine/images';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { daemonError } from './lib/output';

const parseError = (ref: string, message: string) =>
  `Error parsing reference: ${JSON.stringify(ref)} is not a valid repository/tag: ${message}\n`;

export const tag: DockerSubcommand<Engine> = {
  spec: specFromHelp('tag', { minArgs: 2, maxArgs: 2 }),
  run(p, ctx, engine) {
    const [source, target] = p.args as [string, string];
    const src = parseAnyReference(source);
    if (!src.ok) {
      ctx.stderr.write(parseError(source, src.error.message));
      return 1;
    }
    const dst = parseNormalizedNamed(target);
    if (!dst.ok) {
      ctx.stderr.write(parseError(target, dst.error.message));
      return 1;
    }
    if (dst.value.digest !== undefined) {
      ctx.stderr.write('refusing to create a tag with a digest reference\n');
      return 1;
    }
    const r = engine.images.tagImage(source, target);
    return r.ok ? 0 : daemonError(ctx, r.error.message);
  },
};
