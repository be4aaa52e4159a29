// dirname: strip the last component from each name. -z.

import type { Command } from '../types';
import { command } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { dirName } from './lib/paths';

export const dirname: Command = command('dirname', (ctx) => {
  const opts = parseArgs(
    ctx,
    'dirname',
    { flags: 'z', long: { zero: { key: 'z' } } },
    '[OPTION] NAME...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return usageError(ctx, 'dirname', 'missing operand');
  const end = opts.has('z') ? '\0' : '\n';
  ctx.stdout.write(opts.operands.map((n) => dirName(n) + end).join(''));
  return 0;
});
