// Expressions of the lesson programs: string literals (f-strings, implicit concatenation), ints,
// names, attributes, calls with keyword arguments, subscripts, `+`, and `==` for `__name__`.

import { fn, pyFormat, PyException, pyStr, type Value } from './values';

type Tok =
  | { t: 'str'; v: string; f: boolean }
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

export class Unsupported extends Error {}

function unescape(s: string, raw: boolean): string {
  if (raw) return s;
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/gs, (_m, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    return (
      (
        { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' } as Record<
          string,
          string
        >
      )[e] ?? `\\${e}`
    );
  });
}

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const pre = /^([rRbBuUfF]{0,2})("""|'''|"|')/.exec(src.slice(i));
    if (pre && (pre[1] === '' || /^[rbufRBUF]+$/.test(pre[1] ?? ''))) {
      const prefix = (pre[1] ?? '').toLowerCase();
      const q = pre[2] ?? '"';
      let j = i + (pre[1] ?? '').length + q.length;
      let body = '';
      while (j < src.length && !src.startsWith(q, j)) {
        if (src[j] === '\\') {
          body += src.slice(j, j + 2);
          j += 2;
        } else body += src[j++];
      }
      if (j >= src.length) throw new PyException('SyntaxError', 'unterminated string literal');
      out.push({ t: 'str', v: unescape(body, prefix.includes('r')), f: prefix.includes('f') });
      i = j + q.length;
      continue;
    }
    const num = /^\d+/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(\*\*|==|!=|[()[\],.=+*%:{}-])/.exec(src.slice(i));
    if (!op) throw new Unsupported(`unexpected ${c}`);
    out.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return out;
}

export interface Scope {
  lookup(name: string): Value | undefined;
}

function attr(v: Value, name: string): Value {
  if (typeof v === 'string') {
    const s = v;
    switch (name) {
      case 'format':
        return fn('format', (a, k) => pyFormat(s, a, k));
      case 'upper':
        return fn('upper', () => s.toUpperCase());
      case 'lower':
        return fn('lower', () => s.toLowerCase());
      case 'strip':
        return fn('strip', () => s.trim());
    }
    throw new PyException('AttributeError', `'str' object has no attribute '${name}'`);
  }
  if (v !== null && typeof v === 'object' && name in v.attrs) return v.attrs[name] ?? null;
  const type =
    v === null
      ? 'NoneType'
      : typeof v === 'object'
        ? v.type
        : typeof v === 'number'
          ? 'int'
          : 'bool';
  if (v !== null && typeof v === 'object' && v.type === 'module')
    throw new PyException(
      'AttributeError',
      `module '${pyStr(v.attrs.__name__ ?? '')}' has no attribute '${name}'`,
    );
  throw new PyException('AttributeError', `'${type}' object has no attribute '${name}'`);
}

export function evaluate(src: string, scope: Scope): Value {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => {
    const t = toks[p];
    return t?.t === 'op' && t.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Unsupported(`expected ${v}`);
    p++;
  };

  const fstring = (s: string): string =>
    s.replace(/\{\{|\}\}|\{([^{}]+)\}/g, (m, inner: string | undefined) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      const e = (inner ?? '').replace(/(![rsa])?(:[^:]*)?$/, '');
      return pyStr(evaluate(e, scope));
    });

  const primary = (): Value => {
    const t = peek();
    if (!t) throw new Unsupported('end of expression');
    if (t.t === 'str') {
      let s = '';
      while (peek()?.t === 'str') {
        const x = toks[p++] as { v: string; f: boolean };
        s += x.f ? fstring(x.v) : x.v;
      }
      return s;
    }
    p++;
    if (t.t === 'num') return t.v;
    if (t.t === 'name') {
      if (t.v === 'None') return null;
      if (t.v === 'True') return true;
      if (t.v === 'False') return false;
      const v = scope.lookup(t.v);
      if (v === undefined) throw new PyException('NameError', `name '${t.v}' is not defined`);
      return v;
    }
    if (t.v === '(') {
      const v = expr();
      expect(')');
      return v;
    }
    throw new Unsupported(`unexpected ${t.v}`);
  };

  const postfix = (): Value => {
    let v = primary();
    for (;;) {
      if (isOp('.')) {
        p++;
        const n = toks[p++];
        if (n?.t !== 'name') throw new Unsupported('attribute');
        v = attr(v, n.v);
      } else if (isOp('(')) {
        p++;
        const args: Value[] = [];
        const kwargs: Record<string, Value> = {};
        while (!isOp(')')) {
          const t = peek();
          const next = toks[p + 1];
          if (t?.t === 'name' && next?.t === 'op' && next.v === '=') {
            p += 2;
            kwargs[t.v] = expr();
          } else args.push(expr());
          if (!isOp(')')) expect(',');
        }
        p++;
        if (v === null || typeof v !== 'object' || !v.call) {
          const type =
            typeof v === 'string'
              ? 'str'
              : typeof v === 'number'
                ? 'int'
                : v === null
                  ? 'NoneType'
                  : v === true || v === false
                    ? 'bool'
                    : v.type;
          throw new PyException('TypeError', `'${type}' object is not callable`);
        }
        v = v.call(args, kwargs);
      } else if (isOp('[')) {
        p++;
        const k = expr();
        expect(']');
        if (
          v !== null &&
          typeof v === 'object' &&
          v.attrs.__getitem__ &&
          typeof v.attrs.__getitem__ === 'object'
        ) {
          const g = v.attrs.__getitem__;
          v = g?.call?.([k], {}) ?? null;
        } else throw new Unsupported('subscript');
      } else return v;
    }
  };

  const sum = (): Value => {
    let v = postfix();
    while (isOp('+') || isOp('%')) {
      const op = (toks[p++] as { v: string }).v;
      const r = postfix();
      if (op === '+') {
        if (typeof v === 'string' && typeof r === 'string') v = v + r;
        else if (typeof v === 'number' && typeof r === 'number') v = v + r;
        else
          throw new PyException(
            'TypeError',
            typeof v === 'string'
              ? `can only concatenate str (not "${typeof r === 'number' ? 'int' : 'NoneType'}") to str`
              : 'unsupported operand type(s) for +',
          );
      } else if (typeof v === 'string') {
        const vals = [r];
        let n = 0;
        v = v.replace(/%[sd]/g, () => pyStr(vals[n++] ?? null));
      } else throw new Unsupported('%');
    }
    return v;
  };

  const expr = (): Value => {
    const v = sum();
    if (isOp('==') || isOp('!=')) {
      const op = (toks[p++] as { v: string }).v;
      const r = sum();
      return op === '==' ? v === r : v !== r;
    }
    return v;
  };

  const v = expr();
  if (p < toks.length) throw new Unsupported('trailing tokens');
  return v;
}
