// Shell arithmetic, `$((…))`, `((…))`, `let`: integers, C operators with C precedence, variables
// by name (unset or empty is 0; a value that is itself an expression is evaluated), array
// elements `a[i]`, assignments and ++/--. `&&`, `||` and `?:` skip the side not taken (bash's
// `noeval`). Numbers are JS doubles truncated to integers, exact up to 2^53 — enough for the
// lab, where bash has 64-bit wraparound.
//
// An expression is compiled once into a small tree and cached by its text, so a loop's
// `i=$((i+1))` costs a map lookup and a walk, not a tokenizer run.

import { compileArith, type ArithNode } from './arith-parse';

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  /** Element `index` of an indexed array (absent: arrays are not supported by this host). */
  getAt?(name: string, index: number): string | undefined;
  setAt?(name: string, index: number, value: string): void;
}

export type ArithResult = { ok: true; value: number } | { ok: false; message: string };

export class ArithError {
  constructor(readonly message: string) {}
}

const MAX_DEPTH = 1024;

export function evaluateArith(expr: string, vars: ArithVars): ArithResult {
  try {
    return { ok: true, value: evaluate(expr, vars, 0) };
  } catch (e) {
    if (e instanceof ArithError) return { ok: false, message: e.message };
    return { ok: false, message: `${expr}: expression recursion level exceeded` };
  }
}

function evaluate(expr: string, vars: ArithVars, depth: number): number {
  const n = plainInteger(expr);
  if (n === n) return n; // a plain number: no compile, no cache entry
  const compiled = compileArith(expr);
  if (compiled instanceof ArithError) throw compiled;
  if (compiled === null) return 0;
  return new Evaluation(expr, vars, depth).run(compiled);
}

/** A decimal integer string (the usual value of a variable), or NaN. */
function plainInteger(s: string): number {
  let i = 0;
  const neg = s.charCodeAt(0) === 45;
  if (neg) i = 1;
  if (i >= s.length || s.length - i > 15) return NaN;
  let n = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  if (s.length > 1 + (neg ? 1 : 0) && s.charCodeAt(neg ? 1 : 0) === 48) return NaN; // octal
  return neg ? -n : n;
}

function toInt(n: number): number {
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

class Evaluation {
  constructor(
    private readonly src: string,
    private readonly vars: ArithVars,
    private readonly depth: number,
  ) {}

  run(n: ArithNode): number {
    switch (n.k) {
      case 'num':
        return n.v;
      case 'var':
        return this.read(n.name, n.index);
      case 'comma': {
        let v = 0;
        for (const x of n.list) v = this.run(x);
        return v;
      }
      case 'assign': {
        const rhs = this.run(n.rhs);
        const index = n.index ? this.run(n.index) : -1;
        const v = n.op === '' ? rhs : this.binary(n.op, this.read(n.name, n.index, index), rhs);
        this.write(n.name, index, v);
        return v;
      }
      case 'incr': {
        const index = n.index ? this.run(n.index) : -1;
        const old = this.read(n.name, n.index, index);
        const v = old + n.d;
        this.write(n.name, index, v);
        return n.post ? old : v;
      }
      case 'unary': {
        const v = this.run(n.a);
        if (n.op === '-') return -v;
        if (n.op === '+') return v;
        if (n.op === '!') return v === 0 ? 1 : 0;
        return ~v;
      }
      // The side not taken is not evaluated: no assignments, no division errors.
      case 'and':
        return this.run(n.a) !== 0 && this.run(n.b) !== 0 ? 1 : 0;
      case 'or':
        return this.run(n.a) !== 0 || this.run(n.b) !== 0 ? 1 : 0;
      case 'cond':
        return this.run(n.c) !== 0 ? this.run(n.a) : this.run(n.b);
      case 'bin':
        return this.binary(n.op, this.run(n.a), this.run(n.b), n.rest);
    }
  }

  private read(name: string, indexNode: ArithNode | null, index = -1): number {
    let raw: string | undefined;
    if (indexNode) {
      const i = index >= 0 ? index : this.run(indexNode);
      raw = this.vars.getAt ? this.vars.getAt(name, i) : undefined;
    } else raw = this.vars.get(name);
    if (raw === undefined || raw === '') return 0;
    const n = plainInteger(raw);
    if (n === n) return n;
    if (raw.trim() === '') return 0;
    if (this.depth + 1 > MAX_DEPTH)
      throw new ArithError(`${name}: expression recursion level exceeded`);
    return evaluate(raw, this.vars, this.depth + 1);
  }

  private write(name: string, index: number, v: number): void {
    if (index >= 0) this.vars.setAt?.(name, index, String(v));
    else this.vars.set(name, String(v));
  }

  private binary(op: string, a: number, b: number, rest = ''): number {
    switch (op) {
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '&':
        return a & b;
      case '==':
        return a === b ? 1 : 0;
      case '!=':
        return a !== b ? 1 : 0;
      case '<':
        return a < b ? 1 : 0;
      case '>':
        return a > b ? 1 : 0;
      case '<=':
        return a <= b ? 1 : 0;
      case '>=':
        return a >= b ? 1 : 0;
      case '<<':
        return toInt(a * 2 ** b);
      case '>>':
        return toInt(Math.floor(a / 2 ** b));
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '**':
        if (b < 0) {
          throw new ArithError(
            `${this.src.trimStart()}: exponent less than 0 (error token is "${rest}")`,
          );
        }
        return toInt(a ** b);
      case '/':
      case '%':
        if (b === 0) {
          throw new ArithError(`${this.src.trimStart()}: division by 0 (error token is "${rest}")`);
        }
        return op === '/' ? toInt(a / b) : a % b;
    }
    return 0;
  }
}
