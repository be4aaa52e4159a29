// tee: copy standard input to standard output and to files (-a appends). Input is passed on
// line by line, so `tail -f`-style producers show up as they arrive.

import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { parseArgs } from './lib/options';
import { Pacer } from './lib/pacer';

export const tee: Command = command('tee', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'tee',
    { flags: 'aip', long: { append: { key: 'a' }, 'ignore-interrupts': { key: 'i' } } },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  let status = 0;
  const targets: Array<{ name: string; path: string }> = [];
  for (const f of opts.operands) {
    const path = ctx.resolve(f);
    try {
      if (opts.has('a')) ctx.fs.writeFile(path, '', { append: true });
      else ctx.fs.writeFile(path, '');
      targets.push({ name: f, path });
    } catch (e) {
      ctx.stderr.write(`tee: ${f}: ${errText(e)}\n`);
      status = 1;
    }
  }
  let pending = '';
  const flush = (): void => {
    if (pending === '') return;
    for (const t of targets) {
      try {
        ctx.fs.writeFile(t.path, pending, { append: true });
      } catch (e) {
        ctx.stderr.write(`tee: ${t.name}: ${errText(e)}\n`);
        status = 1;
      }
    }
    pending = '';
  };
  const pacer = new Pacer(ctx);
  for (;;) {
    const line = await ctx.stdin.readLine();
    if (line === null) break;
    ctx.stdout.write(line);
    pending += line;
    if (pending.length > 65536 || ctx.stdin.isTTY) flush();
    if (!(await pacer.tick())) break;
  }
  flush();
  return pacer.stopped ? pacer.status : status;
});
