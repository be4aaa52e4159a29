import { ReturnSignal } from '../interp/control';
import type { Builtin } from './builtin';
import { parseInteger } from './util';

export const returnBuiltin: Builtin = {
  name: 'return',
  run(ctx) {
    const sh = ctx.shell;
    if (sh.funcDepth === 0 && sh.sourceDepth === 0) {
      ctx.stderr.write("bash: return: can only `return' from a function or sourced script\n");
      return 1;
    }
    const arg = ctx.argv[1];
    if (arg === undefined) throw new ReturnSignal(sh.state.status);
    const n = parseInteger(arg);
    if (n === null) {
      ctx.stderr.write(`bash: return: ${arg}: numeric argument required\n`);
      throw new ReturnSignal(2);
    }
    throw new ReturnSignal(((n % 256) + 256) % 256);
  },
};
