// tr: translate, squeeze (-s) or delete (-d) characters; -c complements SET1. Sets take ranges
// (a-z), classes ([:upper:] [:lower:] [:digit:] [:space:] [:alpha:] [:alnum:] [:punct:] [:blank:]),
// repeats ([x*] [x*N]) and escapes (\n \t \\ \NNN octal).

import type { Command } from '../types';
import { command } from './lib/errors';
import { parseArgs, usageError } from './lib/options';

const CLASS: Record<string, () => string[]> = {
  upper: () => range('A', 'Z'),
  lower: () => range('a', 'z'),
  digit: () => range('0', '9'),
  alpha: () => [...range('A', 'Z'), ...range('a', 'z')],
  alnum: () => [...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z')],
  space: () => [' ', '\t', '\n', '\v', '\f', '\r'],
  blank: () => [' ', '\t'],
  punct: () => [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  xdigit: () => [...range('0', '9'), ...range('A', 'F'), ...range('a', 'f')],
  cntrl: () => Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\x7f'),
  print: () => range(' ', '~'),
  graph: () => range('!', '~'),
};

function range(a: string, b: string): string[] {
  const out: string[] = [];
  for (let c = a.codePointAt(0) as number; c <= (b.codePointAt(0) as number); c++)
    out.push(String.fromCodePoint(c));
  return out;
}

class SetError extends Error {}

function unescape(s: string): string[] {
  const out: string[] = [];
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c !== '\\' || i + 1 >= chars.length) {
      out.push(c);
      continue;
    }
    const e = chars[++i];
    const oct = /^[0-7]{1,3}/.exec(chars.slice(i, i + 3).join(''));
    if (oct) {
      out.push(String.fromCharCode(parseInt(oct[0], 8)));
      i += oct[0].length - 1;
    } else {
      const map: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        f: '\f',
        v: '\v',
        a: '\x07',
        b: '\b',
        '\\': '\\',
      };
      out.push(map[e] ?? e);
    }
  }
  return out;
}

/** Expand a set; `fill` is the length SET2 must reach for [x*] repeats. Entries marked as class names keep case pairing. */
function expand(src: string, fill = 0): { chars: string[]; classes: string[] } {
  const out: string[] = [];
  const classes: string[] = [];
  let i = 0;
  // Tokenise on the raw string so that classes and repeats are seen before escapes.
  while (i < src.length) {
    const cls = /^\[:([a-z]+):\]/.exec(src.slice(i));
    if (cls) {
      const f = CLASS[cls[1]];
      if (!f) throw new SetError(`invalid character class '${cls[1]}'`);
      out.push(...f());
      classes.push(cls[1]);
      i += cls[0].length;
      continue;
    }
    const rep = /^\[((?:\\[0-7]{1,3}|\\.|[^\]\\]))\*(\d*)\]/.exec(src.slice(i));
    if (rep) {
      const ch = unescape(rep[1])[0];
      const n = rep[2] === '' || Number(rep[2]) === 0 ? -1 : Number(rep[2]);
      out.push(...Array<string>(n < 0 ? 0 : n).fill(ch));
      if (n < 0) out.push(`\u0000REPEAT${ch}`);
      i += rep[0].length;
      continue;
    }
    const tok = /^(\\[0-7]{1,3}|\\.|[\s\S])/.exec(src.slice(i)) as RegExpExecArray;
    const ch = unescape(tok[0])[0];
    i += tok[0].length;
    if (src[i] === '-' && i + 1 < src.length) {
      const t2 = /^(\\[0-7]{1,3}|\\.|[\s\S])/.exec(src.slice(i + 1)) as RegExpExecArray;
      const end = unescape(t2[0])[0];
      if ((end.codePointAt(0) as number) < (ch.codePointAt(0) as number)) {
        throw new SetError(
          `range-endpoints of '${ch}-${end}' are in reverse collating sequence order`,
        );
      }
      out.push(...range(ch, end));
      i += 1 + t2[0].length;
      continue;
    }
    out.push(ch);
  }
  const r = out.findIndex((c) => c.startsWith('\u0000REPEAT'));
  if (r >= 0) {
    const ch = out[r].slice(7);
    const others = out.length - 1;
    out.splice(r, 1, ...Array<string>(Math.max(0, fill - others)).fill(ch));
  }
  return { chars: out, classes };
}

export const tr: Command = command('tr', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'tr',
    {
      flags: 'cCdst',
      long: {
        complement: { key: 'c' },
        delete: { key: 'd' },
        'squeeze-repeats': { key: 's' },
        'truncate-set1': { key: 't' },
      },
    },
    '[OPTION]... STRING1 [STRING2]',
  );
  if (typeof opts === 'number') return opts;
  const [s1, s2, extra] = opts.operands;
  const del = opts.has('d');
  const squeeze = opts.has('s');
  const complement = opts.has('c') || opts.has('C');
  if (s1 === undefined) return usageError(ctx, 'tr', 'missing operand');
  if (del && !squeeze && s2 !== undefined) return usageError(ctx, 'tr', `extra operand '${s2}'`);
  if (extra !== undefined) return usageError(ctx, 'tr', `extra operand '${extra}'`);
  if (!del && !squeeze && s2 === undefined) {
    return usageError(
      ctx,
      'tr',
      `missing operand after '${s1}'\nTwo strings must be given when translating.`,
    );
  }
  let set1: string[];
  let set2: string[] = [];
  try {
    const e1 = expand(s1);
    set1 = e1.chars;
    if (s2 !== undefined) {
      const e2 = expand(s2, set1.length);
      set2 = e2.chars;
      // [:lower:] → [:upper:] and back map case to case.
      if (e1.classes.length === 1 && e2.classes.length === 1) {
        const pair = `${e1.classes[0]}>${e2.classes[0]}`;
        if (pair === 'lower>upper' || pair === 'upper>lower') {
          set1 = CLASS[e1.classes[0]]();
          set2 = CLASS[e2.classes[0]]();
        }
      }
    }
  } catch (e) {
    if (e instanceof SetError) {
      ctx.stderr.write(`tr: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const in1 = new Set(set1);
  const member = (c: string): boolean => in1.has(c) !== complement;
  const text = await ctx.stdin.readAll();
  let out = '';
  if (del) {
    const sq = new Set(set2);
    let prev = '';
    for (const c of text) {
      if (member(c)) continue;
      if (squeeze && c === prev && sq.has(c)) continue;
      out += c;
      prev = c;
    }
    ctx.stdout.write(out);
    return 0;
  }
  const map = new Map<string, string>();
  if (s2 !== undefined && set2.length > 0) {
    if (complement) {
      // Every character outside SET1 becomes SET2's last character.
      const last = set2[set2.length - 1];
      for (const c of text) if (!in1.has(c)) map.set(c, last);
    } else {
      set1.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)]));
    }
  }
  const squeezeSet = new Set(s2 !== undefined ? set2 : []);
  let prev = '';
  for (const c of text) {
    const t = map.get(c) ?? c;
    if (squeeze) {
      const inSq = s2 !== undefined ? squeezeSet.has(t) : member(c);
      if (inSq && t === prev) continue;
    }
    out += t;
    prev = t;
  }
  ctx.stdout.write(out);
  return 0;
});
