// rm: remove files and, with -r/-R, directories. -f -v -d; refuses `/` (--no-preserve-root to
// override), `.` and `..`, as GNU does. Symlinks are removed, never followed.

import type { Command, CommandContext } from '../types';
import { command, errCode, errText } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { baseName, joinPath } from './lib/paths';

interface RmOptions {
  recursive: boolean;
  force: boolean;
  verbose: boolean;
  dir: boolean;
}

export const rm: Command = command('rm', (ctx) => {
  const opts = parseArgs(
    ctx,
    'rm',
    {
      flags: 'rRfvdiI',
      long: {
        recursive: { key: 'r' },
        force: { key: 'f' },
        verbose: { key: 'v' },
        dir: { key: 'd' },
        'no-preserve-root': { key: 'no-preserve-root' },
        'preserve-root': { key: 'preserve-root', arg: 'optional' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  let force = false;
  for (const [k] of opts.list) {
    if (k === 'f') force = true;
    else if (k === 'i' || k === 'I') force = false;
  }
  const o: RmOptions = {
    recursive: opts.has('r') || opts.has('R'),
    force,
    verbose: opts.has('v'),
    dir: opts.has('d'),
  };
  if (opts.operands.length === 0) {
    if (o.force) return 0;
    return usageError(ctx, 'rm', 'missing operand');
  }
  let status = 0;
  for (const f of opts.operands) {
    const base = baseName(f);
    if (base === '.' || base === '..') {
      ctx.stderr.write(`rm: refusing to remove '.' or '..' directory: skipping '${f}'\n`);
      status = 1;
      continue;
    }
    const p = ctx.resolve(f);
    if (o.recursive && !opts.has('no-preserve-root')) {
      let real: string;
      try {
        real = ctx.fs.realpath(p);
      } catch {
        real = p;
      }
      if (real === '/') {
        ctx.stderr.write(
          "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
        );
        status = 1;
        continue;
      }
    }
    if (!remove(ctx, o, f, p)) status = 1;
  }
  return status;
});

function remove(ctx: CommandContext, o: RmOptions, shown: string, path: string): boolean {
  let type;
  try {
    type = ctx.fs.lstat(path).type;
  } catch (e) {
    if (o.force && errCode(e) === 'ENOENT') return true;
    ctx.stderr.write(`rm: cannot remove '${shown}': ${errText(e)}\n`);
    return false;
  }
  try {
    if (type !== 'dir') {
      ctx.fs.unlink(path);
      if (o.verbose) ctx.stdout.write(`removed '${shown}'\n`);
      return true;
    }
    if (!o.recursive) {
      if (!o.dir) {
        ctx.stderr.write(`rm: cannot remove '${shown}': Is a directory\n`);
        return false;
      }
      ctx.fs.rmdir(path);
      if (o.verbose) ctx.stdout.write(`removed directory '${shown}'\n`);
      return true;
    }
    let ok = true;
    for (const d of ctx.fs.readdir(path)) {
      if (!remove(ctx, o, joinPath(shown, d.name), joinPath(path, d.name))) ok = false;
    }
    if (!ok) return false;
    ctx.fs.rmdir(path);
    if (o.verbose) ctx.stdout.write(`removed directory '${shown}'\n`);
    return true;
  } catch (e) {
    ctx.stderr.write(`rm: cannot remove '${shown}': ${errText(e)}\n`);
    return false;
  }
}
