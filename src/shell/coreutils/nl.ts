// nl: number lines. -b a|t|n (all, non-empty (default), none), -n ln|rn|rz, -w WIDTH, -s SEP,
// -v START, -i INCREMENT. Unnumbered lines are indented to match, as GNU does.

import type { Command } from '../types';
import { command } from './lib/errors';
import { readOperands, splitLines } from './lib/io';
import { parseArgs } from './lib/options';

export const nl: Command = command('nl', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'nl',
    {
      withArg: 'bnwsvi',
      long: {
        'body-numbering': { key: 'b', arg: 'required' },
        'number-format': { key: 'n', arg: 'required' },
        'number-width': { key: 'w', arg: 'required' },
        'number-separator': { key: 's', arg: 'required' },
        'starting-line-number': { key: 'v', arg: 'required' },
        'line-increment': { key: 'i', arg: 'required' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  const style = opts.get('b') ?? 't';
  if (!['a', 't', 'n'].includes(style)) {
    ctx.stderr.write(`nl: invalid body numbering style: '${style}'\n`);
    return 1;
  }
  const fmt = opts.get('n') ?? 'rn';
  if (!['ln', 'rn', 'rz'].includes(fmt)) {
    ctx.stderr.write(`nl: invalid line numbering format: '${fmt}'\n`);
    return 1;
  }
  const width = Number(opts.get('w') ?? 6);
  const sep = opts.get('s') ?? '\t';
  let n = Number(opts.get('v') ?? 1);
  const inc = Number(opts.get('i') ?? 1);
  const { texts, ok } = await readOperands(ctx, 'nl', opts.operands);
  let out = '';
  for (const t of texts) {
    const hasFinalNl = t.text.endsWith('\n');
    const lines = splitLines(t.text);
    lines.forEach((line, i) => {
      const numbered = style === 'a' || (style === 't' && line !== '');
      const eol = i < lines.length - 1 || hasFinalNl ? '\n' : '';
      if (!numbered) {
        out += `${' '.repeat(width + sep.length)}${line}${eol}`;
        return;
      }
      const s = String(n);
      const num =
        fmt === 'ln' ? s.padEnd(width) : fmt === 'rz' ? s.padStart(width, '0') : s.padStart(width);
      out += `${num}${sep}${line}${eol}`;
      n += inc;
    });
  }
  ctx.stdout.write(out);
  return ok ? 0 : 1;
});
