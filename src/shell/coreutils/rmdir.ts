// rmdir: remove empty directories. -p (and their parents), -v, --ignore-fail-on-non-empty.

import type { Command } from '../types';
import { command, errCode, errText } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { dirName } from './lib/paths';

export const rmdir: Command = command('rmdir', (ctx) => {
  const opts = parseArgs(
    ctx,
    'rmdir',
    {
      flags: 'pv',
      long: {
        parents: { key: 'p' },
        verbose: { key: 'v' },
        'ignore-fail-on-non-empty': { key: 'ignore' },
      },
    },
    '[OPTION]... DIRECTORY...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return usageError(ctx, 'rmdir', 'missing operand');
  let status = 0;
  const one = (d: string): boolean => {
    try {
      ctx.fs.rmdir(ctx.resolve(d));
      if (opts.has('v')) ctx.stdout.write(`rmdir: removing directory, '${d}'\n`);
      return true;
    } catch (e) {
      if (opts.has('ignore') && errCode(e) === 'ENOTEMPTY') return false;
      ctx.stderr.write(`rmdir: failed to remove '${d}': ${errText(e)}\n`);
      status = 1;
      return false;
    }
  };
  for (const d of opts.operands) {
    if (!one(d) || !opts.has('p')) continue;
    let p = d.replace(/\/+$/, '');
    for (;;) {
      const parent = dirName(p);
      if (parent === p || parent === '.' || parent === '/') break;
      p = parent;
      if (!one(p)) break;
    }
  }
  return status;
});
