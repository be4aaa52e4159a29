// The containers module's data: what `docker create` asks for, and the daemon's record of a
// container. Field names follow the Engine API (Config, HostConfig, State) so inspect is a copy.

import type { Digest, Layer, UnionMount } from '../storage';
import type { FileSystem } from '../fs/types';
import type { LogStore } from './logs-store';
import type { Relay } from './relay';
import type { Cancel } from './timers';
import type { ImageRunConfig } from '../images/catalog/types';

export interface RestartPolicy {
  readonly Name: '' | 'no' | 'always' | 'unless-stopped' | 'on-failure';
  readonly MaximumRetryCount: number;
}

export interface PortBinding {
  readonly HostIp: string;
  readonly HostPort: string;
}

/** What `docker create`/`run` sends (the parts the lab models). */
export interface CreateOptions {
  /** The image as the user typed it (`nginx`, `ubuntu:22.04`, an ID prefix). */
  readonly image: string;
  readonly name?: string;
  /** Replaces the image's Cmd (the words after IMAGE). */
  readonly cmd?: readonly string[];
  /** `--entrypoint`: replaces the image's Entrypoint; `[""]`/`[]` clears it. */
  readonly entrypoint?: readonly string[];
  /** `-e K=V` / `-e K` already resolved by the CLI to `K=V` (a bare `K` unsets). */
  readonly env?: readonly string[];
  readonly workingDir?: string;
  readonly user?: string;
  readonly hostname?: string;
  readonly domainname?: string;
  /** `--expose 8080` or `8080/udp`. */
  readonly exposedPorts?: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
  /** `-t`. */
  readonly tty?: boolean;
  /** `-i`. */
  readonly openStdin?: boolean;
  /** Attach flags as the CLI sets them (run without -d attaches stdout/stderr, -i stdin). */
  readonly attachStdin?: boolean;
  readonly attachStdout?: boolean;
  readonly attachStderr?: boolean;
  readonly stopSignal?: string;
  readonly stopTimeout?: number;
  readonly hostConfig?: HostConfigOptions;
}

export interface HostConfigOptions {
  /** `--rm`. */
  readonly autoRemove?: boolean;
  readonly restartPolicy?: RestartPolicy;
  /** `-p`: "80/tcp" → bindings. */
  readonly portBindings?: Readonly<Record<string, readonly PortBinding[]>>;
  /** `-P`. */
  readonly publishAllPorts?: boolean;
  /** `-v host:ctr[:ro]`. */
  readonly binds?: readonly string[];
  readonly networkMode?: string;
  readonly privileged?: boolean;
  readonly readonlyRootfs?: boolean;
  /** Bytes (`-m`). */
  readonly memory?: number;
  /** `--cpus` × 1e9. */
  readonly nanoCpus?: number;
}

/** Container Config as inspect shows it (API 1.50 field order). */
export interface ContainerConfig {
  readonly Hostname: string;
  readonly Domainname: string;
  readonly User: string;
  readonly AttachStdin: boolean;
  readonly AttachStdout: boolean;
  readonly AttachStderr: boolean;
  readonly ExposedPorts?: Readonly<Record<string, Record<string, never>>>;
  readonly Tty: boolean;
  readonly OpenStdin: boolean;
  readonly StdinOnce: boolean;
  readonly Env: readonly string[];
  readonly Cmd: readonly string[] | null;
  readonly Image: string;
  readonly Volumes: Readonly<Record<string, Record<string, never>>> | null;
  readonly WorkingDir: string;
  readonly Entrypoint: readonly string[] | null;
  readonly OnBuild: readonly string[] | null;
  readonly Labels: Readonly<Record<string, string>>;
  readonly StopSignal?: string;
  readonly StopTimeout?: number;
}

export interface HostConfig {
  readonly AutoRemove: boolean;
  readonly RestartPolicy: RestartPolicy;
  readonly PortBindings: Readonly<Record<string, readonly PortBinding[]>>;
  readonly PublishAllPorts: boolean;
  readonly Binds: readonly string[] | null;
  readonly NetworkMode: string;
  readonly Privileged: boolean;
  readonly ReadonlyRootfs: boolean;
  readonly Memory: number;
  readonly NanoCpus: number;
}

