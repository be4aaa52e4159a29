// The Host's web applications: every directory in appBase is a context (ROOT is ''; `a#b` is
// /a/b), deployed at start with HostConfig's two lines each. With autoDeploy Tomcat's background
// thread finds new directories within 10 s; the lab has no background thread at instant pace, so
// it looks when a request arrives and logs the deployment then (README: not modelled).

import type { CommandContext } from '../../../types';
import type { Juli } from './log';
import type { Modes } from './modes';

export interface WebApp {
  /** The directory name in appBase (`ROOT`, `docs`). */
  readonly name: string;
  /** The context path ('' for ROOT, `/docs`). */
  readonly path: string;
  readonly docBase: string;
}

/** Milliseconds each of the image's apps takes to deploy (deterministic, plausible). */
const DEPLOY_MS: Readonly<Record<string, number>> = {
  ROOT: 23,
  docs: 18,
  examples: 297,
  'host-manager': 26,
  manager: 21,
};

export function contextPathOf(name: string): string {
  return name === 'ROOT' ? '' : `/${name.replace(/#/g, '/')}`;
}

export class Deployer {
  readonly apps = new Map<string, WebApp>();

  constructor(
    private readonly ctx: CommandContext,
    private readonly base: string,
    private readonly appBase: string,
    private readonly juli: Juli,
    private readonly hostName: string,
    private readonly modes: Modes,
  ) {}

  private dirs(): string[] {
    try {
      return this.ctx.fs
        .readdir(this.appBase)
        .map((e) => e.name)
        .filter((n) => {
          try {
            return this.ctx.fs.stat(`${this.appBase}/${n}`).type === 'dir';
          } catch {
            return false;
          }
        })
        .sort();
    } catch {
      return [];
    }
  }

  /** Deploy directories not yet deployed; forget ones that are gone. Returns how many changed. */
  scan(thread: string): number {
    let changed = 0;
    const present = new Set(this.dirs());
    for (const name of [...this.apps.keys()])
      if (!present.has(name)) {
        this.apps.delete(name);
        this.juli.info(
          thread,
          'org.apache.catalina.startup.HostConfig.undeploy',
          `Undeploying context [${contextPathOf(name)}]`,
        );
        changed++;
      }
    for (const name of present) {
      if (this.apps.has(name)) continue;
      this.deploy(name, thread);
      changed++;
    }
    return changed;
  }

  private deploy(name: string, thread: string): void {
    const docBase = `${this.appBase}/${name}`;
    this.juli.info(
      thread,
      'org.apache.catalina.startup.HostConfig.deployDirectory',
      `Deploying web application directory [${docBase}]`,
    );
    const ms = DEPLOY_MS[name] ?? 15;
    this.juli.offsetMs += Math.floor(ms * 0.6);
    if (name === 'examples') {
      this.juli.context(thread, 'ContextListener: contextInitialized()');
      this.juli.context(thread, 'SessionListener: contextInitialized()');
      this.juli.context(
        thread,
        "ContextListener: attributeAdded('StockTicker', 'async.Stockticker@4f9a2c08')",
      );
    }
    this.juli.offsetMs += ms - Math.floor(ms * 0.6);
    // Each context gets its work directory (compiled JSPs, sessions) under work/Catalina/<host>.
    try {
      this.ctx.fs.mkdir(`${this.base}/work/Catalina/${this.hostName}/${name}`, {
        recursive: true,
        mode: this.modes.dir,
      });
    } catch {
      // a read-only or missing base: Tomcat logs nothing here either
    }
    this.juli.info(
      thread,
      'org.apache.catalina.startup.HostConfig.deployDirectory',
      `Deployment of web application directory [${docBase}] has finished in [${ms}] ms`,
    );
    this.apps.set(name, { name, path: contextPathOf(name), docBase });
  }

  /** The context a request path belongs to: the longest matching context path. */
  match(path: string): WebApp | undefined {
    let best: WebApp | undefined;
    for (const app of this.apps.values()) {
      const p = app.path;
      if (p === '' || path === p || path.startsWith(`${p}/`)) {
        if (!best || p.length > best.path.length) best = app;
      }
    }
    return best;
  }
}
