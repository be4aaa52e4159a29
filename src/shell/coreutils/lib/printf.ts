// printf-style formatting shared by awk's printf/sprintf (and usable by a printf builtin):
// %d %i %o %u %x %X %c %s %e %E %f %F %g %G %% with flags -+ #0 and space, width and precision
// (numbers or `*`).

export type FormatArg = number | string;

export interface FormatOptions {
  toNumber(v: FormatArg): number;
  toString(v: FormatArg): string;
}

/** %g as C prints it. */
export function formatG(v: number, precision: number, alt = false, upper = false): string {
  if (!Number.isFinite(v)) return formatSpecial(v, upper);
  const p = precision === 0 ? 1 : precision;
  if (v === 0) return alt ? `0.${'0'.repeat(p - 1)}` : '0';
  const exp = Math.floor(Math.log10(Math.abs(v)));
  let e = Number(v.toExponential(p - 1).split('e')[1]);
  if (Number.isNaN(e)) e = exp;
  let out: string;
  if (e < -4 || e >= p) {
    out = v.toExponential(p - 1);
    const ex = out.split('e')[1];
    let mant = out.split('e')[0];
    if (!alt && mant.includes('.')) mant = mant.replace(/\.?0+$/, '');
    const sign = ex.startsWith('-') ? '-' : '+';
    const digits = ex.replace(/^[-+]/, '').padStart(2, '0');
    out = `${mant}e${sign}${digits}`;
  } else {
    out = v.toFixed(Math.max(0, p - 1 - e));
    if (!alt && out.includes('.')) out = out.replace(/\.?0+$/, '');
  }
  return upper ? out.toUpperCase() : out;
}

function formatSpecial(v: number, upper: boolean): string {
  const s = Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  return upper ? s.toUpperCase() : s;
}

function formatE(v: number, precision: number, upper: boolean): string {
  if (!Number.isFinite(v)) return formatSpecial(v, upper);
  const [mant, ex] = v.toExponential(precision).split('e');
  const sign = ex.startsWith('-') ? '-' : '+';
  const out = `${mant}e${sign}${ex.replace(/^[-+]/, '').padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

export function format(fmt: string, args: readonly FormatArg[], o: FormatOptions): string {
  let out = '';
  let ai = 0;
  const next = (): FormatArg => (ai < args.length ? args[ai++] : '');
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([hlLqjzt]*)([diouxXcseEfFgGa%])/.exec(
      fmt.slice(i),
    );
    if (!m) {
      out += c;
      continue;
    }
    i += m[0].length - 1;
    const flags = m[1];
    let width = m[2] === '*' ? Math.trunc(o.toNumber(next())) : m[2] ? Number(m[2]) : 0;
    let left = flags.includes('-');
    if (width < 0) {
      left = true;
      width = -width;
    }
    const precRaw = m[3] === '*' ? String(Math.trunc(o.toNumber(next()))) : m[3];
    const prec = precRaw === undefined ? undefined : Math.max(0, Number(precRaw) || 0);
    const conv = m[5];
    if (conv === '%') {
      out += '%';
      continue;
    }
    let body: string;
    let sign = '';
    let numeric = true;
    const arg = next();
    switch (conv) {
      case 'd':
      case 'i': {
        const n = Math.trunc(o.toNumber(arg));
        body = Number.isFinite(n) ? String(Math.abs(n)) : formatSpecial(n, false);
        if (prec !== undefined) body = body.padStart(prec, '0');
        sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        break;
      }
      case 'o':
      case 'u':
      case 'x':
      case 'X': {
        let n = Math.trunc(o.toNumber(arg));
        if (n < 0) n = 2 ** 64 + n;
        const base = conv === 'o' ? 8 : conv === 'u' ? 10 : 16;
        body = n.toString(base);
        if (conv === 'X') body = body.toUpperCase();
        if (prec !== undefined) body = body.padStart(prec, '0');
        if (flags.includes('#') && n !== 0)
          body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + body;
        break;
      }
      case 'c': {
        numeric = false;
        body =
          typeof arg === 'number'
            ? String.fromCodePoint(Math.trunc(arg) & 0x1fffff)
            : o.toString(arg).slice(0, 1);
        break;
      }
      case 's': {
        numeric = false;
        body = o.toString(arg);
        if (prec !== undefined) body = body.slice(0, prec);
        break;
      }
      case 'e':
      case 'E': {
        const n = o.toNumber(arg);
        body = formatE(Math.abs(n), prec ?? 6, conv === 'E');
        sign =
          n < 0 || Object.is(n, -0)
            ? '-'
            : flags.includes('+')
              ? '+'
              : flags.includes(' ')
                ? ' '
                : '';
        break;
      }
      case 'f':
      case 'F': {
        const n = o.toNumber(arg);
        body = Number.isFinite(n)
          ? Math.abs(n).toFixed(prec ?? 6)
          : formatSpecial(Math.abs(n), conv === 'F');
        if (flags.includes('#') && prec === 0) body += '.';
        sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        break;
      }
      default: {
        const n = o.toNumber(arg);
        body = formatG(Math.abs(n), prec ?? 6, flags.includes('#'), conv === 'G');
        sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      }
    }
    const len = sign.length + body.length;
    if (len >= width) out += sign + body;
    else if (left) out += (sign + body).padEnd(width);
    else if (numeric && flags.includes('0') && !(prec !== undefined && 'diouxX'.includes(conv))) {
      out += sign + body.padStart(width - sign.length, '0');
    } else out += (sign + body).padStart(width);
  }
  return out;
}