export type ContainerStatus =
  'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** The daemon's State; times in lab ms, 0 = never. */
export interface ContainerState {
  running: boolean;
  paused: boolean;
  restarting: boolean;
  oomKilled: boolean;
  dead: boolean;
  removalInProgress: boolean;
  pid: number;
  exitCode: number;
  error: string;
  startedAt: number;
  finishedAt: number;
}

export interface NetworkEndpoint {
  readonly networkId: string;
  readonly endpointId: string;
  readonly sandboxId: string;
  readonly ipNumber: number;
  readonly ipAddress: string;
  readonly gateway: string;
  readonly macAddress: string;
  /** Bindings made at start: "80/tcp" → host addresses, or null for exposed-only ports. */
  readonly ports: Readonly<Record<string, readonly PortBinding[] | null>>;
}

/** One running program of a container (the main process or an exec). */
export interface ProcessRecord {
  /** Host PID (what `docker top` shows). */
  readonly hostPid: number;
  /** PID inside the container (1 for the main process). */
  readonly pid: number;
  readonly argv: readonly string[];
  readonly user: string;
  readonly startedAt: number;
  readonly tty: boolean;
  readonly kill: Cancel & { fire(): void };
  /** Call the program's signal handlers; false when it installed none. */
  deliver(sig: { name: string; number: number }): boolean;
  readonly exited: Promise<number>;
  /** End the process now with `status` (SIGKILL: 137), whatever the program is doing. */
  terminate(status: number): void;
  /** Set once the process has ended (status), so late results are ignored. */
  status?: number;
}

export interface ExecRecord {
  readonly id: string;
  readonly containerId: string;
  readonly argv: readonly string[];
  readonly user: string;
  readonly workingDir: string;
  readonly env: readonly string[];
  readonly tty: boolean;
  readonly attachStdin: boolean;
  readonly privileged: boolean;
  running: boolean;
  exitCode: number | null;
  process?: ProcessRecord;
}

export interface Container {
  readonly id: string;
  /** Without the leading slash. */
  name: string;
  readonly createdMs: number;
  readonly path: string;
  readonly args: readonly string[];
  readonly config: ContainerConfig;
  readonly hostConfig: HostConfig;
  readonly imageId: Digest;
  readonly imageTopChainId?: Digest;
  /** The image's own run config (for commit's parent). */
  readonly imageConfig: ImageRunConfig;
  readonly state: ContainerState;
  restartCount: number;
  readonly mountId: string;
  readonly linkId: string;
  readonly initLinkId: string;
  readonly init: Layer;
  /** The union mount: upper + init + image layers. */
  readonly mount: UnionMount;
  /** What processes see: the mount with /etc/hosts, /etc/hostname, /etc/resolv.conf bound. */
  readonly rootfs: FileSystem;
  /** Contents of the three bind-mounted files (containers/<id>/…), editable from inside. */
  readonly bindFiles: Map<string, string>;
  /** Set while running (the endpoint exists from start to stop); empty strings otherwise. */
  network: NetworkEndpoint;
  readonly logs: LogStore;
  relay: Relay;
  readonly execs: Map<string, ExecRecord>;
  process?: ProcessRecord;
  hasBeenStarted: boolean;
  manuallyStopped: boolean;
  /** Consecutive quick restarts: the backoff doubles with each (100 ms → 1 min). */
  restartDelayMs: number;
  /** Cancels a pending restart (stop, rm -f). */
  restartCancel?: Cancel & { fire(): void };
  /** Waiters for the next exit (`docker wait`, attached runs). */
  exitWaiters: ((code: number) => void)[];
  /** Waiters for removal. */
  removeWaiters: (() => void)[];
  /** Next PID inside the container for exec processes. */
  nextPid: number;
}
