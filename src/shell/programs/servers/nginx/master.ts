// A running nginx: the master with its workers, listening through the lab's registry, logging
// startup, requests and shutdown in nginx's words, until a signal or `nginx -s` stops it.

import type { CommandContext } from '../../../types';
import type { HttpServerRequest, Netns } from '../../../../engine/listeners';
import type { ProgramNet } from '../net';
import { openLog, type LogWriter } from '../lib/log-target';
import { stopSwitch } from '../lib/wait';
import { nginxErrorTime } from '../lib/time';
import { formatAccess } from './access-log';
import type { NginxConf } from './conf-model';
import type { NginxBuild } from './flavor';
import { loadConf } from './load';
import { builtinPage, chooseServer, serveRequest } from './serve';

const LEVELS = ['debug', 'info', 'notice', 'warn', 'error', 'crit', 'alert', 'emerg'];

export interface MasterOptions {
  readonly ctx: CommandContext;
  readonly net: ProgramNet;
  readonly netns: Netns;
  readonly build: NginxBuild;
  readonly confPath: string;
  readonly globals: string | undefined;
  readonly conf: NginxConf;
  readonly pid: number;
}

type Bound = { close: () => void };

export class NginxMaster {
  private conf: NginxConf;
  private workers: number[] = [];
  private nextPid: number;
  private connections = 0;
  private sockets: Bound[] = [];
  private readonly logs = new Map<string, LogWriter | undefined>();

  constructor(private readonly o: MasterOptions) {
    this.conf = o.conf;
    this.nextPid = o.pid === 1 ? 29 : o.pid + 1;
  }

  private log(path: string): LogWriter | undefined {
    if (!this.logs.has(path)) this.logs.set(path, openLog(this.o.ctx, path));
    return this.logs.get(path);
  }

