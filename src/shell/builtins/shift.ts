import type { Builtin } from './builtin';
import { parseInteger } from './util';

export const shift: Builtin = {
  name: 'shift',
  run(ctx) {
    const st = ctx.shell.state;
    const arg = ctx.argv[1];
    const n = arg === undefined ? 1 : parseInteger(arg);
    if (n === null || n < 0) {
      ctx.stderr.write(
        `bash: shift: ${arg}: ${n === null ? 'numeric argument required' : 'shift count out of range'}\n`,
      );
      return 1;
    }
    if (n > st.positional.length) return 1;
    st.positional = st.positional.slice(n);
    return 0;
  },
};
