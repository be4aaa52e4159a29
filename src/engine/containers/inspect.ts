// ContainerInspect in the API 1.50 shape (FIDELITY §6.2): keys in the daemon's struct order, times
// in RFC 3339 with nanoseconds, GraphDriver paths that exist on the host's /var/lib/docker.

import { rfc3339Nano } from '../images';
import { DOCKER_ROOT, layerChain, type DockerRootState } from '../storage';
import type { Ctx } from './context';
import { findContainer } from './lookup';
import { ok, type Result } from './result';
import { statusName } from './state';
import type { Container, ContainerConfig, PortBinding, RestartPolicy } from './types';

const ZERO_TIME = '0001-01-01T00:00:00Z';
const time = (ms: number): string => (ms === 0 ? ZERO_TIME : rfc3339Nano(ms));

export interface ContainerInspect {
  readonly Id: string;
  readonly Created: string;
  readonly Path: string;
  readonly Args: readonly string[];
  readonly State: {
    readonly Status: string;
    readonly Running: boolean;
    readonly Paused: boolean;
    readonly Restarting: boolean;
    readonly OOMKilled: boolean;
    readonly Dead: boolean;
    readonly Pid: number;
    readonly ExitCode: number;
    readonly Error: string;
    readonly StartedAt: string;
    readonly FinishedAt: string;
  };
  readonly Image: string;
  readonly ResolvConfPath: string;
  readonly HostnamePath: string;
  readonly HostsPath: string;
  readonly LogPath: string;
  readonly Name: string;
  readonly RestartCount: number;
  readonly Driver: string;
  readonly Platform: string;
  readonly MountLabel: string;
  readonly ProcessLabel: string;
  readonly AppArmorProfile: string;
  readonly ExecIDs: readonly string[] | null;
  readonly HostConfig: {
    readonly Binds: readonly string[] | null;
    readonly ContainerIDFile: string;
    readonly LogConfig: { readonly Type: string; readonly Config: Record<string, string> };
    readonly NetworkMode: string;
    readonly PortBindings: Readonly<Record<string, readonly PortBinding[]>>;
    readonly RestartPolicy: RestartPolicy;
    readonly AutoRemove: boolean;
    readonly VolumeDriver: string;
    readonly VolumesFrom: null;
    readonly ConsoleSize: readonly [number, number];
    readonly CapAdd: null;
    readonly CapDrop: null;
    readonly CgroupnsMode: string;
    readonly Dns: readonly string[];
    readonly DnsOptions: readonly string[];
    readonly DnsSearch: readonly string[];
    readonly ExtraHosts: null;
    readonly GroupAdd: null;
    readonly IpcMode: string;
    readonly Cgroup: string;
    readonly Links: null;
    readonly OomScoreAdj: number;
    readonly PidMode: string;
    readonly Privileged: boolean;
    readonly PublishAllPorts: boolean;
    readonly ReadonlyRootfs: boolean;
    readonly SecurityOpt: null;
    readonly UTSMode: string;
    readonly UsernsMode: string;
    readonly ShmSize: number;
    readonly Runtime: string;
    readonly Isolation: string;
    readonly CpuShares: number;
    readonly Memory: number;
    readonly NanoCpus: number;
  };
  readonly GraphDriver: { readonly Data: Record<string, string>; readonly Name: 'overlay2' };
  readonly Mounts: readonly never[];
  readonly Config: ContainerConfig;
  readonly NetworkSettings: Record<string, unknown>;
}

/** The overlay2 paths of a container (LowerDir: the -init layer, then the image from the top). */
export function graphDriverData(
  c: Container,
  root: Pick<DockerRootState, 'layers'>,
): Record<string, string> {
  const dir = `${DOCKER_ROOT}/overlay2`;
  const chain = layerChain(root as DockerRootState, c.imageTopChainId);
  const lower = [
    `${dir}/${c.mountId}-init/diff`,
    ...chain.map((l) => `${dir}/${l.cacheId}/diff`),
  ].join(':');
  return {
    LowerDir: lower,
    MergedDir: `${dir}/${c.mountId}/merged`,
    UpperDir: `${dir}/${c.mountId}/diff`,
    WorkDir: `${dir}/${c.mountId}/work`,
  };
}

