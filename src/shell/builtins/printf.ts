// bash's builtin printf: %s %b %c %d %i %u %x %X %o %e %f %g %%, flags, width and precision
// (also `*`), backslash escapes in the format, and reuse of the format while arguments remain.

import type { Command, CommandContext } from '../types';
import type { BuiltinContext } from './builtin';
import { interpretEscapes } from './echo';

const SPEC_RE = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([a-zA-Z%])/y;

export const printf: Command = {
  name: 'printf',
  run(ctx) {
    const args = ctx.argv.slice(1);
    let target: string | null = null;
    if (args[0] === '-v') {
      // Only the builtin can assign: run as /usr/bin/printf there is no shell to assign to.
      const shell = (ctx as Partial<BuiltinContext>).shell;
      target = args[1] ?? '';
      if (!shell) {
        ctx.stderr.write('printf: -v: invalid option\n');
        return 1;
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?$/.test(target)) {
        ctx.stderr.write(`bash: printf: \`${target}': not a valid identifier\n`);
        return 2;
      }
      args.splice(0, 2);
    }
    if (args[0] === '--') args.shift();
    if (args.length === 0) {
      ctx.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
      return 2;
    }
    const format = args[0];
    const rest = args.slice(1);
    const state = { status: 0, i: 0 };
    let out = '';
    for (;;) {
      const before = state.i;
      const r = formatOnce(ctx, format, rest, state);
      out += r.text;
      if (r.stop || state.i >= rest.length || state.i === before) break;
    }
    if (target !== null) {
      const shell = (ctx as BuiltinContext).shell;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]*)\])?$/.exec(target) as RegExpExecArray;
      if (shell.state.isReadonly(m[1])) {
        ctx.stderr.write(`bash: ${m[1]}: readonly variable\n`);
        return 1;
      }
      if (m[2] === undefined) shell.state.set(m[1], out);
      else {
        const i = shell.expander.subscriptOf(m[1], m[2]);
        if (i === null) return 1;
        shell.state.setAt(m[1], i, out);
      }
      return state.status;
    }
    ctx.stdout.write(out);
    return state.status;
  },
};

function formatOnce(
  ctx: CommandContext,
  format: string,
  args: string[],
  st: { status: number; i: number },
): { text: string; stop: boolean } {
  let out = '';
  const next = (): string | undefined => (st.i < args.length ? args[st.i++] : undefined);
  for (let p = 0; p < format.length;) {
    const c = format[p];
    if (c === '\\') {
      const r = formatEscape(format, p);
      out += r.text;
      p = r.next;
      continue;
    }
    if (c !== '%') {
      out += c;
      p++;
      continue;
    }
    SPEC_RE.lastIndex = p;
    const m = SPEC_RE.exec(format);
    if (!m) {
      ctx.stderr.write(
        `bash: printf: \`${format.slice(p + 1, p + 2)}': invalid format character\n`,
      );
      st.status = 1;
      return { text: out, stop: true };
    }
    p = SPEC_RE.lastIndex;
    const [, flags, w, prec, conv] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    let width = w === '*' ? Number(next() ?? 0) : w ? Number(w) : 0;
    const precision =
      prec === '*' ? Number(next() ?? 0) : prec !== undefined ? Number(prec || 0) : undefined;
    let left = flags.includes('-');
    if (width < 0) {
      left = true;
      width = -width;
    }
    const arg = next();
    let body: string;
    switch (conv) {
      case 's':
        body = arg ?? '';
        if (precision !== undefined) body = body.slice(0, precision);
        break;
      case 'b': {
        const r = interpretEscapes(arg ?? '');
        body = r.text;
        if (precision !== undefined) body = body.slice(0, precision);
        if (r.stop) return { text: out + pad(body, width, left, false), stop: true };
        break;
      }
      case 'c':
        body = (arg ?? '').slice(0, 1);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        const n = toNumber(ctx, arg, st);
        const v = Math.trunc(n);
        let digits =
          conv === 'x'
            ? Math.abs(v).toString(16)
            : conv === 'X'
              ? Math.abs(v).toString(16).toUpperCase()
              : conv === 'o'
                ? Math.abs(v).toString(8)
                : String(Math.abs(v));
        if (precision !== undefined) digits = digits.padStart(precision, '0');
        if (flags.includes('#') && v !== 0 && (conv === 'x' || conv === 'X'))
          digits = (conv === 'x' ? '0x' : '0X') + digits;
        const sign = v < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        body = sign + digits;
        if (flags.includes('0') && !left && precision === undefined && body.length < width)
          body = sign + digits.padStart(width - sign.length, '0');
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G': {
        const n = toNumber(ctx, arg, st);
        const pr = precision ?? 6;
        body =
          conv === 'f' || conv === 'F'
            ? n.toFixed(pr)
            : conv === 'e' || conv === 'E'
              ? n.toExponential(pr).replace(/e([+-])(\d)$/, 'e$10$2')
              : String(Number(n.toPrecision(pr || 1)));
        if (conv === 'E' || conv === 'G') body = body.toUpperCase();
        if (n >= 0 && flags.includes('+')) body = `+${body}`;
        if (flags.includes('0') && !left && body.length < width) {
          const neg = body.startsWith('-') || body.startsWith('+');
          body = neg ? body[0] + body.slice(1).padStart(width - 1, '0') : body.padStart(width, '0');
        }
        break;
      }
      default:
        ctx.stderr.write(`bash: printf: \`${conv}': invalid format character\n`);
        st.status = 1;
        return { text: out, stop: true };
    }
    out += pad(body, width, left, false);
  }
  return { text: out, stop: false };
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  return left ? s.padEnd(width) : s.padStart(width, zero ? '0' : ' ');
}

function toNumber(ctx: CommandContext, arg: string | undefined, st: { status: number }): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.length > 1 ? (arg.codePointAt(1) ?? 0) : 0;
  const t = arg.trim();
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(t)) return parseInt(t, 16);
  if (/^[-+]?0[0-7]+$/.test(t)) return parseInt(t, 8);
  if (/^[-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?$/.test(t)) return Number(t);
  const lead = /^[-+]?[0-9]+/.exec(t);
  ctx.stderr.write(`bash: printf: ${arg}: invalid number\n`);
  st.status = 1;
  return lead ? Number(lead[0]) : 0;
}

function formatEscape(format: string, p: number): { text: string; next: number } {
  const n = format[p + 1];
  if (n === undefined) return { text: '\\', next: p + 1 };
  if (n === '"') return { text: '"', next: p + 2 };
  if (n === "'") return { text: "'", next: p + 2 };
  if (/[0-7]/.test(n)) {
    const m = /^[0-7]{1,3}/.exec(format.slice(p + 1))?.[0] ?? '0';
    return { text: String.fromCharCode(parseInt(m, 8)), next: p + 1 + m.length };
  }
  const r = interpretEscapes(format.slice(p, p + 2));
  if (n === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(format.slice(p + 2))?.[0];
    if (m) return { text: String.fromCharCode(parseInt(m, 16)), next: p + 2 + m.length };
  }
  return { text: r.text, next: p + 2 };
}
