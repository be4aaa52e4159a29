// basename: strip directories (and an optional SUFFIX) from names. -a (several names), -s SUFFIX, -z.

import type { Command } from '../types';
import { command } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { baseName } from './lib/paths';

export const basename: Command = command('basename', (ctx) => {
  const opts = parseArgs(
    ctx,
    'basename',
    {
      flags: 'az',
      withArg: 's',
      long: { multiple: { key: 'a' }, suffix: { key: 's', arg: 'required' }, zero: { key: 'z' } },
    },
    'NAME [SUFFIX]',
  );
  if (typeof opts === 'number') return opts;
  const ops = opts.operands;
  if (ops.length === 0) return usageError(ctx, 'basename', 'missing operand');
  const multiple = opts.has('a') || opts.has('s');
  let suffix = opts.get('s');
  let names = ops;
  if (!multiple) {
    if (ops.length > 2) return usageError(ctx, 'basename', `extra operand '${ops[2]}'`);
    suffix = ops[1];
    names = [ops[0]];
  }
  const end = opts.has('z') ? '\0' : '\n';
  let out = '';
  for (const n of names) {
    let b = baseName(n);
    if (suffix && b !== suffix && b.endsWith(suffix) && b !== '/') b = b.slice(0, -suffix.length);
    out += b + end;
  }
  ctx.stdout.write(out);
  return 0;
});
