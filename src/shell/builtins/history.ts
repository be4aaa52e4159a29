// history: the lines typed at this terminal's prompts (the console keeps them), `history N`,
// `history -c`.

import type { Builtin } from './builtin';

export const history: Builtin = {
  name: 'history',
  run(ctx) {
    const tty = ctx.shell.rt.tty;
    const arg = ctx.argv[1];
    if (arg === '-c') {
      tty?.clearHistory();
      return 0;
    }
    const lines = tty?.history() ?? [];
    let from = 0;
    if (arg !== undefined) {
      if (!/^[0-9]+$/.test(arg)) {
        ctx.stderr.write(`bash: history: ${arg}: numeric argument required\n`);
        return 1;
      }
      from = Math.max(0, lines.length - Number(arg));
    }
    let out = '';
    for (let i = from; i < lines.length; i++) out += `${String(i + 1).padStart(5)}  ${lines[i]}\n`;
    ctx.stdout.write(out);
    return 0;
  },
};
