// sort: sort lines. -n -h -g(as -n) -r -u -f -b -s -c -V(as natural) -k KEYDEF (F[.C][flags][,F[.C][flags]])
// -t SEP -o FILE. C-locale comparison; ties fall back to the whole line unless -s, as GNU does.

import type { Command } from '../types';
import { command } from './lib/errors';
import { readOperands, splitLines } from './lib/io';
import { parseArgs, usageError } from './lib/options';

interface KeyFlags {
  numeric: boolean;
  human: boolean;
  reverse: boolean;
  fold: boolean;
  blanks: boolean;
  version: boolean;
}

interface Key extends KeyFlags {
  startField: number;
  startChar: number;
  endField: number;
  endChar: number;
}

const HUMAN = ' KMGTPEZY';

function numericValue(s: string): number {
  const m = /^\s*(-?\d*(?:\.\d+)?)/.exec(s);
  const v = m && m[1] !== '' && m[1] !== '-' ? Number(m[1]) : 0;
  return Number.isNaN(v) ? 0 : v;
}

function humanValue(s: string): number {
  const m = /^\s*(-?\d*(?:\.\d+)?)([KMGTPEZY]?)/i.exec(s);
  if (!m || m[1] === '' || m[1] === '-') return 0;
  return Number(m[1]) * 1024 ** Math.max(0, HUMAN.indexOf(m[2].toUpperCase()));
}

