// mv: rename files, or move them into a directory. -f, -n, -v, -t, -T. A move the union mount
// cannot do as a rename (a directory from a lower layer: EXDEV, as overlay2 without
// redirect_dir) falls back to copy-and-delete, exactly as GNU mv does across filesystems.

import type { FileSystem } from '../../engine/fs/types';
import type { Command } from '../types';
import { copyTree } from './lib/copy';
import { command, errCode, errText, isDirectory } from './lib/errors';
import { parseArgs, usageError } from './lib/options';
import { baseName, isInside, joinPath, normalize } from './lib/paths';

function removeTree(fs: FileSystem, path: string): void {
  if (fs.lstat(path).type === 'dir') {
    for (const d of fs.readdir(path)) removeTree(fs, joinPath(path, d.name));
    fs.rmdir(path);
  } else fs.unlink(path);
}

export const mv: Command = command('mv', (ctx) => {
  const opts = parseArgs(
    ctx,
    'mv',
    {
      flags: 'fnviTu',
      withArg: 't',
      long: {
        force: { key: 'f' },
        'no-clobber': { key: 'n' },
        verbose: { key: 'v' },
        'target-directory': { key: 't', arg: 'required' },
        'no-target-directory': { key: 'T' },
      },
    },
    '[OPTION]... SOURCE... DIRECTORY',
  );
  if (typeof opts === 'number') return opts;
  const ops = [...opts.operands];
  let target = opts.get('t');
  if (target === undefined) {
    if (ops.length === 0) return usageError(ctx, 'mv', 'missing file operand');
    if (ops.length === 1) {
      return usageError(ctx, 'mv', `missing destination file operand after '${ops[0]}'`);
    }
    target = ops.pop() as string;
  }
  const tpath = ctx.resolve(target);
  let targetIsDir = isDirectory(ctx.fs, tpath);
  if (opts.has('T')) targetIsDir = false;
  if (ops.length > 1 && !targetIsDir) {
    ctx.stderr.write(`mv: target '${target}' is not a directory\n`);
    return 1;
  }
  let noClobber = false;
  for (const [k] of opts.list) {
    if (k === 'n') noClobber = true;
    else if (k === 'f' || k === 'i') noClobber = false;
  }
  let status = 0;
  for (const src of ops) {
    const spath = ctx.resolve(src);
    const dshown = targetIsDir ? joinPath(target, baseName(src)) : target;
    const dpath = targetIsDir ? joinPath(tpath, baseName(spath)) : tpath;
    let sst;
    try {
      sst = ctx.fs.lstat(spath);
    } catch (e) {
      ctx.stderr.write(`mv: cannot stat '${src}': ${errText(e)}\n`);
      status = 1;
      continue;
    }
    let dst;
    try {
      dst = ctx.fs.lstat(dpath);
    } catch {
      dst = undefined;
    }
    if (dst && dst.ino === sst.ino) {
      ctx.stderr.write(`mv: '${src}' and '${dshown}' are the same file\n`);
      status = 1;
      continue;
    }
    if (sst.type === 'dir' && isInside(normalize(dpath), spath)) {
      ctx.stderr.write(`mv: cannot move '${src}' to a subdirectory of itself, '${dshown}'\n`);
      status = 1;
      continue;
    }
    if (dst) {
      if (noClobber) continue;
      if (sst.type === 'dir' && dst.type !== 'dir') {
        ctx.stderr.write(
          `mv: cannot overwrite non-directory '${dshown}' with directory '${src}'\n`,
        );
        status = 1;
        continue;
      }
      if (sst.type !== 'dir' && dst.type === 'dir') {
        ctx.stderr.write(`mv: cannot overwrite directory '${dshown}' with non-directory\n`);
        status = 1;
        continue;
      }
    }
    try {
      ctx.fs.rename(spath, dpath);
    } catch (e) {
      if (errCode(e) !== 'EXDEV') {
        ctx.stderr.write(`mv: cannot move '${src}' to '${dshown}': ${errText(e)}\n`);
        status = 1;
        continue;
      }
      if (dst?.type === 'dir') {
        try {
          removeTree(ctx.fs, dpath);
        } catch (e2) {
          ctx.stderr.write(`mv: cannot move '${src}' to '${dshown}': ${errText(e2)}\n`);
          status = 1;
          continue;
        }
      }
      const ok = copyTree(ctx.fs, spath, dpath, src, dshown, {
        recursive: true,
        noDereference: true,
        preserveMode: true,
        preserveOwner: true,
        preserveTime: true,
        noClobber: false,
        onError: (m) => ctx.stderr.write(`mv: ${m}\n`),
        errText,
        now: ctx.clock.now(),
      });
      if (!ok) {
        status = 1;
        continue;
      }
      try {
        removeTree(ctx.fs, spath);
      } catch (e2) {
        ctx.stderr.write(`mv: cannot remove '${src}': ${errText(e2)}\n`);
        status = 1;
        continue;
      }
    }
    if (opts.has('v')) ctx.stdout.write(`renamed '${src}' -> '${dshown}'\n`);
  }
  return status;
});
