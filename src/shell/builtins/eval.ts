import { parse } from '../parser/parser';
import type { Builtin } from './builtin';

export const evalBuiltin: Builtin = {
  name: 'eval',
  async run(ctx) {
    const source = ctx.argv.slice(1).join(' ');
    const sh = ctx.shell;
    const parsed = parse(source, { alias: (n) => sh.state.aliases.get(n) });
    if (!parsed.ok) {
      ctx.stderr.write(`bash: eval: line ${parsed.error.line}: ${parsed.error.message}\n`);
      return 2;
    }
    return sh.runInThisShell(parsed.script, ctx.io);
  },
};
