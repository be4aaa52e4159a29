// mkdir: make directories. -p (parents, no error if existing), -m MODE, -v.

import type { Command } from '../types';
import { command, errCode, errText } from './lib/errors';
import { parseMode, UMASK } from './lib/mode';
import { parseArgs, usageError } from './lib/options';

export const mkdir: Command = command('mkdir', (ctx) => {
  const opts = parseArgs(
    ctx,
    'mkdir',
    {
      flags: 'pv',
      withArg: 'm',
      long: { parents: { key: 'p' }, verbose: { key: 'v' }, mode: { key: 'm', arg: 'required' } },
    },
    '[OPTION]... DIRECTORY...',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return usageError(ctx, 'mkdir', 'missing operand');
  let mode = 0o777 & ~UMASK;
  const m = opts.get('m');
  if (m !== undefined) {
    const change = parseMode(m);
    if (!change) {
      ctx.stderr.write(`mkdir: invalid mode '${m}'\n`);
      return 1;
    }
    mode = change(0o777 & ~UMASK, true);
  }
  const verbose = opts.has('v');
  let status = 0;
  for (const d of opts.operands) {
    const p = ctx.resolve(d);
    try {
      if (opts.has('p')) {
        // Create each missing ancestor (u+wx as GNU does), reporting each with -v.
        const parts = d.split('/').filter((x) => x !== '');
        let shown = d.startsWith('/') ? '' : '.';
        for (let i = 0; i < parts.length; i++) {
          shown = shown === '.' ? parts[i] : `${shown}/${parts[i]}`;
          const abs = ctx.resolve(shown);
          const last = i === parts.length - 1;
          if (ctx.fs.exists(abs)) {
            if (ctx.fs.stat(abs).type !== 'dir') {
              ctx.stderr.write(
                `mkdir: cannot create directory '${d}': ${last ? 'File exists' : 'Not a directory'}\n`,
              );
              status = 1;
              break;
            }
            continue;
          }
          ctx.fs.mkdir(abs, { mode: last ? mode : 0o755 });
          if (last && m !== undefined) ctx.fs.chmod(abs, mode);
          if (verbose) ctx.stdout.write(`mkdir: created directory '${shown}'\n`);
        }
      } else {
        ctx.fs.mkdir(p, { mode });
        if (m !== undefined) ctx.fs.chmod(p, mode);
        if (verbose) ctx.stdout.write(`mkdir: created directory '${d}'\n`);
      }
    } catch (e) {
      if (opts.has('p') && errCode(e) === 'EEXIST') continue;
      ctx.stderr.write(`mkdir: cannot create directory '${d}': ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
});
