// Tomcat's Bootstrap as `catalina.sh run` starts it (`java … org.apache.catalina.startup.Bootstrap
// start`): the VersionLoggerListener and APR lines, the connector on 8080 (server.xml), the
// webapps deployed, `Server startup in [N] milliseconds`; then it serves until SIGTERM (docker
// stop), when it pauses and stops the connector as its shutdown hook does. `configtest` loads the
// configuration and stops; `stop` needs the shutdown port, which the lab does not model.

import type { CommandContext } from '../../../types';
import type { ProgramNet } from '../../servers/net';
import { stopSwitch } from '../../servers/lib/wait';
import { clfTime } from '../../servers/lib/time';
import type { HttpServerRequest } from '../../../../engine/listeners';
import type { JdkRelease } from '../release';
import { parseServerXml, type AccessLog } from './conf';
import { createJuli, fileDate } from './log';
import { serveTomcat } from './serve';
import { Deployer } from './webapps';
import { modesOf, type Modes } from './modes';

export interface TomcatLaunch {
  readonly jdk: JdkRelease;
  /** JVM input arguments, for the `Command line argument:` lines. */
  readonly jvmOptions: readonly string[];
  readonly properties: ReadonlyMap<string, string>;
  readonly args: readonly string[];
}

export interface TomcatInfo {
  readonly version: string;
  readonly built: string;
  readonly native: string;
}

/** Which Tomcat is installed: RELEASE-NOTES names its version; TOMCAT_VERSION otherwise. */
export function tomcatInfo(ctx: CommandContext, home: string): TomcatInfo {
  let version = ctx.env.TOMCAT_VERSION ?? '';
  try {
    version =
      /Apache Tomcat Version (\S+)/.exec(ctx.fs.readText(`${home}/RELEASE-NOTES`))?.[1] ?? version;
  } catch {
    // no release notes: the environment's word
  }
  if (!version) version = '9.0.106';
  const major = Number(version.split('.')[0]);
  return {
    version,
    built: major >= 11 ? 'Jun 5 2025 18:56:03 UTC' : 'Jun 5 2025 19:02:30 UTC',
    native: major >= 10 ? '2.0.9' : '1.3.1',
  };
}

/** `org.apache.catalina.util.ServerInfo` (catalina.sh version). */
export function serverInfoText(ctx: CommandContext, home: string, jdk: JdkRelease): string {
  const t = tomcatInfo(ctx, home);
  return (
    `Server version: Apache Tomcat/${t.version}\n` +
    `Server built:   ${t.built}\n` +
    `Server number:  ${t.version}.0\n` +
    `OS Name:        Linux\n` +
    `OS Version:     ${ctx.system.kernelRelease}\n` +
    `Architecture:   amd64\n` +
    `JVM Version:    ${jdk.runtime}\n` +
    `JVM Vendor:     ${jdk.implementor}\n`
  );
}

function accessLogWriter(
  ctx: CommandContext,
  base: string,
  conf: AccessLog | undefined,
  modes: Modes,
) {
  if (!conf) return () => undefined;
  const dir = conf.directory.startsWith('/') ? conf.directory : `${base}/${conf.directory}`;
  const path = `${dir}/${conf.prefix}.${fileDate(ctx.clock.now())}${conf.suffix}`;
  try {
    if (!ctx.fs.exists(path)) ctx.fs.writeFile(path, '', { mode: modes.file });
  } catch {
    return () => undefined;
  }
  return (req: HttpServerRequest, status: number, bytes: number) => {
    const pattern = conf.pattern === 'common' ? '%h %l %u %t "%r" %s %b' : conf.pattern;
    const line = pattern.replace(/%([a-zA-Z])/g, (m, k: string) => {
      switch (k) {
        case 'h':
        case 'a':
          return req.remoteAddr;
        case 'l':
        case 'u':
          return '-';
        case 't':
          return `[${clfTime(ctx.clock.now())}]`;
        case 'r':
          return `${req.method} ${req.path} HTTP/1.1`;
        case 's':
          return String(status);
        case 'b':
          return bytes > 0 ? String(bytes) : '-';
        case 'B':
          return String(bytes);
        default:
          return m;
      }
    });
    try {
      ctx.fs.writeFile(path, `${line}\n`, { append: true });
    } catch {
      // the valve drops a line it cannot write
    }
  };
}

