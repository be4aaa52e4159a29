import { shellQuote } from '../interp/quote';
import type { Builtin } from './builtin';

export const alias: Builtin = {
  name: 'alias',
  run(ctx) {
    const aliases = ctx.shell.state.aliases;
    const args = ctx.argv.slice(1).filter((a) => a !== '-p');
    const show = (k: string) =>
      ctx.stdout.write(
        `alias ${k}=${shellQuote(aliases.get(k) ?? '').replace(/^(?!')(.*)$/, "'$1'")}\n`,
      );
    if (args.length === 0) {
      for (const k of [...aliases.keys()].sort()) show(k);
      return 0;
    }
    let status = 0;
    for (const a of args) {
      const eq = a.indexOf('=');
      if (eq > 0) aliases.set(a.slice(0, eq), a.slice(eq + 1));
      else if (aliases.has(a)) show(a);
      else {
        ctx.stderr.write(`bash: alias: ${a}: not found\n`);
        status = 1;
      }
    }
    return status;
  },
};

export const unalias: Builtin = {
  name: 'unalias',
  run(ctx) {
    const aliases = ctx.shell.state.aliases;
    const args = ctx.argv.slice(1);
    if (args.length === 0) {
      ctx.stderr.write('unalias: usage: unalias [-a] name [name ...]\n');
      return 2;
    }
    let status = 0;
    for (const a of args) {
      if (a === '-a') aliases.clear();
      else if (!aliases.delete(a)) {
        ctx.stderr.write(`bash: unalias: ${a}: not found\n`);
        status = 1;
      }
    }
    return status;
  },
};
