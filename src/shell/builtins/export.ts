// export: mark variables for child processes; `export -p` lists them as `declare -x`.

import type { Builtin } from './builtin';
import { declareLineOf } from './declare-core';
import { isName } from './util';

export const exportBuiltin: Builtin = {
  name: 'export',
  run(ctx) {
    const st = ctx.shell.state;
    let args = ctx.argv.slice(1);
    let unexport = false;
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      if (args[0] === '--') {
        args = args.slice(1);
        break;
      }
      if (args[0] === '-n') unexport = true;
      else if (args[0] !== '-p' && args[0] !== '-f') {
        ctx.stderr.write(
          `bash: export: ${args[0]}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n`,
        );
        return 2;
      }
      args = args.slice(1);
    }
    if (args.length === 0) {
      const names = [...st.vars.keys()].filter((k) => st.vars.get(k)?.exported).sort();
      for (const k of names) {
        const v = st.vars.get(k);
        if (v) ctx.stdout.write(declareLineOf(k, v));
      }
      return 0;
    }
    let status = 0;
    for (const a of args) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!isName(name)) {
        ctx.stderr.write(`bash: export: \`${a}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      if (unexport) {
        const v = st.vars.get(name);
        if (v) v.exported = false;
        continue;
      }
      if (eq >= 0 && st.isReadonly(name)) {
        ctx.stderr.write(`bash: ${name}: readonly variable\n`);
        status = 1;
        continue;
      }
      if (eq >= 0) st.set(name, a.slice(eq + 1), true);
      else {
        // An unset name stays unset (bash would remember the export attribute for later).
        const v = st.vars.get(name);
        if (v) v.exported = true;
      }
    }
    return status;
  },
};
