// tail: the last lines (-n N) or bytes (-c N) of files, or from line/byte N on (-n +N); `-N`.
// -f follows files: once a lab second it prints what was appended, until Ctrl+C (or the run's
// step budget) stops it. Headers for several files as GNU does.

import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { readCountOption } from './lib/count';
import { parseArgs } from './lib/options';

export const tail: Command = command('tail', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'tail',
    {
      flags: 'qvfF',
      withArg: 'nc',
      numeric: true,
      long: {
        lines: { key: 'n', arg: 'required' },
        bytes: { key: 'c', arg: 'required' },
        quiet: { key: 'q' },
        silent: { key: 'q' },
        verbose: { key: 'v' },
        follow: { key: 'f', arg: 'optional' },
        retry: { key: 'retry' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  const counted = readCountOption(opts, 'tail', '+', ctx.stderr);
  if (!counted) return 1;
  const { count, bytes, signed: fromStart } = counted;
  const take = (text: string): string => {
    if (bytes) {
      if (fromStart) return text.slice(Math.max(0, count - 1));
      return count === 0 ? '' : text.slice(-count);
    }
    const lines = text.split(/(?<=\n)/);
    if (fromStart) return lines.slice(Math.max(0, count - 1)).join('');
    return count === 0 ? '' : lines.slice(-count).join('');
  };
  const files = opts.operands.length ? opts.operands : ['-'];
  const headers = opts.has('v') || (files.length > 1 && !opts.has('q'));
  let status = 0;
  let first = true;
  const sizes = new Map<string, number>();
  let last = '';
  const header = (name: string): void => {
    if (headers) ctx.stdout.write(`${first ? '' : '\n'}==> ${name} <==\n`);
    first = false;
    last = name;
  };
  for (const f of files) {
    if (f === '-') {
      const text = await ctx.stdin.readAll();
      header('standard input');
      ctx.stdout.write(take(text));
      continue;
    }
    const p = ctx.resolve(f);
    let text: string;
    try {
      if (ctx.fs.stat(p).type === 'dir') {
        ctx.stderr.write(`tail: error reading '${f}': Is a directory\n`);
        status = 1;
        continue;
      }
      text = ctx.fs.readText(p);
    } catch (e) {
      ctx.stderr.write(`tail: cannot open '${f}' for reading: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    header(f);
    ctx.stdout.write(take(text));
    sizes.set(f, text.length);
  }
  if (!opts.has('f') && !opts.has('F')) return status;
  if (sizes.size === 0) {
    if (files.every((f) => f === '-')) return status;
    ctx.stderr.write('tail: no files remaining\n');
    return 1;
  }
  return follow(ctx, sizes, headers, last);
});

async function follow(
  ctx: CommandContext,
  sizes: Map<string, number>,
  headers: boolean,
  lastShown: string,
): Promise<number> {
  let last = lastShown;
  for (;;) {
    if (!(await ctx.sleep(1000))) return 130;
    if (!(await ctx.checkpoint())) return ctx.signal.interrupted ? 130 : 0;
    for (const [f, size] of sizes) {
      let text: string;
      try {
        text = ctx.fs.readText(ctx.resolve(f));
      } catch {
        continue;
      }
      if (text.length === size) continue;
      if (text.length < size) {
        ctx.stderr.write(`tail: ${f}: file truncated\n`);
        sizes.set(f, 0);
        continue;
      }
      if (headers && last !== f) ctx.stdout.write(`\n==> ${f} <==\n`);
      last = f;
      ctx.stdout.write(text.slice(size));
      sizes.set(f, text.length);
    }
  }
}
