// wc: newline, word and byte counts (-l -w -c -m -L), with a total line for several files.
// Column widths follow GNU: wide enough for the total byte count, 7 when reading a pipe.

import type { Command } from '../types';
import { command, errText } from './lib/errors';
import { byteLength } from './lib/io';
import { parseArgs } from './lib/options';

type Counts = [number, number, number, number, number];

function count(text: string): Counts {
  let lines = 0;
  let words = 0;
  let inWord = false;
  let maxLine = 0;
  let cur = 0;
  for (const ch of text) {
    if (ch === '\n') {
      lines++;
      maxLine = Math.max(maxLine, cur);
      cur = 0;
    } else cur += ch === '\t' ? 8 - (cur % 8) : 1;
    if (/\s/.test(ch)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  maxLine = Math.max(maxLine, cur);
  return [lines, words, [...text].length, byteLength(text), maxLine];
}

export const wc: Command = command('wc', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'wc',
    {
      flags: 'lwcmL',
      long: {
        lines: { key: 'l' },
        words: { key: 'w' },
        bytes: { key: 'c' },
        chars: { key: 'm' },
        'max-line-length': { key: 'L' },
      },
    },
    '[OPTION]... [FILE]...',
  );
  if (typeof opts === 'number') return opts;
  // Output order is fixed: lines, words, chars, bytes, max line length.
  let fields = [opts.has('l'), opts.has('w'), opts.has('m'), opts.has('c'), opts.has('L')];
  if (!fields.some(Boolean)) fields = [true, true, false, true, false];
  const files = opts.operands.length ? opts.operands : ['-'];
  const rows: Array<{ name: string; c: Counts }> = [];
  let status = 0;
  let sawStdin = false;
  for (const f of files) {
    let text: string;
    if (f === '-') {
      sawStdin = true;
      text = await ctx.stdin.readAll();
    } else {
      try {
        const p = ctx.resolve(f);
        if (ctx.fs.stat(p).type === 'dir') {
          ctx.stderr.write(`wc: ${f}: Is a directory\n`);
          rows.push({ name: f, c: [0, 0, 0, 0, 0] });
          status = 1;
          continue;
        }
        text = ctx.fs.readText(p);
        const data = ctx.fs.readFile(p);
        if (data.kind === 'blob') {
          const c = count(text);
          c[2] = data.size;
          c[3] = data.size;
          rows.push({ name: f, c });
          continue;
        }
      } catch (e) {
        ctx.stderr.write(`wc: ${f}: ${errText(e)}\n`);
        status = 1;
        continue;
      }
    }
    rows.push({ name: f === '-' && !opts.operands.length ? '' : f, c: count(text) });
  }
  const total: Counts = [0, 0, 0, 0, 0];
  for (const r of rows) for (let i = 0; i < 5; i++) total[i] += r.c[i];
  total[4] = Math.max(0, ...rows.map((r) => r.c[4]));
  const nFields = fields.filter(Boolean).length;
  let width = String(total[3]).length;
  if (sawStdin) width = Math.max(width, 7);
  if (nFields === 1 && files.length === 1) width = 1;
  const line = (c: Counts, name: string): string => {
    const parts = c.filter((_, i) => fields[i]).map((n) => String(n).padStart(width));
    return `${parts.join(' ')}${name ? ` ${name}` : ''}\n`;
  };
  let out = rows.map((r) => line(r.c, r.name)).join('');
  if (files.length > 1) out += line(total, 'total');
  ctx.stdout.write(out);
  return status;
});
