// Running a checked Go program: main's statements in order, fmt to stdout, log to stderr with
// its `2026/11/22 14:00:03 ` prefix, os.Getenv/Hostname/Exit, and net/http's DefaultServeMux:
// HandleFunc registers, ListenAndServe listens on the lab network and serves until the process
// is stopped (Go's own 404 page, Content-Type sniffed as DetectContentType does for text/HTML).

import type { HttpServerRequest, HttpServerResponse } from '../../../engine/listeners';
import { utf8Length } from '../../../engine/text/utf8';
import type { CommandContext } from '../../types';
import type { ProgramNet } from '../servers/net';
import { httpDate } from '../servers/lib/time';
import { stopSwitch } from '../servers/lib/wait';
import type { Expr, FuncDecl, Stmt } from './syntax';

interface Writer {
  readonly kind: 'writer';
  status: number;
  readonly headers: [string, string][];
  body: string;
  wrote: boolean;
}
interface Stream {
  readonly kind: 'stream';
  readonly write: (s: string) => void;
}
interface Fn {
  readonly kind: 'fn';
  readonly decl: FuncDecl;
  readonly env: Env;
}
interface GoError {
  readonly kind: 'error';
  readonly msg: string;
}
interface Obj {
  readonly kind: 'obj';
  readonly fields: Record<string, Value>;
}
interface Bytes {
  readonly kind: 'bytes';
  readonly s: string;
}
type Value =
  string | number | boolean | null | Writer | Stream | Fn | GoError | Obj | Bytes | Value[];

class Env {
  private readonly vars = new Map<string, Value>();
  constructor(private readonly parent?: Env) {}
  get(n: string): Value | undefined {
    return this.vars.has(n) ? this.vars.get(n) : this.parent?.get(n);
  }
  has(n: string): boolean {
    return this.vars.has(n) || (this.parent?.has(n) ?? false);
  }
  define(n: string, v: Value): void {
    if (n !== '_') this.vars.set(n, v);
  }
  set(n: string, v: Value): void {
    if (this.vars.has(n) || !this.parent) this.vars.set(n, v);
    else this.parent.set(n, v);
  }
}

/** os.Exit and log.Fatal unwind to the top with the status. */
class Exit {
  constructor(readonly code: number) {}
}
/** A runtime panic (slice bounds): message as Go prints it. */
class Panic {
  constructor(
    readonly msg: string,
    readonly line: number,
  ) {}
}
class Return {}
/** main reached ListenAndServe and it listens: the process serves until it is stopped. */
class Serving {
  constructor(readonly close: () => void) {}
}

export interface RunOptions {
  readonly ctx: CommandContext;
  readonly net: ProgramNet;
  readonly funcs: ReadonlyMap<string, FuncDecl>;
  /** The source path the binary was built from (panic traces name it). */
  readonly source: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function logTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function goString(v: Value): string {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  switch (v.kind) {
    case 'error':
      return v.msg;
    case 'bytes':
      return `[${[...new TextEncoder().encode(v.s)].join(' ')}]`;
    default:
      return `%!v(${v.kind})`;
  }
}

const typeName = (v: Value): string =>
  typeof v === 'string'
    ? 'string'
    : typeof v === 'number'
      ? 'int'
      : typeof v === 'boolean'
        ? 'bool'
        : v === null
          ? '<nil>'
          : 'value';

/** fmt's Sprintf for %s %v %d %q %%, with fmt's own complaints for a missing or extra operand. */
export function sprintf(format: string, args: readonly Value[]): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const verb = format[++i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (n >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = args[n++] as Value;
    if (verb === 'v' || (verb === 's' && typeof a !== 'number')) out += goString(a);
    else if (verb === 'd' && typeof a === 'number') out += String(a);
    else if (verb === 'q' && typeof a === 'string') out += JSON.stringify(a);
    else out += `%!${verb}(${typeName(a)}=${goString(a)})`;
  }
  if (n < args.length)
    out += `%!(EXTRA ${args
      .slice(n)
      .map((a) => `${typeName(a)}=${goString(a)}`)
      .join(', ')})`;
  return out;
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
function sprint(args: readonly Value[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += goString(a);
  });
  return out;
}

const sprintln = (args: readonly Value[]): string => `${args.map(goString).join(' ')}\n`;

/** net/http's DetectContentType for the text a lesson writes. */
function sniff(body: string): string {
  // Leading white space as DetectContentType skips it (tab, newline, form feed, return, space).
  const s = body.replace(/^[\t\n\f\r ]+/, '').toUpperCase();
  const html = [
    '<!DOCTYPE HTML',
    '<HTML',
    '<HEAD',
    '<SCRIPT',
    '<IFRAME',
    '<H1',
    '<DIV',
    '<FONT',
    '<TABLE',
    '<A',
    '<STYLE',
    '<TITLE',
    '<B',
    '<BODY',
    '<BR',
    '<P',
    '<!--',
  ];
  for (const m of html)
    if (s.startsWith(m) && [' ', '>'].includes(s[m.length] ?? ''))
      return 'text/html; charset=utf-8';
  if (s.startsWith('<?XML')) return 'text/xml; charset=utf-8';
  return 'text/plain; charset=utf-8';
}

export class GoProcess {
  private readonly routes = new Map<string, Value>();
  private readonly globals = new Env();
  private readonly reqSeq = { n: 0 };

