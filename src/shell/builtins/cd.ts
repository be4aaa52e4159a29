// cd: logical paths (`..` removes the last component of $PWD, as bash does without -P), `cd -`,
// HOME, OLDPWD and PWD.

import { errnoMessage, isFsError } from '../../engine/fs/errors';
import { resolvePath } from '../interp/paths';
import type { Builtin } from './builtin';
import { fail } from './util';

export const cd: Builtin = {
  name: 'cd',
  run(ctx) {
    const st = ctx.shell.state;
    const args = ctx.argv
      .slice(1)
      .filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
    if (args.length > 1) return fail(ctx, 'too many arguments');
    let target: string | undefined = args[0];
    let print = false;
    if (target === undefined) {
      target = st.get('HOME');
      if (target === undefined) return fail(ctx, 'HOME not set');
    } else if (target === '-') {
      target = st.get('OLDPWD');
      if (target === undefined) return fail(ctx, 'OLDPWD not set');
      print = true;
    }
    if (target === '') return 0;
    const path = resolvePath(st.cwd, target);
    try {
      const s = ctx.fs.stat(path);
      if (s.type !== 'dir') return fail(ctx, `${target}: ${errnoMessage('ENOTDIR')}`);
    } catch (e) {
      if (isFsError(e)) return fail(ctx, `${target}: ${errnoMessage(e.code)}`);
      throw e;
    }
    st.set('OLDPWD', st.cwd);
    st.cwd = path;
    st.set('PWD', path);
    if (print) ctx.stdout.write(`${path}\n`);
    return 0;
  },
};
