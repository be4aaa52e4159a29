import { ExitSignal } from '../interp/control';
import type { Builtin } from './builtin';
import { parseInteger } from './util';

export const exit: Builtin = {
  name: 'exit',
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) throw new ExitSignal(ctx.shell.state.status);
    const n = parseInteger(args[0]);
    if (n === null) {
      ctx.stderr.write(`bash: exit: ${args[0]}: numeric argument required\n`);
      throw new ExitSignal(2);
    }
    if (args.length > 1) {
      ctx.stderr.write('bash: exit: too many arguments\n');
      return 1;
    }
    throw new ExitSignal(((n % 256) + 256) % 256);
  },
};