  constructor(private readonly o: RunOptions) {
    for (const [name, decl] of o.funcs)
      this.globals.define(name, { kind: 'fn', decl, env: this.globals });
  }

  /** Run main; resolves to the exit status (after serving, when main starts a server). */
  async main(): Promise<number> {
    const main = this.o.funcs.get('main');
    if (!main) return 2;
    try {
      this.call({ kind: 'fn', decl: main, env: this.globals }, []);
      return 0;
    } catch (e) {
      if (e instanceof Exit) return e.code;
      if (e instanceof Serving) {
        const sw = stopSwitch(this.o.ctx);
        await sw.stopped;
        e.close();
        // SIGINT/SIGTERM end a Go program that installed no handler.
        return 130;
      }
      if (e instanceof Panic) {
        this.o.ctx.stderr.write(
          `panic: ${e.msg}\n\ngoroutine 1 [running]:\nmain.main()\n\t${this.o.source}:${e.line} +0x1d\n`,
        );
        return 2;
      }
      throw e;
    }
  }

  private call(f: Value, args: readonly Value[]): Value {
    if (f === null || typeof f !== 'object' || Array.isArray(f) || f.kind !== 'fn') return null;
    const env = new Env(f.env);
    f.decl.params.forEach((p, i) => env.define(p, args[i] ?? null));
    try {
      this.block(f.decl.body, env);
    } catch (e) {
      if (!(e instanceof Return)) throw e;
    }
    return null;
  }

  private block(list: readonly Stmt[], env: Env): void {
    for (const s of list) this.stmt(s, env);
  }

  private stmt(s: Stmt, env: Env): void {
    switch (s.k) {
      case 'expr':
        this.eval(s.x, env);
        return;
      case 'define': {
        const v = this.eval(s.x, env);
        if (s.names.length > 1 && Array.isArray(v))
          s.names.forEach((n, i) => env.define(n, v[i] ?? null));
        else env.define(s.names[0] ?? '_', v);
        return;
      }
      case 'assign':
        env.set(s.name, this.eval(s.x, env));
        return;
      case 'if': {
        const inner = new Env(env);
        if (s.init) this.stmt(s.init, inner);
        if (this.eval(s.cond, inner) === true) this.block(s.then, new Env(inner));
        else if (s.els) this.block(s.els, new Env(inner));
        return;
      }
      case 'return':
        throw new Return();
    }
  }

  private eval(x: Expr, env: Env): Value {
    switch (x.k) {
      case 'str':
        return x.v;
      case 'int':
        return x.v;
      case 'name':
        if (x.v === 'nil') return null;
        if (x.v === 'true' || x.v === 'false') return x.v === 'true';
        return env.get(x.v) ?? null;
      case 'bytes': {
        const v = this.eval(x.x, env);
        return { kind: 'bytes', s: typeof v === 'string' ? v : goString(v) };
      }
      case 'func':
        return { kind: 'fn', decl: x.fn, env };
      case 'bin': {
        const a = this.eval(x.a, env);
        const b = this.eval(x.b, env);
        if (x.op === '+')
          return typeof a === 'number' && typeof b === 'number' ? a + b : goString(a) + goString(b);
        if (x.op === '==') return a === b || (isNil(a) && isNil(b));
        if (x.op === '!=') return !(a === b || (isNil(a) && isNil(b)));
        if (x.op === '&&') return a === true && b === true;
        return a === true || b === true;
      }
      case 'slice': {
        const v = this.eval(x.x, env);
        const s = typeof v === 'string' ? v : goString(v);
        const lo = x.lo ? Number(this.eval(x.lo, env)) : 0;
        const hi = x.hi ? Number(this.eval(x.hi, env)) : s.length;
        if (lo > hi || hi > s.length)
          throw new Panic(
            `runtime error: slice bounds out of range [${lo > hi ? `${lo}:${hi}` : `:${hi}`}]${hi > s.length ? ` with length ${s.length}` : ''}`,
            x.line,
          );
        return s.slice(lo, hi);
      }
      case 'sel': {
        if (x.x.k === 'name' && !env.has(x.x.v)) {
          if (x.x.v === 'os' && (x.name === 'Stdout' || x.name === 'Stderr')) {
            const out = x.name === 'Stdout' ? this.o.ctx.stdout : this.o.ctx.stderr;
            return { kind: 'stream', write: (t) => out.write(t) };
          }
          return { kind: 'obj', fields: { pkg: x.x.v, fn: x.name } };
        }
        const v = this.eval(x.x, env);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          if (v.kind === 'obj')
            return v.fields[x.name] ?? { kind: 'obj', fields: { method: x.name, recv: v } };
          return { kind: 'obj', fields: { method: x.name, recv: v } };
        }
        return null;
      }
      case 'call':
        return this.callExpr(x, env);
    }
  }

