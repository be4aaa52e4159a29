// uniq: drop adjacent repeated lines. -c (counts, `%7d `), -d (only repeated), -u (only unique),
// -i, -f N (skip fields), -s N (skip chars), -w N (compare chars); [INPUT [OUTPUT]].

import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { readOperands, splitLines } from './lib/io';
import { parseArgs, usageError } from './lib/options';

export const uniq: Command = command('uniq', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'uniq',
    {
      flags: 'cdDui',
      withArg: 'fsw',
      long: {
        count: { key: 'c' },
        repeated: { key: 'd' },
        'all-repeated': { key: 'D' },
        unique: { key: 'u' },
        'ignore-case': { key: 'i' },
        'skip-fields': { key: 'f', arg: 'required' },
        'skip-chars': { key: 's', arg: 'required' },
        'check-chars': { key: 'w', arg: 'required' },
      },
    },
    '[OPTION]... [INPUT [OUTPUT]]',
  );
  if (typeof opts === 'number') return opts;
  if (opts.operands.length > 2)
    return usageError(ctx, 'uniq', `extra operand '${opts.operands[2]}'`);
  const num = (k: string): number => Number(opts.get(k) ?? 0) || 0;
  const skipF = num('f');
  const skipC = num('s');
  const checkC = opts.has('w') ? num('w') : Infinity;
  const keyOf = (l: string): string => {
    let s = l;
    for (let i = 0; i < skipF; i++) s = s.replace(/^\s*\S+/, '');
    s = s.slice(skipC);
    if (checkC !== Infinity) s = s.slice(0, checkC);
    return opts.has('i') ? s.toLowerCase() : s;
  };
  const { texts, ok } = await readOperands(ctx, 'uniq', opts.operands.slice(0, 1));
  if (!ok) return 1;
  const lines = splitLines(texts[0]?.text ?? '');
  let out = '';
  for (let i = 0; i < lines.length;) {
    let j = i + 1;
    while (j < lines.length && keyOf(lines[j]) === keyOf(lines[i])) j++;
    const n = j - i;
    const show =
      (opts.has('d') || opts.has('D') ? n > 1 : true) && (opts.has('u') ? n === 1 : true);
    if (show) {
      if (opts.has('D')) for (let k = i; k < j; k++) out += `${lines[k]}\n`;
      else out += opts.has('c') ? `${String(n).padStart(7)} ${lines[i]}\n` : `${lines[i]}\n`;
    }
    i = j;
  }
  const target = opts.operands[1];
  if (target !== undefined && target !== '-') {
    try {
      ctx.fs.writeFile(ctx.resolve(target), out);
    } catch (e) {
      ctx.stderr.write(`uniq: ${target}: ${errText(e)}\n`);
      return 1;
    }
    return 0;
  }
  ctx.stdout.write(out);
  return 0;
});
