// The slice of Go a lesson program is written in, read into a small tree: package clause,
// imports, top-level funcs; statements (calls, :=, =, var, if/else with an init, return); and
// expressions (string, raw string and int literals, names, selectors, calls, `[]byte(…)`, slices
// `s[1:]`, `+`, `==`, `!=`, func literals). Semicolons are inserted at line ends as the Go spec
// says. Anything else is a `SyntaxGap` naming the line, which `go build` reports in one
// `layerlab: go:` line rather than pretending to compile it.

export type Expr =
  | { readonly k: 'str'; readonly v: string; readonly line: number }
  | { readonly k: 'int'; readonly v: number; readonly line: number }
  | { readonly k: 'name'; readonly v: string; readonly line: number; readonly col: number }
  | { readonly k: 'sel'; readonly x: Expr; readonly name: string; readonly line: number }
  | { readonly k: 'call'; readonly fn: Expr; readonly args: readonly Expr[]; readonly line: number }
  | {
      readonly k: 'slice';
      readonly x: Expr;
      readonly lo?: Expr;
      readonly hi?: Expr;
      readonly line: number;
    }
  | {
      readonly k: 'bin';
      readonly op: string;
      readonly a: Expr;
      readonly b: Expr;
      readonly line: number;
    }
  | { readonly k: 'bytes'; readonly x: Expr; readonly line: number }
  | { readonly k: 'func'; readonly fn: FuncDecl; readonly line: number };

export type Stmt =
  | { readonly k: 'expr'; readonly x: Expr; readonly line: number }
  | {
      readonly k: 'define';
      readonly names: readonly string[];
      readonly x: Expr;
      readonly line: number;
    }
  | { readonly k: 'assign'; readonly name: string; readonly x: Expr; readonly line: number }
  | {
      readonly k: 'if';
      readonly init?: Stmt;
      readonly cond: Expr;
      readonly then: readonly Stmt[];
      readonly els?: readonly Stmt[];
      readonly line: number;
    }
  | { readonly k: 'return'; readonly line: number };

export interface FuncDecl {
  readonly name: string;
  readonly params: readonly string[];
  readonly body: readonly Stmt[];
  readonly line: number;
}

export interface Import {
  readonly path: string;
  readonly line: number;
  readonly col: number;
}

export interface GoFile {
  readonly pkg: string;
  readonly imports: readonly Import[];
  readonly funcs: readonly FuncDecl[];
}

export class SyntaxGap extends Error {
  constructor(
    readonly line: number,
    readonly col: number,
    readonly what: string,
    /** A real Go syntax error (go build prints it as the compiler does), not a lab gap. */
    readonly real = false,
  ) {
    super(what);
  }
}

interface Tok {
  readonly t: 'id' | 'str' | 'int' | 'op' | ';' | 'eof';
  readonly v: string;
  readonly line: number;
  readonly col: number;
}

const OPS = [
  ':=',
  '==',
  '!=',
  '&&',
  '||',
  '...',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ',',
  '.',
  '=',
  '+',
  ':',
  '*',
  '&',
  '!',
  '-',
  '<',
  '>',
];

