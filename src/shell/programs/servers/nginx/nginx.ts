// nginx: -v/-V/-t/-T/-q, -s stop|quit|reload|reopen, -c, -g, -p; otherwise start. With
// `daemon off;` it stays in the foreground serving until stopped; without it the master forks to
// the background and the command returns at once — so `CMD nginx` alone ends the container
// (its main process has exited), the lesson `daemon off;` exists for.

import type { Command, CommandContext } from '../../../types';
import type { ProgramNet } from '../net';
import { nginxErrorTime } from '../lib/time';
import { openLog } from '../lib/log-target';
import { nginxBuild, type NginxBuild } from './flavor';
import { loadConf } from './load';
import { NginxMaster } from './master';

interface Opts {
  help: boolean;
  version: boolean;
  configure: boolean;
  test: boolean;
  dump: boolean;
  quiet: boolean;
  signal?: string;
  conf?: string;
  globals?: string;
  prefix?: string;
}

function usage(b: NginxBuild): string {
  return (
    `nginx version: nginx/${b.version}\n` +
    'Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]\n' +
    '             [-e filename] [-c filename] [-g directives]\n\n' +
    'Options:\n' +
    '  -?,-h         : this help\n' +
    '  -v            : show version and exit\n' +
    '  -V            : show version and configure options then exit\n' +
    '  -t            : test configuration and exit\n' +
    '  -T            : test configuration, dump it and exit\n' +
    '  -q            : suppress non-error messages during configuration testing\n' +
    '  -s signal     : send signal to a master process: stop, quit, reopen, reload\n' +
    `  -p prefix     : set prefix path (default: ${b.prefix})\n` +
    `  -e filename   : set error log file (default: ${b.errorLog})\n` +
    `  -c filename   : set configuration file (default: ${b.confPath})\n` +
    '  -g directives : set global directives out of configuration file\n\n'
  );
}

function parseArgs(argv: readonly string[]): Opts | string {
  const o: Opts = {
    help: false,
    version: false,
    configure: false,
    test: false,
    dump: false,
    quiet: false,
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('-')) return `invalid option: "${a}"`;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      const param = (): string | undefined => {
        const rest = a.slice(j + 1);
        j = a.length;
        if (rest) return rest;
        const next = argv[++i];
        if (next === undefined) return undefined;
        return next;
      };
      switch (c) {
        case '?':
        case 'h':
          o.help = true;
          break;
        case 'v':
          o.version = true;
          break;
        case 'V':
          o.version = o.configure = true;
          break;
        case 't':
          o.test = true;
          break;
        case 'T':
          o.test = o.dump = true;
          break;
        case 'q':
          o.quiet = true;
          break;
        case 's':
        case 'c':
        case 'g':
        case 'p':
        case 'e': {
          const v = param();
          if (v === undefined)
            return `option "-${c}" requires ${c === 's' ? 'signal number' : c === 'g' ? 'parameter' : c === 'c' ? 'file name' : 'directory name'}`;
          if (c === 's') {
            if (!['stop', 'quit', 'reopen', 'reload'].includes(v))
              return `invalid option: "-s ${v}"`;
            o.signal = v;
          } else if (c === 'c') o.conf = v;
          else if (c === 'g') o.globals = v;
          else if (c === 'p') o.prefix = v;
          break;
        }
        default:
          return `invalid option: "${a.slice(j)}"`;
      }
    }
  }
  return o;
}

function emerg(ctx: CommandContext, b: NginxBuild, pid: number, message: string): void {
  openLog(
    ctx,
    b.errorLog,
  )?.(`${nginxErrorTime(ctx.clock.now())} [emerg] ${pid}#${pid}: ${message}\n`);
  ctx.stderr.write(`nginx: [emerg] ${message}\n`);
}

