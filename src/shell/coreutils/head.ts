// head: the first lines (-n N, -n -N for all but the last N) or bytes (-c N) of files, `-N` too;
// headers `==> f <==` for several files (-q/-v). Standard input is read only as far as needed,
// so `yes | head -3` ends.

import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { readCountOption } from './lib/count';
import { parseArgs } from './lib/options';

export const head: Command = command('head', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'head',
    {
      flags: 'qv',
      withArg: 'nc',
      numeric: true,
      long: {
        lines: { key: 'n', arg: 'required' },
        bytes: { key: 'c', arg: 'required' },
        quiet: { key: 'q' },
        silent: { key: 'q' },
        verbose: { key: 'v' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  const counted = readCountOption(opts, 'head', '-', ctx.stderr);
  if (!counted) return 1;
  const { count, bytes, signed: allBut } = counted;
  const files = opts.operands.length ? opts.operands : ['-'];
  const headers = opts.has('v') || (files.length > 1 && !opts.has('q'));
  let status = 0;
  let first = true;
  const take = (text: string): string => {
    if (bytes)
      return allBut ? text.slice(0, Math.max(0, text.length - count)) : text.slice(0, count);
    const lines = text.split(/(?<=\n)/);
    return (
      allBut ? lines.slice(0, Math.max(0, lines.length - count)) : lines.slice(0, count)
    ).join('');
  };
  for (const f of files) {
    let text: string;
    if (f === '-') {
      if (!bytes && !allBut) {
        if (headers) ctx.stdout.write(`${first ? '' : '\n'}==> standard input <==\n`);
        first = false;
        for (let i = 0; i < count; i++) {
          const line = await ctx.stdin.readLine();
          if (line === null) break;
          ctx.stdout.write(line);
        }
        continue;
      }
      if (bytes && !allBut) {
        // Read only what is needed: the producer may never end (`yes | head -c 5`).
        text = '';
        while (text.length < count) {
          const chunk = await ctx.stdin.readLine();
          if (chunk === null) break;
          text += chunk;
        }
      } else text = await ctx.stdin.readAll();
    } else {
      try {
        const p = ctx.resolve(f);
        if (ctx.fs.stat(p).type === 'dir') {
          ctx.stderr.write(`head: error reading '${f}': Is a directory\n`);
          status = 1;
          continue;
        }
        text = ctx.fs.readText(p);
      } catch (e) {
        ctx.stderr.write(`head: cannot open '${f}' for reading: ${errText(e)}\n`);
        status = 1;
        continue;
      }
    }
    if (headers)
      ctx.stdout.write(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
    first = false;
    ctx.stdout.write(take(text));
  }
  return status;
});
