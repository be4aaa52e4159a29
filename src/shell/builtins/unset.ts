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
      const el = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\]$/.exec(a);
      if (mode !== 'f' && !isName(a) && !el) {
        ctx.stderr.write(`bash: unset: \`${a}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      const name = el ? el[1] : a;
      if (mode !== 'f' && st.isReadonly(name)) {
        ctx.stderr.write(`bash: unset: ${name}: cannot unset: readonly variable\n`);
        status = 1;
        continue;
      }
      if (el) {
        if (el[2] === '@' || el[2] === '*') st.unset(name);
        else {
          const i = ctx.shell.expander.subscriptOf(name, el[2]);
          if (i !== null) st.unsetAt(name, i);
        }
        continue;
      }
      if (mode !== 'f' && st.vars.has(a)) st.unset(a);
      else if (mode !== 'v') st.functions.delete(a);
    }
    return status;
  },
};
