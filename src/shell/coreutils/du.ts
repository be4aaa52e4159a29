// du: disk usage in 1K blocks, modelled as ext4 under overlay2 (4 KiB per started block, a
// directory is one block, symlinks none; blobs by their declared size). Hard links count once.
// -s -a -c -h -k -m -d N (--max-depth), -b/--apparent-size (bytes).

import type { Stat } from '../../engine/fs/types';
import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { diskBlocks1K, humanSize } from './lib/format';
import { parseArgs } from './lib/options';
import { joinPath } from './lib/paths';

export const du: Command = command('du', (ctx) => {
  const opts = parseArgs(
    ctx,
    'du',
    {
      flags: 'sachkmbxLP',
      withArg: 'd',
      long: {
        summarize: { key: 's' },
        all: { key: 'a' },
        total: { key: 'c' },
        'human-readable': { key: 'h' },
        'max-depth': { key: 'd', arg: 'required' },
        'apparent-size': { key: 'apparent' },
        bytes: { key: 'b' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  const bytes = opts.has('b');
  const apparent = bytes || opts.has('apparent');
  const maxDepth = opts.has('s') ? 0 : opts.has('d') ? Number(opts.get('d')) : Infinity;
  if (Number.isNaN(maxDepth) || maxDepth < 0) {
    ctx.stderr.write(`du: invalid maximum depth '${opts.get('d')}'\n`);
    return 1;
  }
  if (opts.has('s') && opts.has('a')) {
    ctx.stderr.write(
      "du: cannot both summarize and show all entries\nTry 'du --help' for more information.\n",
    );
    return 1;
  }
  const unitSize = (st: Stat): number => (apparent ? st.size : diskBlocks1K(st) * 1024);
  const show = (n: number): string => {
    if (opts.has('h')) return humanSize(n);
    if (bytes) return String(n);
    if (opts.has('m')) return String(Math.ceil(n / 1024 / 1024));
    return String(Math.ceil(n / 1024));
  };
  const seen = new Set<number>();
  let out = '';
  let status = 0;
  const walk = (shown: string, path: string, depth: number, top: boolean): number => {
    let st: Stat;
    try {
      st = ctx.fs.lstat(path);
    } catch (e) {
      ctx.stderr.write(`du: cannot access '${shown}': ${errText(e)}\n`);
      status = 1;
      return 0;
    }
    if (st.type === 'file' && st.nlink > 1) {
      if (seen.has(st.ino)) return 0;
      seen.add(st.ino);
    }
    let total = unitSize(st);
    if (st.type === 'dir') {
      let entries: string[] = [];
      try {
        entries = ctx.fs.readdir(path).map((d) => d.name);
      } catch (e) {
        ctx.stderr.write(`du: cannot read directory '${shown}': ${errText(e)}\n`);
        status = 1;
      }
      for (const n of entries)
        total += walk(joinPath(shown, n), joinPath(path, n), depth + 1, false);
    }
    if (depth <= maxDepth && (st.type === 'dir' || opts.has('a') || top))
      out += `${show(total)}\t${shown}\n`;
    return total;
  };
  const ops = opts.operands.length ? opts.operands : ['.'];
  let grand = 0;
  for (const op of ops) grand += walk(op, ctx.resolve(op), 0, true);
  if (opts.has('c')) out += `${show(grand)}\ttotal\n`;
  ctx.stdout.write(out);
  return status;
});
