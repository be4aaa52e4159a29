// httpd (Apache 2.4): `-D FOREGROUND` (or -DFOREGROUND, -X) stays in the foreground serving;
// plain `httpd` and `httpd -k start` daemonise and return at once — which ends a container whose
// main process it was (the seed's run-httpd.sh uses `exec /sbin/httpd -D FOREGROUND`). -k
// stop/graceful-stop/restart/graceful, -t, -v, -V, -f, -d. AH00558 without a ServerName.

import { lookupHost } from '../../../../engine/listeners';
import type { HttpServerRequest, Netns } from '../../../../engine/listeners';
import type { Command, CommandContext } from '../../../types';
import type { ProgramNet } from '../net';
import { parseMimeTypes } from '../lib/files';
import { openLog, type LogWriter } from '../lib/log-target';
import { apacheErrorTime } from '../lib/time';
import { stopSwitch } from '../lib/wait';
import { formatApache } from './access-log';
import { HttpdConfError, loadHttpdConf, type HttpdConf } from './conf';
import { serveHttpd } from './serve';

interface Flavor {
  readonly version: string;
  readonly server: string;
  readonly serverRoot: string;
  readonly confFile: string;
  readonly mpm: 'event' | 'prefork';
  readonly built: string;
  readonly old: boolean;
}

export function httpdFlavor(ctx: CommandContext): Flavor {
  if (ctx.fs.exists('/etc/httpd/conf/httpd.conf') || ctx.fs.exists('/etc/redhat-release'))
    return {
      version: '2.4.6',
      server: 'Apache/2.4.6 (CentOS)',
      serverRoot: '/etc/httpd',
      confFile: 'conf/httpd.conf',
      mpm: 'prefork',
      built: 'Nov 16 2020 16:18:20',
      old: true,
    };
  const v = ctx.env.HTTPD_VERSION || '2.4.63';
  return {
    version: v,
    server: `Apache/${v} (Unix)`,
    serverRoot: ctx.env.HTTPD_PREFIX || '/usr/local/apache2',
    confFile: 'conf/httpd.conf',
    mpm: 'event',
    built: 'Jan 23 2025 15:38:42',
    old: false,
  };
}

interface Opts {
  defines: string[];
  k?: string;
  test: boolean;
  version: boolean;
  verbose: boolean;
  file?: string;
  root?: string;
}

function parseOpts(argv: readonly string[]): Opts | string {
  const o: Opts = { defines: [], test: false, version: false, verbose: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const take = (flag: string): string | undefined =>
      a.length > 2 ? a.slice(2) : (argv[++i] ?? (void flag, undefined));
    if (a.startsWith('-D')) {
      const d = take('D');
      if (d === undefined) return 'option requires an argument -- D';
      o.defines.push(d);
    } else if (a.startsWith('-k')) {
      const k = take('k');
      if (!k || !['start', 'restart', 'graceful', 'graceful-stop', 'stop'].includes(k))
        return `illegal option -- k`;
      o.k = k;
    } else if (a.startsWith('-f')) o.file = take('f');
    else if (a.startsWith('-d')) o.root = take('d');
    else if (a.startsWith('-e') || a.startsWith('-E') || a.startsWith('-C') || a.startsWith('-c'))
      take(a[1] ?? '');
    else if (a === '-t') o.test = true;
    else if (a === '-v') o.version = true;
    else if (a === '-V') o.version = o.verbose = true;
    else if (a === '-X') o.defines.push('ONE_PROCESS');
    else if (a === '-S' || a === '-M' || a === '-l' || a === '-L' || a === '-h') o.test = true;
    else return `illegal option -- ${a.replace(/^-/, '')}`;
  }
  return o;
}

const USAGE = (name: string) =>
  `Usage: ${name} [-D name] [-d directory] [-f file]\n` +
  `             [-C "directive"] [-c "directive"]\n` +
  `             [-k start|restart|graceful|graceful-stop|stop]\n` +
  `             [-v] [-V] [-h] [-l] [-L] [-t] [-T] [-S] [-X]\n`;

class Httpd {
  private sockets: { close(): void }[] = [];
  private errorWriter: LogWriter | undefined;
  private readonly access: { write: LogWriter; format: string }[] = [];

