// The `go` command of the golang image: `go version`, `go mod init`, `go build` and `go run` for
// the programs a lesson writes (fmt/log/os/io/net/http, see syntax.ts and check.ts). Build reads
// the package from the files on disk, reports Go's own compile errors, fills the build cache on a
// first build (as the real toolchain compiles the standard library then) and writes a binary of
// a real Go binary's size. What the lab's Go cannot do is said in one `layerlab: go:` line.

import type { Command, CommandContext } from '../../types';
import type { ProgramNet } from '../servers/net';
import { binarySize, registerGoBinary, runGoProgram, type GoBinary } from './binary';
import { check, type SourceFile } from './check';
import { parseGo, SyntaxGap } from './syntax';

const GO_VERSION = '1.24.4';

const CACHE_README =
  'This directory holds cached build artifacts from the Go build system.\n' +
  'Run "go clean -cache" if the directory is getting too large.\n' +
  'Run "go clean -fuzzcache" to delete the fuzz cache.\n' +
  'See golang.org to learn more about Go.\n';

const version = (ctx: CommandContext): string => ctx.env.GOLANG_VERSION || GO_VERSION;

function note(ctx: CommandContext, text: string): number {
  ctx.stderr.write(`layerlab: go: ${text}\n`);
  return 1;
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function isDir(ctx: CommandContext, p: string): boolean {
  try {
    return ctx.fs.stat(p).type === 'dir';
  } catch {
    return false;
  }
}

/** The go.mod governing `dir`: its folder and module path. */
function findModule(ctx: CommandContext, dir: string): { root: string; path: string } | undefined {
  for (let d = dir; ; d = dirOf(d)) {
    const f = `${d === '/' ? '' : d}/go.mod`;
    if (ctx.fs.exists(f)) {
      const m = /^module\s+(\S+)/m.exec(ctx.fs.readText(f));
      return { root: d, path: m?.[1] ?? '' };
    }
    if (d === '/') return undefined;
  }
}

interface Pkg {
  /** `example.com/hello` or `command-line-arguments`. */
  readonly importPath: string;
  /** The default binary name. */
  readonly name: string;
  readonly files: readonly { readonly path: string; readonly shown: string }[];
}

function loadPackage(
  ctx: CommandContext,
  args: readonly string[],
): { ok: true; pkg: Pkg } | { ok: false; code: number } {
  const err = (m: string, code = 1) => {
    ctx.stderr.write(`${m}\n`);
    return { ok: false as const, code };
  };
  if (args.length > 0 && args.every((a) => a.endsWith('.go'))) {
    const files = [];
    for (const a of args) {
      const p = ctx.resolve(a);
      if (!ctx.fs.exists(p)) return err(`stat ${a}: no such file or directory`);
      files.push({ path: p, shown: a.includes('/') ? a : `./${a}` });
    }
    const first = (args[0] ?? 'main.go').split('/').pop() ?? 'main.go';
    return {
      ok: true,
      pkg: { importPath: 'command-line-arguments', name: first.replace(/\.go$/, ''), files },
    };
  }
  if (args.length > 1) {
    note(ctx, 'building several packages at once is not modelled');
    return { ok: false, code: 1 };
  }
  const arg = args[0] ?? '.';
  if (arg.includes('...')) {
    note(ctx, `package patterns (${arg}) are not modelled; name the folder`);
    return { ok: false, code: 1 };
  }
  if (!(arg === '.' || arg.startsWith('./') || arg.startsWith('../') || arg.startsWith('/'))) {
    note(
      ctx,
      `building packages by import path (${arg}) is not modelled; name the folder, e.g. '.'`,
    );
    return { ok: false, code: 1 };
  }
  const dir = ctx.resolve(arg);
  const mod = findModule(ctx, dir);
  if (!mod)
    return err(
      "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
    );
  if (!isDir(ctx, dir)) return err(`stat ${dir}: directory not found`);
  const names = ctx.fs
    .readdir(dir)
    .map((e) => e.name)
    .filter((n) => n.endsWith('.go') && !n.endsWith('_test.go'))
    .sort();
  if (names.length === 0) return err(`no Go files in ${dir}`);
  const rel = dir === mod.root ? '' : dir.slice(mod.root.length + (mod.root === '/' ? 0 : 1));
  const importPath = rel ? `${mod.path}/${rel}` : mod.path;
  return {
    ok: true,
    pkg: {
      importPath,
      name: importPath.split('/').pop() ?? importPath,
      files: names.map((n) => ({
        path: `${dir === '/' ? '' : dir}/${n}`,
        shown: arg === '.' ? `./${n}` : `${arg.replace(/\/$/, '')}/${n}`,
      })),
    },
  };
}

interface Compiled {
  readonly binary: GoBinary;
  readonly key: string;
}

/** Parse and check the package; prints the compiler's errors (`# pkg` then positions). */
function compile(
  ctx: CommandContext,
  pkg: Pkg,
  forRun: boolean,
): { ok: true; c: Compiled } | { ok: false; code: number } {
  const sources: SourceFile[] = [];
  let text = '';
  for (const f of pkg.files) {
    const src = ctx.fs.readText(f.path);
    text += `${f.path}\0${src}\0`;
    try {
      sources.push({ shown: f.shown, ast: parseGo(src) });
    } catch (e) {
      if (!(e instanceof SyntaxGap)) throw e;
      if (!e.real)
        return {
          ok: false,
          code: note(
            ctx,
            `${f.shown.replace(/^\.\//, '')}:${e.line}: ${e.what} are beyond the lab's Go (it runs fmt, log, os, io and net/http lesson programs)`,
          ),
        };
      ctx.stderr.write(`# ${pkg.importPath}\n${f.shown}:${e.line}:${e.col}: ${e.what}\n`);
      return { ok: false, code: 1 };
    }
  }
  const pkgNames = new Set(sources.map((s) => s.ast.pkg));
  if (pkgNames.size > 1) {
    const [a, b] = sources;
    ctx.stderr.write(
      `found packages ${a?.ast.pkg} (${a?.shown.slice(2)}) and ${b?.ast.pkg} (${b?.shown.slice(2)}) in ${dirOf(pkg.files[0]?.path ?? '/')}\n`,
    );
    return { ok: false, code: 1 };
  }
  if (!pkgNames.has('main')) {
    if (forRun) {
      ctx.stderr.write(`package ${pkg.importPath} is not a main package\n`);
      return { ok: false, code: 1 };
    }
    return {
      ok: false,
      code: note(ctx, 'only package main is modelled (a library package builds nothing to run)'),
    };
  }
  const r = check(sources);
  if (!r.ok) {
    if ('gap' in r) return { ok: false, code: note(ctx, r.gap) };
    ctx.stderr.write(`# ${pkg.importPath}\n${r.compile.join('\n')}\n`);
    return { ok: false, code: 1 };
  }
  const cgo = (ctx.env.CGO_ENABLED ?? (hasCc(ctx) ? '1' : '0')) !== '0';
  const goos = ctx.env.GOOS || 'linux';
  const goarch = ctx.env.GOARCH || 'amd64';
  const binary: GoBinary = {
    funcs: r.funcs,
    imports: r.imports,
    dynamic: cgo && r.imports.has('net/http'),
    foreign: goos !== 'linux' || goarch !== 'amd64',
    source: pkg.files[0]?.path ?? '/main.go',
  };
  return { ok: true, c: { binary, key: `${text}${binary.dynamic}${goos}/${goarch}` } };
}

function hasCc(ctx: CommandContext): boolean {
  return (ctx.env.PATH ?? '')
    .split(':')
    .some((d) => d && (ctx.fs.exists(`${d}/gcc`) || ctx.fs.exists(`${d}/cc`)));
}

/** The build cache: a first build compiles the standard library into it (seconds, megabytes). */
async function fillCache(ctx: CommandContext, imports: ReadonlySet<string>): Promise<boolean> {
  const home = ctx.env.HOME || '/root';
  const cache = ctx.env.GOCACHE || `${home}/.cache/go-build`;
  const heavy = imports.has('net/http');
  const marker = `${cache}/${heavy ? 'net-http' : 'std'}.layerlab`;
  let cold = false;
  try {
    if (!ctx.fs.exists(`${cache}/README`)) {
      ctx.fs.mkdir(cache, { recursive: true, mode: 0o755 });
      ctx.fs.writeFile(`${cache}/README`, CACHE_README);
      ctx.fs.writeFile(`${cache}/trim.txt`, `${Math.floor(ctx.clock.now() / 1000)}`);
    }
    // One blob per group of standard packages stands for the cache's many small entries.
    if (!ctx.fs.exists(marker)) {
      cold = true;
      const sub = heavy ? '7f' : '3a';
      ctx.fs.mkdir(`${cache}/${sub}`, { recursive: true, mode: 0o755 });
      ctx.fs.writeFile(`${cache}/${sub}/${sub}${heavy ? 'c1' : '09'}e4d5-d`, {
        kind: 'blob',
        size: heavy ? 38_400_000 : 11_900_000,
        digest: `${heavy ? 'b7' : '4e'}`.padEnd(64, heavy ? 'd' : 'a'),
      });
      ctx.fs.writeFile(marker, '');
    }
  } catch {
    // A read-only or missing HOME: the real go then says GOCACHE is not defined; the lab skips it.
  }
  return ctx.sleep(cold ? (heavy ? 14_000 : 4_500) : 600);
}

async function build(ctx: CommandContext, args: readonly string[]): Promise<number> {
  let out: string | undefined;
  let stripped = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (name: string): string | undefined => {
      if (a === `-${name}` || a === `--${name}`) return args[++i];
      const m = new RegExp(`^--?${name}=(.*)$`).exec(a);
      return m ? m[1] : undefined;
    };
    const o = value('o');
    if (o !== undefined) {
      out = o;
      continue;
    }
    const ld = value('ldflags');
    if (ld !== undefined) {
      stripped = /(^|\s|')-s\b/.test(ld) && /(^|\s)-w\b/.test(ld);
      continue;
    }
    if (
      ['-v', '-a', '-trimpath', '-race=false', '-buildvcs=false'].includes(a) ||
      /^-tags=/.test(a)
    )
      continue;
    if (a.startsWith('-')) return note(ctx, `'go build ${a}' is not modelled`);
    rest.push(a);
  }
  const loaded = loadPackage(ctx, rest);
  if (!loaded.ok) return loaded.code;
  const c = compile(ctx, loaded.pkg, false);
  if (!c.ok) return c.code;
  if (!(await fillCache(ctx, c.c.binary.imports))) return 130;
  let target = out ?? loaded.pkg.name;
  if (out !== undefined && (out.endsWith('/') || isDir(ctx, ctx.resolve(out))))
    target = `${out.replace(/\/$/, '')}/${loaded.pkg.name}`;
  const path = ctx.resolve(target);
  const digest = registerGoBinary(c.c.binary, `${c.c.key}${stripped}`);
  try {
    ctx.fs.writeFile(
      path,
      { kind: 'blob', size: binarySize(c.c.binary.imports, stripped, c.c.key), digest },
      { mode: 0o755 },
    );
    ctx.fs.chmod(path, 0o755);
  } catch {
    ctx.stderr.write(
      `go: copying /tmp/go-build2954718392/b001/exe/a.out: open ${path}: no such file or directory\n`,
    );
    return 1;
  }
  return 0;
}

async function run(ctx: CommandContext, net: ProgramNet, args: readonly string[]): Promise<number> {
  let i = 0;
  while (i < args.length && (args[i] as string).startsWith('-')) {
    const a = args[i] as string;
    if (!['-v', '-a', '-trimpath'].includes(a)) return note(ctx, `'go run ${a}' is not modelled`);
    i++;
  }
  const files: string[] = [];
  while (i < args.length && (args[i] as string).endsWith('.go')) files.push(args[i++] as string);
  const pkgArgs = files.length > 0 ? files : i < args.length ? [args[i] as string] : [];
  if (pkgArgs.length === 0) {
    ctx.stderr.write('go: no go files listed\n');
    return 1;
  }
  const loaded = loadPackage(ctx, pkgArgs);
  if (!loaded.ok) return loaded.code;
  const c = compile(ctx, loaded.pkg, true);
  if (!c.ok) return c.code;
  if (!(await fillCache(ctx, c.c.binary.imports))) return 130;
  const code = await runGoProgram(ctx, net, { ...c.c.binary, dynamic: false }, loaded.pkg.name);
  if (code !== 0 && code !== 130) {
    ctx.stderr.write(`exit status ${code}\n`);
    return 1;
  }
  return code;
}

function modInit(ctx: CommandContext, args: readonly string[]): number {
  if (args.length > 1) {
    ctx.stderr.write('go: too many arguments\n');
    return 1;
  }
  const gomod = `${ctx.cwd === '/' ? '' : ctx.cwd}/go.mod`;
  if (ctx.fs.exists(gomod)) {
    ctx.stderr.write(`go: ${gomod} already exists\n`);
    return 1;
  }
  const path = args[0];
  if (path === undefined) {
    ctx.stderr.write(
      `go: cannot determine module path for source directory ${ctx.cwd} (outside GOPATH, module path must be specified)\n\nExample usage:\n\t'go mod init example.com/m' to initialize a v0 or v1 module\n\t'go mod init example.com/m/v2' to initialize a v2 module\n\nRun 'go help mod init' for more information.\n`,
    );
    return 1;
  }
  ctx.fs.writeFile(gomod, `module ${path}\n\ngo ${version(ctx)}\n`);
  ctx.stderr.write(`go: creating new go.mod: module ${path}\n`);
  const hasGo = ctx.fs.readdir(ctx.cwd).some((e) => e.name.endsWith('.go'));
  if (hasGo) ctx.stderr.write('go: to add module requirements and sums:\n\tgo mod tidy\n');
  return 0;
}

export function createGo(net: ProgramNet): Command {
  return {
    name: 'go',
    async run(ctx) {
      const [sub, ...args] = ctx.argv.slice(1);
      switch (sub) {
        case 'version':
          ctx.stdout.write(`go version go${version(ctx)} linux/amd64\n`);
          return 0;
        case 'build':
          return build(ctx, args);
        case 'run':
          return run(ctx, net, args);
        case 'mod':
          if (args[0] === 'init') return modInit(ctx, args.slice(1));
          if (args[0] === 'tidy') {
            // With only standard-library imports there is nothing to require.
            return 0;
          }
          return note(ctx, `'go mod ${args[0] ?? ''}' is not modelled`);
        case 'env':
          if (
            args.length === 1 &&
            ['GOOS', 'GOARCH', 'GOPATH', 'GOVERSION', 'CGO_ENABLED'].includes(args[0] as string)
          ) {
            const v: Record<string, string> = {
              GOOS: ctx.env.GOOS || 'linux',
              GOARCH: ctx.env.GOARCH || 'amd64',
              GOPATH: ctx.env.GOPATH || `${ctx.env.HOME || '/root'}/go`,
              GOVERSION: `go${version(ctx)}`,
              CGO_ENABLED: ctx.env.CGO_ENABLED ?? (hasCc(ctx) ? '1' : '0'),
            };
            ctx.stdout.write(`${v[args[0] as string]}\n`);
            return 0;
          }
          return note(
            ctx,
            "'go env' prints only GOOS, GOARCH, GOPATH, GOVERSION and CGO_ENABLED here",
          );
        case undefined:
        case 'help':
          return note(ctx, 'the lab models go version, go mod init, go build and go run');
        case 'test':
        case 'get':
        case 'install':
        case 'fmt':
        case 'vet':
        case 'clean':
        case 'list':
        case 'generate':
        case 'work':
        case 'tool':
        case 'doc':
        case 'bug':
        case 'fix':
        case 'telemetry':
          return note(
            ctx,
            `'go ${sub}' is not modelled (the lab models go version, go mod init, go build and go run)`,
          );
        default:
          ctx.stderr.write(`go ${sub}: unknown command\nRun 'go help' for usage.\n`);
          return 2;
      }
    },
  };
}
