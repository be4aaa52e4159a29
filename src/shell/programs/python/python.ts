// python3 is not a Python interpreter: it recognises the programs the lab's lessons run — the
// Flask apps (imports checked against site-packages, routes returning strings built from
// os.getenv, socket.gethostname and a redis counter), `--version`, trivial `-c 'print(…)'` — and
// says plainly when asked for anything else.

import type { Command, CommandContext } from '../../types';
import type { ProgramNet } from '../servers/net';
import { serveFlask } from './flask-serve';
import { Unsupported, evaluate } from './expr';
import {
  flaskModule,
  module,
  osModule,
  redisModule,
  socketModule,
  STDLIB,
  type FlaskApp,
} from './modules';
import { framesOf, Program, type Importer } from './program';
import { logicalLines } from './source';
import { fn, PyException, pyStr, type PyObject } from './values';

const ONLY = "layerlab: python3: only the lab's lesson programs can run here\n";

interface Install {
  readonly version: string;
  readonly site: string;
}

function install(ctx: CommandContext): Install {
  const env = ctx.env.PYTHON_VERSION;
  try {
    const names = ctx.fs.readdir('/usr/local/lib').map((e) => e.name);
    const v = names
      .filter((n) => /^python3\.\d+$/.test(n))
      .sort()
      .pop();
    if (v) return { version: env ?? `${v.slice(6)}.0`, site: `/usr/local/lib/${v}/site-packages` };
  } catch {
    // no /usr/local/lib
  }
  return { version: env ?? '3.12.11', site: '/usr/local/lib/python3.12/site-packages' };
}

function distVersion(ctx: CommandContext, site: string, project: string, fallback: string): string {
  try {
    for (const e of ctx.fs.readdir(site)) {
      const m = /^(.+)-([^-]+)\.dist-info$/.exec(e.name);
      if (m && m[1]?.toLowerCase() === project) return m[2] ?? fallback;
    }
  } catch {
    // no site-packages
  }
  return fallback;
}

function traceback(ctx: CommandContext, e: PyException): void {
  const frames = framesOf(e)
    .map((f) => `  File "${f.file}", line ${f.line}, in ${f.func}\n    ${f.shown}\n`)
    .join('');
  ctx.stderr.write(`Traceback (most recent call last):\n${frames}${e.type}: ${e.message}\n`);
}

function printFn(out: (s: string) => void): PyObject {
  return fn('print', (args, kw) => {
    const sep = kw.sep === undefined ? ' ' : pyStr(kw.sep);
    const end = kw.end === undefined ? '\n' : pyStr(kw.end);
    out(args.map(pyStr).join(sep) + end);
    return null;
  });
}

export function createPython(net: ProgramNet, name = 'python3'): Command {
  return {
    name,
    async run(ctx) {
      const inst = install(ctx);
      const argv = ctx.argv.slice(1);
      const first = argv[0];
      if (first === '--version' || first === '-V') {
        ctx.stdout.write(`Python ${inst.version}\n`);
        return 0;
      }
      if (first === '-c') {
        const code = argv[1];
        if (code === undefined) {
          ctx.stderr.write('Argument expected for the -c option\n');
          return 2;
        }
        const m = /^\s*print\((.*)\)\s*;?\s*$/s.exec(code);
        if (!m) {
          ctx.stderr.write(ONLY);
          return 1;
        }
        try {
          const v = evaluate(`(${m[1]})`, { lookup: () => undefined });
          ctx.stdout.write(`${pyStr(v)}\n`);
          return 0;
        } catch (e) {
          if (e instanceof PyException) {
            ctx.stderr.write(
              `Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n${e.type}: ${e.message}\n`,
            );
            return 1;
          }
          ctx.stderr.write(ONLY);
          return 1;
        }
      }
      if (first === undefined || first === '-') {
        if (!ctx.stdin.isTTY && (await ctx.stdin.readAll()).trim() === '') return 0;
        ctx.stderr.write(ONLY);
        return 1;
      }
      if (first.startsWith('-') && first !== '-u') {
        ctx.stderr.write(ONLY);
        return 1;
      }
      const script = first === '-u' ? argv[1] : first;
      if (script === undefined) {
        ctx.stderr.write(ONLY);
        return 1;
      }
      const path = ctx.resolve(script);
      let source: string;
      try {
        source = ctx.fs.readText(path);
        if (ctx.fs.stat(path).type === 'dir') throw new Error('dir');
      } catch {
        ctx.stderr.write(
          `${name}: can't open file '${path}': [Errno 2] No such file or directory\n`,
        );
        return 2;
      }
      return runScript(ctx, net, inst, path, source, first === '-u');
    },
  };
}

async function runScript(
  ctx: CommandContext,
  net: ProgramNet,
  inst: Install,
  path: string,
  source: string,
  unbuffered: boolean,
): Promise<number> {
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  // Python block-buffers stdout into a pipe (docker logs without -t) unless told otherwise.
  const buffered = !ctx.stdout.isTTY && !unbuffered && !ctx.env.PYTHONUNBUFFERED;
  let pending = '';
  const out = (s: string) => {
    if (buffered) pending += s;
    else ctx.stdout.write(s);
  };
  const flush = () => {
    if (pending) ctx.stdout.write(pending);
    pending = '';
  };
  const exists = (p: string) => ctx.fs.exists(p);
  const importer: Importer = {
    load(mod) {
      const top = mod.split('.')[0] ?? mod;
      if (STDLIB.has(top)) {
        if (top === 'os') return osModule(ctx);
        if (top === 'socket') return socketModule(ctx);
        return module(top);
      }
      const inSite = exists(`${inst.site}/${top}/__init__.py`) || exists(`${inst.site}/${top}.py`);
      if (inSite && top === 'flask') return flaskModule();
      if (inSite && top === 'redis') return redisModule(ctx, net);
      if (inSite || exists(`${dir}/${top}.py`) || exists(`${dir}/${top}/__init__.py`))
        throw new Unsupported(`module ${top}`);
      throw new PyException('ModuleNotFoundError', `No module named '${top}'`);
    },
    pathOf: (mod) => `${inst.site}/${mod.replace(/\./g, '/')}/__init__.py`,
  };
  const program = new Program(path, logicalLines(source), importer, { print: printFn(out) });
  try {
    program.runModule();
  } catch (e) {
    if (e instanceof PyException) {
      flush();
      traceback(ctx, e);
      return 1;
    }
    if (e instanceof Unsupported) {
      flush();
      ctx.stderr.write(ONLY);
      return 1;
    }
    throw e;
  }
  const app = [...program.globals.values()].find(
    (v): v is FlaskApp =>
      v !== null &&
      typeof v === 'object' &&
      v.type === 'Flask' &&
      'routes' in v &&
      (v as FlaskApp).run !== undefined,
  );
  if (!app) {
    flush();
    return 0;
  }
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.py$/, '');
  const status = await serveFlask({
    ctx,
    net,
    app,
    name: base,
    flaskVersion: distVersion(ctx, inst.site, 'flask', '3.0.3'),
    werkzeugVersion: distVersion(ctx, inst.site, 'werkzeug', '3.0.3'),
    pythonVersion: inst.version,
    flush,
  });
  if (!ctx.signal.interrupted) flush();
  return status;
}
