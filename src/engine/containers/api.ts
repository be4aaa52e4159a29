// The containers API the docker CLI calls: one object, operations named like the Engine API.
// Operations that only change state are synchronous; those that wait for a process (stop, restart,
// wait, exec, logs -f) return promises and drive lab time while they wait (timers.ts).

import type { Clock } from '../clock/clock';
import type { ImagesApi } from '../images';
import type { Random } from '../random/random';
import {
  containerDiff,
  mountLines,
  type Change,
  type DockerRootState,
  type StorageEmit,
} from '../storage';
import { attachContainer } from './attach';
import { commitContainer, type CommitOptions } from './commit';
import type { Ctx } from './context';
import { copyFromContainer, copyToContainer, type CopyRequest } from './copy';
import { createContainer, type CreateResponse } from './create';
import { restoreContainers, shutdownContainers, type RestoreReport } from './daemon';
import { containersDiskUsage, type ContainersDiskUsage } from './disk-usage';
import { memoDockerRoot } from './docker-root';
import type { ContainerEmit } from './events';
import {
  execCreate,
  execInspect,
  execStart,
  type ExecCreateOptions,
  type ExecInspect,
  type ExecStartOptions,
} from './exec';
import { inspectContainer, type ContainerInspect } from './inspect';
import {
  listContainers,
  portsOf,
  type ContainerSummary,
  type ListOptions,
  type PortSummary,
} from './list';
import { containerLogs, followLogs, type LogsOptions, type LogsResponse } from './logs';
import type { LogEntry } from './logs-store';
import { findContainer } from './lookup';
import { newId } from './ids';
import { pauseContainer, unpauseContainer } from './pause';
import type { ProcessRunner } from './process';
import { pruneContainers, type ContainersPruneReport } from './prune';
import type { AttachClient, AttachSession } from './relay';
import { removeContainer, type RemoveOptions } from './remove';
import { renameContainer } from './rename';
import { ok, type Result } from './result';
import { startContainer } from './start';
import { containerStats, type StatsSample } from './stats';
import { killContainer, restartContainer, stopContainer, type StopOptions } from './stop';
import { createLabTimers, type Cancel, type LabTimers } from './timers';
import { topContainer, type TopResponse } from './top';
import type { Container, CreateOptions } from './types';
import { waitContainer, type WaitCondition, type WaitResponse } from './wait';

export interface ContainersApiOptions {
  readonly clock: Clock;
  readonly random: Random;
  readonly emit: ContainerEmit;
  readonly images: ImagesApi;
  readonly runner: ProcessRunner;
  /** Lab-time timers; default: instant pace on `clock`. The page passes its own (instant: false). */
  readonly timers?: LabTimers;
  /** Where the containers' union mounts report copy-ups and whiteouts. */
  readonly storageEmit?: StorageEmit;
}

export interface ContainersApi {
  createContainer(options: CreateOptions): Result<CreateResponse>;
  startContainer(ref: string): Result<void>;
  stopContainer(ref: string, options?: StopOptions): Promise<Result<void>>;
  killContainer(ref: string, signal?: string): Result<void>;
  restartContainer(ref: string, options?: StopOptions): Promise<Result<void>>;
  removeContainer(ref: string, options?: RemoveOptions): Result<void>;
  pauseContainer(ref: string): Result<void>;
  unpauseContainer(ref: string): Result<void>;
  renameContainer(ref: string, newName: string): Result<void>;
  waitContainer(ref: string, condition?: WaitCondition): Promise<Result<WaitResponse>>;
  listContainers(options?: ListOptions): Result<ContainerSummary[]>;
  inspectContainer(ref: string): Result<ContainerInspect>;
  containerLogs(ref: string, options?: LogsOptions): Result<LogsResponse>;
  followLogs(
    ref: string,
    options: LogsOptions,
    onEntry: (e: LogEntry) => void,
    cancel?: Cancel,
  ): Promise<Result<void>>;
  execCreate(ref: string, options: ExecCreateOptions): Result<{ id: string }>;
  execStart(
    execId: string,
    options?: ExecStartOptions,
  ): Promise<Result<{ exitCode: number | null }>>;
  execInspect(execId: string): Result<ExecInspect>;
  attachContainer(ref: string, client: AttachClient): Result<AttachSession>;
  topContainer(ref: string): Result<TopResponse>;
  containerStats(ref: string): Result<StatsSample>;
  /** `docker port` data: the container's published and exposed ports (empty when stopped). */
  containerPorts(ref: string): Result<PortSummary[]>;
  containerDiff(ref: string): Result<Change[]>;
  commitContainer(ref: string, options?: CommitOptions): ReturnType<typeof commitContainer>;
  copyToContainer(ref: string, request: CopyRequest): Result<void>;
  copyFromContainer(ref: string, request: CopyRequest): Result<void>;
  pruneContainers(filters?: { until?: number; label?: readonly string[] }): ContainersPruneReport;
  diskUsage(): ContainersDiskUsage;
  /** The daemon's record (read-only use: the diagram, tab completion, the rootfs for tests). */
  getContainer(ref: string): Result<Container>;
  /** Images' and containers' parts of /var/lib/docker, one object until something changes. */
  dockerRootState(): DockerRootState;
  /** `mount` lines for the running containers' root filesystems. */
  mountLines(): string[];
  /** Fire due timers and let woken processes run: call before each command reads state. */
  settle(): Promise<void>;
  /** The daemon stopping (daemon.go Shutdown): stop every running container, restart none. */
  shutdown(): Promise<void>;
  /** The daemon starting (restore): start those whose restart policy says so. */
  restore(): RestoreReport;
  readonly timers: LabTimers;
  /** Bumped on every change: views re-read when it moves. */
  readonly version: number;
}

