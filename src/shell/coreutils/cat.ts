// cat: concatenate files (or stdin, read line by line so it echoes as the learner types).
// -n -b -s -E -T -A, numbering continuing across files as GNU does. /dev/zero streams NULs
// (the lab's /dev has no such node to read).

import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { parseArgs } from './lib/options';
import { Pacer } from './lib/pacer';

/**
 * /dev/zero: NUL bytes without end, a block per checkpoint, until the reader leaves (141),
 * Ctrl+C (130), the budget, or the disk fills (1, after the redirection's `write error`).
 */
async function zeros(ctx: CommandContext, emit: (chunk: string) => void): Promise<number | null> {
  const block = '\0'.repeat(ctx.stdout.blockSize ?? 4096);
  for (;;) {
    if (!(await ctx.checkpoint())) break;
    emit(block);
  }
  if (ctx.stdout.writeError) return 1;
  return ctx.signal.interrupted ? 130 : 141;
}

export const cat: Command = command('cat', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'cat',
    {
      flags: 'nbsETAuv',
      long: {
        number: { key: 'n' },
        'number-nonblank': { key: 'b' },
        'squeeze-blank': { key: 's' },
        'show-ends': { key: 'E' },
        'show-tabs': { key: 'T' },
        'show-all': { key: 'A' },
        'show-nonprinting': { key: 'v' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  const all = opts.has('A');
  const nonblank = opts.has('b');
  const number = opts.has('n') || nonblank;
  const squeeze = opts.has('s');
  const ends = opts.has('E') || all;
  const tabs = opts.has('T') || all;
  const plain = !number && !squeeze && !ends && !tabs;

  let lineNo = 0;
  let atStart = true;
  let prevBlank = false;
  const emit = (chunk: string): void => {
    if (plain) {
      ctx.stdout.write(chunk);
      return;
    }
    let out = '';
    const parts = chunk.split('\n');
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      let text = parts[i];
      if (last && text === '') break;
      const complete = !last;
      if (atStart) {
        const blank = text === '' && complete;
        if (squeeze && blank && prevBlank) continue;
        prevBlank = blank;
        if (number && !(nonblank && blank)) out += `${String(++lineNo).padStart(6)}\t`;
      }
      if (tabs) text = text.replace(/\t/g, '^I');
      out += text;
      if (complete) out += ends ? '$\n' : '\n';
      atStart = complete;
    }
    ctx.stdout.write(out);
  };

  let status = 0;
  const files = opts.operands.length ? opts.operands : ['-'];
  for (const f of files) {
    if (f === '-') {
      const pacer = new Pacer(ctx);
      for (;;) {
        const line = await ctx.stdin.readLine();
        if (line === null) break;
        emit(line);
        if (ctx.signal.interrupted) return 130;
        if (!(await pacer.tick())) return pacer.status;
      }
      continue;
    }
    if (ctx.resolve(f) === '/dev/zero') {
      const stopped = await zeros(ctx, emit);
      if (stopped !== null) return stopped;
      continue;
    }
    try {
      emit(ctx.fs.readText(ctx.resolve(f)));
      if (ctx.stdout.writeError) return 1;
    } catch (e) {
      ctx.stderr.write(`cat: ${f}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
});
