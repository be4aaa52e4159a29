// awk grammar (POSIX, minus getline, pipes and user functions — those raise AwkUnsupported).

import { AwkSyntaxError, AwkUnsupported, tokenize, type Tok } from './lexer';

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 're'; src: string }
  | { t: 'var'; name: string }
  | { t: 'idx'; name: string; keys: Expr[] }
  | { t: 'field'; e: Expr }
  | { t: 'assign'; op: string; target: Expr; e: Expr }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr }
  | { t: 'bin'; op: string; a: Expr; b: Expr }
  | { t: 'and' | 'or'; a: Expr; b: Expr }
  | { t: 'not' | 'neg' | 'plus'; e: Expr }
  | { t: 'match'; neg: boolean; e: Expr; re: Expr }
  | { t: 'in'; keys: Expr[]; name: string }
  | { t: 'incdec'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'group'; e: Expr };

export type Stmt =
  | { t: 'print'; args: Expr[]; redirect?: { op: string; e: Expr } }
  | { t: 'printf'; args: Expr[]; redirect?: { op: string; e: Expr } }
  | { t: 'expr'; e: Expr }
  | { t: 'if'; c: Expr; a: Stmt; b?: Stmt }
  | { t: 'while'; c: Expr; body: Stmt }
  | { t: 'do'; c: Expr; body: Stmt }
  | { t: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { t: 'forin'; v: string; arr: string; body: Stmt }
  | { t: 'block'; body: Stmt[] }
  | { t: 'next' | 'nextfile' | 'break' | 'continue' }
  | { t: 'exit'; e?: Expr }
  | { t: 'delete'; name: string; keys?: Expr[] };

export type Pattern =
  | { t: 'begin' }
  | { t: 'end' }
  | { t: 'all' }
  | { t: 'expr'; e: Expr }
  | { t: 'range'; a: Expr; b: Expr; active: boolean };

export interface Rule {
  pattern: Pattern;
  /** Undefined: print $0. */
  action?: Stmt[];
}

export class Parser {
  private toks: Tok[];
  private i = 0;

  constructor(src: string) {
    this.toks = tokenize(src);
  }

  private get tok(): Tok {
    return this.toks[this.i];
  }

  private is(text: string): boolean {
    const t = this.tok;
    return (t.kind === 'op' || t.kind === 'kw') && t.text === text;
  }

  private fail(): never {
    const t = this.tok;
    if (t.kind === 'op' && t.text === '|') throw new AwkUnsupported('pipes');
    if (t.kind === 'kw' && t.text === 'getline') throw new AwkUnsupported('getline');
    throw new AwkSyntaxError(t.line, t.kind === 'nl' ? 'end of line' : t.text);
  }

  private expect(text: string): void {
    if (!this.is(text)) this.fail();
    this.i++;
  }

  private optNewlines(): void {
    while (this.tok.kind === 'nl') this.i++;
  }

  private terminators(): void {
    while (this.tok.kind === 'nl' || this.is(';')) this.i++;
  }

  program(): Rule[] {
    const rules: Rule[] = [];
    this.terminators();
    while (this.tok.kind !== 'eof') {
      rules.push(this.rule());
      this.terminators();
    }
    return rules;
  }

  private rule(): Rule {
    if (this.is('function')) throw new AwkUnsupported('user-defined functions');
    let pattern: Pattern;
    if (this.is('BEGIN') || this.is('END')) {
      pattern = { t: this.tok.text === 'BEGIN' ? 'begin' : 'end' };
      this.i++;
      if (!this.is('{')) this.fail();
    } else if (this.is('{')) pattern = { t: 'all' };
    else {
      const a = this.expr();
      if (this.is(',')) {
        this.i++;
        this.optNewlines();
        pattern = { t: 'range', a, b: this.expr(), active: false };
      } else pattern = { t: 'expr', e: a };
    }
    if (!this.is('{')) return { pattern };
    return { pattern, action: this.block() };
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    this.terminators();
    while (!this.is('}')) {
      if (this.tok.kind === 'eof') this.fail();
      body.push(this.stmt());
      this.terminators();
    }
    this.i++;
    return body;
  }

  private simpleEnd(): void {
    if (this.is(';') || this.tok.kind === 'nl') {
      this.i++;
      return;
    }
    if (this.is('}') || this.tok.kind === 'eof') return;
    this.fail();
  }

  private stmt(): Stmt {
    const t = this.tok;
    if (this.is('{')) return { t: 'block', body: this.block() };
    if (this.is('if')) {
      this.i++;
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      this.optNewlines();
      const a = this.stmtOrEmpty();
      const save = this.i;
      this.terminators();
      if (this.is('else')) {
        this.i++;
        this.optNewlines();
        return { t: 'if', c, a, b: this.stmtOrEmpty() };
      }
      this.i = save;
      return { t: 'if', c, a };
    }
    if (this.is('while')) {
      this.i++;
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      if (this.is(';')) {
        this.i++;
        return { t: 'while', c, body: { t: 'block', body: [] } };
      }
      this.optNewlines();
      return { t: 'while', c, body: this.stmtOrEmpty() };
    }
    if (this.is('do')) {
      this.i++;
      this.optNewlines();
      const body = this.stmtOrEmpty();
      this.terminators();
      this.expect('while');
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      this.simpleEnd();
      return { t: 'do', c, body };
    }
    if (this.is('for')) {
      this.i++;
      this.expect('(');
      const n = this.toks;
      if (
        n[this.i].kind === 'name' &&
        n[this.i + 1].text === 'in' &&
        n[this.i + 2].kind === 'name' &&
        n[this.i + 3].text === ')'
      ) {
        const v = n[this.i].text;
        const arr = n[this.i + 2].text;
        this.i += 4;
        this.optNewlines();
        return { t: 'forin', v, arr, body: this.stmtOrEmpty() };
      }
      const init = this.is(';') ? undefined : { t: 'expr' as const, e: this.expr() };
      this.expect(';');
      this.optNewlines();
      const c = this.is(';') ? undefined : this.expr();
      this.expect(';');
      this.optNewlines();
      const step = this.is(')') ? undefined : { t: 'expr' as const, e: this.expr() };
      this.expect(')');
      if (this.is(';')) {
        this.i++;
        return { t: 'for', init, c, step, body: { t: 'block', body: [] } };
      }
      this.optNewlines();
      return { t: 'for', init, c, step, body: this.stmtOrEmpty() };
    }
    if (this.is(';')) {
      this.i++;
      return { t: 'block', body: [] };
    }
    let s: Stmt;
    if (t.kind === 'kw' && ['next', 'nextfile', 'break', 'continue'].includes(t.text)) {
      this.i++;
      s = { t: t.text as 'next' };
    } else if (this.is('exit')) {
      this.i++;
      s =
        this.is(';') || this.is('}') || this.tok.kind === 'nl' || this.tok.kind === 'eof'
          ? { t: 'exit' }
          : { t: 'exit', e: this.expr() };
    } else if (this.is('return')) {
      throw new AwkUnsupported('return');
    } else if (this.is('delete')) {
      this.i++;
      if (this.tok.kind !== 'name') this.fail();
      const name = this.tok.text;
      this.i++;
      if (this.is('[')) {
        this.i++;
        const keys = this.exprList();
        this.expect(']');
        s = { t: 'delete', name, keys };
      } else s = { t: 'delete', name };
    } else if (this.is('print') || this.is('printf')) {
      const kind = this.tok.text as 'print' | 'printf';
      this.i++;
      let args: Expr[] = [];
      if (this.is('(')) {
        // print (a, b) > f  or  print (a)(b)
        const save = this.i;
        this.i++;
        const list = this.exprList(false);
        if (this.is(')')) {
          this.i++;
          if (
            this.is(';') ||
            this.is('}') ||
            this.is('>') ||
            this.is('>>') ||
            this.is('|') ||
            this.tok.kind === 'nl' ||
            this.tok.kind === 'eof'
          )
            args = list;
          else {
            this.i = save;
            args = this.exprList(true);
          }
        } else {
          this.i = save;
          args = this.exprList(true);
        }
      } else if (!(
        this.is(';') ||
        this.is('}') ||
        this.is('>') ||
        this.is('>>') ||
        this.is('|') ||
        this.tok.kind === 'nl' ||
        this.tok.kind === 'eof'
      )) {
        args = this.exprList(true);
      }
      let redirect: { op: string; e: Expr } | undefined;
      if (this.is('>') || this.is('>>')) {
        const op = this.tok.text;
        this.i++;
        redirect = { op, e: this.concat(true) };
      } else if (this.is('|')) throw new AwkUnsupported('output pipes');
      s = redirect ? { t: kind, args, redirect } : { t: kind, args };
    } else s = { t: 'expr', e: this.expr() };
    this.simpleEnd();
    return s;
  }

  private stmtOrEmpty(): Stmt {
    if (this.is(';')) {
      this.i++;
      return { t: 'block', body: [] };
    }
    return this.stmt();
  }

  private exprList(noGt = false): Expr[] {
    const out = [this.expr(noGt)];
    while (this.is(',')) {
      this.i++;
      this.optNewlines();
      out.push(this.expr(noGt));
    }
    return out;
  }

  expr(noGt = false): Expr {
    return this.ternary(noGt);
  }

  private isLvalue(e: Expr): boolean {
    return e.t === 'var' || e.t === 'idx' || e.t === 'field';
  }

  private ternary(noGt: boolean): Expr {
    const c = this.or(noGt);
    if (this.is('?')) {
      this.i++;
      this.optNewlines();
      const a = this.ternary(noGt);
      this.optNewlines();
      this.expect(':');
      this.optNewlines();
      return { t: 'cond', c, a, b: this.ternary(noGt) };
    }
    if (
      this.tok.kind === 'op' &&
      ['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(this.tok.text) &&
      this.isLvalue(c)
    ) {
      const op = this.tok.text;
      this.i++;
      this.optNewlines();
      return { t: 'assign', op, target: c, e: this.ternary(noGt) };
    }
    return c;
  }

  private or(noGt: boolean): Expr {
    let a = this.and(noGt);
    while (this.is('||')) {
      this.i++;
      this.optNewlines();
      a = { t: 'or', a, b: this.and(noGt) };
    }
    return a;
  }

  private and(noGt: boolean): Expr {
    let a = this.inExpr(noGt);
    while (this.is('&&')) {
      this.i++;
      this.optNewlines();
      a = { t: 'and', a, b: this.inExpr(noGt) };
    }
    return a;
  }

  private inExpr(noGt: boolean): Expr {
    let a = this.matchExpr(noGt);
    while (this.is('in')) {
      this.i++;
      if (this.tok.kind !== 'name') this.fail();
      a = { t: 'in', keys: [a], name: this.tok.text };
      this.i++;
    }
    return a;
  }

  private matchExpr(noGt: boolean): Expr {
    let a = this.relational(noGt);
    while (this.is('~') || this.is('!~')) {
      const neg = this.tok.text === '!~';
      this.i++;
      a = { t: 'match', neg, e: a, re: this.relational(noGt) };
    }
    return a;
  }

  private relational(noGt: boolean): Expr {
    const a = this.concat(noGt);
    const ops = noGt ? ['<', '<=', '!=', '==', '>='] : ['<', '<=', '!=', '==', '>', '>='];
    if (this.tok.kind === 'op' && ops.includes(this.tok.text)) {
      const op = this.tok.text;
      this.i++;
      return { t: 'bin', op, a, b: this.concat(noGt) };
    }
    return a;
  }

  private startsOperand(): boolean {
    const t = this.tok;
    if (
      t.kind === 'num' ||
      t.kind === 'str' ||
      t.kind === 'ere' ||
      t.kind === 'name' ||
      t.kind === 'funcname' ||
      t.kind === 'builtin'
    )
      return true;
    if (t.kind === 'kw') return t.text === 'getline';
    return t.kind === 'op' && ['$', '(', '++', '--'].includes(t.text);
  }

  private concat(noGt: boolean): Expr {
    let a = this.additive();
    while (this.startsOperand() && !this.is('in')) {
      a = { t: 'bin', op: 'concat', a, b: this.additive() };
    }
    void noGt;
    return a;
  }

  private additive(): Expr {
    let a = this.multiplicative();
    while (this.is('+') || this.is('-')) {
      const op = this.tok.text;
      this.i++;
      a = { t: 'bin', op, a, b: this.multiplicative() };
    }
    return a;
  }

  private multiplicative(): Expr {
    let a = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.tok.text;
      this.i++;
      a = { t: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    if (this.is('!')) {
      this.i++;
      return { t: 'not', e: this.unary() };
    }
    if (this.is('-')) {
      this.i++;
      return { t: 'neg', e: this.unary() };
    }
    if (this.is('+')) {
      this.i++;
      return { t: 'plus', e: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const a = this.postfix();
    if (this.is('^')) {
      this.i++;
      return { t: 'bin', op: '^', a, b: this.unaryPow() };
    }
    return a;
  }

  private unaryPow(): Expr {
    if (this.is('-')) {
      this.i++;
      return { t: 'neg', e: this.unaryPow() };
    }
    if (this.is('+')) {
      this.i++;
      return this.unaryPow();
    }
    return this.power();
  }

  private postfix(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.tok.text as '++' | '--';
      this.i++;
      const target = this.postfix();
      if (!this.isLvalue(target)) this.fail();
      return { t: 'incdec', op, prefix: true, target };
    }
    const e = this.primary();
    if ((this.is('++') || this.is('--')) && this.isLvalue(e)) {
      const op = this.tok.text as '++' | '--';
      this.i++;
      return { t: 'incdec', op, prefix: false, target: e };
    }
    return e;
  }

  private primary(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'num':
        this.i++;
        return { t: 'num', v: t.value as number };
      case 'str':
        this.i++;
        return { t: 'str', v: t.value as string };
      case 'ere':
        this.i++;
        return { t: 're', src: t.value as string };
      case 'funcname':
        throw new AwkUnsupported('user-defined functions');
      case 'builtin': {
        this.i++;
        const name = t.text;
        if (['system', 'close', 'fflush', 'srand', 'rand'].includes(name))
          throw new AwkUnsupported(name);
        if (!this.is('(')) {
          if (name === 'length') return { t: 'call', name, args: [] };
          this.fail();
        }
        this.i++;
        const args = this.is(')') ? [] : this.exprList();
        this.expect(')');
        return { t: 'call', name, args };
      }
      case 'name': {
        this.i++;
        if (this.is('[')) {
          this.i++;
          const keys = this.exprList();
          this.expect(']');
          return { t: 'idx', name: t.text, keys };
        }
        return { t: 'var', name: t.text };
      }
      case 'kw':
        if (t.text === 'getline') throw new AwkUnsupported('getline');
        return this.fail();
      case 'op':
        if (t.text === '$') {
          this.i++;
          if (this.is('++') || this.is('--')) {
            const op = this.tok.text as '++' | '--';
            this.i++;
            return { t: 'field', e: { t: 'incdec', op, prefix: true, target: this.primary() } };
          }
          if (this.is('-')) {
            this.i++;
            return { t: 'field', e: { t: 'neg', e: this.primary() } };
          }
          return { t: 'field', e: this.primary() };
        }
        if (t.text === '(') {
          this.i++;
          const list = this.exprList();
          this.expect(')');
          if (list.length > 1) {
            if (!this.is('in')) this.fail();
            this.i++;
            if (this.tok.kind !== 'name') this.fail();
            const name = this.tok.text;
            this.i++;
            return { t: 'in', keys: list, name };
          }
          return { t: 'group', e: list[0] };
        }
        return this.fail();
      default:
        return this.fail();
    }
  }
}
