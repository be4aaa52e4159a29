// GNU Make 4.3: -C DIR, -f FILE, -j[N], -s, -k, VAR=value, targets. The redis source tree is
// built by a recipe that knows its real output (redis-build.ts); other Makefiles run through the
// small make in makefile.ts, with recipe lines executed by the shell.

import type { CommandContext } from '../../types';
import { command } from '../../coreutils/lib/errors';
import { parseOptions } from '../../coreutils/lib/options';
import { normalize } from '../../coreutils/lib/paths';
import { expand, mtimeOf, parseMakefile, type Makefile } from './makefile';
import {
  buildRedis,
  cleanRedis,
  installRedis,
  isRedisTree,
  preamble,
  redisBuilt,
} from './redis-build';

const VERSION =
  'GNU Make 4.3\nBuilt for x86_64-pc-linux-gnu\nCopyright (C) 1988-2020 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n';

function hasCompiler(ctx: CommandContext): boolean {
  return ['/usr/bin/cc', '/usr/bin/gcc', '/usr/local/bin/cc', '/usr/local/bin/gcc', '/bin/cc'].some(
    (p) => ctx.fs.exists(p),
  );
}

function findMakefile(ctx: CommandContext, dir: string, given?: string): string | undefined {
  if (given !== undefined)
    return given === '-' ? undefined : normalize(given.startsWith('/') ? given : `${dir}/${given}`);
  for (const n of ['GNUmakefile', 'makefile', 'Makefile']) {
    const p = `${dir === '/' ? '' : dir}/${n}`;
    if (ctx.fs.exists(p)) return p;
  }
  return undefined;
}

