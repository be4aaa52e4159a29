// The arithmetic compiler: text → tokens → a tree (arith.ts evaluates it). Results, including
// syntax errors with bash's texts, are cached by the expression's text.

import { ArithError } from './arith';

export type ArithNode =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'var'; readonly name: string; readonly index: ArithNode | null }
  | {
      readonly k: 'assign';
      readonly name: string;
      readonly index: ArithNode | null;
      /** '' for `=`, else the operator of `op=`. */
      readonly op: string;
      readonly rhs: ArithNode;
    }
  | {
      readonly k: 'incr';
      readonly name: string;
      readonly index: ArithNode | null;
      readonly d: 1 | -1;
      readonly post: boolean;
    }
  | { readonly k: 'unary'; readonly op: string; readonly a: ArithNode }
  | {
      readonly k: 'bin';
      readonly op: string;
      readonly a: ArithNode;
      readonly b: ArithNode;
      readonly rest: string;
    }
  | { readonly k: 'and' | 'or'; readonly a: ArithNode; readonly b: ArithNode }
  | { readonly k: 'cond'; readonly c: ArithNode; readonly a: ArithNode; readonly b: ArithNode }
  | { readonly k: 'comma'; readonly list: readonly ArithNode[] };

const TOKEN_RE =
  /\s*(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\*\*=?|<<=|>>=|\+\+|--|&&|\|\||<<|>>|[<>=!]=|[-+*/%&^|]=|[-+*/%&^|<>!~?:=(),[\]])/y;

const CACHE_LIMIT = 2000;
const cache = new Map<string, ArithNode | ArithError | null>();