async function signalMaster(
  ctx: CommandContext,
  net: ProgramNet,
  b: NginxBuild,
  confPath: string,
  o: Opts,
): Promise<number> {
  const loaded = loadConf(ctx, b, confPath, o.globals);
  const pidPath = loaded.ok ? loaded.conf.pid : b.pid;
  let pidText: string;
  try {
    pidText = ctx.fs.readText(pidPath);
  } catch {
    ctx.stderr.write(
      `${nginxErrorTime(ctx.clock.now())} [notice] 45#45: signal process started\n` +
        `${nginxErrorTime(ctx.clock.now())} [error] 45#45: open() "${pidPath}" failed (2: No such file or directory)\n` +
        `nginx: [error] open() "${pidPath}" failed (2: No such file or directory)\n`,
    );
    return 1;
  }
  const pid = Number(pidText.trim());
  const d = net.daemon(net.netnsOf(ctx), 'nginx');
  ctx.stderr.write(`${nginxErrorTime(ctx.clock.now())} [notice] 45#45: signal process started\n`);
  if (!d || d.pid !== pid) {
    const n = { stop: 15, quit: 3, reopen: 10, reload: 1 }[o.signal ?? 'quit'] ?? 3;
    ctx.stderr.write(
      `${nginxErrorTime(ctx.clock.now())} [alert] 45#45: kill(${pid}, ${n}) failed (3: No such process)\n` +
        `nginx: [alert] kill(${pid}, ${n}) failed (3: No such process)\n`,
    );
    return 1;
  }
  if (o.signal === 'reload') d.reload?.();
  else if (o.signal === 'stop' || o.signal === 'quit') d.stop();
  await ctx.checkpoint();
  return 0;
}

export function createNginx(net: ProgramNet): Command {
  return {
    name: 'nginx',
    async run(ctx) {
      const b = nginxBuild(ctx);
      const parsed = parseArgs(ctx.argv);
      if (typeof parsed === 'string') {
        ctx.stderr.write(`nginx: ${parsed}\n`);
        return 1;
      }
      const o = parsed;
      if (o.help) {
        ctx.stderr.write(usage(b));
        return 0;
      }
      if (o.version) {
        ctx.stderr.write(`nginx version: nginx/${b.version}\n`);
        if (o.configure)
          ctx.stderr.write(
            `${b.builtBy}\n${b.openssl}\nTLS SNI support enabled\nconfigure arguments: ${b.configure}\n`,
          );
        if (!o.test) return 0;
      }
      const confPath = o.conf ? ctx.resolve(o.conf) : b.confPath;
      if (o.signal) return signalMaster(ctx, net, b, confPath, o);

      const loaded = loadConf(ctx, b, confPath, o.globals);
      if (o.test) {
        if (!loaded.ok) {
          emerg(ctx, b, 45, loaded.message);
          ctx.stderr.write(`nginx: configuration file ${confPath} test failed\n`);
          return 1;
        }
        if (!o.quiet)
          ctx.stderr.write(
            `nginx: the configuration file ${confPath} syntax is ok\n` +
              `nginx: configuration file ${confPath} test is successful\n`,
          );
        if (o.dump) {
          let text = '';
          try {
            text = ctx.fs.readText(confPath);
          } catch {
            // already reported by the test
          }
          ctx.stdout.write(`# configuration file ${confPath}:\n${text}\n`);
        }
        return 0;
      }
      if (!loaded.ok) {
        emerg(ctx, b, 1, loaded.message);
        return 1;
      }
      const netns = net.netnsOf(ctx);
      const foreground = !loaded.conf.daemon;
      const master = new NginxMaster({
        ctx,
        net,
        netns,
        build: b,
        confPath,
        globals: o.globals,
        conf: loaded.conf,
        pid: foreground ? 1 : 7,
      });
      if (!(await master.bind())) return 1;
      master.writePid();
      master.start();
      if (!foreground) {
        // The fork: the master and its workers live on in the background; this process exits.
        master.detach();
        return 0;
      }
      return master.serve();
    },
  };
}
