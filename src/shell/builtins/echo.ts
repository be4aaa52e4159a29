// bash's builtin echo: -n, -e, -E (only when every letter of the option is one of them).

import type { Command } from '../types';

export const echo: Command = {
  name: 'echo',
  run(ctx) {
    const args = ctx.argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args.length > 0 && /^-[neE]+$/.test(args[0])) {
      for (const f of args[0].slice(1)) {
        if (f === 'n') newline = false;
        else escapes = f === 'e';
      }
      args.shift();
    }
    let text = args.join(' ');
    if (escapes) {
      const r = interpretEscapes(text);
      text = r.text;
      if (r.stop) newline = false;
    }
    ctx.stdout.write(newline ? `${text}\n` : text);
    return 0;
  },
};

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** Backslash escapes of `echo -e` and `printf %b`; `\c` stops all output. */
export function interpretEscapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i === s.length - 1) {
      out += c;
      continue;
    }
    const n = s[i + 1];
    if (n === 'c') return { text: out, stop: true };
    if (SIMPLE[n] !== undefined) {
      out += SIMPLE[n];
      i++;
    } else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 2))?.[0] ?? '';
      out += String.fromCharCode(parseInt(m || '0', 8));
      i += 1 + m.length;
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2))?.[0];
      if (m) {
        out += String.fromCharCode(parseInt(m, 16));
        i += 1 + m.length;
      } else out += c;
    } else out += c;
  }
  return { text: out, stop: false };
}
