// cut: select parts of lines. -f LIST with -d DELIM (default TAB) and -s, -c/-b LIST (characters;
// the lab's text has no separate bytes), --complement, --output-delimiter.

import type { Command } from '../types';
import { command } from './lib/errors';
import { readOperands, splitLines } from './lib/io';
import { parseArgs, usageError } from './lib/options';

type Range = [number, number];

function parseList(list: string): Range[] | string {
  const out: Range[] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '' && m[2] === '') || (m[1] === '' && m[3] === '')) {
      if (part === '-') return 'invalid range with no endpoint: -';
      return `invalid field value '${part}'`;
    }
    const a = m[1] === '' ? 1 : Number(m[1]);
    const b = m[2] === '' ? a : m[3] === '' ? Infinity : Number(m[3]);
    if (a === 0 || b === 0) return 'fields and positions are numbered from 1';
    if (b < a) return 'invalid decreasing range';
    out.push([a, b]);
  }
  return out;
}

export const cut: Command = command('cut', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'cut',
    {
      flags: 'sn',
      withArg: 'dfcb',
      long: {
        delimiter: { key: 'd', arg: 'required' },
        fields: { key: 'f', arg: 'required' },
        characters: { key: 'c', arg: 'required' },
        bytes: { key: 'b', arg: 'required' },
        'only-delimited': { key: 's' },
        complement: { key: 'complement' },
        'output-delimiter': { key: 'od', arg: 'required' },
      },
    },
    'OPTION... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  const f = opts.get('f');
  const c = opts.get('c') ?? opts.get('b');
  if ((f === undefined) === (c === undefined)) {
    return usageError(
      ctx,
      'cut',
      f === undefined
        ? 'you must specify a list of bytes, characters, or fields'
        : 'only one list may be specified',
    );
  }
  const ranges = parseList((f ?? c) as string);
  if (typeof ranges === 'string') return usageError(ctx, 'cut', ranges);
  const delim = opts.get('d') ?? '\t';
  if (opts.has('d') && f === undefined) {
    return usageError(
      ctx,
      'cut',
      'an input delimiter may be specified only when operating on fields',
    );
  }
  if ([...delim].length !== 1)
    return usageError(ctx, 'cut', 'the delimiter must be a single character');
  const complement = opts.has('complement');
  const selected = (i: number): boolean => ranges.some(([a, b]) => i >= a && i <= b) !== complement;
  const outDelim = opts.get('od') ?? (f !== undefined ? delim : '');
  const { texts, ok } = await readOperands(ctx, 'cut', opts.operands);
  let out = '';
  for (const t of texts) {
    for (const line of splitLines(t.text)) {
      if (f !== undefined) {
        if (!line.includes(delim)) {
          if (!opts.has('s')) out += `${line}\n`;
          continue;
        }
        const parts = line.split(delim);
        out += `${parts.filter((_, i) => selected(i + 1)).join(outDelim)}\n`;
      } else {
        const chars = [...line];
        out += `${chars.filter((_, i) => selected(i + 1)).join('')}\n`;
      }
    }
  }
  ctx.stdout.write(out);
  return ok ? 0 : 1;
});
