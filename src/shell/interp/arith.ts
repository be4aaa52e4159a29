// Shell arithmetic, `$((…))`: integers, C operators with C precedence, variables by name
// (unset or empty is 0), assignments and ++/--. Numbers are JS doubles truncated to integers,
// which is exact up to 2^53 — enough for the lab, where bash has 64-bit wraparound.

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export type ArithResult = { ok: true; value: number } | { ok: false; message: string };

class ArithError {
  constructor(readonly message: string) {}
}

const TOKEN_RE =
  /\s*(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\*\*=?|<<=|>>=|\+\+|--|&&|\|\||<<|>>|[<>=!]=|[-+*/%&^|]=|[-+*/%&^|<>!~?:=(),])/y;

export function evaluateArith(expr: string, vars: ArithVars): ArithResult {
  const tokens: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(expr);
    if (!m) {
      const rest = expr.slice(pos).trim();
      return {
        ok: false,
        message: `${expr}: syntax error: invalid arithmetic operator (error token is "${rest}")`,
      };
    }
    tokens.push(m[1]);
    pos = TOKEN_RE.lastIndex;
  }
  if (tokens.length === 0) return { ok: true, value: 0 };
  try {
    const p = new ArithParser(tokens, vars, expr);
    const v = p.comma();
    if (p.i < tokens.length) p.fail(tokens.slice(p.i).join(' '));
    return { ok: true, value: v };
  } catch (e) {
    if (e instanceof ArithError) return { ok: false, message: e.message };
    return { ok: false, message: `${expr}: expression recursion level exceeded` };
  }
}

function toInt(n: number): number {
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

type Ref = { value: number; name?: string };

class ArithParser {
  i = 0;
  private depth = 0;

  constructor(
    private readonly t: string[],
    private readonly vars: ArithVars,
    private readonly src: string,
  ) {}

  fail(token: string): never {
    throw new ArithError(
      `${this.src.trim()}: syntax error: operand expected (error token is "${token}")`,
    );
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

  private varValue(name: string): number {
    const raw = this.vars.get(name);
    if (raw === undefined || raw.trim() === '') return 0;
    if (++this.depth > 64) throw new ArithError(`${name}: expression recursion level exceeded`);
    const r = evaluateArith(raw, this.vars);
    this.depth--;
    if (!r.ok) throw new ArithError(r.message);
    return r.value;
  }

  comma(): number {
    let v = this.assign();
    while (this.eat(',')) v = this.assign();
    return v;
  }

  assign(): number {
    const save = this.i;
    const name = this.peek();
    if (name && /^[A-Za-z_]/.test(name)) {
      this.i++;
      const op = this.peek();
      if (op && /^(\*\*|[-+*/%&^|]|<<|>>)?=$/.test(op) && op !== '==') {
        this.i++;
        const rhs = this.assign();
        let v = rhs;
        if (op !== '=') v = this.binary(op.slice(0, -1), this.varValue(name), rhs);
        this.vars.set(name, String(v));
        return v;
      }
      this.i = save;
    }
    return this.ternary();
  }

  ternary(): number {
    const c = this.binop(0);
    if (!this.eat('?')) return c;
    const a = this.assign();
    if (!this.eat(':')) this.fail(this.peek() ?? '');
    const b = this.assign();
    return c !== 0 ? a : b;
  }

  private static readonly LEVELS: readonly (readonly string[])[] = [
    ['||'],
    ['&&'],
    ['|'],
    ['^'],
    ['&'],
    ['==', '!='],
    ['<', '>', '<=', '>='],
    ['<<', '>>'],
    ['+', '-'],
    ['*', '/', '%'],
  ];

  binop(level: number): number {
    if (level >= ArithParser.LEVELS.length) return this.power();
    let v = this.binop(level + 1);
    for (;;) {
      const op = this.peek();
      if (!op || !ArithParser.LEVELS[level].includes(op)) return v;
      this.i++;
      const r = this.binop(level + 1);
      v = this.binary(op, v, r);
    }
  }

  private binary(op: string, a: number, b: number): number {
    switch (op) {
      case '||':
        return a !== 0 || b !== 0 ? 1 : 0;
      case '&&':
        return a !== 0 && b !== 0 ? 1 : 0;
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
        return toInt(a ** b);
      case '/':
      case '%':
        if (b === 0)
          throw new ArithError(`${this.src.trim()}: division by 0 (error token is "${b}")`);
        return op === '/' ? toInt(a / b) : a % b;
    }
    this.fail(op);
  }

  power(): number {
    const base = this.unary();
    if (this.eat('**')) return this.binary('**', base, this.power());
    return base;
  }

  unary(): number {
    const op = this.peek();
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      this.i++;
      const v = this.unary();
      if (op === '-') return -v;
      if (op === '+') return v;
      if (op === '!') return v === 0 ? 1 : 0;
      return ~v;
    }
    if (op === '++' || op === '--') {
      this.i++;
      const name = this.peek();
      if (!name || !/^[A-Za-z_]/.test(name)) this.fail(name ?? op);
      this.i++;
      const v = this.varValue(name) + (op === '++' ? 1 : -1);
      this.vars.set(name, String(v));
      return v;
    }
    return this.postfix();
  }

  postfix(): number {
    const r = this.primary();
    const op = this.peek();
    if (r.name && (op === '++' || op === '--')) {
      this.i++;
      this.vars.set(r.name, String(r.value + (op === '++' ? 1 : -1)));
    }
    return r.value;
  }

  primary(): Ref {
    const tok = this.peek();
    if (tok === undefined) this.fail('');
    this.i++;
    if (tok === '(') {
      const v = this.comma();
      if (!this.eat(')')) this.fail(this.peek() ?? '');
      return { value: v };
    }
    if (/^0[xX]/.test(tok)) return { value: parseInt(tok.slice(2), 16) };
    const based = /^([0-9]+)#([0-9a-zA-Z]+)$/.exec(tok);
    if (based) return { value: parseInt(based[2], Number(based[1])) };
    if (/^0[0-7]+$/.test(tok)) return { value: parseInt(tok, 8) };
    if (/^[0-9]+$/.test(tok)) return { value: Number(tok) };
    if (/^[A-Za-z_]/.test(tok)) return { value: this.varValue(tok), name: tok };
    this.fail(tok);
  }
}