/** The tree of `expr` (null when empty), or its syntax error. */
export function compileArith(expr: string): ArithNode | ArithError | null {
  const hit = cache.get(expr);
  if (hit !== undefined) return hit;
  let r: ArithNode | ArithError | null;
  try {
    r = new ArithParser(expr).parse();
  } catch (e) {
    if (!(e instanceof ArithError)) throw e;
    r = e;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(expr, r);
  return r;
}

const LEVELS: readonly (readonly string[])[] = [
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<', '>', '<=', '>='],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '%'],
];

const ASSIGN_OPS = new Set([
  '=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '<<=',
  '>>=',
  '&=',
  '^=',
  '|=',
  '**=',
]);

class ArithParser {
  private readonly t: string[] = [];
  private readonly at: number[] = [];
  private i = 0;

  constructor(private readonly src: string) {
    let pos = 0;
    while (pos < src.length) {
      if (/^\s*$/.test(src.slice(pos))) break;
      TOKEN_RE.lastIndex = pos;
      const m = TOKEN_RE.exec(src);
      if (!m) {
        const rest = src.slice(pos).trimStart();
        throw new ArithError(
          `${src.trimStart()}: syntax error: invalid arithmetic operator (error token is "${rest}")`,
        );
      }
      this.t.push(m[1]);
      this.at.push(TOKEN_RE.lastIndex - m[1].length);
      pos = TOKEN_RE.lastIndex;
    }
  }

  parse(): ArithNode | null {
    if (this.t.length === 0) return null;
    const n = this.comma();
    if (this.i < this.t.length) this.fail('syntax error in expression');
    return n;
  }

  /** The text from token i on: bash's "error token". */
  private rest(i = this.i): string {
    if (this.t.length === 0) return '';
    return this.src.slice(this.at[Math.min(i, this.t.length - 1)]);
  }

  private fail(what = 'syntax error: operand expected'): never {
    throw new ArithError(`${this.src.trimStart()}: ${what} (error token is "${this.rest()}")`);
  }

  private peek(): string | undefined {
    return this.t[this.i];
  }

  private eat(tok: string): boolean {
    if (this.t[this.i] === tok) {
      this.i++;
      return true;
    }
    return false;
  }

  private comma(): ArithNode {
    const first = this.assign();
    if (this.peek() !== ',') return first;
    const list = [first];
    while (this.eat(',')) list.push(this.assign());
    return { k: 'comma', list };
  }

  private assign(): ArithNode {
    const save = this.i;
    const name = this.peek();
    if (name !== undefined && isName(name)) {
      this.i++;
      const index = this.subscript();
      const op = this.peek();
      if (op !== undefined && ASSIGN_OPS.has(op)) {
        this.i++;
        const rhs = this.assign();
        return { k: 'assign', name, index, op: op.slice(0, -1), rhs };
      }
      this.i = save;
    }
    return this.ternary();
  }

  private subscript(): ArithNode | null {
    if (this.peek() !== '[') return null;
    this.i++;
    const index = this.comma();
    if (!this.eat(']')) this.fail();
    return index;
  }

  private ternary(): ArithNode {
    const c = this.logical(true);
    if (!this.eat('?')) return c;
    const a = this.assign();
    if (!this.eat(':')) this.fail("`:' expected for conditional expression");
    const b = this.assign();
    return { k: 'cond', c, a, b };
  }

  private logical(or: boolean): ArithNode {
    let a = or ? this.logical(false) : this.binop(0);
    const op = or ? '||' : '&&';
    while (this.eat(op)) {
      const b = or ? this.logical(false) : this.binop(0);
      a = { k: or ? 'or' : 'and', a, b };
    }
    return a;
  }

  private binop(level: number): ArithNode {
    if (level >= LEVELS.length) return this.power();
    let a = this.binop(level + 1);
    for (;;) {
      const op = this.peek();
      if (op === undefined || !LEVELS[level].includes(op)) return a;
      this.i++;
      const rest = this.rest();
      const b = this.binop(level + 1);
      a = { k: 'bin', op, a, b, rest };
    }
  }

  private power(): ArithNode {
    const a = this.unary();
    if (this.peek() !== '**') return a;
    this.i++;
    const rest = this.rest();
    return { k: 'bin', op: '**', a, b: this.power(), rest };
  }

  private unary(): ArithNode {
    const op = this.peek();
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      this.i++;
      return { k: 'unary', op, a: this.unary() };
    }
    if (op === '++' || op === '--') {
      this.i++;
      const name = this.peek();
      if (name === undefined || !isName(name)) this.fail();
      this.i++;
      const index = this.subscript();
      return { k: 'incr', name, index, d: op === '++' ? 1 : -1, post: false };
    }
    return this.postfix();
  }

  private postfix(): ArithNode {
    const r = this.primary();
    const op = this.peek();
    if (r.k === 'var' && (op === '++' || op === '--')) {
      this.i++;
      return { k: 'incr', name: r.name, index: r.index, d: op === '++' ? 1 : -1, post: true };
    }
    return r;
  }

  private primary(): ArithNode {
    const tok = this.peek();
    if (tok === undefined) this.fail();
    if (tok === '(') {
      this.i++;
      const v = this.comma();
      if (!this.eat(')')) this.fail();
      return v;
    }
    if (isName(tok)) {
      this.i++;
      return { k: 'var', name: tok, index: this.subscript() };
    }
    const v = number(tok);
    if (v === null) this.fail();
    if (Number.isNaN(v)) this.fail('value too great for base');
    this.i++;
    return { k: 'num', v };
  }
}

function isName(tok: string): boolean {
  const c = tok.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** A numeric literal's value; NaN for a digit too great for its base; null if not a number. */
function number(tok: string): number | null {
  const c = tok.charCodeAt(0);
  if (c < 48 || c > 57) return null;
  if (/^0[xX]/.test(tok)) return parseInt(tok.slice(2), 16);
  const hash = tok.indexOf('#');
  if (hash > 0) {
    const base = Number(tok.slice(0, hash));
    if (base < 2 || base > 64) return NaN;
    return digits(tok.slice(hash + 1), base);
  }
  if (tok.length > 1 && c === 48) return digits(tok.slice(1), 8);
  return Number(tok);
}

function digits(s: string, base: number): number {
  let n = 0;
  for (const ch of s) {
    let d: number;
    if (ch >= '0' && ch <= '9') d = ch.charCodeAt(0) - 48;
    else if (ch >= 'a' && ch <= 'z') d = ch.charCodeAt(0) - 87;
    else if (ch >= 'A' && ch <= 'Z') d = base <= 36 ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 29;
    else if (ch === '@') d = 62;
    else d = 63;
    if (d >= base) return NaN;
    n = n * base + d;
  }
  return n;
}