async function runRedis(
  ctx: CommandContext,
  root: string,
  targets: string[],
  vars: Map<string, string>,
  jobs: number,
): Promise<number> {
  const malloc = vars.get('MALLOC') === 'libc' ? 'libc' : 'jemalloc';
  const prefix = vars.get('PREFIX') ?? '/usr/local';
  const goals = targets.length === 0 ? ['all'] : targets;
  let status = 0;
  for (const goal of goals) {
    let out: string;
    let ms = 300;
    if (goal === 'all' || goal === 'install') {
      const built = redisBuilt(ctx.fs, root);
      if (goal === 'install' && built) {
        out = preamble(root, 'install') + installRedis(ctx.fs, root, prefix);
      } else {
        const r = buildRedis({
          fs: ctx.fs,
          root,
          malloc,
          hasCc: hasCompiler(ctx),
          now: ctx.clock.now(),
        });
        out = r.out;
        ms = r.ms / Math.max(1, Math.min(jobs, 8));
        status = r.status;
        if (r.status === 0 && goal === 'install') {
          out =
            out.replace(
              /\nHint: It's a good idea to run 'make test' ;\)\n\nmake\[1\]: Leaving directory '[^']*'\n$/,
              '\n',
            ) + installRedis(ctx.fs, root, prefix);
          out = out.replace('cd src && make all', 'cd src && make install');
        }
      }
    } else if (goal === 'clean' || goal === 'distclean') {
      out = `cd src && make ${goal}\nmake[1]: Entering directory '${root}/src'\n${cleanRedis(ctx.fs, root)}`;
    } else if (goal === 'test') {
      out =
        `cd src && make test\nmake[1]: Entering directory '${root}/src'\n` +
        'You need tcl 8.5 or newer in order to run the Redis test\n' +
        'make[1]: *** [Makefile:255: test] Error 1\n' +
        `make[1]: Leaving directory '${root}/src'\nmake: *** [Makefile:6: test] Error 2\n`;
      status = 2;
    } else {
      out =
        `cd src && make ${goal}\nmake[1]: Entering directory '${root}/src'\n` +
        `make[1]: *** No rule to make target '${goal}'.  Stop.\n` +
        `make[1]: Leaving directory '${root}/src'\nmake: *** [Makefile:6: ${goal}] Error 2\n`;
      status = 2;
    }
    const stderrLines = /^(make\[\d\]: \*\*\*|make: \*\*\*|make\[\d\]: cc:|\/bin\/sh: )/;
    for (const line of out.split(/(?<=\n)/))
      (stderrLines.test(line) ? ctx.stderr : ctx.stdout).write(line);
    if (!(await ctx.sleep(ms))) return 130;
    if (status !== 0) return status;
  }
  return status;
}

async function runGeneric(
  ctx: CommandContext,
  dir: string,
  path: string,
  mk: Makefile,
  targets: string[],
  silent: boolean,
): Promise<number> {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const made = new Set<string>();
  let anyRun: boolean;
  const fileOf = (t: string): string => normalize(t.startsWith('/') ? t : `${dir}/${t}`);
  const build = async (t: string, parent?: string): Promise<number> => {
    if (made.has(t)) return 0;
    made.add(t);
    const rule = mk.rules.get(t);
    if (!rule) {
      if (ctx.fs.exists(fileOf(t))) return 0;
      ctx.stderr.write(
        parent
          ? `make: *** No rule to make target '${t}', needed by '${parent}'.  Stop.\n`
          : `make: *** No rule to make target '${t}'.  Stop.\n`,
      );
      return 2;
    }
    for (const p of rule.prereqs) {
      const s = await build(p, t);
      if (s !== 0) return s;
    }
    const own = mtimeOf(ctx.fs, fileOf(t));
    const stale =
      mk.phony.has(t) ||
      own === undefined ||
      rule.prereqs.some((p) => (mtimeOf(ctx.fs, fileOf(p)) ?? Infinity) > own);
    if (!stale) return 0;
    const auto = { '@': t, '<': rule.prereqs[0] ?? '', '^': [...new Set(rule.prereqs)].join(' ') };
    for (const { line, lineNo } of rule.recipe) {
      let cmd = expand(line, mk.vars, auto);
      let quiet = silent;
      let ignore = false;
      for (;;) {
        if (cmd.startsWith('@')) quiet = true;
        else if (cmd.startsWith('-')) ignore = true;
        else if (!cmd.startsWith('+')) break;
        cmd = cmd.slice(1);
      }
      cmd = cmd.trim();
      if (cmd === '') continue;
      anyRun = true;
      if (!quiet) ctx.stdout.write(`${cmd}\n`);
      const quoted = dir.replace(/'/g, "'\\''");
      const status = await ctx.exec(['sh', '-c', `cd '${quoted}' && ${cmd}`]);
      if (!(await ctx.checkpoint())) return 130;
      if (status !== 0) {
        if (ignore) {
          ctx.stderr.write(`make: [${file}:${lineNo}: ${t}] Error ${status} (ignored)\n`);
          continue;
        }
        ctx.stderr.write(`make: *** [${file}:${lineNo}: ${t}] Error ${status}\n`);
        return 2;
      }
    }
    return 0;
  };
  const goals = targets.length > 0 ? targets : mk.first !== undefined ? [mk.first] : [];
  if (goals.length === 0) {
    ctx.stderr.write('make: *** No targets.  Stop.\n');
    return 2;
  }
  for (const g of goals) {
    anyRun = false;
    const s = await build(g);
    if (s !== 0) return s;
    if (!anyRun) {
      const rule = mk.rules.get(g);
      if (rule && rule.recipe.length > 0 && !mk.phony.has(g))
        ctx.stdout.write(`make: '${g}' is up to date.\n`);
      else ctx.stdout.write(`make: Nothing to be done for '${g}'.\n`);
    }
  }
  return 0;
}

export const make = command('make', async (ctx) => {
  // -j takes an optional number: `-j` alone means as many jobs as wanted, `-j 4` and `-j4` four.
  const argv: string[] = [];
  const raw = ctx.argv.slice(1);
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '-j' || raw[i] === '--jobs') {
      if (/^\d+$/.test(raw[i + 1] ?? '')) argv.push(`-j${raw[++i]}`);
      else argv.push('-j0');
    } else argv.push(raw[i]);
  }
  const r = parseOptions(argv, {
    flags: 'skinBv',
    withArg: 'Cfj',
    long: {
      directory: { key: 'C', arg: 'required' },
      file: { key: 'f', arg: 'required' },
      makefile: { key: 'f', arg: 'required' },
      jobs: { key: 'j', arg: 'required' },
      silent: { key: 's' },
      quiet: { key: 's' },
      'keep-going': { key: 'k' },
      version: { key: 'v' },
      help: { key: 'help' },
    },
  });
  if (!r.ok) {
    ctx.stderr.write(`make: ${r.message}\nUsage: make [options] [target] ...\n`);
    return 2;
  }
  const p = r.opts;
  if (p.has('v')) {
    ctx.stdout.write(VERSION);
    return 0;
  }
  if (p.has('help')) {
    ctx.stdout.write(
      "Usage: make [options] [target] ...\n(Layerlab's make: -C -f -j -s -k, VAR=value.)\n",
    );
    return 0;
  }
  const jobsText = p.get('j');
  const jobs = jobsText === undefined ? 1 : Number(jobsText) || 8;
  const vars = new Map<string, string>();
  const targets: string[] = [];
  for (const op of p.operands) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(op);
    if (m) vars.set(m[1], m[2]);
    else targets.push(op);
  }
  let dir = ctx.cwd;
  const dirs = p.all('C');
  for (const d of dirs) dir = normalize(d.startsWith('/') ? d : `${dir}/${d}`);
  if (dirs.length > 0) {
    let isDir: boolean;
    try {
      isDir = ctx.fs.stat(dir).type === 'dir';
    } catch {
      isDir = false;
    }
    if (!isDir) {
      ctx.stderr.write(`make: *** ${dirs[dirs.length - 1]}: No such file or directory.  Stop.\n`);
      return 2;
    }
    ctx.stdout.write(`make: Entering directory '${dir}'\n`);
  }
  const leave = (status: number): number => {
    if (dirs.length > 0) ctx.stdout.write(`make: Leaving directory '${dir}'\n`);
    return status;
  };
  const given = p.get('f');
  const path = findMakefile(ctx, dir, given);
  if (path === undefined || !ctx.fs.exists(path)) {
    if (given !== undefined) {
      ctx.stderr.write(
        `make: ${given}: No such file or directory\nmake: *** No rule to make target '${given}'.  Stop.\n`,
      );
    } else if (targets.length === 0) {
      ctx.stderr.write('make: *** No targets specified and no makefile found.  Stop.\n');
    } else {
      ctx.stderr.write(`make: *** No rule to make target '${targets[0]}'.  Stop.\n`);
    }
    return leave(2);
  }
  if (given === undefined && isRedisTree(ctx.fs, dir))
    return leave(await runRedis(ctx, dir, targets, vars, jobs));
  const mk = parseMakefile(ctx.fs.readText(path), vars, ctx.env);
  return leave(await runGeneric(ctx, dir, path, mk, targets, p.has('s')));
});