  private callExpr(x: Expr & { k: 'call' }, env: Env): Value {
    const args: Value[] = [];
    for (const a of x.args) args.push(this.eval(a, env));
    const f = this.eval(x.fn, env);
    if (f && typeof f === 'object' && !Array.isArray(f) && f.kind === 'fn')
      return this.call(f, args);
    if (!f || typeof f !== 'object' || Array.isArray(f) || f.kind !== 'obj') return null;
    const { pkg, fn, method, recv } = f.fields;
    if (typeof pkg === 'string' && typeof fn === 'string') return this.pkgCall(pkg, fn, args);
    if (typeof method === 'string') return this.methodCall(recv ?? null, method, args);
    return null;
  }

  private write(target: Value, text: string): void {
    if (!target || typeof target !== 'object' || Array.isArray(target)) return;
    if (target.kind === 'writer') {
      target.body += text;
      target.wrote = true;
    } else if (target.kind === 'stream') target.write(text);
  }

  private log(text: string): void {
    const t = text.endsWith('\n') ? text : `${text}\n`;
    this.o.ctx.stderr.write(`${logTime(this.o.ctx.clock.now())} ${t}`);
  }

  private pkgCall(pkg: string, fn: string, a: Value[]): Value {
    const ctx = this.o.ctx;
    const fmtArgs = (): string => (typeof a[0] === 'string' ? sprintf(a[0], a.slice(1)) : '');
    switch (`${pkg}.${fn}`) {
      case 'fmt.Println':
        ctx.stdout.write(sprintln(a));
        return null;
      case 'fmt.Print':
        ctx.stdout.write(sprint(a));
        return null;
      case 'fmt.Printf':
        ctx.stdout.write(fmtArgs());
        return null;
      case 'fmt.Sprintf':
        return fmtArgs();
      case 'fmt.Sprint':
        return sprint(a);
      case 'fmt.Sprintln':
        return sprintln(a);
      case 'fmt.Errorf':
        return { kind: 'error', msg: fmtArgs() };
      case 'fmt.Fprintf':
        this.write(a[0] ?? null, typeof a[1] === 'string' ? sprintf(a[1], a.slice(2)) : '');
        return null;
      case 'fmt.Fprintln':
        this.write(a[0] ?? null, sprintln(a.slice(1)));
        return null;
      case 'fmt.Fprint':
        this.write(a[0] ?? null, sprint(a.slice(1)));
        return null;
      case 'io.WriteString':
        this.write(a[0] ?? null, goString(a[1] ?? ''));
        return null;
      case 'log.Println':
        this.log(sprintln(a));
        return null;
      case 'log.Print':
        this.log(sprint(a));
        return null;
      case 'log.Printf':
        this.log(fmtArgs());
        return null;
      case 'log.Fatal':
      case 'log.Fatalln':
        this.log(fn === 'Fatal' ? sprint(a) : sprintln(a));
        throw new Exit(1);
      case 'log.Fatalf':
        this.log(fmtArgs());
        throw new Exit(1);
      case 'os.Getenv':
        return ctx.env[goString(a[0] ?? '')] ?? '';
      case 'os.Hostname':
        return [ctx.system.hostname, null];
      case 'os.Exit':
        throw new Exit(typeof a[0] === 'number' ? a[0] & 255 : 0);
      case 'net/http.HandleFunc':
      case 'http.HandleFunc':
        this.routes.set(goString(a[0] ?? ''), a[1] ?? null);
        return null;
      case 'http.ListenAndServe':
        return this.serve(goString(a[0] ?? ''));
      default:
        return null;
    }
  }