  /** A line in the error log, when its level is at or above the configured one. */
  errorLog(level: string, pid: number, message: string): void {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.conf.errorLog.level)) return;
    const w = this.log(this.conf.errorLog.path);
    w?.(`${nginxErrorTime(this.o.ctx.clock.now())} [${level}] ${pid}#${pid}: ${message}\n`);
  }

  private startWorkers(): void {
    this.errorLog('notice', this.o.pid, 'start worker processes');
    this.workers = [];
    for (let i = 0; i < this.conf.workers; i++) {
      const pid = this.nextPid++;
      this.workers.push(pid);
      this.errorLog('notice', this.o.pid, `start worker process ${pid}`);
    }
  }

  /** Bind every listen address; false (after nginx's five tries) when one is taken. */
  async bind(): Promise<boolean> {
    const wanted = new Map<string, { ip: string; port: number }>();
    for (const s of this.conf.servers)
      for (const l of s.listens) {
        const ip = l.ip === '::' ? '0.0.0.0' : l.ip.includes(':') ? '0.0.0.0' : l.ip;
        wanted.set(`${ip}:${l.port}`, { ip, port: l.port });
      }
    const { ctx, net, netns } = this.o;
    const handler = { kind: 'http' as const, handle: (req: HttpServerRequest) => this.handle(req) };
    for (let attempt = 0; attempt < 5; attempt++) {
      const made: Bound[] = [];
      let failed: string | undefined;
      for (const [key, at] of wanted) {
        const r = net.listeners.listen({ netns, ip: at.ip, port: at.port }, handler);
        if (r.ok) made.push(r);
        else {
          failed = key;
          break;
        }
      }
      if (failed === undefined) {
        this.sockets = made;
        return true;
      }
      for (const m of made) m.close();
      const msg = `bind() to ${failed} failed (98: Address already in use)`;
      this.errorLog('emerg', this.o.pid, msg);
      ctx.stderr.write(`nginx: [emerg] ${msg}\n`);
      if (!(await ctx.sleep(500))) break;
    }
    this.errorLog('emerg', this.o.pid, 'still could not bind()');
    ctx.stderr.write('nginx: [emerg] still could not bind()\n');
    return false;
  }

  start(): void {
    const { ctx, build, pid } = this.o;
    this.errorLog('notice', pid, 'using the "epoll" event method');
    this.errorLog('notice', pid, `nginx/${build.version}`);
    this.errorLog('notice', pid, build.builtBy);
    this.errorLog('notice', pid, `OS: Linux ${ctx.system.kernelRelease}`);
    this.errorLog('notice', pid, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    this.startWorkers();
  }

  handle(req: HttpServerRequest) {
    const { ctx, build } = this.o;
    const conn = ++this.connections;
    const worker = this.workers[0] ?? this.o.pid;
    const server = chooseServer(
      this.conf,
      req.localPort,
      req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1],
    );
    if (!server) return { status: 404, headers: [], body: builtinPage(404, build.version) };
    const served = serveRequest(
      {
        ctx,
        conf: this.conf,
        version: build.version,
        defaultRoot: `${build.prefix}html`,
        error: (m) => this.errorLog('error', worker, `*${conn} ${m}`),
      },
      server,
      req,
    );
    const logs = served.scope.accessLogs ?? [
      { path: '/var/log/nginx/access.log', format: 'combined' },
    ];
    if (logs !== 'off')
      for (const l of logs) {
        const fmt = this.conf.formats.get(l.format) ?? '';
        this.log(l.path)?.(
          `${formatAccess(fmt, req, served.response.status, served.bodyBytes, ctx.clock.now())}\n`,
        );
      }
    return served.response;
  }

  reload(fromPid: number): void {
    const { ctx, pid } = this.o;
    this.errorLog('notice', pid, `signal 1 (SIGHUP) received from ${fromPid}, reconfiguring`);
    this.errorLog('notice', pid, 'reconfiguring');
    const r = loadConf(ctx, this.o.build, this.o.confPath, this.o.globals);
    if (!r.ok) {
      this.errorLog('emerg', pid, r.message);
      return;
    }
    const old = this.workers;
    this.conf = r.conf;
    for (const s of this.sockets) s.close();
    void this.bind();
    this.errorLog('notice', pid, 'using the "epoll" event method');
    this.startWorkers();
    for (const w of old) {
      this.errorLog('notice', w, 'gracefully shutting down');
      this.errorLog('notice', w, 'exiting');
      this.errorLog('notice', w, 'exit');
    }
    for (const w of old) {
      this.errorLog('notice', pid, `signal 17 (SIGCHLD) received from ${w}`);
      this.errorLog('notice', pid, `worker process ${w} exited with code 0`);
    }
  }

  /** Shut down: SIGQUIT is graceful, SIGTERM/SIGINT fast; both end with `exit`. */
  shutdown(signal: 'SIGQUIT' | 'SIGTERM' | 'SIGINT'): void {
    const { pid } = this.o;
    const n = { SIGQUIT: 3, SIGTERM: 15, SIGINT: 2 }[signal];
    this.errorLog(
      'notice',
      pid,
      `signal ${n} (${signal}) received, ${signal === 'SIGQUIT' ? 'shutting down' : 'exiting'}`,
    );
    for (const w of this.workers) {
      if (signal === 'SIGQUIT') this.errorLog('notice', w, 'gracefully shutting down');
      this.errorLog('notice', w, 'exiting');
      this.errorLog('notice', w, 'exit');
    }
    for (const w of this.workers) {
      this.errorLog('notice', pid, `signal 17 (SIGCHLD) received from ${w}`);
      this.errorLog('notice', pid, `worker process ${w} exited with code 0`);
    }
    this.errorLog('notice', pid, 'exit');
    this.close();
  }

  close(): void {
    for (const s of this.sockets) s.close();
    this.sockets = [];
    try {
      this.o.ctx.fs.unlink(this.conf.pid);
    } catch {
      // already gone
    }
  }

  writePid(): void {
    try {
      this.o.ctx.fs.writeFile(this.conf.pid, `${this.o.pid}\n`);
    } catch {
      this.errorLog(
        'emerg',
        this.o.pid,
        `open() "${this.conf.pid}" failed (2: No such file or directory)`,
      );
    }
  }

  /** The foreground master: serve until stopped; returns the exit status. */
  async serve(): Promise<number> {
    const { ctx, net, netns } = this.o;
    const sw = stopSwitch(ctx);
    let how: 'SIGQUIT' | 'SIGTERM' | 'SIGINT' = ctx.stdin.isTTY
      ? 'SIGINT'
      : ctx.env.NGINX_VERSION
        ? 'SIGQUIT'
        : 'SIGTERM';
    const remove = net.addDaemon(netns, 'nginx', {
      pid: this.o.pid,
      run: net.listeners.view.runOf(netns),
      stop: () => {
        how = 'SIGQUIT';
        sw.stop();
      },
      reload: () => this.reload(45),
    });
    await sw.stopped;
    remove();
    this.shutdown(how);
    return 0;
  }

  /** The daemonised master: keeps serving after the command returns, until its namespace stops. */
  detach(): void {
    const { net, netns } = this.o;
    const remove = net.addDaemon(netns, 'nginx', {
      pid: this.o.pid,
      run: net.listeners.view.runOf(netns),
      stop: () => {
        remove();
        this.shutdown('SIGQUIT');
      },
      reload: () => this.reload(45),
    });
  }
}
