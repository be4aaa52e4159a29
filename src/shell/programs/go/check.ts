// What the compiler says before a binary exists: Go's own errors for the mistakes a learner makes
// (an import not used, a package not imported, a name not declared, a variable not used, no func
// main), with the compiler's `./main.go:5:2:` positions; and one `layerlab: go:` line for Go the
// lab cannot run (a package or function beyond fmt, log, os, io and net/http).

import type { Expr, FuncDecl, GoFile, Stmt } from './syntax';

/** Package functions the runtime implements, by import path. */
export const SUPPORTED: Readonly<Record<string, readonly string[]>> = {
  fmt: [
    'Println',
    'Printf',
    'Print',
    'Sprintf',
    'Sprint',
    'Sprintln',
    'Fprintf',
    'Fprintln',
    'Fprint',
    'Errorf',
  ],
  log: ['Println', 'Printf', 'Print', 'Fatal', 'Fatalf', 'Fatalln'],
  os: ['Getenv', 'Hostname', 'Exit', 'Stdout', 'Stderr'],
  io: ['WriteString'],
  'net/http': ['HandleFunc', 'ListenAndServe'],
};

/** Methods of the values a handler gets. */
const METHODS = new Set([
  'Write',
  'WriteHeader',
  'Header',
  'Set',
  'Add',
  'Error',
  'URL',
  'Path',
  'RawQuery',
  'Method',
  'Host',
  'RemoteAddr',
  'Get',
]);

const BUILTINS = new Set(['nil', 'true', 'false', 'string', 'len']);

export interface SourceFile {
  /** As go prints it: `./main.go`. */
  readonly shown: string;
  readonly ast: GoFile;
}

export type CheckResult =
  | {
      readonly ok: true;
      readonly imports: ReadonlySet<string>;
      readonly funcs: ReadonlyMap<string, FuncDecl>;
    }
  | { readonly ok: false; readonly compile: readonly string[] }
  | { readonly ok: false; readonly gap: string };

const pkgName = (path: string): string => path.split('/').pop() ?? path;

