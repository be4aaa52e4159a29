// readlink: print a symlink's target; not a link → exit 1 quietly. -f/-e/-m canonicalise like
// realpath (all-but-last / all / none must exist), -n no newline, -v report errors, -z.

import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { canonicalize } from './realpath';

export const readlink: Command = command('readlink', (ctx) => {
  const opts = parseArgs(
    ctx,
    'readlink',
    {
      flags: 'femnqsvz',
      long: {
        canonicalize: { key: 'f' },
        'canonicalize-existing': { key: 'e' },
        'canonicalize-missing': { key: 'm' },
        'no-newline': { key: 'n' },
        verbose: { key: 'v' },
        quiet: { key: 'q' },
        silent: { key: 's' },
        zero: { key: 'z' },
      },
    },
    '[OPTION]... FILE...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return usageError(ctx, 'readlink', 'missing operand');
  const canon = opts.has('f') ? 'default' : opts.has('e') ? 'e' : opts.has('m') ? 'm' : undefined;
  const end = opts.has('z') ? '\0' : opts.has('n') && opts.operands.length === 1 ? '' : '\n';
  let status = 0;
  for (const f of opts.operands) {
    try {
      const p = ctx.resolve(f);
      ctx.stdout.write((canon ? canonicalize(ctx.fs, p, canon) : ctx.fs.readlink(p)) + end);
    } catch (e) {
      if (opts.has('v')) ctx.stderr.write(`readlink: ${f}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
});
