// break and continue, with an optional loop count.

import { BreakSignal } from '../interp/control';
import type { Builtin, BuiltinContext } from './builtin';
import { parseInteger } from './util';

function loopControl(kind: 'break' | 'continue') {
  return (ctx: BuiltinContext): number => {
    const arg = ctx.argv[1];
    let n = 1;
    if (arg !== undefined) {
      const v = parseInteger(arg);
      if (v === null) {
        ctx.stderr.write(`bash: ${kind}: ${arg}: numeric argument required\n`);
        return 1;
      }
      if (v < 1) {
        ctx.stderr.write(`bash: ${kind}: ${arg}: loop count out of range\n`);
        return 1;
      }
      n = v;
    }
    if (ctx.shell.loopDepth === 0) {
      ctx.stderr.write(`bash: ${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`);
      return 0;
    }
    throw new BreakSignal(Math.min(n, ctx.shell.loopDepth), kind);
  };
}

export const breakBuiltin: Builtin = { name: 'break', run: loopControl('break') };
export const continueBuiltin: Builtin = { name: 'continue', run: loopControl('continue') };
