import type { Builtin } from './builtin';
import { isName } from './util';

export const unset: Builtin = {
  name: 'unset',
  run(ctx) {
    const st = ctx.shell.state;
    let mode: 'v' | 'f' | 'both' = 'both';
    let status = 0;
    for (const a of ctx.argv.slice(1)) {
      if (a === '-v' || a === '-f') {
        mode = a === '-v' ? 'v' : 'f';
        continue;
      }
      if (mode !== 'f' && !isName(a)) {
        ctx.stderr.write(`bash: unset: \`${a}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      if (mode !== 'f' && st.vars.has(a)) st.unset(a);
      else if (mode !== 'v') st.functions.delete(a);
    }
    return status;
  },
};
