// find: walk directory trees evaluating an expression. Tests: -name -iname -path -ipath
// -wholename -type [fdlc] -size [+-]N[ckMGb] -empty -newer F -mtime -user -group -perm;
// operators ( ) ! -not -a -and -o -or and implicit and; actions -print -print0 -delete
// -exec CMD {} ; and {} +, -prune; global -maxdepth -mindepth -depth. Symlinks are never
// followed (-P). Unknown predicates fail with find's wording before anything runs.

import type { Stat } from '../../engine/fs/types';
import type { Command, CommandContext } from '../types';
import { command, errText } from './lib/errors';
import { globToRegExp } from './lib/glob';
import { joinPath } from './lib/paths';
import { groups, users } from './lib/users';

interface Item {
  readonly shown: string;
  readonly path: string;
  readonly name: string;
  readonly st: Stat;
  readonly depth: number;
}

interface State {
  readonly ctx: CommandContext;
  prune: boolean;
  status: number;
  /** Pending `-exec … {} +` batches. */
  readonly batches: Map<Expr, string[]>;
}

type Expr =
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'test'; test: (it: Item, s: State) => boolean | Promise<boolean>; action: boolean };

class FindError extends Error {}

const TYPES = 'fdlcbps';

function numberTest(arg: string, value: number): boolean {
  const m = /^([+-]?)(\d+)$/.exec(arg);
  if (!m) return false;
  const n = Number(m[2]);
  return m[1] === '+' ? value > n : m[1] === '-' ? value < n : value === n;
}

class Parser {
  private i = 0;
  hasAction = false;
  maxdepth = Infinity;
  mindepth = 0;
  depthFirst = false;

  constructor(
    private readonly args: readonly string[],
    private readonly ctx: CommandContext,
  ) {}

  parse(): Expr | undefined {
    if (this.i >= this.args.length) return undefined;
    const e = this.or();
    if (this.i < this.args.length) {
      const a = this.args[this.i];
      if (a === ')') throw new FindError("unexpected ')'");
      throw new FindError(`paths must precede expression: '${a}'`);
    }
    return e;
  }