  private methodCall(recv: Value, method: string, a: Value[]): Value {
    if (!recv || typeof recv !== 'object' || Array.isArray(recv)) return null;
    if (recv.kind === 'writer') {
      if (method === 'Write') {
        const b = a[0];
        const text =
          b && typeof b === 'object' && !Array.isArray(b) && b.kind === 'bytes'
            ? b.s
            : goString(b ?? '');
        this.write(recv, text);
        return [utf8Length(text), null];
      }
      if (method === 'WriteHeader') {
        if (!recv.wrote) recv.status = Number(a[0]);
        return null;
      }
      if (method === 'Header') return { kind: 'obj', fields: { headersOf: recv } };
    }
    if (recv.kind === 'obj') {
      const w = recv.fields.headersOf;
      if (
        w &&
        typeof w === 'object' &&
        !Array.isArray(w) &&
        w.kind === 'writer' &&
        (method === 'Set' || method === 'Add')
      ) {
        const k = canonicalKey(goString(a[0] ?? ''));
        const i = w.headers.findIndex(([h]) => h === k);
        if (method === 'Set' && i >= 0) w.headers.splice(i, 1);
        w.headers.push([k, goString(a[1] ?? '')]);
      }
    }
    return null;
  }

  /** ListenAndServe: an error value when it cannot listen; else main blocks here (Serving). */
  private serve(addr: string): Value {
    const ctx = this.o.ctx;
    const m = /^(.*):(\d+)$/.exec(addr);
    if (!m)
      return { kind: 'error', msg: `listen tcp ${addr}: address ${addr}: missing port in address` };
    const host = m[1] ?? '';
    const port = Number(m[2]);
    const net = this.o.net;
    const netns = net.netnsOf(ctx);
    const ip =
      host === '' || host === '0.0.0.0' || host === '::'
        ? '0.0.0.0'
        : host === 'localhost'
          ? '127.0.0.1'
          : host;
    const bound = net.listeners.listen(
      { netns, ip, port },
      { kind: 'http', handle: (req) => this.handle(req) },
    );
    if (!bound.ok)
      return { kind: 'error', msg: `listen tcp ${addr}: bind: address already in use` };
    throw new Serving(() => bound.close());
  }

  private route(path: string): Value | undefined {
    let best: string | undefined;
    for (const p of this.routes.keys()) {
      const hit = p.endsWith('/') ? path.startsWith(p) : path === p;
      if (hit && (best === undefined || p.length > best.length)) best = p;
    }
    return best === undefined ? undefined : this.routes.get(best);
  }

  private handle(req: HttpServerRequest): HttpServerResponse {
    const ctx = this.o.ctx;
    const [pathOnly = '/', query = ''] = req.path.split('?', 2);
    const date = httpDate(ctx.clock.now());
    const h = this.route(pathOnly);
    if (h === undefined) {
      const body = '404 page not found\n';
      return {
        status: 404,
        headers: [
          ['Content-Type', 'text/plain; charset=utf-8'],
          ['X-Content-Type-Options', 'nosniff'],
          ['Date', date],
          ['Content-Length', String(utf8Length(body))],
        ],
        body,
      };
    }
    const w: Writer = { kind: 'writer', status: 200, headers: [], body: '', wrote: false };
    const host = req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? req.localAddr;
    const r: Obj = {
      kind: 'obj',
      fields: {
        Method: req.method,
        Host: host,
        RemoteAddr: `${req.remoteAddr}:${40000 + (this.reqSeq.n++ % 20000)}`,
        URL: { kind: 'obj', fields: { Path: pathOnly, RawQuery: query } },
      },
    };
    let panic: Panic | undefined;
    try {
      this.call(h, [w, r]);
    } catch (e) {
      if (e instanceof Panic) panic = e;
      else if (e instanceof Exit) panic = new Panic(`exit status ${e.code} inside a handler`, 0);
      else if (!(e instanceof Serving)) throw e;
    }
    if (panic) {
      this.log(`http: panic serving ${String(r.fields.RemoteAddr)}: ${panic.msg}`);
      const body =
        "layerlab: the handler panicked; Go's server closes the connection without a reply\n";
      return { status: 500, headers: [['Content-Length', String(utf8Length(body))]], body };
    }
    const headers: [string, string][] = [...w.headers];
    if (!headers.some(([k]) => k === 'Content-Type')) headers.push(['Content-Type', sniff(w.body)]);
    headers.unshift(['Date', date], ['Content-Length', String(utf8Length(w.body))]);
    return { status: w.status, headers, body: req.method === 'HEAD' ? '' : w.body };
  }
}

function isNil(v: Value): boolean {
  return v === null;
}

/** textproto.CanonicalMIMEHeaderKey. */
function canonicalKey(k: string): string {
  return k
    .toLowerCase()
    .split('-')
    .map((p) => (p ? (p[0] as string).toUpperCase() + p.slice(1) : p))
    .join('-');
}
