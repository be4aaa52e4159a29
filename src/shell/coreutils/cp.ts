// cp: copy files and directories. -r/-R, -a (= -dR --preserve=all), -p, -d/-P, -L, -v, -n, -f,
// -t DIR, -T. A directory target receives sources by their basenames.

import type { Command } from '../types';
import { copyTree } from './lib/copy';
import { command, errText, isDirectory } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { baseName, isInside, joinPath, normalize } from './lib/paths';

export const cp: Command = command('cp', (ctx) => {
  const opts = parseArgs(
    ctx,
    'cp',
    {
      flags: 'rRapvnfdPLiTu',
      withArg: 't',
      long: {
        recursive: { key: 'r' },
        archive: { key: 'a' },
        verbose: { key: 'v' },
        'no-clobber': { key: 'n' },
        force: { key: 'f' },
        'no-dereference': { key: 'P' },
        dereference: { key: 'L' },
        'target-directory': { key: 't', arg: 'required' },
        'no-target-directory': { key: 'T' },
        preserve: { key: 'preserve', arg: 'optional' },
      },
    },
    '[OPTION]... SOURCE... DIRECTORY',
  );
  if (typeof opts === 'number') return opts;
  const archive = opts.has('a');
  const recursive = archive || opts.has('r') || opts.has('R');
  const preserve = archive || opts.has('p') || opts.has('preserve');
  let noDereference = archive || opts.has('d') || opts.has('P') || recursive;
  if (opts.has('L')) noDereference = false;
  const ops = [...opts.operands];
  let target = opts.get('t');
  if (target === undefined) {
    if (ops.length === 0) return usageError(ctx, 'cp', 'missing file operand');
    if (ops.length === 1) {
      return usageError(ctx, 'cp', `missing destination file operand after '${ops[0]}'`);
    }
    target = ops.pop() as string;
  }
  const tpath = ctx.resolve(target);
  let targetIsDir = isDirectory(ctx.fs, tpath);
  if (opts.has('T')) targetIsDir = false;
  if (ops.length > 1 && !targetIsDir) {
    ctx.stderr.write(`cp: target '${target}' is not a directory\n`);
    return 1;
  }
  let status = 0;
  for (const src of ops) {
    const spath = ctx.resolve(src);
    const dshown = targetIsDir ? joinPath(target, baseName(src)) : target;
    const dpath = targetIsDir ? joinPath(tpath, baseName(spath)) : tpath;
    const nd = normalize(dpath);
    if (recursive && isInside(nd, spath)) {
      try {
        if (ctx.fs.stat(spath).type === 'dir') {
          ctx.stderr.write(`cp: cannot copy a directory, '${src}', into itself, '${dshown}'\n`);
          status = 1;
          continue;
        }
      } catch {
        // reported by copyTree
      }
    }
    const ok = copyTree(ctx.fs, spath, dpath, src, dshown, {
      recursive,
      noDereference,
      preserveMode: preserve,
      preserveOwner: preserve,
      preserveTime: preserve,
      noClobber: opts.has('n'),
      ...(opts.has('v')
        ? { onCopied: (a: string, b: string) => ctx.stdout.write(`'${a}' -> '${b}'\n`) }
        : {}),
      onError: (m) => ctx.stderr.write(`cp: ${m}\n`),
      errText,
      now: ctx.clock.now(),
    });
    if (!ok) status = 1;
  }
  return status;
});