function engineIdOf(random: Random): string {
  const h = random.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function createContainersApi(o: ContainersApiOptions): ContainersApi {
  const timers = o.timers ?? createLabTimers({ clock: o.clock });
  const ctx: Ctx = {
    clock: o.clock,
    random: o.random,
    emit: o.emit,
    ...(o.storageEmit ? { storageEmit: o.storageEmit } : {}),
    images: o.images,
    runner: o.runner,
    timers,
    containers: new Map(),
    names: new Map(),
    execs: new Map(),
    version: 0,
    nextHostPid: 2301,
    nextIp: 2,
    freeIps: [],
    bridgeNetworkId: newId(o.random),
    nextEphemeralPort: 32768,
  };
  o.images.setImageUsage((imageId) => {
    const out: { id: string; running: boolean }[] = [];
    for (const c of ctx.containers.values())
      if (c.imageId === imageId) out.push({ id: c.id, running: c.state.running });
    return out;
  });
  const root = memoDockerRoot(ctx, o.images, engineIdOf(o.random));

  return {
    createContainer: (options) => createContainer(ctx, options),
    startContainer: (ref) => startContainer(ctx, ref),
    stopContainer: (ref, options) => stopContainer(ctx, ref, options),
    killContainer: (ref, signal) => killContainer(ctx, ref, signal),
    restartContainer: (ref, options) => restartContainer(ctx, ref, options),
    removeContainer: (ref, options) => removeContainer(ctx, ref, options),
    pauseContainer: (ref) => pauseContainer(ctx, ref),
    unpauseContainer: (ref) => unpauseContainer(ctx, ref),
    renameContainer: (ref, name) => renameContainer(ctx, ref, name),
    waitContainer: (ref, condition) => waitContainer(ctx, ref, condition),
    listContainers: (options) => listContainers(ctx, options),
    inspectContainer: (ref) => inspectContainer(ctx, ref),
    containerLogs: (ref, options) => containerLogs(ctx, ref, options),
    followLogs: (ref, options, onEntry, cancel) => followLogs(ctx, ref, options, onEntry, cancel),
    execCreate: (ref, options) => execCreate(ctx, ref, options),
    execStart: (id, options) => execStart(ctx, id, options),
    execInspect: (id) => execInspect(ctx, id),
    attachContainer: (ref, client) => attachContainer(ctx, ref, client),
    topContainer: (ref) => topContainer(ctx, ref),
    containerStats: (ref) => containerStats(ctx, ref),
    containerPorts(ref) {
      const f = findContainer(ctx, ref);
      return f.ok ? ok(portsOf(f.value)) : f;
    },
    containerDiff(ref) {
      const f = findContainer(ctx, ref);
      return f.ok ? ok(containerDiff(f.value.mount.upper, f.value.mount.lowers)) : f;
    },
    commitContainer: (ref, options) => commitContainer(ctx, ref, options),
    copyToContainer: (ref, request) => copyToContainer(ctx, ref, request),
    copyFromContainer: (ref, request) => copyFromContainer(ctx, ref, request),
    pruneContainers: (filters) => pruneContainers(ctx, filters),
    diskUsage: () => containersDiskUsage(ctx),
    getContainer: (ref) => findContainer(ctx, ref),
    dockerRootState: root,
    mountLines: () => mountLines(root()),
    shutdown: () => shutdownContainers(ctx),
    restore: () => restoreContainers(ctx),
    async settle() {
      await timers.runDue();
      await timers.settle();
    },
    timers,
    get version() {
      return ctx.version;
    },
  };
}
