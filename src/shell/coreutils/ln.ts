// ln: make links. -s (symbolic), -f (replace), -n (a symlink to a directory as target is a file),
// -v, -T, -t. Hard links to directories are refused as the kernel does.

import type { Command } from '../types';
import { command, errText, isDirectory, tryLstat } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { baseName, joinPath } from './lib/paths';

export const ln: Command = command('ln', (ctx) => {
  const opts = parseArgs(
    ctx,
    'ln',
    {
      flags: 'sfnvTLPi',
      withArg: 't',
      long: {
        symbolic: { key: 's' },
        force: { key: 'f' },
        'no-dereference': { key: 'n' },
        'no-target-directory': { key: 'T' },
        verbose: { key: 'v' },
        'target-directory': { key: 't', arg: 'required' },
      },
    },
    '[OPTION]... [-T] TARGET LINK_NAME',
  );
  if (typeof opts === 'number') return opts;
  const symbolic = opts.has('s');
  const ops = [...opts.operands];
  let dir = opts.get('t');
  if (ops.length === 0) return usageError(ctx, 'ln', 'missing file operand');
  let linkName: string | undefined;
  if (dir === undefined) {
    if (ops.length === 1) dir = '.';
    else {
      const last = ops.pop() as string;
      const p = ctx.resolve(last);
      const isLink = tryLstat(ctx.fs, p)?.type === 'symlink';
      const isDir = !opts.has('T') && !(opts.has('n') && isLink) && isDirectory(ctx.fs, p);
      if (isDir) dir = last;
      else if (ops.length > 1) {
        ctx.stderr.write(`ln: target '${last}' is not a directory\n`);
        return 1;
      } else linkName = last;
    }
  }
  let status = 0;
  for (const target of ops) {
    const name = linkName ?? joinPath(dir as string, baseName(target));
    const shownName = name;
    const p = ctx.resolve(name);
    const kind = symbolic ? 'symbolic link' : 'hard link';
    try {
      if (!symbolic) {
        const st = ctx.fs.stat(ctx.resolve(target));
        if (st.type === 'dir') {
          ctx.stderr.write(`ln: ${target}: hard link not allowed for directory\n`);
          status = 1;
          continue;
        }
      }
    } catch (e) {
      ctx.stderr.write(`ln: failed to access '${target}': ${errText(e)}\n`);
      status = 1;
      continue;
    }
    try {
      if (opts.has('f')) {
        try {
          const st = ctx.fs.lstat(p);
          if (st.type === 'dir') {
            ctx.stderr.write(`ln: ${shownName}: cannot overwrite directory\n`);
            status = 1;
            continue;
          }
          ctx.fs.unlink(p);
        } catch {
          // nothing to replace
        }
      }
      if (symbolic) ctx.fs.symlink(target, p);
      else ctx.fs.link(ctx.resolve(target), p);
      if (opts.has('v')) ctx.stdout.write(`'${shownName}' ${symbolic ? '->' : '=>'} '${target}'\n`);
    } catch (e) {
      ctx.stderr.write(`ln: failed to create ${kind} '${shownName}': ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
});
