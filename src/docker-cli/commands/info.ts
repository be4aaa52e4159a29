// docker info / docker system info (FIDELITY §1.6): the client section (buildx listed: the lab's
// `docker build` is BuildKit's), then the daemon's, laid out as cli/command/system/info.go
// prints them, with this lab's host: the kernel `uname -r` reports, Ubuntu 24.04.1, 2 CPUs.

import type { Engine } from '../../engine/engine';
import { rfc3339Nano } from '../../engine/images';
import { CLIENT, DEFAULT_SERVER_INFO } from '../client-info';
import { templateJson } from '../format/json';
import { compileTemplate, executeTemplate } from '../format/template/index';
import { bytesSize } from '../format/units';
import { flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import type { DockerSubcommand } from '../types';
import { containerCounts } from './lib/containers-hook';

/** The lab's host machine (the same facts `uname`, /etc/os-release and `nproc` give). */
export const LAB_HOST = {
  operatingSystem: 'Ubuntu 24.04.1 LTS',
  osVersion: '24.04',
  cpus: 2,
  /** 3.823GiB, a 4 GB VM after the kernel's share. */
  memTotal: 4_104_896_512,
} as const;

export const BUILDX = {
  name: 'buildx',
  shortDescription: 'Docker Buildx',
  vendor: 'Docker Inc.',
  version: 'v0.24.0',
  path: '/usr/libexec/docker/cli-plugins/docker-buildx',
} as const;

const DRIVER_STATUS: readonly [string, string][] = [
  ['Backing Filesystem', 'extfs'],
  ['Supports d_type', 'true'],
  ['Using metacopy', 'false'],
  ['Native Overlay Diff', 'true'],
  ['userxattr', 'false'],
];
const PLUGINS = {
  Volume: ['local'],
  Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
  Authorization: null,
  Log: [
    'awslogs',
    'fluentd',
    'gcplogs',
    'gelf',
    'journald',
    'json-file',
    'local',
    'splunk',
    'syslog',
  ],
};

/** prettyPrintClientInfo, then the `Server:` heading: what `docker info` prints first. */
export function clientInfoLines(context: string, debug: boolean): string[] {
  return [
    `Client: ${CLIENT.platformName}`,
    ` Version:    ${CLIENT.version}`,
    ` Context:    ${context}`,
    ` Debug Mode: ${debug}`,
    ' Plugins:',
    `  ${BUILDX.name}: ${BUILDX.shortDescription} (${BUILDX.vendor})`,
    `    Version:  ${BUILDX.version}`,
    `    Path:     ${BUILDX.path}`,
    '',
    'Server:',
  ];
}
const CDI_DIRS = ['/etc/cdi', '/var/run/cdi'];
const SECURITY_OPTIONS = ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'];
const INSECURE = ['::1/128', '127.0.0.0/8'];

function commit(name: string): string {
  const c = DEFAULT_SERVER_INFO.components.find((x) => x.name === name);
  return c?.details['GitCommit'] ?? '';
}

interface InfoData {
  readonly [key: string]: unknown;
}

function infoData(engine: Engine, hostname: string, kernel: string, debug: boolean): InfoData {
  const counts = containerCounts(engine);
  const list = engine.images.listImages({ all: true });
  const id = engine.dockerState().engineId ?? '';
  return {
    ID: id,
    Containers: counts.total,
    ContainersRunning: counts.running,
    ContainersPaused: counts.paused,
    ContainersStopped: counts.stopped,
    Images: list.ok ? list.value.length : 0,
    Driver: 'overlay2',
    DriverStatus: DRIVER_STATUS.map((p) => [...p]),
    Plugins: PLUGINS,
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 24,
    OomKillDisable: false,
    NGoroutines: 41,
    SystemTime: rfc3339Nano(engine.clock.now()),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    KernelVersion: kernel,
    OperatingSystem: LAB_HOST.operatingSystem,
    OSVersion: LAB_HOST.osVersion,
    OSType: 'linux',
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    NCPU: LAB_HOST.cpus,
    MemTotal: LAB_HOST.memTotal,
    DockerRootDir: '/var/lib/docker',
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: hostname,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: DEFAULT_SERVER_INFO.version,
    DefaultRuntime: 'runc',
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: { ID: commit('containerd') },
    RuncCommit: { ID: commit('runc') },
    InitCommit: { ID: commit('docker-init') },
    SecurityOptions: SECURITY_OPTIONS,
    CDISpecDirs: CDI_DIRS,
    Warnings: null,
    ClientInfo: {
      Debug: debug,
      Version: CLIENT.version,
      Context: 'default',
      Plugins: [
        {
          SchemaVersion: '0.1.0',
          Vendor: BUILDX.vendor,
          Version: BUILDX.version,
          ShortDescription: BUILDX.shortDescription,
          Name: BUILDX.name,
          Path: BUILDX.path,
        },
      ],
      Warnings: null,
    },
  };
}

/** The default layout: prettyPrintClientInfo, then prettyPrintServerInfo. */
function render(d: InfoData, context: string, debug: boolean): string {
  const s = (k: string) => String(d[k]);
  const lines = [
    ...clientInfoLines(context, debug),
    ` Containers: ${s('Containers')}`,
    `  Running: ${s('ContainersRunning')}`,
    `  Paused: ${s('ContainersPaused')}`,
    `  Stopped: ${s('ContainersStopped')}`,
    ` Images: ${s('Images')}`,
    ` Server Version: ${s('ServerVersion')}`,
    ` Storage Driver: ${s('Driver')}`,
    ...DRIVER_STATUS.map(([k, v]) => `  ${k}: ${v}`),
    ` Logging Driver: ${s('LoggingDriver')}`,
    ` Cgroup Driver: ${s('CgroupDriver')}`,
    ` Cgroup Version: ${s('CgroupVersion')}`,
    ' Plugins:',
    `  Volume: ${PLUGINS.Volume.join(' ')}`,
    `  Network: ${PLUGINS.Network.join(' ')}`,
    `  Log: ${PLUGINS.Log.join(' ')}`,
    ' CDI spec directories:',
    ...CDI_DIRS.map((x) => `  ${x}`),
    ' Swarm: inactive',
    ' Runtimes: io.containerd.runc.v2 runc',
    ` Default Runtime: ${s('DefaultRuntime')}`,
    ` Init Binary: ${s('InitBinary')}`,
    ` containerd version: ${commit('containerd')}`,
    ` runc version: ${commit('runc')}`,
    ` init version: ${commit('docker-init')}`,
    ' Security Options:',
    '  apparmor',
    '  seccomp',
    '   Profile: builtin',
    '  cgroupns',
    ` Kernel Version: ${s('KernelVersion')}`,
    ` Operating System: ${s('OperatingSystem')}`,
    ` OSType: ${s('OSType')}`,
    ` Architecture: ${s('Architecture')}`,
    ` CPUs: ${s('NCPU')}`,
    ` Total Memory: ${bytesSize(LAB_HOST.memTotal)}`,
    ` Name: ${s('Name')}`,
  ];
  if (d['ID'] !== '') lines.push(` ID: ${s('ID')}`);
  lines.push(` Docker Root Dir: ${s('DockerRootDir')}`, ` Debug Mode: ${s('Debug')}`);
  if (debug)
    lines.push(
      `  File Descriptors: ${s('NFd')}`,
      `  Goroutines: ${s('NGoroutines')}`,
      `  System Time: ${s('SystemTime')}`,
      `  EventsListeners: ${s('NEventsListener')}`,
    );
  lines.push(
    ` Experimental: ${s('ExperimentalBuild')}`,
    ' Insecure Registries:',
    ...INSECURE.map((x) => `  ${x}`),
    ` Live Restore Enabled: ${s('LiveRestoreEnabled')}`,
    '',
  );
  return lines.join('\n') + '\n';
}

export const info: DockerSubcommand<Engine> = {
  spec: specFromHelp('info', { maxArgs: 0 }),
  run(p, ctx, engine) {
    const debug = p.globals.debug;
    const context = p.globals.context || 'default';
    const data = infoData(engine, ctx.system.hostname, ctx.system.kernelRelease, debug);
    const format = flagString(p, 'format');
    if (format === '') {
      ctx.stdout.write(render(data, context, debug));
      return 0;
    }
    if (format.trim() === 'json') {
      ctx.stdout.write(`${templateJson(data)}\n`);
      return 0;
    }
    const t = compileTemplate(format.replace(/\\t/g, '\t').replace(/\\n/g, '\n'));
    if (!t.ok) {
      ctx.stderr.write(`template parsing error: ${t.error}\n`);
      return 64;
    }
    const r = executeTemplate(t.template, data);
    if (!r.ok) {
      ctx.stdout.write(r.output);
      ctx.stderr.write(`${r.error}\n`);
      return 1;
    }
    ctx.stdout.write(`${r.output}\n`);
    return 0;
  },
};