function versionCompare(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (/^\d/.test(x) && /^\d/.test(y)) {
      if (Number(x) !== Number(y)) return Number(x) - Number(y);
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

function parseKey(def: string, global: KeyFlags): Key | undefined {
  const m = /^(\d+)(?:\.(\d+))?([bdfghinMrRV]*)(?:,(\d+)(?:\.(\d+))?([bdfghinMrRV]*))?$/.exec(def);
  if (!m || Number(m[1]) === 0) return undefined;
  const flags = (m[3] ?? '') + (m[6] ?? '');
  const own = flags !== '';
  return {
    startField: Number(m[1]),
    startChar: Number(m[2] ?? 1),
    endField: m[4] !== undefined ? Number(m[4]) : Infinity,
    endChar: m[5] !== undefined ? Number(m[5]) : 0,
    numeric: own ? /[ng]/.test(flags) : global.numeric,
    human: own ? flags.includes('h') : global.human,
    reverse: own ? flags.includes('r') : global.reverse,
    fold: own ? flags.includes('f') : global.fold,
    blanks: own ? flags.includes('b') : global.blanks,
    version: own ? flags.includes('V') : global.version,
  };
}

/** Split into fields: by `sep`, or (default) each field starts where blanks begin. */
function fields(line: string, sep: string | undefined): string[] {
  if (sep !== undefined) return line.split(sep);
  return line.match(/\s*\S+/g) ?? [line];
}

function extract(line: string, k: Key, sep: string | undefined): string {
  const fs = fields(line, sep);
  const joiner = sep ?? '';
  let s = fs.slice(k.startField - 1, k.endField === Infinity ? undefined : k.endField);
  if (s.length === 0) return '';
  if (k.blanks) s[0] = s[0].replace(/^\s+/, '');
  if (k.startChar > 1) {
    const f0 = sep === undefined && !k.blanks ? s[0].replace(/^\s+/, '') : s[0];
    s[0] = f0.slice(k.startChar - 1);
  }
  if (k.endChar > 0 && k.endField !== Infinity) {
    const lastIdx = k.endField - k.startField;
    if (lastIdx >= 0 && lastIdx < s.length) {
      const f = sep === undefined ? s[lastIdx].replace(/^\s+/, '') : s[lastIdx];
      s[lastIdx] = f.slice(0, k.endChar);
    }
  }
  s = s.filter((x) => x !== undefined);
  return s.join(joiner);
}

function compareBy(a: string, b: string, f: KeyFlags): number {
  let r: number;
  if (f.numeric) r = numericValue(a) - numericValue(b);
  else if (f.human) r = humanValue(a) - humanValue(b);
  else if (f.version) r = versionCompare(a, b);
  else {
    let x = f.blanks ? a.replace(/^\s+/, '') : a;
    let y = f.blanks ? b.replace(/^\s+/, '') : b;
    if (f.fold) {
      x = x.toUpperCase();
      y = y.toUpperCase();
    }
    r = x < y ? -1 : x > y ? 1 : 0;
  }
  return f.reverse ? -r : r;
}

export const sort: Command = command('sort', async (ctx) => {
  const opts = parseArgs(
    ctx,
    'sort',
    {
      flags: 'nhgrufbscVmd',
      withArg: 'kto',
      long: {
        'numeric-sort': { key: 'n' },
        'human-numeric-sort': { key: 'h' },
        'general-numeric-sort': { key: 'g' },
        'version-sort': { key: 'V' },
        reverse: { key: 'r' },
        unique: { key: 'u' },
        'ignore-case': { key: 'f' },
        'ignore-leading-blanks': { key: 'b' },
        stable: { key: 's' },
        check: { key: 'c' },
        key: { key: 'k', arg: 'required' },
        'field-separator': { key: 't', arg: 'required' },
        output: { key: 'o', arg: 'required' },
      },
    },
    '[OPTION]... [FILE]...',
    2,
  );
  if (typeof opts === 'number') return opts;
  const global: KeyFlags = {
    numeric: opts.has('n') || opts.has('g'),
    human: opts.has('h'),
    reverse: opts.has('r'),
    fold: opts.has('f'),
    blanks: opts.has('b'),
    version: opts.has('V'),
  };
  const sep = opts.get('t');
  if (sep !== undefined && [...sep].length !== 1) {
    ctx.stderr.write(sep === '' ? 'sort: empty tab\n' : `sort: multi-character tab '${sep}'\n`);
    return 2;
  }
  const keys: Key[] = [];
  for (const def of opts.all('k')) {
    const k = parseKey(def, global);
    if (!k) {
      const r = usageError(
        ctx,
        'sort',
        `invalid number at field start: invalid count at start of '${def}'`,
        2,
      );
      return r;
    }
    keys.push(k);
  }
  const { texts, ok } = await readOperands(
    ctx,
    'sort',
    opts.operands,
    (o, m) => `sort: cannot read: ${o}: ${m}`,
  );
  if (!ok) return 2;
  const lines = texts.flatMap((t) => splitLines(t.text));
  const cmpKeys = (a: string, b: string): number => {
    if (keys.length === 0) return compareBy(a, b, global);
    for (const k of keys) {
      const r = compareBy(extract(a, k, sep), extract(b, k, sep), k);
      if (r !== 0) return r;
    }
    return 0;
  };
  const lastResort = !opts.has('s') && !opts.has('u');
  const cmp = (a: string, b: string): number => {
    const r = cmpKeys(a, b);
    if (r !== 0 || !lastResort) return r;
    if (
      keys.length === 0 &&
      !global.numeric &&
      !global.human &&
      !global.fold &&
      !global.blanks &&
      !global.version
    )
      return 0;
    const x = a < b ? -1 : a > b ? 1 : 0;
    return global.reverse ? -x : x;
  };
  if (opts.has('c')) {
    for (let i = 1; i < lines.length; i++) {
      const r = cmp(lines[i - 1], lines[i]);
      if (r > 0 || (opts.has('u') && r === 0)) {
        ctx.stderr.write(`sort: ${opts.operands[0] ?? '-'}:${i + 1}: disorder: ${lines[i]}\n`);
        return 1;
      }
    }
    return 0;
  }
  const sorted = lines.slice().sort(cmp);
  const out: string[] = [];
  for (const l of sorted) {
    if (opts.has('u') && out.length && cmpKeys(out[out.length - 1], l) === 0) continue;
    out.push(l);
  }
  const text = out.map((l) => `${l}\n`).join('');
  const o = opts.get('o');
  if (o !== undefined) {
    try {
      ctx.fs.writeFile(ctx.resolve(o), text);
    } catch (e) {
      ctx.stderr.write(`sort: open failed: ${o}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    return 0;
  }
  ctx.stdout.write(text);
  return 0;
});