/** Run `Bootstrap start|configtest|stop`; resolves with the JVM's exit status. */
export async function runTomcat(ctx: CommandContext, net: ProgramNet, launch: TomcatLaunch) {
  const home =
    launch.properties.get('catalina.home') ?? ctx.env.CATALINA_HOME ?? '/usr/local/tomcat';
  const base = launch.properties.get('catalina.base') ?? home;
  const command = launch.args[launch.args.length - 1] ?? 'start';
  const info = tomcatInfo(ctx, home);
  const serverInfo = `Apache Tomcat/${info.version}`;
  if (command === 'stop') {
    ctx.stderr.write(
      'layerlab: Bootstrap stop (the shutdown port 8005) is not modelled; stop the container with docker stop\n',
    );
    return 1;
  }
  const modes = modesOf(
    launch.properties.get('org.apache.catalina.security.SecurityListener.UMASK'),
  );
  const juli = createJuli(ctx, base, modes);
  const log = (source: string, message: string, thread = 'main') =>
    juli.info(thread, source, message);
  const V = 'org.apache.catalina.startup.VersionLoggerListener.log';
  const pad = (k: string) => `${k}:`.padEnd(23);
  const version: [string, string][] = [
    ['Server version name', serverInfo],
    ['Server built', info.built],
    ['Server version number', `${info.version}.0`],
    ['OS Name', 'Linux'],
    ['OS Version', ctx.system.kernelRelease],
    ['Architecture', 'amd64'],
    ['Java Home', launch.jdk.javaHome],
    ['JVM Version', launch.jdk.runtime],
    ['JVM Vendor', launch.jdk.implementor],
    ['CATALINA_BASE', base],
    ['CATALINA_HOME', home],
  ];
  for (const [k, v] of version) log(V, `${pad(k)}${v}`);
  for (const o of launch.jvmOptions) log(V, `${pad('Command line argument')}${o}`);
  const A = 'org.apache.catalina.core.AprLifecycleListener';
  log(
    `${A}.lifecycleEvent`,
    `Loaded Apache Tomcat Native library [${info.native}] using APR version [1.7.2].`,
  );
  if (info.native.startsWith('1.'))
    log(
      `${A}.lifecycleEvent`,
      'APR capabilities: IPv6 [true], sendfile [true], accept filters [false], random [true], UDS [true].',
    );
  log(
    `${A}.lifecycleEvent`,
    'APR/OpenSSL configuration: useAprConnector [false], useOpenSSL [true]',
  );
  log(`${A}.initializeSSL`, 'OpenSSL successfully initialized [OpenSSL 3.0.13 30 Jan 2024]');
  juli.offsetMs += 400;

  let xml: string;
  try {
    xml = ctx.fs.readText(`${base}/conf/server.xml`);
  } catch {
    log(
      'org.apache.catalina.startup.Catalina.parseServerXml',
      `Unable to load server configuration from [${base}/conf/server.xml]`,
    );
    return 1;
  }
  const conf = parseServerXml(xml);
  if (typeof conf === 'string') {
    juli.info('main', 'org.apache.catalina.startup.Catalina.parseServerXml', conf, 'SEVERE');
    return 1;
  }
  // Catalina.load leaves this marker in CATALINA_TMPDIR (java.io.tmpdir), as every start does.
  const tmp = launch.properties.get('java.io.tmpdir') ?? `${base}/temp`;
  try {
    if (!ctx.fs.exists(`${tmp}/safeToDelete.tmp`))
      ctx.fs.writeFile(`${tmp}/safeToDelete.tmp`, '', { mode: modes.file });
  } catch {
    // a missing temp directory is not fatal to Tomcat
  }
  const netns = net.netnsOf(ctx);
  const sockets: { close(): void }[] = [];
  for (const c of conf.connectors)
    log('org.apache.coyote.AbstractProtocol.init', `Initializing ProtocolHandler ["${c.name}"]`);
  juli.offsetMs += 212;
  log(
    'org.apache.catalina.startup.Catalina.load',
    `Server initialization in [${612}] milliseconds`,
  );
  if (command === 'configtest') return 0;
  log('org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]');
  log(
    'org.apache.catalina.core.StandardEngine.startInternal',
    `Starting Servlet engine: [${serverInfo}]`,
  );
  const appBase = conf.appBase.startsWith('/') ? conf.appBase : `${base}/${conf.appBase}`;
  const deployer = new Deployer(ctx, base, appBase, juli, conf.hostName, modes);
  const startMs = juli.offsetMs;
  deployer.scan('main');
  const access = accessLogWriter(ctx, base, conf.accessLog, modes);
  const noted = new Set<string>();
  const env = {
    ctx,
    serverInfo,
    deployer,
    workDir: `${base}/work/Catalina/${conf.hostName}`,
    modes,
    note(message: string) {
      if (noted.has(message)) return;
      noted.add(message);
      ctx.stderr.write(`${message}\n`);
    },
  };
  for (const c of conf.connectors) {
    const bound = net.listeners.listen(
      { netns, ip: c.address ?? '0.0.0.0', port: c.port },
      {
        kind: 'http',
        handle: (req) => {
          // autoDeploy: what the background thread would have found by now.
          juli.offsetMs = 0;
          deployer.scan('Catalina-utility-1');
          const res = serveTomcat(env, req);
          const body = res.body;
          const bytes =
            typeof body === 'string'
              ? new TextEncoder().encode(body).length
              : body.kind === 'blob'
                ? body.size
                : new TextEncoder().encode(body.text).length;
          access(req, res.status, req.method === 'HEAD' ? 0 : bytes);
          // Tomcat 9+ sends no reason phrase: the status line is `HTTP/1.1 404 `.
          return { ...res, reason: '' };
        },
      },
    );
    if (!bound.ok) {
      juli.info(
        'main',
        'org.apache.catalina.util.LifecycleBase.handleSubClassException',
        `Failed to start component [Connector["${c.name}"]]`,
        'SEVERE',
      );
      ctx.stderr.write(
        `\torg.apache.catalina.LifecycleException: Protocol handler start failed\n\t\tat org.apache.catalina.connector.Connector.startInternal(Connector.java:1077)\nCaused by: java.net.BindException: Address already in use\n`,
      );
      continue;
    }
    sockets.push(bound);
    log('org.apache.coyote.AbstractProtocol.start', `Starting ProtocolHandler ["${c.name}"]`);
  }
  juli.offsetMs += 19;
  log(
    'org.apache.catalina.startup.Catalina.start',
    `Server startup in [${juli.offsetMs - startMs + 41}] milliseconds`,
  );
  juli.offsetMs = 0;
  const sw = stopSwitch(ctx);
  await sw.stopped;
  // The JVM's shutdown hook (SIGTERM from docker stop, Ctrl+C on a terminal).
  const T = 'Thread-1';
  for (const c of conf.connectors)
    log('org.apache.coyote.AbstractProtocol.pause', `Pausing ProtocolHandler ["${c.name}"]`, T);
  log('org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]', T);
  for (const s of sockets) s.close();
  for (const c of conf.connectors)
    log('org.apache.coyote.AbstractProtocol.stop', `Stopping ProtocolHandler ["${c.name}"]`, T);
  for (const c of conf.connectors)
    log(
      'org.apache.coyote.AbstractProtocol.destroy',
      `Destroying ProtocolHandler ["${c.name}"]`,
      T,
    );
  // 128 + SIGTERM: the JVM's status after its hooks have run.
  return 143;
}
