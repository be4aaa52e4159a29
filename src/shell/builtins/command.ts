// command: `command -v name` (what would run), `command -V`, and `command name args` (skip
// functions).

import type { Builtin } from './builtin';
import { describe } from './describe';

export const command: Builtin = {
  name: 'command',
  async run(ctx) {
    const args = ctx.argv.slice(1);
    let mode: '' | 'v' | 'V' = '';
    while (args[0]?.startsWith('-') && args[0].length > 1) {
      const a = args.shift() as string;
      if (a === '--') break;
      if (a.includes('v')) mode = 'v';
      if (a.includes('V')) mode = 'V';
    }
    if (args.length === 0) return 0;
    if (mode === '') {
      const name = args[0];
      const fn = ctx.shell.state.functions.get(name);
      if (fn) ctx.shell.state.functions.delete(name);
      try {
        return await ctx.shell.runArgv(args, ctx.io);
      } finally {
        if (fn) ctx.shell.state.functions.set(name, fn);
      }
    }
    let status = 0;
    for (const n of args) {
      const m = describe(ctx.shell, n);
      if (m.kind === 'none') {
        if (mode === 'V') ctx.stderr.write(`bash: command: ${n}: not found\n`);
        status = 1;
      } else if (mode === 'v') {
        ctx.stdout.write(
          m.kind === 'alias'
            ? `alias ${n}='${m.value}'\n`
            : m.kind === 'file'
              ? `${m.path}\n`
              : `${n}\n`,
        );
      } else {
        const what = {
          alias: `aliased to \`${m.kind === 'alias' ? m.value : ''}'`,
          keyword: 'a shell keyword',
          function: 'a function',
          builtin: 'a shell builtin',
          file: m.kind === 'file' ? m.path : '',
        }[m.kind];
        ctx.stdout.write(`${n} is ${what}\n`);
      }
    }
    return status;
  },
};