  private or(): Expr {
    let left = this.and();
    while (this.args[this.i] === '-o' || this.args[this.i] === '-or') {
      this.i++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.unary();
    for (;;) {
      const a = this.args[this.i];
      if (a === undefined || a === '-o' || a === '-or' || a === ')') return left;
      if (a === '-a' || a === '-and') this.i++;
      left = { kind: 'and', left, right: this.unary() };
    }
  }

  private unary(): Expr {
    const a = this.args[this.i];
    if (a === '!' || a === '-not') {
      this.i++;
      return { kind: 'not', expr: this.unary() };
    }
    if (a === '(') {
      this.i++;
      const e = this.or();
      if (this.args[this.i] !== ')')
        throw new FindError(
          "invalid expression; I was expecting to find a ')' somewhere but did not see one.",
        );
      this.i++;
      return e;
    }
    return this.primary();
  }

  private arg(name: string): string {
    const v = this.args[++this.i];
    if (v === undefined) throw new FindError(`missing argument to '${name}'`);
    return v;
  }

  private primary(): Expr {
    const a = this.args[this.i];
    if (a === undefined) throw new FindError('invalid expression');
    const t = (test: (it: Item, s: State) => boolean | Promise<boolean>, action = false): Expr => ({
      kind: 'test',
      test,
      action,
    });
    const out = this.primaryFor(a, t);
    this.i++;
    return out;
  }

  private primaryFor(
    a: string,
    t: (test: (it: Item, s: State) => boolean | Promise<boolean>, action?: boolean) => Expr,
  ): Expr {
    switch (a) {
      case '-name':
      case '-iname': {
        const re = globToRegExp(this.arg(a), a === '-iname');
        return t((it) => re.test(it.name));
      }
      case '-path':
      case '-wholename':
      case '-ipath': {
        const re = globToRegExp(this.arg(a), a === '-ipath');
        return t((it) => re.test(it.shown));
      }
      case '-type': {
        const v = this.arg(a);
        const letters = v.split(',');
        for (const l of letters) {
          if (l.length !== 1 || !TYPES.includes(l)) {
            throw new FindError(`Unknown argument to -type: ${v}`);
          }
        }
        const map: Record<Stat['type'], string> = {
          file: 'f',
          dir: 'd',
          symlink: 'l',
          chardev: 'c',
        };
        return t((it) => letters.includes(map[it.st.type]));
      }
      case '-maxdepth':
      case '-mindepth': {
        const v = this.arg(a);
        if (!/^\d+$/.test(v)) {
          throw new FindError(
            `Expected a positive decimal integer argument to ${a}, but got '${v}'`,
          );
        }
        if (a === '-maxdepth') this.maxdepth = Number(v);
        else this.mindepth = Number(v);
        return t(() => true);
      }
      case '-depth':
        this.depthFirst = true;
        return t(() => true);
      case '-size': {
        const v = this.arg(a);
        const m = /^([+-]?)(\d+)([bcwkMG]?)$/.exec(v);
        if (!m) throw new FindError(`invalid -size type '${v}'`);
        const unit =
          { '': 512, b: 512, c: 1, w: 2, k: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[3]] ?? 512;
        return t((it) => numberTest(`${m[1]}${m[2]}`, Math.ceil(it.st.size / unit)));
      }
      case '-empty':
        return t((it, s) =>
          it.st.type === 'dir'
            ? s.ctx.fs.readdir(it.path).length === 0
            : it.st.type === 'file' && it.st.size === 0,
        );
      case '-newer': {
        const f = this.arg(a);
        let ref: number;
        try {
          ref = this.ctx.fs.stat(this.ctx.resolve(f)).mtimeMs;
        } catch (e) {
          throw new FindError(`'${f}': ${errText(e)}`);
        }
        return t((it) => it.st.mtimeMs > ref);
      }
      case '-mtime':
      case '-mmin': {
        const v = this.arg(a);
        if (!/^[+-]?\d+$/.test(v)) throw new FindError(`invalid argument '${v}' to '${a}'`);
        const unit = a === '-mtime' ? 86_400_000 : 60_000;
        const now = this.ctx.clock.now();
        return t((it) => numberTest(v, Math.floor((now - it.st.mtimeMs) / unit)));
      }
      case '-user':
      case '-group': {
        const v = this.arg(a);
        const table = a === '-user' ? users(this.ctx.fs) : groups(this.ctx.fs);
        const id = table.byName.get(v) ?? (/^\d+$/.test(v) ? Number(v) : undefined);
        if (id === undefined)
          throw new FindError(`'${v}' is not the name of a known ${a.slice(1)}`);
        return t((it) => (a === '-user' ? it.st.uid : it.st.gid) === id);
      }
      case '-perm': {
        const v = this.arg(a);
        const m = /^([-/]?)([0-7]+)$/.exec(v);
        if (!m) throw new FindError(`invalid mode '${v}'`);
        const bits = parseInt(m[2], 8);
        return t((it) => {
          const mode = it.st.mode & 0o7777;
          if (m[1] === '-') return (mode & bits) === bits;
          if (m[1] === '/') return bits === 0 || (mode & bits) !== 0;
          return mode === bits;
        });
      }
      case '-true':
        return t(() => true);
      case '-false':
        return t(() => false);
      case '-print':
        this.hasAction = true;
        return t((it, s) => {
          s.ctx.stdout.write(`${it.shown}\n`);
          return true;
        }, true);
      case '-print0':
        this.hasAction = true;
        return t((it, s) => {
          s.ctx.stdout.write(`${it.shown}\0`);
          return true;
        }, true);
      case '-prune':
        return t((_it, s) => {
          s.prune = true;
          return true;
        });
      case '-delete':
        this.hasAction = true;
        this.depthFirst = true;
        return t((it, s) => {
          if (it.shown === '.') return true;
          try {
            if (it.st.type === 'dir') s.ctx.fs.rmdir(it.path);
            else s.ctx.fs.unlink(it.path);
            return true;
          } catch (e) {
            s.ctx.stderr.write(`find: cannot delete '${it.shown}': ${errText(e)}\n`);
            s.status = 1;
            return false;
          }
        }, true);
      case '-exec':
      case '-ok': {
        this.hasAction = true;
        const cmd: string[] = [];
        for (;;) {
          const v = this.args[++this.i];
          if (v === undefined) throw new FindError(`missing argument to '${a}'`);
          if (v === ';') break;
          if (v === '+' && cmd[cmd.length - 1] === '{}') {
            cmd.pop();
            const node: Expr = t((it, s) => {
              const list = s.batches.get(node) ?? [];
              list.push(it.shown);
              s.batches.set(node, list);
              return true;
            }, true);
            batchCommands.set(node, cmd);
            return node;
          }
          cmd.push(v);
        }
        if (cmd.length === 0) throw new FindError(`missing argument to '${a}'`);
        return t(async (it, s) => {
          const argv = cmd.map((c) => c.split('{}').join(it.shown));
          return (await s.ctx.exec(argv)) === 0;
        }, true);
      }
      default:
        if (a.startsWith('-')) throw new FindError(`unknown predicate '${a}'`);
        throw new FindError(`paths must precede expression: '${a}'`);
    }
  }
}

const batchCommands = new WeakMap<Expr, string[]>();

async function evaluate(e: Expr, it: Item, s: State): Promise<boolean> {
  switch (e.kind) {
    case 'and':
      return (await evaluate(e.left, it, s)) && evaluate(e.right, it, s);
    case 'or':
      return (await evaluate(e.left, it, s)) || evaluate(e.right, it, s);
    case 'not':
      return !(await evaluate(e.expr, it, s));
    case 'test':
      return e.test(it, s);
  }
}

export const find: Command = command('find', async (ctx) => {
  const args = ctx.argv.slice(1);
  let i = 0;
  while (i < args.length && ['-P', '-H', '-L'].includes(args[i])) i++;
  const paths: string[] = [];
  while (i < args.length && !args[i].startsWith('-') && args[i] !== '(' && args[i] !== '!') {
    paths.push(args[i++]);
  }
  if (paths.length === 0) paths.push('.');
  const parser = new Parser(args.slice(i), ctx);
  let expr: Expr | undefined;
  try {
    expr = parser.parse();
  } catch (e) {
    if (e instanceof FindError) {
      ctx.stderr.write(`find: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const printAll: Expr = {
    kind: 'test',
    test: (it, s) => {
      s.ctx.stdout.write(`${it.shown}\n`);
      return true;
    },
    action: true,
  };
  const full: Expr = !expr
    ? printAll
    : parser.hasAction
      ? expr
      : { kind: 'and', left: expr, right: printAll };
  const s: State = { ctx, prune: false, status: 0, batches: new Map() };

  let visited = 0;
  const visit = async (it: Item): Promise<boolean> => {
    // One budget step per 64 entries: a whole image's tree stays well inside a run's budget.
    if (++visited % 64 === 0 && !(await ctx.checkpoint())) return false;
    const inRange = it.depth >= parser.mindepth;
    s.prune = false;
    if (!parser.depthFirst && inRange) await evaluate(full, it, s);
    const pruned = s.prune;
    if (it.st.type === 'dir' && it.depth < parser.maxdepth && !pruned) {
      let names: string[] = [];
      try {
        names = ctx.fs.readdir(it.path).map((d) => d.name);
      } catch (e) {
        ctx.stderr.write(`find: '${it.shown}': ${errText(e)}\n`);
        s.status = 1;
      }
      for (const n of names) {
        const path = joinPath(it.path, n);
        let st: Stat;
        try {
          st = ctx.fs.lstat(path);
        } catch {
          continue;
        }
        const ok = await visit({
          shown: joinPath(it.shown, n),
          path,
          name: n,
          st,
          depth: it.depth + 1,
        });
        if (!ok) return false;
      }
    }
    if (parser.depthFirst && inRange) await evaluate(full, it, s);
    return true;
  };

  for (const p of paths) {
    const path = ctx.resolve(p);
    let st: Stat;
    try {
      st = ctx.fs.lstat(path);
    } catch (e) {
      ctx.stderr.write(`find: '${p}': ${errText(e)}\n`);
      s.status = 1;
      continue;
    }
    const name = p.replace(/\/+$/, '').split('/').pop() || p;
    if (!(await visit({ shown: p, path, name, st, depth: 0 }))) return 130;
  }
  for (const [node, list] of s.batches) {
    const cmd = batchCommands.get(node) ?? [];
    if ((await ctx.exec([...cmd, ...list])) !== 0) s.status = 1;
  }
  return s.status;
});
