// local: a variable that lives until the function returns (the old value is restored then).
// Takes declare's attributes: `local -a list=(x y)`, `local -i n`, `local -r`.

import type { Builtin } from './builtin';
import { declareArg, type Attributes } from './declare-core';

export const local: Builtin = {
  name: 'local',
  run(ctx) {
    const st = ctx.shell.state;
    const frame = st.locals[st.locals.length - 1];
    if (!frame || ctx.shell.funcDepth === 0) {
      ctx.stderr.write('bash: local: can only be used in a function\n');
      return 1;
    }
    const attrs: Attributes = { local: true };
    let status = 0;
    for (const a of ctx.argv.slice(1)) {
      if (/^[-+][a-zA-Z]+$/.test(a)) {
        const on = a[0] === '-';
        if (a.includes('a')) attrs.array = on;
        if (a.includes('i')) attrs.integer = on;
        if (a.includes('r') && on) attrs.readonly = true;
        if (a.includes('x')) attrs.exported = on;
        continue;
      }
      if (!declareArg(ctx, 'local', a, attrs)) status = 1;
    }
    return status;
  },
};
