// mount (util-linux): with no arguments, the mount table as `SRC on DIR type FS (OPTIONS)`;
// -t TYPE filters. Lines come from SystemInfo.mounts (the host's storage view adds overlay lines
// for running containers). Mounting is not part of the lab and says so.

import type { Command } from '../../types';
import { mounts } from './host-defaults';

export const mount: Command = {
  name: 'mount',
  run(ctx) {
    const args = ctx.argv.slice(1);
    let type: string | null;
    if (args[0] === '-t' && args[1] !== undefined) type = args[1];
    else if (args[0] === '-l' || args.length === 0) type = null;
    else {
      ctx.stderr.write(
        'layerlab: mount: mounting filesystems is not part of this lab (docker run -v is)\n',
      );
      return 32;
    }
    let out = '';
    for (const line of mounts(ctx)) {
      const [src, dir, fs, opts] = line.split(' ');
      if (type !== null && !type.split(',').includes(fs)) continue;
      out += `${src} on ${dir} type ${fs} (${opts})\n`;
    }
    ctx.stdout.write(out);
    return 0;
  },
};
