// `[[ … ]]`: words are expanded without splitting or globbing; `==`/`!=` match the right side as
// a pattern (quoted parts literally); `=~` is an extended regular expression whose groups land in
// BASH_REMATCH; `-eq` and friends compare arithmetic expressions; `&&`, `||`, `!` and parentheses
// short-circuit. Status 0 true, 1 false, 2 for a bad regular expression.

import { binary, TestError, unary } from '../builtins/test';
import type { CondCommand, CondExpr, Word } from '../parser/ast';
import { evaluateArith } from './arith';
import { BuiltinCall } from './context';
import type { Interpreter, IO } from './interpreter';
import type { Maybe, Status } from './maybe';
import { matchPattern } from './pattern';

const ARITH_OPS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

export function execCond(sh: Interpreter, cmd: CondCommand, io: IO): Status {
  sh.bindIO(io);
  return evaluate(sh, cmd.expr, io);
}

function evaluate(sh: Interpreter, e: CondExpr, io: IO): Status {
  switch (e.type) {
    case 'and':
    case 'or': {
      const l = evaluate(sh, e.left, io);
      if (typeof l !== 'number') return l.then((v) => andOr(sh, e, v, io));
      return andOr(sh, e, l, io);
    }
    case 'not': {
      const v = evaluate(sh, e.expr, io);
      return typeof v === 'number' ? flip(v) : v.then(flip);
    }
    case 'word':
      return then(sh.expander.string(e.word), (s) => (s !== '' ? 0 : 1));
    case 'unary':
      return then(sh.expander.string(e.arg), (arg) => unaryTest(sh, e.op, arg, io));
    case 'binary':
      return then(sh.expander.string(e.left), (left) =>
        then(right(sh, e.op, e.right), (r) => binaryTest(sh, e.op, left, r, io)),
      );
  }
}

function andOr(
  sh: Interpreter,
  e: Extract<CondExpr, { type: 'and' | 'or' }>,
  left: number,
  io: IO,
): Status {
  return (e.type === 'and' ? left === 0 : left !== 0) ? evaluate(sh, e.right, io) : left;
}

function flip(x: number): number {
  return x === 0 ? 1 : x === 1 ? 0 : x;
}

function then<T>(v: Maybe<T>, f: (x: T) => Status): Status {
  return v instanceof Promise ? v.then(f) : f(v);
}

/** The right side: a pattern for == and !=, a regex source for =~, else a string. */
function right(sh: Interpreter, op: string, w: Word): Maybe<string> {
  if (op === '==' || op === '=' || op === '!=') return sh.expander.pattern(w);
  if (op === '=~') return sh.expander.regex(w);
  return sh.expander.string(w);
}

function unaryTest(sh: Interpreter, op: string, arg: string, io: IO): number {
  if (op === '-v') return sh.state.vars.has(arg) ? 0 : 1;
  if (op === '-o') return optionSet(sh, arg) ? 0 : 1;
  const ctx = new BuiltinCall(sh, ['[['], io);
  return unary(ctx, op === '-a' ? '-e' : op, arg) ? 0 : 1;
}

function optionSet(sh: Interpreter, name: string): boolean {
  const f = sh.state.flags;
  const table: Record<string, boolean> = {
    errexit: f.errexit,
    xtrace: f.xtrace,
    nounset: f.nounset,
    pipefail: f.pipefail,
    noglob: f.noglob,
  };
  return table[name] ?? false;
}

function binaryTest(sh: Interpreter, op: string, l: string, r: string, io: IO): number {
  switch (op) {
    case '==':
    case '=':
      return matchPattern(r, l) ? 0 : 1;
    case '!=':
      return matchPattern(r, l) ? 1 : 0;
    case '=~':
      return regexTest(sh, l, r);
  }
  if (ARITH_OPS.has(op)) {
    const a = arith(sh, l, io);
    const b = a === null ? null : arith(sh, r, io);
    if (a === null || b === null) return 1;
    const ok =
      op === '-eq'
        ? a === b
        : op === '-ne'
          ? a !== b
          : op === '-lt'
            ? a < b
            : op === '-le'
              ? a <= b
              : op === '-gt'
                ? a > b
                : a >= b;
    return ok ? 0 : 1;
  }
  try {
    return binary(new BuiltinCall(sh, ['[['], io), l, op, r) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    io.stderr.write(`${sh.errorPrefix()}: [[: ${e.message}\n`);
    return 2;
  }
}

function arith(sh: Interpreter, expr: string, io: IO): number | null {
  const r = evaluateArith(expr, sh.expander.arithVars());
  if (r.ok) return r.value;
  io.stderr.write(`${sh.errorPrefix()}: [[: ${r.message}\n`);
  return null;
}

function regexTest(sh: Interpreter, text: string, source: string): number {
  let re: RegExp;
  try {
    re = new RegExp(posixClasses(source));
  } catch {
    return 2;
  }
  const m = re.exec(text);
  sh.state.setArray('BASH_REMATCH', m ? m.map((g) => g ?? '') : []);
  return m ? 0 : 1;
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9a-fA-F',
};

/** POSIX bracket classes (`[[:digit:]]`) as JavaScript ranges. */
function posixClasses(source: string): string {
  return source.replace(/\[:([a-z]+):\]/g, (all, name: string) => CLASSES[name] ?? all);
}