  constructor(
    private readonly ctx: CommandContext,
    private readonly f: Flavor,
    private conf: HttpdConf,
    private readonly pid: number,
  ) {
    const abs = (p: string) => (p.startsWith('/') ? p : `${conf.serverRoot}/${p}`);
    this.errorWriter = openLog(ctx, abs(conf.errorLog));
    for (const c of conf.customLogs) {
      const w = openLog(ctx, abs(c.path));
      if (w) this.access.push({ write: w, format: conf.formats.get(c.format) ?? c.format });
    }
  }

  errorLog(module: string, message: string): void {
    const tid = this.f.mpm === 'event' ? `:tid ${139_925_069_645_696 + this.pid}` : '';
    this.errorWriter?.(
      `[${apacheErrorTime(this.ctx.clock.now())}] [${module}] [pid ${this.pid}${tid}] ${message}\n`,
    );
  }

  bind(net: ProgramNet, netns: Netns): string | undefined {
    let mime;
    try {
      const t = this.ctx.fs.readText(`${this.conf.serverRoot}/conf/mime.types`);
      mime = parseMimeTypes(t);
    } catch {
      mime = undefined;
    }
    const handle = (req: HttpServerRequest) => {
      const r = serveHttpd(
        { ctx: this.ctx, conf: this.conf, server: this.f.server, oldTexts: this.f.old, mime },
        req,
      );
      for (const a of this.access)
        a.write(
          `${formatApache(a.format, req, r.response.status, r.bytes, this.ctx.clock.now())}\n`,
        );
      return r.response;
    };
    for (const l of this.conf.listens) {
      const r = net.listeners.listen(
        { netns, ip: l.ip === '::' ? '0.0.0.0' : l.ip, port: l.port },
        { kind: 'http', handle },
      );
      if (!r.ok) {
        for (const s of this.sockets) s.close();
        this.sockets = [];
        return `(98)Address already in use: AH00072: make_sock: could not bind to address ${l.ip === '0.0.0.0' ? '0.0.0.0' : l.ip}:${l.port}`;
      }
      this.sockets.push(r);
    }
    return undefined;
  }

  started(cmdline: string): void {
    const mod = `mpm_${this.f.mpm}:notice`;
    const code = this.f.mpm === 'event' ? 'AH00489' : 'AH00163';
    this.errorLog(mod, `${code}: ${this.f.server} configured -- resuming normal operations`);
    this.errorLog('core:notice', `AH00094: Command line: '${cmdline}'`);
  }

  stopped(graceful: boolean): void {
    const mod = `mpm_${this.f.mpm}:notice`;
    if (graceful) this.errorLog(mod, 'AH00492: caught SIGWINCH, shutting down gracefully');
    else this.errorLog(mod, 'AH00491: caught SIGTERM, shutting down');
    this.close();
  }

  close(): void {
    for (const s of this.sockets) s.close();
    this.sockets = [];
    try {
      this.ctx.fs.unlink(this.pidFile());
    } catch {
      // no pid file
    }
  }

  pidFile(): string {
    return this.f.old ? '/run/httpd/httpd.pid' : `${this.conf.serverRoot}/logs/httpd.pid`;
  }
}

function ah00558(ctx: CommandContext, conf: HttpdConf): void {
  if (conf.serverName) return;
  const ip = lookupHost(ctx.fs, ctx.system.hostname);
  if (ip === undefined)
    ctx.stderr.write(`AH00557: httpd: apr_sockaddr_info_get() failed for ${ctx.system.hostname}\n`);
  ctx.stderr.write(
    `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip ?? '127.0.0.1'}. Set the 'ServerName' directive globally to suppress this message\n`,
  );
}

