// Go's number printing, for the places docker's output shows it: `%.3g` and `%.4g` in sizes,
// `%v` of float64 in templates, `%d`. The digits come from JS (toPrecision/toExponential); the
// layout rules (when to switch to exponent form, two-digit exponents, trailing zeros dropped)
// and round-half-even on exact ties are Go's strconv.

interface Digits {
  /** Significant digits without trailing zeros ('' for zero). */
  readonly d: string;
  /** Decimal point position: value = 0.d × 10^dp. */
  readonly dp: number;
}

function trimZeros(d: string): string {
  return d.replace(/0+$/, '');
}

function parseExponential(s: string): Digits {
  // s is like "1.2345e+3"
  const [mant = '0', exp = '0'] = s.split('e');
  const d = trimZeros(mant.replace('.', ''));
  return { d, dp: Number(exp) + 1 };
}

/** x (finite, ≥ 0) rounded to prec significant digits, ties to even as strconv does. */
function roundedDigits(x: number, prec: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const exact = parseExponential(x.toExponential(Math.min(100, prec + 30)));
  const tail = exact.d.slice(prec);
  if (tail.length > 0 && /^50*$/.test(tail)) {
    // An exact tie: JS rounds half up, Go half to even.
    const head = exact.d.slice(0, prec);
    const last = Number(head[head.length - 1]);
    if (last % 2 === 0) return { d: trimZeros(head), dp: exact.dp };
  }
  return parseExponential(x.toExponential(prec - 1));
}

function shortestDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  return parseExponential(x.toExponential());
}

function fmtE(digs: Digits, prec: number): string {
  const d = digs.d === '' ? '0' : digs.d;
  let s = d[0] ?? '0';
  if (prec > 0) s += '.' + d.slice(1, 1 + prec).padEnd(prec, '0');
  const exp = digs.d === '' ? 0 : digs.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  const abs = Math.abs(exp);
  return `${s}e${sign}${abs < 10 ? '0' : ''}${abs}`;
}

function fmtF(digs: Digits, prec: number): string {
  const intPart = digs.dp > 0 ? digs.d.slice(0, digs.dp).padEnd(digs.dp, '0') : '0';
  if (prec <= 0) return intPart;
  let frac = '';
  for (let i = 0; i < prec; i++) {
    const j = digs.dp + i;
    frac += j < 0 || j >= digs.d.length ? '0' : digs.d[j];
  }
  return `${intPart}.${frac}`;
}

function formatGDigits(neg: boolean, digs: Digits, prec: number, shortest: boolean): string {
  let eprec = prec;
  const nd = digs.d.length;
  if (eprec > nd && nd >= digs.dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = digs.dp - 1;
  let body: string;
  if (exp < -4 || exp >= eprec) {
    let p = prec;
    if (p > nd) p = nd;
    body = fmtE(digs, Math.max(p - 1, 0));
  } else {
    let p = prec;
    if (p > digs.dp) p = nd;
    body = fmtF(digs, Math.max(p - digs.dp, 0));
  }
  return (neg ? '-' : '') + body;
}

function special(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return undefined;
}

/** Go `%.<prec>g`. */
export function formatG(x: number, prec: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  const p = prec === 0 ? 1 : prec;
  const neg = x < 0 || Object.is(x, -0);
  return formatGDigits(neg, roundedDigits(Math.abs(x), p), p, false);
}

/** Go `%v` / `%g` of a float64: shortest digits, exponent form below 1e-4 and from 1e+06. */
export function formatFloatV(x: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  const neg = x < 0 || Object.is(x, -0);
  const digs = shortestDigits(Math.abs(x));
  return formatGDigits(neg, digs, digs.d.length, true);
}

/** Go `%.<prec>f` (prec ≤ 70). */
export function formatFixed(x: number, prec: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  let out = x.toFixed(prec);
  const long = Math.abs(x).toFixed(Math.min(100, prec + 30));
  const tail = long.slice(long.length - 30);
  if (Math.abs(x) < 1e21 && /^50*$/.test(tail)) {
    // An exact tie: JS rounds half up, Go half to even.
    const head = long.slice(0, long.length - 30).replace(/\.$/, '');
    const last = Number(head[head.length - 1]);
    if (last % 2 === 0) out = (x < 0 ? '-' : '') + head;
  }
  return out;
}
