// id (coreutils): `uid=0(root) gid=0(root) groups=0(root)`, and -u -g -G with -n.

import type { Command } from '../types';
import { groupName, userName } from './users';

export const id: Command = {
  name: 'id',
  run(ctx) {
    const { uid, gid } = ctx.system;
    const flags = ctx.argv.slice(1).join('').replace(/-/g, '');
    const un = userName(ctx.fs, uid);
    const gn = groupName(ctx.fs, gid);
    const names = flags.includes('n');
    if (ctx.argv.slice(1).some((a) => !a.startsWith('-'))) {
      ctx.stderr.write('layerlab: id: looking up other users is not supported here\n');
      return 1;
    }
    if (flags.includes('u')) ctx.stdout.write(`${names ? (un ?? uid) : uid}\n`);
    else if (flags.includes('g') || flags.includes('G'))
      ctx.stdout.write(`${names ? (gn ?? gid) : gid}\n`);
    else {
      const u = un ? `${uid}(${un})` : `${uid}`;
      const g = gn ? `${gid}(${gn})` : `${gid}`;
      ctx.stdout.write(`uid=${u} gid=${g} groups=${g}\n`);
    }
    return 0;
  },
};