function unescape(body: string, line: number, col: number): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[abfnrtv\\'"]|.)/g, (_m, e: string) => {
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      "'": "'",
      '"': '"',
    };
    if (e in simple) return simple[e] as string;
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    throw new SyntaxGap(line, col, 'unknown escape sequence', true);
  });
}

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const endsStmt = (): boolean => {
    const last = out[out.length - 1];
    if (!last) return false;
    if (last.t === 'id' || last.t === 'str' || last.t === 'int') return true;
    return last.t === 'op' && [')', ']', '}'].includes(last.v);
  };
  while (i < src.length) {
    const c = src[i] as string;
    const col = i - lineStart + 1;
    if (c === '\n') {
      if (endsStmt()) out.push({ t: ';', v: '\n', line, col });
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new SyntaxGap(line, col, 'comment not terminated', true);
      for (let j = i; j < end; j++)
        if (src[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      i = end + 2;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j] as string)) j++;
      out.push({ t: 'id', v: src.slice(i, j), line, col });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9]/.test(src[j] as string)) j++;
      out.push({ t: 'int', v: src.slice(i, j), line, col });
      i = j;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\n') throw new SyntaxGap(line, col, 'newline in string', true);
        j += src[j] === '\\' ? 2 : 1;
      }
      if (j >= src.length) throw new SyntaxGap(line, col, 'string literal not terminated', true);
      out.push({ t: 'str', v: unescape(src.slice(i + 1, j), line, col), line, col });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new SyntaxGap(line, col, 'raw string literal not terminated', true);
      const body = src.slice(i + 1, end);
      out.push({ t: 'str', v: body.replace(/\r/g, ''), line, col });
      for (const ch of body) if (ch === '\n') line++;
      lineStart = src.lastIndexOf('\n', end) + 1 || lineStart;
      i = end + 1;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op === undefined) {
      if (c === "'") throw new SyntaxGap(line, col, 'rune literals');
      throw new SyntaxGap(
        line,
        col,
        `invalid character U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} '${c}'`,
        true,
      );
    }
    out.push({ t: 'op', v: op, line, col });
    i += op.length;
  }
  if (endsStmt()) out.push({ t: ';', v: '\n', line, col: i - lineStart + 1 });
  out.push({ t: 'eof', v: '', line, col: i - lineStart + 1 });
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: readonly Tok[]) {}

  private get tok(): Tok {
    return this.toks[this.i] as Tok;
  }
  private next(): Tok {
    return this.toks[this.i++] as Tok;
  }
  private is(v: string): boolean {
    const t = this.tok;
    return (t.t === 'op' || t.t === 'id') && t.v === v;
  }
  private expect(v: string): Tok {
    const t = this.tok;
    if (!this.is(v)) {
      const found = t.t === ';' ? 'newline' : t.t === 'eof' ? 'EOF' : t.v;
      throw new SyntaxGap(t.line, t.col, `syntax error: unexpected ${found}, expected ${v}`, true);
    }
    return this.next();
  }
  private semis(): void {
    while (this.tok.t === ';') this.next();
  }
  private ident(): Tok {
    const t = this.tok;
    if (t.t !== 'id')
      throw new SyntaxGap(
        t.line,
        t.col,
        `syntax error: unexpected ${t.v || 'newline'}, expected name`,
        true,
      );
    return this.next();
  }

  file(): GoFile {
    this.semis();
    if (!this.is('package'))
      throw new SyntaxGap(
        this.tok.line,
        this.tok.col,
        'syntax error: package statement must be first',
        true,
      );
    this.next();
    const pkg = this.ident().v;
    this.semis();
    const imports: Import[] = [];
    while (this.is('import')) {
      this.next();
      const one = (): void => {
        if (this.tok.t === 'id' || this.is('.') || this.is('_'))
          throw new SyntaxGap(this.tok.line, this.tok.col, 'named imports');
        const t = this.tok;
        if (t.t !== 'str')
          throw new SyntaxGap(
            t.line,
            t.col,
            'syntax error: missing import path; require quoted string',
            true,
          );
        this.next();
        imports.push({ path: t.v, line: t.line, col: t.col });
      };
      if (this.is('(')) {
        this.next();
        this.semis();
        while (!this.is(')')) {
          one();
          this.semis();
        }
        this.next();
      } else one();
      this.semis();
    }
    const funcs: FuncDecl[] = [];
    while (this.tok.t !== 'eof') {
      if (!this.is('func')) {
        const t = this.tok;
        throw new SyntaxGap(t.line, t.col, `top-level ${t.v} declarations`);
      }
      const line = this.next().line;
      if (this.is('(')) throw new SyntaxGap(line, this.tok.col, 'methods');
      const name = this.ident().v;
      funcs.push(this.funcRest(name, line));
      this.semis();
    }
    return { pkg, imports, funcs };
  }

  /** `(params) [result] { body }`: parameter names kept, types skipped. */
  private funcRest(name: string, line: number): FuncDecl {
    this.expect('(');
    const params: string[] = [];
    let depth = 0;
    let expectName = true;
    while (!(depth === 0 && this.is(')'))) {
      const t = this.next();
      if (t.t === 'eof') throw new SyntaxGap(t.line, t.col, 'syntax error: unexpected EOF', true);
      if (t.v === '(' || t.v === '[') depth++;
      else if (t.v === ')' || t.v === ']') depth--;
      else if (depth === 0 && t.v === ',') expectName = true;
      else if (expectName && t.t === 'id') {
        params.push(t.v);
        expectName = false;
      }
    }
    this.next();
    if (!this.is('{')) {
      const t = this.tok;
      throw new SyntaxGap(t.line, t.col, 'functions with results');
    }
    return { name, params, body: this.block(), line };
  }

  private block(): Stmt[] {
    this.expect('{');
    const out: Stmt[] = [];
    this.semis();
    while (!this.is('}')) {
      if (this.tok.t === 'eof')
        throw new SyntaxGap(
          this.tok.line,
          this.tok.col,
          'syntax error: unexpected EOF, expected }',
          true,
        );
      out.push(this.stmt());
      if (!this.is('}')) {
        if (this.tok.t !== ';') {
          const t = this.tok;
          throw new SyntaxGap(
            t.line,
            t.col,
            `syntax error: unexpected ${t.v} at end of statement`,
            true,
          );
        }
        this.semis();
      }
    }
    this.next();
    return out;
  }

  private stmt(): Stmt {
    const t = this.tok;
    if (this.is('return')) {
      this.next();
      if (this.tok.t !== ';' && !this.is('}'))
        throw new SyntaxGap(t.line, t.col, 'returning values');
      return { k: 'return', line: t.line };
    }
    if (this.is('if')) return this.ifStmt();
    if (this.is('var')) {
      this.next();
      const name = this.ident().v;
      if (this.tok.t === 'id') this.next(); // a type name: `var port string = …`
      this.expect('=');
      return { k: 'define', names: [name], x: this.expr(), line: t.line };
    }
    if (
      ['for', 'switch', 'go', 'defer', 'select', 'type', 'const', 'break', 'continue'].includes(
        t.v,
      ) &&
      t.t === 'id'
    )
      throw new SyntaxGap(t.line, t.col, `${t.v} statements`);
    return this.simple();
  }

  private simple(): Stmt {
    const t = this.tok;
    const x = this.expr();
    if (this.is(':=') || (this.is(',') && x.k === 'name')) {
      const names = [x.k === 'name' ? x.v : ''];
      while (this.is(',')) {
        this.next();
        names.push(this.ident().v);
      }
      if (names.includes(''))
        throw new SyntaxGap(t.line, t.col, 'syntax error: non-name on left side of :=', true);
      this.expect(':=');
      return { k: 'define', names, x: this.expr(), line: t.line };
    }
    if (this.is('=')) {
      if (x.k !== 'name') throw new SyntaxGap(t.line, t.col, 'assignments to fields or elements');
      this.next();
      return { k: 'assign', name: x.v, x: this.expr(), line: t.line };
    }
    return { k: 'expr', x, line: t.line };
  }

  private ifStmt(): Stmt {
    const line = this.next().line;
    let init: Stmt | undefined;
    let first = this.simple();
    if (this.tok.t === ';') {
      this.next();
      init = first;
      first = this.simple();
    }
    if (first.k !== 'expr')
      throw new SyntaxGap(line, 0, 'syntax error: cannot use assignment as value', true);
    const then = this.block();
    let els: Stmt[] | undefined;
    if (this.is('else')) {
      this.next();
      els = this.is('if') ? [this.ifStmt()] : this.block();
    }
    return {
      k: 'if',
      ...(init ? { init } : {}),
      cond: first.x,
      then,
      ...(els ? { els } : {}),
      line,
    };
  }

  private expr(): Expr {
    let a = this.unary();
    for (;;) {
      const t = this.tok;
      if (t.t === 'op' && ['+', '==', '!=', '&&', '||'].includes(t.v)) {
        this.next();
        a = { k: 'bin', op: t.v, a, b: this.unary(), line: t.line };
      } else if (t.t === 'op' && ['-', '*', '<', '>'].includes(t.v)) {
        throw new SyntaxGap(t.line, t.col, `the ${t.v} operator`);
      } else return a;
    }
  }

  private unary(): Expr {
    const t = this.tok;
    if (t.t === 'op' && ['&', '!', '-', '*'].includes(t.v))
      throw new SyntaxGap(t.line, t.col, `the unary ${t.v} operator`);
    return this.postfix(this.primary());
  }

  private primary(): Expr {
    const t = this.next();
    if (t.t === 'str') return { k: 'str', v: t.v, line: t.line };
    if (t.t === 'int') return { k: 'int', v: Number(t.v), line: t.line };
    if (t.t === 'id' && t.v === 'func')
      return { k: 'func', fn: this.funcRest('func literal', t.line), line: t.line };
    if (t.t === 'id') return { k: 'name', v: t.v, line: t.line, col: t.col };
    if (t.v === '(') {
      const x = this.expr();
      this.expect(')');
      return x;
    }
    if (t.v === '[' && this.is(']')) {
      this.next();
      const ty = this.ident();
      if (ty.v !== 'byte') throw new SyntaxGap(t.line, t.col, `[]${ty.v} values`);
      this.expect('(');
      const x = this.expr();
      this.expect(')');
      return { k: 'bytes', x, line: t.line };
    }
    const found = t.t === ';' ? 'newline' : t.t === 'eof' ? 'EOF' : t.v;
    throw new SyntaxGap(
      t.line,
      t.col,
      `syntax error: unexpected ${found}, expected expression`,
      true,
    );
  }

  private postfix(x: Expr): Expr {
    for (;;) {
      const t = this.tok;
      if (this.is('.')) {
        this.next();
        x = { k: 'sel', x, name: this.ident().v, line: t.line };
      } else if (this.is('(')) {
        this.next();
        const args: Expr[] = [];
        this.semis();
        while (!this.is(')')) {
          args.push(this.expr());
          if (this.is('...')) throw new SyntaxGap(this.tok.line, this.tok.col, 'variadic calls');
          if (!this.is(')')) this.expect(',');
          this.semis();
        }
        this.next();
        x = { k: 'call', fn: x, args, line: t.line };
      } else if (this.is('[')) {
        this.next();
        const lo = this.is(':') ? undefined : this.expr();
        if (!this.is(':')) throw new SyntaxGap(t.line, t.col, 'indexing');
        this.next();
        const hi = this.is(']') ? undefined : this.expr();
        this.expect(']');
        x = { k: 'slice', x, ...(lo ? { lo } : {}), ...(hi ? { hi } : {}), line: t.line };
      } else return x;
    }
  }
}

export function parseGo(src: string): GoFile {
  return new Parser(tokenize(src)).file();
}
