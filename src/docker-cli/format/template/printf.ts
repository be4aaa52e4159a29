// A subset of Go's fmt.Sprintf for templates: %v %s %d %q %x %X %f %e %g %t %c %% with the
// flags - + 0 space and width/precision, and Go's complaint forms (%!d(string=x),
// %!s(MISSING), %!(EXTRA …)).

import { formatFixed, formatFloatV, formatG } from '../go-number';
import { goQuote } from '../ids';
import { formatValue, goTypeName, isFloatValue, numberOf } from './print';

interface Spec {
  minus: boolean;
  plus: boolean;
  zero: boolean;
  space: boolean;
  sharp: boolean;
  width?: number;
  prec?: number;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const len = [...s].length;
  if (spec.width === undefined || len >= spec.width) return s;
  const n = spec.width - len;
  if (spec.minus) return s + ' '.repeat(n);
  if (spec.zero && numeric) {
    const sign = /^[+-]/.test(s) ? (s[0] as string) : '';
    return sign + '0'.repeat(n) + s.slice(sign.length);
  }
  return ' '.repeat(n) + s;
}

function bad(verb: string, v: unknown): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatValue(v)})`;
}

function signed(s: string, n: number, spec: Spec): string {
  if (n >= 0 && spec.plus) return '+' + s;
  if (n >= 0 && spec.space) return ' ' + s;
  return s;
}

function formatOne(verb: string, v: unknown, spec: Spec): string {
  if (Array.isArray(v) && verb !== 'v' && verb !== 'T') {
    return '[' + v.map((x) => formatOne(verb, x, { ...spec, width: undefined })).join(' ') + ']';
  }
  const n = numberOf(v);
  switch (verb) {
    case 'v':
      return pad(
        n !== undefined ? signed(formatValue(v), n, spec) : formatValue(v),
        spec,
        n !== undefined,
      );
    case 'T':
      return pad(goTypeName(v), spec, false);
    case 's':
      if (typeof v === 'string')
        return pad(spec.prec !== undefined ? [...v].slice(0, spec.prec).join('') : v, spec, false);
      if (typeof v === 'object' && v !== null && n === undefined)
        return pad(formatValue(v), spec, false);
      return bad(verb, v);
    case 'q':
      if (typeof v === 'string') return pad(goQuote(v), spec, false);
      if (n !== undefined && !isFloatValue(v)) {
        const ch = String.fromCodePoint(n);
        return pad(`'${ch === "'" ? "\\'" : ch}'`, spec, false);
      }
      return bad(verb, v);
    case 'd':
      if (n === undefined || isFloatValue(v)) return bad(verb, v);
      return pad(signed(String(n), n, spec), spec, true);
    case 'x':
    case 'X': {
      let s: string;
      if (typeof v === 'string')
        s = [...new TextEncoder().encode(v)].map((b) => b.toString(16).padStart(2, '0')).join('');
      else if (n !== undefined && !isFloatValue(v))
        s = (n < 0 ? '-' : '') + Math.abs(n).toString(16);
      else return bad(verb, v);
      if (spec.sharp) s = '0x' + s;
      return pad(verb === 'X' ? s.toUpperCase() : s, spec, true);
    }
    case 'f':
    case 'F':
    case 'e':
    case 'g': {
      if (n === undefined) return bad(verb, v);
      let s: string;
      if (verb === 'e') s = n.toExponential(spec.prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      else if (verb === 'g') s = spec.prec === undefined ? formatFloatV(n) : formatG(n, spec.prec);
      else s = formatFixed(n, spec.prec ?? 6);
      return pad(signed(s, n, spec), spec, true);
    }
    case 't':
      return typeof v === 'boolean' ? pad(String(v), spec, false) : bad(verb, v);
    case 'c':
      return n !== undefined && !isFloatValue(v)
        ? pad(String.fromCodePoint(n), spec, false)
        : bad(verb, v);
    default:
      return bad(verb, v);
  }
}

export function goSprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c !== '%') {
      out += c;
      continue;
    }
    const spec: Spec = { minus: false, plus: false, zero: false, space: false, sharp: false };
    i++;
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '0') spec.zero = !spec.minus;
      else if (f === ' ') spec.space = true;
      else if (f === '#') spec.sharp = true;
      else break;
    }
    const w = /^\d+/.exec(format.slice(i));
    if (w) {
      spec.width = Number(w[0]);
      i += w[0].length;
    }
    if (format[i] === '.') {
      i++;
      const p = /^\d+/.exec(format.slice(i));
      spec.prec = p ? Number(p[0]) : 0;
      if (p) i += p[0].length;
    }
    const verb = format[i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatOne(verb, args[argi++], spec);
  }
  if (argi < args.length) {
    const extra = args
      .slice(argi)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatValue(a)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function goSprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(a);
  });
  return out;
}

/** fmt.Sprintln: spaces between all operands and a newline. */
export function goSprintln(args: readonly unknown[]): string {
  return args.map(formatValue).join(' ') + '\n';
}