function networkSettings(c: Container): Record<string, unknown> {
  const n = c.network;
  const up = n.ipAddress !== '';
  const bridge = c.hostConfig.NetworkMode === 'bridge' || c.hostConfig.NetworkMode === 'default';
  const endpoint = {
    IPAMConfig: null,
    Links: null,
    Aliases: null,
    MacAddress: n.macAddress,
    DriverOpts: null,
    GwPriority: 0,
    NetworkID: bridge ? n.networkId || '' : '',
    EndpointID: n.endpointId,
    Gateway: n.gateway,
    IPAddress: n.ipAddress,
    IPPrefixLen: up ? 16 : 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: null,
  };
  return {
    Bridge: '',
    SandboxID: n.sandboxId,
    SandboxKey: up ? `/var/run/docker/netns/${n.sandboxId.slice(0, 12)}` : '',
    Ports: n.ports,
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: n.endpointId,
    Gateway: n.gateway,
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: n.ipAddress,
    IPPrefixLen: up ? 16 : 0,
    IPv6Gateway: '',
    MacAddress: n.macAddress,
    Networks: bridge ? { bridge: endpoint } : { [c.hostConfig.NetworkMode]: endpoint },
  };
}

export function inspectContainer(ctx: Ctx, ref: string): Result<ContainerInspect> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const s = c.state;
  const dir = `${DOCKER_ROOT}/containers/${c.id}`;
  const execIds = [...c.execs.values()].filter((e) => e.running).map((e) => e.id);
  return ok({
    Id: c.id,
    Created: time(c.createdMs),
    Path: c.path,
    Args: c.args,
    State: {
      Status: statusName(s),
      Running: s.running,
      Paused: s.paused,
      Restarting: s.restarting,
      OOMKilled: s.oomKilled,
      Dead: s.dead,
      Pid: s.pid,
      ExitCode: s.exitCode,
      Error: s.error,
      StartedAt: time(s.startedAt),
      FinishedAt: time(s.finishedAt),
    },
    Image: c.imageId,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${dir}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: c.hostConfig.Privileged ? 'unconfined' : 'docker-default',
    ExecIDs: execIds.length > 0 ? execIds : null,
    HostConfig: {
      Binds: c.hostConfig.Binds,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: c.hostConfig.NetworkMode,
      PortBindings: c.hostConfig.PortBindings,
      RestartPolicy: c.hostConfig.RestartPolicy,
      AutoRemove: c.hostConfig.AutoRemove,
      VolumeDriver: '',
      VolumesFrom: null,
      ConsoleSize: [24, 80],
      CapAdd: null,
      CapDrop: null,
      CgroupnsMode: 'private',
      Dns: [],
      DnsOptions: [],
      DnsSearch: [],
      ExtraHosts: null,
      GroupAdd: null,
      IpcMode: 'private',
      Cgroup: '',
      Links: null,
      OomScoreAdj: 0,
      PidMode: '',
      Privileged: c.hostConfig.Privileged,
      PublishAllPorts: c.hostConfig.PublishAllPorts,
      ReadonlyRootfs: c.hostConfig.ReadonlyRootfs,
      SecurityOpt: null,
      UTSMode: '',
      UsernsMode: '',
      ShmSize: 67108864,
      Runtime: 'runc',
      Isolation: '',
      CpuShares: 0,
      Memory: c.hostConfig.Memory,
      NanoCpus: c.hostConfig.NanoCpus,
    },
    GraphDriver: { Data: graphDriverData(c, ctx.images.dockerRoot()), Name: 'overlay2' },
    Mounts: [],
    Config: c.config,
    NetworkSettings: networkSettings(c),
  });
}
