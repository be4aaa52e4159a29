// let: evaluate each argument as arithmetic; status 0 when the last value is not zero.

import { evaluateArith } from '../interp/arith';
import type { Builtin } from './builtin';

export const letBuiltin: Builtin = {
  name: 'let',
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) {
      ctx.stderr.write('bash: let: expression expected\n');
      return 1;
    }
    let last = 0;
    for (const a of args) {
      const r = evaluateArith(a, ctx.shell.expander.arithVars());
      if (!r.ok) {
        ctx.stderr.write(`bash: let: ${r.message}\n`);
        return 1;
      }
      last = r.value;
    }
    return last !== 0 ? 0 : 1;
  },
};