export function runHttpd(
  ctx: CommandContext,
  net: ProgramNet,
  argv: readonly string[],
): Promise<number> | number {
  const name = argv[0] ?? 'httpd';
  const parsed = parseOpts(argv);
  if (typeof parsed === 'string') {
    ctx.stderr.write(`${name}: ${parsed}\n${USAGE(name)}`);
    return 1;
  }
  const o = parsed;
  const f = httpdFlavor(ctx);
  if (o.version) {
    ctx.stdout.write(`Server version: ${f.server}\nServer built:   ${f.built}\n`);
    if (o.verbose)
      ctx.stdout.write(
        `Server's Module Magic Number: 20120211:${f.old ? 24 : 137}\nServer loaded:  APR 1.7.2, APR-UTIL 1.6.3, PCRE 10.42 2022-12-11\nArchitecture:   64-bit\nServer MPM:     ${f.mpm === 'event' ? 'event' : 'prefork'}\n  threaded:     ${f.mpm === 'event' ? 'yes (fixed thread count)' : 'no'}\n    forked:     yes (variable process count)\n Server compiled with....\n -D HTTPD_ROOT="${f.serverRoot}"\n -D SERVER_CONFIG_FILE="${f.confFile}"\n`,
      );
    return 0;
  }
  const root = o.root ?? f.serverRoot;
  const confFile = o.file
    ? o.file.startsWith('/')
      ? o.file
      : `${root}/${o.file}`
    : `${root}/${f.confFile}`;
  let conf: HttpdConf;
  try {
    conf = loadHttpdConf(ctx, confFile, { serverRoot: root });
  } catch (e) {
    if (!(e instanceof HttpdConfError)) throw e;
    ctx.stderr.write(`${e.message}\n`);
    return 1;
  }
  const netns = net.netnsOf(ctx);
  if (o.test) {
    ah00558(ctx, conf);
    ctx.stderr.write('Syntax OK\n');
    return 0;
  }
  const running = net.daemon(netns, 'httpd');
  if (o.k === 'stop' || o.k === 'graceful-stop') {
    if (!running) {
      ctx.stderr.write(`httpd (no pid file) not running\n`);
      return 1;
    }
    running.stop();
    return 0;
  }
  if (o.k === 'restart' || o.k === 'graceful') {
    ah00558(ctx, conf);
    if (running) {
      running.reload?.();
      return 0;
    }
  }
  if (o.k === 'start' && running) {
    ctx.stdout.write(`httpd (pid ${running.pid}) already running\n`);
    return 0;
  }
  if (listensEmpty(ctx, conf)) return 1;
  const foreground = o.defines.some((d) => ['FOREGROUND', 'NO_DETACH', 'ONE_PROCESS'].includes(d));
  ah00558(ctx, conf);
  if (foreground && !f.old) ah00558(ctx, conf);
  const pid = foreground ? 1 : 7;
  const server = new Httpd(ctx, f, conf, pid);
  const bindError = server.bind(net, netns);
  if (bindError) {
    ctx.stderr.write(
      `${bindError}\n(98)Address already in use: AH00072: make_sock: could not bind to address [::]:${conf.listens[0]?.port ?? 80}\nno listening sockets available, shutting down\nAH00015: Unable to open logs\n`,
    );
    return 1;
  }
  try {
    ctx.fs.writeFile(server.pidFile(), `${pid}\n`);
  } catch {
    // the pid file's directory is missing: Apache would complain later; the lab serves anyway
  }
  const cmdline = `${name}${o.defines.map((d) => ` -D ${d}`).join('')}`;
  server.started(cmdline);
  if (!foreground) {
    const remove = net.addDaemon(netns, 'httpd', {
      pid,
      run: net.listeners.view.runOf(netns),
      stop: () => {
        remove();
        server.stopped(false);
      },
      reload: () =>
        server.errorLog(
          `mpm_${f.mpm}:notice`,
          `AH00493: SIGUSR1 received.  Doing graceful restart`,
        ),
    });
    return 0;
  }
  return (async () => {
    const sw = stopSwitch(ctx);
    const remove = net.addDaemon(netns, 'httpd', {
      pid,
      run: net.listeners.view.runOf(netns),
      stop: () => sw.stop(),
      reload: () =>
        server.errorLog(
          `mpm_${f.mpm}:notice`,
          `AH00493: SIGUSR1 received.  Doing graceful restart`,
        ),
    });
    const how = await sw.stopped;
    remove();
    server.stopped(how === 'signal' && !!ctx.env.HTTPD_VERSION);
    return 0;
  })();
}

function listensEmpty(ctx: CommandContext, conf: HttpdConf): boolean {
  if (conf.listens.length > 0) return false;
  ctx.stderr.write('no listening sockets available, shutting down\nAH00015: Unable to open logs\n');
  return true;
}

export function createHttpd(net: ProgramNet): Command {
  return { name: 'httpd', run: (ctx) => runHttpd(ctx, net, ctx.argv) };
}
