// readonly: make variables unchangeable (assigning one is an error that abandons the line;
// unset refuses). `readonly -p` or no names lists them as `declare -r` lines.

import type { Builtin } from './builtin';
import { declareArg, declareLineOf } from './declare-core';

export const readonly: Builtin = {
  name: 'readonly',
  run(ctx) {
    const st = ctx.shell.state;
    let args = ctx.argv.slice(1);
    let array = false;
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      const a = args[0];
      args = args.slice(1);
      if (a === '--') break;
      if (a === '-a') array = true;
      else if (a !== '-p' && a !== '-f') {
        ctx.stderr.write(
          `bash: readonly: ${a}: invalid option\nreadonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p\n`,
        );
        return 2;
      }
    }
    if (args.length === 0) {
      for (const n of [...st.vars.keys()].sort()) {
        const v = st.vars.get(n);
        if (v?.readonly) ctx.stdout.write(declareLineOf(n, v));
      }
      return 0;
    }
    let status = 0;
    for (const a of args)
      if (!declareArg(ctx, 'readonly', a, { readonly: true, array: array || undefined }))
        status = 1;
    return status;
  },
};
