// which (debianutils): the path of each program on PATH; nothing and status 1 when missing.
// A builtin here because it needs the shell's PATH lookup; it reports files, never builtins.

import type { Builtin } from './builtin';
import { allFiles } from './describe';

export const which: Builtin = {
  name: 'which',
  run(ctx) {
    let all = false;
    let status = 0;
    const names = ctx.argv.slice(1).filter((a) => {
      if (a === '-a') all = true;
      return !a.startsWith('-');
    });
    if (names.length === 0) return 1;
    for (const n of names) {
      const found = n.includes('/')
        ? [n].filter((p) => ctx.fs.exists(ctx.resolve(p)))
        : allFiles(ctx.shell, n);
      if (found.length === 0) status = 1;
      for (const p of all ? found : found.slice(0, 1)) ctx.stdout.write(`${p}\n`);
    }
    return status;
  },
};
