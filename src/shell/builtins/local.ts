// local: a variable that lives until the function returns (the old value is restored then).

import type { Builtin } from './builtin';
import { isName } from './util';

export const local: Builtin = {
  name: 'local',
  run(ctx) {
    const st = ctx.shell.state;
    const frame = st.locals[st.locals.length - 1];
    if (!frame || ctx.shell.funcDepth === 0) {
      ctx.stderr.write('bash: local: can only be used in a function\n');
      return 1;
    }
    let status = 0;
    for (const a of ctx.argv.slice(1)) {
      if (a.startsWith('-')) continue;
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!isName(name)) {
        ctx.stderr.write(`bash: local: \`${a}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      if (!frame.has(name)) {
        const old = st.vars.get(name);
        frame.set(name, old ? { ...old } : undefined);
      }
      if (eq >= 0) st.set(name, a.slice(eq + 1));
      else if (!st.vars.has(name)) st.set(name, '');
    }
    return status;
  },
};
