// test and [ : file tests, strings, integers, `!`, `-a`/`-o` and parentheses. Up to four
// arguments follow POSIX's rules by count (so `[ "$x" = -n ]` works); longer expressions are
// parsed with -o below -a below !. Errors exit 2 with bash's texts.

import type { Command, CommandContext } from '../types';

export class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set([
  '-e',
  '-f',
  '-d',
  '-r',
  '-w',
  '-x',
  '-s',
  '-L',
  '-h',
  '-b',
  '-c',
  '-p',
  '-S',
  '-z',
  '-n',
  '-g',
  '-u',
  '-k',
  '-O',
  '-G',
  '-t',
]);
const BINARY = new Set([
  '=',
  '==',
  '!=',
  '<',
  '>',
  '-eq',
  '-ne',
  '-lt',
  '-le',
  '-gt',
  '-ge',
  '-nt',
  '-ot',
  '-ef',
]);

function run(ctx: CommandContext, bracket: boolean): number {
  const name = ctx.argv[0];
  let args = ctx.argv.slice(1);
  if (bracket) {
    if (args[args.length - 1] !== ']') {
      ctx.stderr.write(`bash: ${name}: missing \`]'\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(ctx, args) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      ctx.stderr.write(`bash: ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

export const test: Command = { name: 'test', run: (ctx) => run(ctx, false) };
export const bracket: Command = { name: '[', run: (ctx) => run(ctx, true) };

function evaluate(ctx: CommandContext, a: string[]): boolean {
  switch (a.length) {
    case 0:
      return false;
    case 1:
      return a[0] !== '';
    case 2:
      if (a[0] === '!') return a[1] === '';
      if (UNARY.has(a[0])) return unary(ctx, a[0], a[1]);
      throw new TestError(`${a[0]}: unary operator expected`);
    case 3:
      if (BINARY.has(a[1])) return binary(ctx, a[0], a[1], a[2]);
      if (a[1] === '-a') return a[0] !== '' && a[2] !== '';
      if (a[1] === '-o') return a[0] !== '' || a[2] !== '';
      if (a[0] === '!') return !evaluate(ctx, a.slice(1));
      if (a[0] === '(' && a[2] === ')') return a[1] !== '';
      throw new TestError(`${a[1]}: binary operator expected`);
    case 4:
      if (a[0] === '!') return !evaluate(ctx, a.slice(1));
      if (a[0] === '(' && a[3] === ')') return evaluate(ctx, a.slice(1, 3));
  }
  const p = new ExprParser(ctx, a);
  const v = p.or();
  if (p.i < a.length) throw new TestError('too many arguments');
  return v;
}

class ExprParser {
  i = 0;
  constructor(
    private readonly ctx: CommandContext,
    private readonly a: string[],
  ) {}

  or(): boolean {
    let v = this.and();
    while (this.a[this.i] === '-o') {
      this.i++;
      const r = this.and();
      v = v || r;
    }
    return v;
  }

  and(): boolean {
    let v = this.not();
    while (this.a[this.i] === '-a') {
      this.i++;
      const r = this.not();
      v = v && r;
    }
    return v;
  }

  not(): boolean {
    if (this.a[this.i] === '!') {
      this.i++;
      return !this.not();
    }
    return this.primary();
  }

  primary(): boolean {
    const a = this.a;
    const t = a[this.i];
    if (t === undefined) throw new TestError('argument expected');
    if (t === '(') {
      this.i++;
      const v = this.or();
      if (a[this.i] !== ')') throw new TestError("`)' expected");
      this.i++;
      return v;
    }
    if (a[this.i + 1] !== undefined && BINARY.has(a[this.i + 1])) {
      const v = binary(this.ctx, t, a[this.i + 1], a[this.i + 2] ?? '');
      if (a[this.i + 2] === undefined) throw new TestError('argument expected');
      this.i += 3;
      return v;
    }
    if (UNARY.has(t) && a[this.i + 1] !== undefined) {
      this.i += 2;
      return unary(this.ctx, t, a[this.i - 1]);
    }
    this.i++;
    return t !== '';
  }
}

/** A unary test (`-f path`, `-z s`, …); shared with `[[`. */
export function unary(ctx: CommandContext, op: string, arg: string): boolean {
  if (op === '-z') return arg === '';
  if (op === '-n') return arg !== '';
  if (op === '-t')
    return arg === '0'
      ? ctx.stdin.isTTY
      : arg === '1'
        ? ctx.stdout.isTTY
        : arg === '2' && ctx.stderr.isTTY;
  const path = ctx.resolve(arg);
  if (arg === '') return false;
  try {
    if (op === '-L' || op === '-h') return ctx.fs.lstat(path).type === 'symlink';
    const st = ctx.fs.stat(path);
    switch (op) {
      case '-e':
        return true;
      case '-f':
        return st.type === 'file';
      case '-d':
        return st.type === 'dir';
      case '-c':
        return st.type === 'chardev';
      case '-b':
      case '-p':
      case '-S':
        return false;
      case '-s':
        return st.size > 0;
      case '-r':
      case '-w':
        return ctx.system.uid === 0 || (st.mode & (op === '-r' ? 0o444 : 0o222)) !== 0;
      case '-x':
        return (st.mode & 0o111) !== 0 || (ctx.system.uid === 0 && st.type === 'dir');
      case '-g':
        return (st.mode & 0o2000) !== 0;
      case '-u':
        return (st.mode & 0o4000) !== 0;
      case '-k':
        return (st.mode & 0o1000) !== 0;
      case '-O':
        return st.uid === ctx.system.uid;
      case '-G':
        return st.gid === ctx.system.gid;
    }
  } catch {
    return false;
  }
  return false;
}

function integer(s: string): number {
  const t = s.trim();
  if (!/^[-+]?[0-9]+$/.test(t)) throw new TestError(`${s}: integer expression expected`);
  return Number(t);
}

/** A binary test on strings, integers or files; shared with `[[` (which does its own `==`). */
export function binary(ctx: CommandContext, l: string, op: string, r: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    case '<':
      return l < r;
    case '>':
      return l > r;
    case '-eq':
      return integer(l) === integer(r);
    case '-ne':
      return integer(l) !== integer(r);
    case '-lt':
      return integer(l) < integer(r);
    case '-le':
      return integer(l) <= integer(r);
    case '-gt':
      return integer(l) > integer(r);
    case '-ge':
      return integer(l) >= integer(r);
  }
  const stat = (p: string) => {
    try {
      return ctx.fs.stat(ctx.resolve(p));
    } catch {
      return null;
    }
  };
  const a = stat(l);
  const b = stat(r);
  if (op === '-nt') return a !== null && (b === null || a.mtimeMs > b.mtimeMs);
  if (op === '-ot') return b !== null && (a === null || a.mtimeMs < b.mtimeMs);
  return a !== null && b !== null && a.ino === b.ino;
}
