// xargs: build command lines from standard input and run them through ctx.exec. Words are split
// on blanks and newlines with '…', "…" and backslash quoting; -n N words per command, -I STR
// one command per line with STR replaced, -0 / -d DELIM, -r (no run on empty input), -t (trace).
// Exit 123 when a command fails, 127 when it cannot be found, as GNU does.

import type { Command } from '../types';
import { command } from './lib/errors';
import { parseArgs } from './lib/options';

function splitWords(text: string): string[] | string {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let q: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === q) q = undefined;
      else if (c === '\n')
        return `unmatched ${q === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`;
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      q = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inWord = true;
    } else if (/[ \t\n]/.test(c)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (q)
    return `unmatched ${q === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`;
  if (inWord) words.push(cur);
  return words;
}

export const xargs: Command = command('xargs', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'xargs',
    {
      flags: '0rtpx',
      withArg: 'nIidLPs',
      stopAtOperand: true,
      long: {
        null: { key: '0' },
        'no-run-if-empty': { key: 'r' },
        verbose: { key: 't' },
        'max-args': { key: 'n', arg: 'required' },
        replace: { key: 'I', arg: 'optional' },
        delimiter: { key: 'd', arg: 'required' },
        'max-lines': { key: 'L', arg: 'required' },
        'max-procs': { key: 'P', arg: 'required' },
      },
    },
    '[OPTION]... COMMAND [INITIAL-ARGS]...',
  );
  if (typeof opts === 'number') return opts;
  const cmd = opts.operands.length ? opts.operands : ['echo'];
  const text = await ctx.stdin.readAll();
  const replace = opts.has('I')
    ? opts.get('I') || '{}'
    : opts.has('i')
      ? opts.get('i') || '{}'
      : undefined;
  let items: string[];
  if (opts.has('0')) items = text.split('\0').filter((w, i, a) => i < a.length - 1 || w !== '');
  else if (opts.has('d')) {
    const d = (opts.get('d') ?? '\n').replace(/^\\n$/, '\n').replace(/^\\t$/, '\t');
    items = text.split(d).filter((w, i, a) => i < a.length - 1 || w !== '');
  } else if (replace !== undefined) {
    items = text
      .split('\n')
      .map((l) => l.replace(/^[ \t]+/, ''))
      .filter((l) => l !== '');
  } else {
    const w = splitWords(text);
    if (typeof w === 'string') {
      ctx.stderr.write(`xargs: ${w}\n`);
      return 1;
    }
    items = w;
  }
  const nArg = opts.get('n') ?? opts.get('L');
  let per = Infinity;
  if (nArg !== undefined) {
    per = Number(nArg);
    if (!Number.isInteger(per) || per < 1) {
      ctx.stderr.write(`xargs: value for -${opts.has('n') ? 'n' : 'L'} option should be >= 1\n`);
      return 1;
    }
  }
  const batches: string[][] = [];
  if (replace !== undefined) {
    for (const it of items) batches.push(cmd.map((a) => a.split(replace).join(it)));
  } else {
    if (items.length === 0 && !opts.has('r')) batches.push([...cmd]);
    for (let i = 0; i < items.length; i += per === Infinity ? items.length : per) {
      batches.push([...cmd, ...items.slice(i, per === Infinity ? undefined : i + per)]);
    }
  }
  let status = 0;
  for (const argv of batches) {
    if (ctx.signal.interrupted) return 130;
    if (opts.has('t')) ctx.stderr.write(`${argv.join(' ')}\n`);
    const code = await ctx.exec(argv);
    if (code === 127 || code === 126) return code;
    if (code === 255) {
      ctx.stderr.write(`xargs: ${argv[0]}: exited with status 255; aborting\n`);
      return 124;
    }
    if (code !== 0) status = 123;
  }
  return status;
});
