// seq: print a sequence of numbers. seq LAST | FIRST LAST | FIRST INCREMENT LAST; -s SEP, -w
// (equal width), -f FORMAT (printf-style %g/%f/%e). Negative numbers are operands, not options.
// Long sequences are written in chunks and stop when the step budget or Ctrl+C says so.

import type { Command } from '../types';
import { command } from './lib/errors';
import { parseOptions, usageError } from './lib/options';
import { format } from './lib/printf';

const NUM = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function decimals(s: string): number {
  if (/[eE]/.test(s)) return 0;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

export const seq: Command = command('seq', async (ctx) => {
  // Negative numbers are operands: hide them from the option parser behind a marker.
  const MARK = '\u2063';
  const args = ctx.argv.slice(1).map((a) => (/^-(?:\d|\.\d)/.test(a) ? MARK + a : a));
  const r = parseOptions(args, {
    flags: 'w',
    withArg: 'sf',
    long: {
      separator: { key: 's', arg: 'required' },
      format: { key: 'f', arg: 'required' },
      'equal-width': { key: 'w' },
      help: { key: '--help' },
    },
  });
  if (!r.ok) return usageError(ctx, 'seq', r.message);
  const ops = r.opts.operands.map((a) => (a.startsWith(MARK) ? a.slice(1) : a));
  if (ops.length === 0) return usageError(ctx, 'seq', 'missing operand');
  if (ops.length > 3) return usageError(ctx, 'seq', `extra operand '${ops[3]}'`);
  for (const o of ops) {
    if (!NUM.test(o)) return usageError(ctx, 'seq', `invalid floating point argument: '${o}'`);
  }
  const [firstS, incS, lastS] =
    ops.length === 1 ? ['1', '1', ops[0]] : ops.length === 2 ? [ops[0], '1', ops[1]] : ops;
  const first = Number(firstS);
  const inc = Number(incS);
  const last = Number(lastS);
  if (inc === 0) {
    ctx.stderr.write(
      `seq: invalid Zero increment value: '${incS}'\nTry 'seq --help' for more information.\n`,
    );
    return 1;
  }
  const prec = Math.max(decimals(firstS), decimals(incS));
  const sep = r.opts.get('s') ?? '\n';
  const fmt = r.opts.get('f');
  const widthOf = (v: number): number => v.toFixed(prec).length;
  const width = r.opts.has('w') ? Math.max(widthOf(first), widthOf(last)) : 0;
  const show = (v: number): string => {
    if (fmt !== undefined) return format(fmt, [v], { toNumber: Number, toString: String });
    const s = v.toFixed(prec);
    if (!width) return s;
    return s.startsWith('-') ? `-${s.slice(1).padStart(width - 1, '0')}` : s.padStart(width, '0');
  };
  let chunk = '';
  let firstOut = true;
  for (let i = 0; ; i++) {
    const v = first + i * inc;
    if (inc > 0 ? v > last + 1e-10 : v < last - 1e-10) break;
    chunk += (firstOut ? '' : sep) + show(v);
    firstOut = false;
    if (chunk.length > 8192) {
      ctx.stdout.write(chunk);
      chunk = '';
      if (!(await ctx.checkpoint())) return ctx.signal.interrupted ? 130 : 1;
    }
  }
  if (!firstOut) chunk += '\n';
  ctx.stdout.write(chunk);
  return 0;
});