export function check(files: readonly SourceFile[]): CheckResult {
  const errors: string[] = [];
  const funcs = new Map<string, FuncDecl>();
  for (const f of files)
    for (const fn of f.ast.funcs) {
      if (funcs.has(fn.name))
        errors.push(`${f.shown}:${fn.line}:6: ${fn.name} redeclared in this block`);
      funcs.set(fn.name, fn);
    }
  const allImports = new Set<string>();
  for (const f of files) {
    const imported = new Map<string, string>();
    for (const im of f.ast.imports) {
      if (!(im.path in SUPPORTED)) {
        if (/^[a-z]+(\/[a-z]+)*$/.test(im.path) && !im.path.includes('.'))
          return {
            ok: false,
            gap: `${f.shown.slice(2)}:${im.line}: package ${im.path} is beyond the lab's Go (it runs programs using fmt, log, os, io and net/http)`,
          };
        return {
          ok: false,
          gap: `${f.shown.slice(2)}:${im.line}: third-party packages (${im.path}) are not modelled: the lab has no module proxy`,
        };
      }
      imported.set(pkgName(im.path), im.path);
      allImports.add(im.path);
    }
    const used = new Set<string>();
    let gap: string | undefined;
    const scopes: Map<string, { line: number; col: number; used: boolean }>[] = [];
    const lookup = (n: string) => {
      for (let i = scopes.length - 1; i >= 0; i--) {
        const v = scopes[i]?.get(n);
        if (v) return v;
      }
      return undefined;
    };
    const expr = (x: Expr): void => {
      if (gap) return;
      switch (x.k) {
        case 'str':
        case 'int':
          return;
        case 'name': {
          const v = lookup(x.v);
          if (v) v.used = true;
          else if (!funcs.has(x.v) && !BUILTINS.has(x.v)) {
            if (imported.has(x.v))
              errors.push(`${f.shown}:${x.line}:${x.col}: use of package ${x.v} without selector`);
            else errors.push(`${f.shown}:${x.line}:${x.col}: undefined: ${x.v}`);
          }
          return;
        }
        case 'sel': {
          if (x.x.k === 'name' && !lookup(x.x.v) && !funcs.has(x.x.v)) {
            const path = imported.get(x.x.v);
            if (path === undefined) {
              errors.push(`${f.shown}:${x.x.line}:${x.x.col}: undefined: ${x.x.v}`);
              return;
            }
            used.add(x.x.v);
            if (!SUPPORTED[path]?.includes(x.name)) {
              if (/^[A-Z]/.test(x.name))
                gap = `${f.shown.slice(2)}:${x.line}: ${x.x.v}.${x.name} is beyond the lab's Go (it runs fmt, log, os, io and net/http lesson programs)`;
              else
                errors.push(
                  `${f.shown}:${x.line}:${x.x.col + x.x.v.length + 1}: name ${x.name} not exported by package ${x.x.v}`,
                );
            }
            return;
          }
          expr(x.x);
          if (!METHODS.has(x.name))
            gap = `${f.shown.slice(2)}:${x.line}: .${x.name} is beyond the lab's Go`;
          return;
        }
        case 'call':
          if (
            x.fn.k === 'sel' &&
            x.fn.name === 'HandleFunc' &&
            x.args[0]?.k === 'str' &&
            /\s/.test(x.args[0].v)
          )
            gap = `${f.shown.slice(2)}:${x.line}: method patterns like "${x.args[0].v}" are beyond the lab's Go`;
          expr(x.fn);
          for (const a of x.args) expr(a);
          return;
        case 'slice':
          expr(x.x);
          if (x.lo) expr(x.lo);
          if (x.hi) expr(x.hi);
          return;
        case 'bin':
          expr(x.a);
          expr(x.b);
          return;
        case 'bytes':
          expr(x.x);
          return;
        case 'func':
          body(x.fn);
          return;
      }
    };
    const stmts = (list: readonly Stmt[]): void => {
      scopes.push(new Map());
      for (const s of list) stmt(s);
      const sc = scopes.pop();
      for (const [n, v] of sc ?? [])
        if (!v.used && n !== '_')
          errors.push(`${f.shown}:${v.line}:${v.col}: declared and not used: ${n}`);
    };
    const stmt = (s: Stmt): void => {
      switch (s.k) {
        case 'expr':
          if (s.x.k !== 'call')
            errors.push(
              `${f.shown}:${s.line}:2: ${describe(s.x)} (value of type string) is not used`,
            );
          expr(s.x);
          return;
        case 'define': {
          expr(s.x);
          const sc = scopes[scopes.length - 1];
          let fresh = false;
          for (const n of s.names) {
            if (n === '_') continue;
            if (sc?.has(n)) continue;
            fresh = true;
            sc?.set(n, { line: s.line, col: 2, used: false });
          }
          if (!fresh && s.names.some((n) => n !== '_'))
            errors.push(`${f.shown}:${s.line}:2: no new variables on left side of :=`);
          return;
        }
        case 'assign': {
          expr(s.x);
          if (s.name !== '_' && !lookup(s.name))
            errors.push(`${f.shown}:${s.line}:2: undefined: ${s.name}`);
          return;
        }
        case 'if':
          scopes.push(new Map());
          if (s.init) stmt(s.init);
          expr(s.cond);
          stmts(s.then);
          if (s.els) stmts(s.els);
          for (const [n, v] of scopes.pop() ?? [])
            if (!v.used) errors.push(`${f.shown}:${v.line}:${v.col}: declared and not used: ${n}`);
          return;
        case 'return':
          return;
      }
    };
    const body = (fn: FuncDecl): void => {
      // Parameters may go unused in Go.
      scopes.push(new Map(fn.params.map((p) => [p, { line: fn.line, col: 0, used: true }])));
      stmts(fn.body);
      scopes.pop();
    };
    for (const fn of f.ast.funcs) body(fn);
    if (gap) return { ok: false, gap };
    for (const im of f.ast.imports)
      if (!used.has(pkgName(im.path)))
        errors.push(`${f.shown}:${im.line}:${im.col}: "${im.path}" imported and not used`);
  }
  if (errors.length > 0) return { ok: false, compile: sortByPosition(errors) };
  if (!funcs.has('main'))
    return {
      ok: false,
      compile: ['runtime.main_main·f: function main is undeclared in the main package'],
    };
  return { ok: true, imports: allImports, funcs };
}

function describe(x: Expr): string {
  if (x.k === 'str') return JSON.stringify(x.v);
  if (x.k === 'name') return x.v;
  return 'expression';
}

/** The compiler reports in file and position order, at most 10 (then `too many errors`). */
function sortByPosition(list: readonly string[]): string[] {
  const key = (s: string): [string, number, number] => {
    const m = /^(.*?):(\d+):(\d+):/.exec(s);
    return m ? [m[1] ?? '', Number(m[2]), Number(m[3])] : [s, 0, 0];
  };
  const sorted = [...list].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa === fb ? la - lb || ca - cb : fa < fb ? -1 : 1;
  });
  return sorted.length > 10 ? [...sorted.slice(0, 10), 'too many errors'] : sorted;
}
