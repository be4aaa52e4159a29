// tree: list a directory as a tree with `N directories, M files`. -a (hidden), -d (directories
// only), -L LEVEL, -f (full paths), --noreport. Symlinks show their target and are not followed.
// Names sort in the C locale.

import type { Command, CommandContext } from '../types';
import { command, isDirectory } from './lib/errors';
import { cCompare } from './lib/format';
import { parseArgs } from './lib/options';
import { joinPath } from './lib/paths';

export const tree: Command = command('tree', (ctx) => {
  const opts = parseArgs(
    ctx,
    'tree',
    {
      flags: 'adfi',
      withArg: 'L',
      long: { noreport: { key: 'noreport' }, dirsfirst: { key: 'dirsfirst' } },
    },
    '[-adfi] [-L level] [--noreport] [directory ...]',
  );
  if (typeof opts === 'number') return opts;
  let level = Infinity;
  if (opts.has('L')) {
    level = Number(opts.get('L'));
    if (!Number.isInteger(level) || level < 1) {
      ctx.stderr.write('tree: Invalid level, must be greater than 0.\n');
      return 1;
    }
  }
  const counts = { dirs: 0, files: 0 };
  let out = '';
  let status = 0;
  const roots = opts.operands.length ? opts.operands : ['.'];
  for (const r of roots) {
    const path = ctx.resolve(r);
    if (!isDirectory(ctx.fs, path)) {
      out += `${r}  [error opening dir]\n`;
      status = 2;
      continue;
    }
    out += `${r}\n`;
    out += walk(ctx, path, r, '', 1, level, opts, counts);
  }
  if (!opts.has('noreport')) {
    const d = `${counts.dirs} director${counts.dirs === 1 ? 'y' : 'ies'}`;
    const f = `${counts.files} file${counts.files === 1 ? '' : 's'}`;
    out += opts.has('d') ? `\n${d}\n` : `\n${d}, ${f}\n`;
  }
  ctx.stdout.write(out);
  return status;
});

function walk(
  ctx: CommandContext,
  path: string,
  shown: string,
  prefix: string,
  depth: number,
  level: number,
  opts: { has(k: string): boolean },
  counts: { dirs: number; files: number },
): string {
  let entries = ctx.fs.readdir(path);
  if (!opts.has('a')) entries = entries.filter((e) => !e.name.startsWith('.'));
  const info = entries.map((e) => {
    const p = joinPath(path, e.name);
    let target: string | undefined;
    let targetDir = false;
    if (e.type === 'symlink') {
      target = ctx.fs.readlink(p);
      try {
        targetDir = ctx.fs.stat(p).type === 'dir';
      } catch {
        targetDir = false;
      }
    }
    return { ...e, p, target, isDir: e.type === 'dir' || targetDir };
  });
  let list = opts.has('d') ? info.filter((e) => e.isDir) : info;
  list = list.sort((a, b) => cCompare(a.name, b.name));
  if (opts.has('dirsfirst')) list.sort((a, b) => Number(b.isDir) - Number(a.isDir));
  let out = '';
  list.forEach((e, i) => {
    const last = i === list.length - 1;
    const name = opts.has('f') ? joinPath(shown, e.name) : e.name;
    out += `${opts.has('i') ? '' : prefix + (last ? '└── ' : '├── ')}${name}${e.target !== undefined ? ` -> ${e.target}` : ''}\n`;
    if (e.isDir) counts.dirs++;
    else counts.files++;
    if (e.type === 'dir' && depth < level) {
      out += walk(
        ctx,
        e.p,
        joinPath(shown, e.name),
        prefix + (last ? '    ' : '│   '),
        depth + 1,
        level,
        opts,
        counts,
      );
    }
  });
  return out;
}
